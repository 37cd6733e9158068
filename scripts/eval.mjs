// Development evaluation: runs `node dist/cli.js pairs --input FILE` (the configuration users get)
// over ../shared/data/pairs and prints the figures per set; exits non-zero when a figure is below
// its floor in eval/floors.json. Usage: npm run eval [-- --only NAME] [-- --json]
// Every pairs set runs twice: by words, and as `<set>-meaning` with `pairs --meaning`.
//
// Floors are minimums, except for metrics where lower is better (LOWER_IS_BETTER), which are
// maximums. Sets run one after another: on 2 cores a second CLI process would only compete for CPU.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '..', 'shared', 'data', 'pairs');
const CLI = join(ROOT, 'dist', 'cli.js');
const FLOORS = join(ROOT, 'eval', 'floors.json');
/** Sets read from the repository instead of ../shared/data/pairs. */
const LOCAL_FILES = { 'facts-dev': join(ROOT, 'test', 'fixtures', 'facts-dev.jsonl') };
const LOWER_IS_BETTER = new Set(['false_alarm_rate', 'false_alarm_rate_checked', 'error_rate', 'lookalike_agreement_rate']);
/**
 * Untouched discrepancy-MSRP pairs whose sentences really differ (a figure, a date, a place, a
 * speaker, a word inside quotation marks), checked by hand: false_alarm_rate_checked sets them aside.
 */
const REAL_DIFFERENCES = join(ROOT, 'test', 'fixtures', 'discrepancy-msrp-real-differences.json');

/** The sets, each with the figures it reports. */
const SETS = {
  'msrp-train': paraphrase,
  'stsb-train': similarity,
  'stsb-dev': similarity,
  'summac-polytope': consistency,
  'summac-summeval': consistency,
  'discrepancy-msrp-train': discrepancy,
  // Our own labelled fact pairs (dates, amounts, roles, opposites, certainty, names, several facts,
  // invisible characters), written by us and kept in the repository: test/fixtures/facts-dev.jsonl.
  'facts-dev': factsDev,
  // Whole-article alignment on ECB+ articles (same event / look-alike event): scripts/eval-ecb.ts,
  // by words alone and with counterparts by meaning (the sentence encoder: compare --meaning).
  ecb: null,
  'ecb-meaning': null,
};

/** Sets a model used by a run was trained on: their figures are not development figures. */
const IN_SAMPLE = {
  'msrp-train-meaning': 'the cross-encoder was trained on this set: its figures are in-sample; the 5-fold cross-validated ones come from scripts/train-cross-encoder.py --cv 5',
  'discrepancy-msrp-train-meaning': 'made from MSRP train, which the cross-encoder was trained on (labels here come from the fact comparison, not from the cross-encoder)',
};

// Each pairs set again with `pairs --meaning` (the sentence encoder scores single-sentence pairs):
// `<set>-meaning`, the same file and figures.
const MEANING_SUFFIX = '-meaning';
for (const name of Object.keys(SETS)) {
  if (SETS[name] && !name.endsWith(MEANING_SUFFIX)) SETS[`${name}${MEANING_SUFFIX}`] = SETS[name];
}

