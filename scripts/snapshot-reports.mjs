// Writes the JSON reports of a fixed set of comparisons and compares them with another commit's, so a
// move of code can be shown to change no report:
//   node scripts/snapshot-reports.mjs write DIR        reports of the current build (dist/cli.js) into DIR
//   node scripts/snapshot-reports.mjs check DIR        current reports against those in DIR
//   node scripts/snapshot-reports.mjs against REV      builds REV in a temporary worktree and checks
//                                                      the current build against it (default HEAD~1)
// With --meaning after the command, the reports are those of `compare --meaning` (sentence encoder
// and cross-encoder from models/, which `against` lends the other tree).
// The set: the seed pair (../shared/samples), the bundled samples (each pair and all three), and every
// BASIL triplet of ../shared/data/basil (the three together and each pair of them).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared');

/** Each comparison: a name and the files, as paths relative to ROOT (so reports name them alike). */
function comparisons() {
  const out = [];
  const seeds = join(SHARED, 'samples');
  if (existsSync(seeds)) {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
    if (files.length >= 2) out.push(['seeds', files]);
  }
  const samples = ['samples/varna-flood-herald.md', 'samples/varna-flood-courier.txt', 'samples/varna-flood-wire.txt'].map((f) => join(ROOT, f));
  out.push(['samples-all', samples], ...pairsOf('samples', samples));
  const basil = join(SHARED, 'data', 'basil');
  if (existsSync(basil)) {
    for (const id of readdirSync(basil).sort()) {
      const files = ['fox.md', 'hpo.md', 'nyt.md'].map((f) => join(basil, id, f)).filter(existsSync);
      if (files.length < 2) continue;
      out.push([`basil-${id}-all`, files], ...pairsOf(`basil-${id}`, files));
    }
  }
  return out;
}

function pairsOf(prefix, files) {
  const out = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) out.push([`${prefix}-${i}${j}`, [files[i], files[j]]]);
  }
  return out;
}

/** Writes every report of the set, made by the CLI of the checkout at `root`, into `dir`. */
function write(root, dir) {
  mkdirSync(dir, { recursive: true });
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) fail(`no ${cli}: run npm run build first`);
  const list = comparisons();
  for (const [name, files] of list) {
    const r = spawnSync(process.execPath, [cli, 'compare', ...files.map((f) => relativeTo(files, f)), '--format', 'json', ...(MEANING ? ['--meaning'] : [])], {
      cwd: commonDir(files), encoding: 'utf8', maxBuffer: 1 << 28,
    });
    if (r.status !== 0) fail(`${name}: the CLI exited ${r.status}: ${r.stderr.trim().split('\n').pop()}`);
    writeFileSync(join(dir, `${name}.json`), r.stdout);
  }
  return list.length;
}

// Reports name files as given: run from the files' common folder with short names, so a report
// does not depend on where the checkout lies.
function commonDir(files) {
  let d = dirname(files[0]);
  while (!files.every((f) => f.startsWith(d + '/'))) d = dirname(d);
  return d;
}
function relativeTo(files, f) {
  return f.slice(commonDir(files).length + 1);
}

function check(dir) {
  const fresh = mkdtempSync(join(tmpdir(), 'reports-'));
  const n = write(ROOT, fresh);
  const changed = [];
  for (const name of readdirSync(fresh).sort()) {
    const old = join(dir, name);
    if (!existsSync(old) || readFileSync(old, 'utf8') !== readFileSync(join(fresh, name), 'utf8')) changed.push(name);
  }
  rmSync(fresh, { recursive: true, force: true });
  if (changed.length) {
    console.error(`snapshot: ${changed.length} of ${n} reports differ:\n  ${changed.join('\n  ')}`);
    return false;
  }
  console.log(`snapshot: all ${n} reports byte-identical`);
  return true;
}

function against(rev) {
  const base = mkdtempSync(join(tmpdir(), 'snapshot-base-'));
  const tree = join(base, 'tree');
  let same = false;
  execFileSync('git', ['worktree', 'add', '--detach', '-q', tree, rev], { cwd: ROOT, stdio: 'inherit' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    if (MEANING) symlinkSync(join(ROOT, 'models'), join(tree, 'models'));
    // the base tree's data scripts may need generated files the build writes: build as npm does
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: tree, stdio: 'inherit' });
    const dir = join(base, 'reports');
    write(tree, dir);
    same = check(dir);
  } finally {
    // (an exit inside the try would skip this and leave the worktree registered)
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
    rmSync(base, { recursive: true, force: true });
  }
  return same;
}

function fail(message) {
  console.error(`snapshot: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const MEANING = args.includes('--meaning');
if (MEANING && !existsSync(join(ROOT, 'models', 'minilm', 'model.onnx'))) fail('--meaning: no models/minilm (run node scripts/fetch-model.mjs)');
const [cmd, arg] = args.filter((a) => a !== '--meaning');
if (cmd === 'write' && arg) console.log(`snapshot: wrote ${write(ROOT, resolve(arg))} reports into ${arg}`);
else if (cmd === 'check' && arg) process.exitCode = check(resolve(arg)) ? 0 : 1;
else if (cmd === 'against') process.exitCode = against(arg ?? 'HEAD~1') ? 0 : 1;
else fail('usage: snapshot-reports.mjs write DIR | check DIR | against [REV]  [--meaning]');
