/**
 * The engine's table port (src/engine/lexicon/tables.ts) and the Node hosts' loader
 * (src/host/tables.ts): decoding, the checks on what is handed over, and clear errors when the
 * data files are missing or the host forgot to install them.
 */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIM, TablesError, VOCAB_SIZE, engineTables, installTables, loadTables, type LexiconFile } from '../../../src/engine/lexicon/tables';
import { ensureEngineTables } from '../../../src/host/tables';

const ROOT = join(__dirname, '..', '..', '..');
const vectors = readFileSync(join(ROOT, 'data', 'vectors.bin'));
const lexiconText = readFileSync(join(ROOT, 'data', 'lexicon.json'), 'utf8');
const lexicon = (): LexiconFile => JSON.parse(lexiconText) as LexiconFile;

test('loadTables decodes the committed files into the vocabulary, vectors, synonym groups and lemmas', () => {
  const t = loadTables({ vectors, lexicon: lexiconText });
  assert.equal(t.index.size, VOCAB_SIZE);
  assert.equal(t.index.get('the'), 0, 'frequency order: "the" first');
  assert.equal(t.vectors.length, VOCAB_SIZE * DIM);
  assert.equal(t.lemmas.get('children'), 'child');
  assert.equal(t.lemmas.get('was'), 'be');
  const i = t.index.get('said')!;
  let n = 0;
  for (let d = 0; d < DIM; d++) n += t.vectors[i * DIM + d] ** 2;
  assert.ok(Math.abs(t.invNorm[i] * Math.sqrt(n) - 1) < 1e-12, 'invNorm is 1 / row norm');
  const lex = lexicon();
  const g = lex.synonymGroups.findIndex((grp) => grp.length >= 2);
  for (const w of lex.synonymGroups[g]) assert.ok(t.groups.get(w)!.includes(g), `word ${w} is in group ${g}`);
  assert.ok(Object.isFrozen(t));
});

test('loadTables gives the same tables from text and from parsed JSON, and the installed ones are those', () => {
  const a = loadTables({ vectors, lexicon: lexiconText });
  const b = loadTables({ vectors, lexicon: lexicon() });
  assert.deepEqual([...a.lemmas], [...b.lemmas]);
  assert.deepEqual([...a.groups], [...b.groups]);
  assert.deepEqual([...engineTables().index].slice(0, 50), [...a.index].slice(0, 50));
});

test('loadTables refuses data that does not fit the engine, with a TablesError saying what', () => {
  const bad = (files: Parameters<typeof loadTables>[0], re: RegExp): void => {
    assert.throws(() => loadTables(files), (e: unknown) => e instanceof TablesError && re.test(e.message));
  };
  bad({ vectors: vectors.subarray(0, vectors.length - DIM), lexicon: lexiconText }, /vectors\.bin has 3999900 bytes, expected 4000000/);
  bad({ vectors, lexicon: { ...lexicon(), dim: 50 } }, /dimension 50, expected 100/);
  bad({ vectors, lexicon: { ...lexicon(), format: 99 } }, /format 99/);
  bad({ vectors, lexicon: { ...lexicon(), words: lexicon().words.slice(1) } }, /vocabulary of 39999 words/);
  bad({ vectors, lexicon: { ...lexicon(), synonymGroups: [[0, VOCAB_SIZE]] } }, /synonym group 0 names word 40000/);
  bad({ vectors, lexicon: '{"format": 1,' }, /not JSON/);
});

test('installing a second, different set of tables is refused (memo tables hold results of the first)', () => {
  assert.throws(() => installTables(loadTables({ vectors, lexicon: lexiconText })), TablesError);
  installTables(engineTables()); // the same ones again: fine
});

test('ensureEngineTables names the folders it searched when the files are missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-tables-'));
  try {
    // A fresh process: in this one the tables are installed already, so ensure() would return early.
    const script = `require('./src/host/tables').ensureEngineTables([${JSON.stringify(dir)}])`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /TablesError: Source Compare's data files \(vectors\.bin, lexicon\.json\) are missing: looked in /);
    assert.ok(r.stderr.includes(dir), 'the folder is named');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ensureEngineTables(['/nonexistent']); // installed already: no reading, no error
});

test('a host that forgot to install the tables gets a clear error from the engine, not a crash inside it', () => {
  const script = "const { compare } = require('./src/engine'); try { compare([{ path: 'a', text: 'The river rose.' }, { path: 'b', text: 'The river fell.' }]); } catch (e) { process.stdout.write(e.name + ': ' + e.message); }";
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.match(out, /^TablesError: the engine tables are not installed: .*installTables\(loadTables/);
});