/** Runs the ECB+ article-alignment evaluation in-process through tsx; returns its figures. */
function runEcb(meaning) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'eval-ecb.ts'), '--json', ...(meaning ? ['--meaning'] : [])], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) fail(`ecb: eval-ecb.ts failed: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('{')) return null; // data absent: the script said so
  const { seconds, ...figures } = JSON.parse(last);
  return { figures, seconds };
}

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { only: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--only') opts.only = argv[++i] ?? fail('--only needs a set name');
    else if (a.startsWith('--only=')) opts.only = a.slice(7);
    else if (a === '--help' || a === '-h') {
      console.log(`Usage: node scripts/eval.mjs [--only NAME] [--json]\nSets: ${Object.keys(SETS).join(', ')}`);
      process.exit(0);
    } else fail(`unknown argument '${a}' (use --only NAME, --json)`);
  }
  if (opts.only && !(opts.only in SETS)) fail(`unknown set '${opts.only}' (sets: ${Object.keys(SETS).join(', ')})`);
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

/** Ranks 1..n with ties given the average of the ranks they span. */
export function averageRanks(values) {
  const order = values.map((v, i) => [v, i]).sort((x, y) => x[0] - y[0]);
  const ranks = new Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(x, y) {
  const n = x.length;
  if (n < 2) return NaN;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0; let sxx = 0; let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Spearman's rho: Pearson correlation of average ranks (correct with ties). */
export function spearman(x, y) {
  return pearson(averageRanks(x), averageRanks(y));
}

const ratio = (a, b) => (b ? a / b : NaN);

// ---------------------------------------------------------------------------------------------
// Per-set figures. `rows` are [{ gold: the input line, out: the CLI's output line }].
// ---------------------------------------------------------------------------------------------

function judged(rows) {
  return rows.filter((r) => !('error' in r.out));
}

function paraphrase(rows) {
  let tp = 0; let fp = 0; let tn = 0; let fn = 0;
  for (const { gold, out } of judged(rows)) {
    const pred = out.label === 'agreement';
    const pos = Number(gold.gold) === 1;
    if (pred && pos) tp++; else if (pred) fp++; else if (pos) fn++; else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    accuracy: ratio(tp + tn, tp + tn + fp + fn),
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
  };
}

function similarity(rows) {
  const ok = judged(rows);
  return { spearman: spearman(ok.map((r) => r.out.score), ok.map((r) => Number(r.gold.gold))) };
}

function consistency(rows) {
  let tp = 0; let pos = 0; let tn = 0; let neg = 0;
  for (const { gold, out } of judged(rows)) {
    const pred = out.label === 'agreement';
    if (Number(gold.gold) === 1) { pos++; if (pred) tp++; } else { neg++; if (!pred) tn++; }
  }
  const tpr = ratio(tp, pos);
  const tnr = ratio(tn, neg);
  return { balanced_accuracy: (tpr + tnr) / 2, consistent_recall: tpr, inconsistent_recall: tnr };
}

/** Which reported kinds count as catching each gold kind (the data's "name" is a person, place or organisation). */
const KIND_MATCH = {
  number: ['number'],
  date: ['date'],
  negation: ['negation'],
  name: ['person', 'place', 'organization', 'attribution'],
};

function discrepancy(rows) {
  const figures = {};
  const byKind = new Map();
  const real = new Set(Object.keys(JSON.parse(readFileSync(REAL_DIFFERENCES, 'utf8')).pairs));
  const untouched = new Set(rows.filter((r) => r.gold.gold === 'none').map((r) => String(r.gold.id)));
  for (const id of real) if (!untouched.has(id)) fail(`${REAL_DIFFERENCES}: ${id} is not an untouched pair of the set`);
  let none = 0; let alarms = 0; let caught = 0; let changed = 0; let checked = 0; let checkedAlarms = 0;
  for (const { gold, out } of judged(rows)) {
    const flagged = out.label === 'discrepancy';
    if (gold.gold === 'discrepancy') {
      const k = gold.kind ?? 'other';
      const s = byKind.get(k) ?? { n: 0, hit: 0, kindHit: 0 };
      s.n++;
      changed++;
      if (flagged) { s.hit++; caught++; }
      if (flagged && (out.kinds ?? []).some((x) => (KIND_MATCH[k] ?? [k]).includes(x))) s.kindHit++;
      byKind.set(k, s);
    } else {
      none++;
      if (flagged) alarms++;
      if (!real.has(String(gold.id))) {
        checked++;
        if (flagged) checkedAlarms++;
      }
    }
  }
  for (const [k, s] of [...byKind].sort()) {
    figures[`recall_${k}`] = ratio(s.hit, s.n);
    figures[`kind_recall_${k}`] = ratio(s.kindHit, s.n);
  }
  figures.recall = ratio(caught, changed);
  figures.false_alarm_rate = ratio(alarms, none);
  figures.false_alarm_rate_checked = ratio(checkedAlarms, checked);
  return figures;
}

/**
 * The facts development set: is the pair a discrepancy or not (accuracy), how many of each gold
 * kind are caught (recall_<kind>: flagged at all; kind_recall_<kind>: flagged with that kind), the
 * share of agreeing pairs flagged (false alarms), and the accuracy per bullet of the issue.
 */
function factsDev(rows) {
  const figures = {};
  let right = 0; let none = 0; let alarms = 0; let n = 0;
  const byKind = new Map();
  const byBullet = new Map();
  for (const { gold, out } of judged(rows)) {
    n++;
    const flagged = out.label === 'discrepancy';
    const pos = gold.gold === 'discrepancy';
    const ok = flagged === pos;
    if (ok) right++;
    const b = byBullet.get(gold.bullet) ?? { n: 0, ok: 0 };
    b.n++;
    if (ok) b.ok++;
    byBullet.set(gold.bullet, b);
    if (pos) {
      const k = gold.kind ?? 'other';
      const s = byKind.get(k) ?? { n: 0, hit: 0, kindHit: 0 };
      s.n++;
      if (flagged) s.hit++;
      if (flagged && (out.kinds ?? []).includes(k)) s.kindHit++;
      byKind.set(k, s);
    } else {
      none++;
      if (flagged) alarms++;
    }
  }
  figures.accuracy = ratio(right, n);
  for (const [k, s] of [...byKind].sort()) figures[`recall_${k}`] = ratio(s.hit, s.n);
  for (const [k, s] of [...byKind].sort()) figures[`kind_recall_${k}`] = ratio(s.kindHit, s.n);
  figures.false_alarm_rate = ratio(alarms, none);
  for (const [b, s] of [...byBullet].sort()) figures[`accuracy_${b}`] = ratio(s.ok, s.n);
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

function ensureBuilt() {
  if (existsSync(CLI)) return;
  console.error('eval: dist/cli.js is missing; building…');
  const r = spawnSync(process.execPath, [join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(CLI)) fail(`build failed (exit ${r.status}); run 'npm run build' and look at its errors`);
}

function readGold(file) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l); } catch { fail(`${file}: line ${i + 1} is not JSON`); }
    return null;
  });
}

/** Runs the CLI over one file; resolves to its output lines (parsed) and the wall time. */
async function runCli(file, meaning) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, 'pairs', '--input', file, ...(meaning ? ['--meaning'] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
  const lines = [];
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    if (line.trim()) lines.push(JSON.parse(line));
  }
  const code = await new Promise((res) => (child.exitCode !== null ? res(child.exitCode) : child.once('close', res)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) fail(`cli pairs failed on ${file} (exit ${code}): ${stderr.trim()}`);
  return { lines, seconds, stderr };
}

function fmt(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v.toFixed(3) : String(v);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(DATA)) fail(`evaluation data not found at ${DATA} (expected ../shared/data/pairs beside the repository)`);
  const floors = existsSync(FLOORS) ? JSON.parse(readFileSync(FLOORS, 'utf8')) : {};
  ensureBuilt();

  const names = opts.only ? [opts.only] : Object.keys(SETS);
  const results = {};
  const below = [];
  for (const name of names) {
    if (name === 'ecb' || name === 'ecb-meaning') {
      const ecb = runEcb(name === 'ecb-meaning');
      if (!ecb) { console.log(`\n${name}  skipped (../shared/data/ecb absent)`); continue; }
      results[name] = ecb.figures;
      console.log(`\n${name}  (${ecb.figures.same_pairs} same-event and ${ecb.figures.cross_pairs} look-alike article pairs, ${fmt(ecb.seconds)} s)`);
      for (const [metric, value] of Object.entries(ecb.figures)) {
        if (metric.endsWith('_pairs') || metric === 'lookalike_agreements' || metric === 'lookalike_claims') continue;
        const floor = floors[name]?.[metric];
        const bad = typeof floor === 'number' && (LOWER_IS_BETTER.has(metric) ? value > floor : value < floor);
        if (bad) below.push(`${name} ${metric} = ${fmt(value)} (${LOWER_IS_BETTER.has(metric) ? 'max' : 'floor'} ${fmt(floor)})`);
        const note = typeof floor === 'number' ? `${LOWER_IS_BETTER.has(metric) ? 'max' : 'floor'} ${fmt(floor)}${bad ? '  ✗ BELOW FLOOR' : '  ✓'}` : '';
        console.log(`  ${metric.padEnd(24)} ${fmt(value).padStart(7)}  ${note}`);
      }
      continue;
    }
    const meaning = name.endsWith(MEANING_SUFFIX) && name !== 'ecb-meaning';
    const base = meaning ? name.slice(0, -MEANING_SUFFIX.length) : name;
    const file = LOCAL_FILES[base] ?? join(DATA, `${base}.jsonl`);
    if (!existsSync(file)) fail(`missing data file ${file}`);
    const gold = readGold(file);
    const { lines, seconds, stderr } = await runCli(file, meaning);
    // Without the model the CLI judges by words and says so: the figures would not be the encoder's.
    if (meaning && stderr.includes('sentence encoder: none')) fail(`${name}: ${stderr.trim().split('\n')[0]}`);
    if (lines.length !== gold.length) fail(`${name}: ${gold.length} input lines but ${lines.length} output lines`);
    const rows = gold.map((g, i) => ({ gold: g, out: lines[i] }));
    rows.forEach((r, i) => {
      if (r.out.id !== (r.gold.id ?? null)) fail(`${name}: output line ${i + 1} has id ${JSON.stringify(r.out.id)}, expected ${JSON.stringify(r.gold.id)}`);
    });
    const errors = rows.filter((r) => 'error' in r.out).length;
    const figures = { ...SETS[name](rows), pairs: rows.length, errors, pairs_per_second: rows.length / seconds };
    results[name] = figures;

    console.log(`\n${name}  (${rows.length} pairs, ${fmt(seconds)} s, ${Math.round(figures.pairs_per_second)} pairs/s${errors ? `, ${errors} error lines` : ''})`);
    if (IN_SAMPLE[name]) console.log(`  (${IN_SAMPLE[name]})`);
    for (const [metric, value] of Object.entries(figures)) {
      if (['pairs', 'errors', 'pairs_per_second'].includes(metric)) continue;
      const floor = floors[name]?.[metric];
      let note = '';
      if (typeof floor === 'number') {
        const bad = !Number.isFinite(value) || (LOWER_IS_BETTER.has(metric) ? value > floor : value < floor);
        note = `${LOWER_IS_BETTER.has(metric) ? 'max' : 'floor'} ${fmt(floor)}${bad ? '  ✗ BELOW FLOOR' : '  ✓'}`;
        if (bad) below.push(`${name} ${metric} = ${fmt(value)} (${LOWER_IS_BETTER.has(metric) ? 'max' : 'floor'} ${fmt(floor)})`);
      }
      console.log(`  ${metric.padEnd(24)} ${fmt(value).padStart(7)}  ${note}`);
    }
  }
  // Floors for sets that were not run (with --only) are not checked; floors naming unknown sets are a mistake.
  for (const name of Object.keys(floors)) if (!(name in SETS)) below.push(`eval/floors.json names unknown set '${name}'`);

  if (opts.json) console.log(`\n${JSON.stringify(results, null, 2)}`);
  if (below.length) {
    console.error(`\neval: ${below.length} figure(s) below floor:\n${below.map((b) => `  - ${b}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\neval: all figures at or above their floors');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
}
