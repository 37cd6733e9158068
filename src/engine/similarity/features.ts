/**
 * Claim representation and pair features: soft word alignment (exact lemma, WordNet synonym,
 * word-vector cosine, Jaro-Winkler for out-of-vocabulary names, acronym ↔ initials), IDF-weighted
 * coverage in both directions, numbers, negation, length, n-gram overlap.
 */
import type { Span } from '../types';
import { isNegation, tokenize, type Token } from '../tokens';
import { DIM, VOCAB_SIZE, dot, synonymGroups, unitVector, wordIndex } from './vectors';

export interface Item {
  lemma: string;
  norm: string;
  /** IDF-like weight from frequency rank. */
  w: number;
  vec: Float32Array | null;
  groups: readonly number[];
  cap: boolean;
  num: boolean;
  /** All-caps acronym (2–6 letters). */
  acr: boolean;
  /** Initials of the capitalised run this word belongs to ("" when none). */
  run: string;
  /** Name key for fuzzy matching (lower case, particles and diacritics removed). */
  key: string;
}

export interface Prepared {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly items: readonly Item[];
  /** Unit vectors of adjacent content-word pairs (phone line ~ hotline). */
  readonly comps: readonly Float32Array[];
  readonly sumW: number;
  readonly numbers: ReadonlySet<string>;
  readonly negations: number;
  readonly nWords: number;
  readonly acronyms: ReadonlySet<string>;
  readonly initials: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly bigrams: ReadonlySet<string>;
  readonly avg: Float32Array | null;
  /** Normalised word sequence, for the identity shortcut. */
  readonly sig: string;
}

const OOV_RANK = 2 * VOCAB_SIZE;
/** Content words aligned per claim (a claim is a sentence; this only bounds pathological input). */
export const MAX_ITEMS = 256;
export const MAX_W = Math.log(20 + OOV_RANK);
const PARTICLES = new Set(['al', 'el', 'ez', 'es', 'as', 'ad', 'ed', 'ar', 'an', 'at', 'az', 'ash', 'ath', 'ul', 'ibn', 'bin', 'abu']);
/** Prefixes written with a hyphen whose own vector only adds noise (de-escalation, re-election). */
const PREFIXES = new Set(['de', 're', 'co', 'pre']);
const RUN_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'von', 'van', '&']);

function weightOfRank(r: number): number {
  return Math.log(20 + (r < 0 ? OOV_RANK : r));
}

export function prepareText(text: string, span?: Span): Prepared {
  const tokens = tokenize(text, span);
  const items: Item[] = [];
  const numbers = new Set<string>();
  const acronyms = new Set<string>();
  const initials = new Set<string>();
  const lemmas = new Set<string>();
  const bigrams = new Set<string>();
  let negations = 0;
  let nWords = 0;
  const seq: string[] = [];
  // capitalised runs → initials (Islamic Revolutionary Guard Corps → irgc)
  const runOf = new Array<string>(tokens.length).fill('');
  for (let i = 0; i < tokens.length;) {
    if (tokens[i].kind === 'word' && tokens[i].cap && !RUN_SKIP.has(tokens[i].norm)) {
      let j = i;
      const members: number[] = [];
      let ini = '';
      while (j < tokens.length) {
        const t = tokens[j];
        if (t.kind === 'word' && t.cap) { members.push(j); ini += t.norm[0]; j++; continue; }
        if (t.kind === 'word' && RUN_SKIP.has(t.norm) && j + 1 < tokens.length && tokens[j + 1].cap && tokens[j + 1].kind === 'word') { j++; continue; }
        if (t.kind === 'punct' && t.text === '-' && j + 1 < tokens.length && tokens[j + 1].cap) { j++; continue; }
        break;
      }
      if (members.length >= 2) {
        initials.add(ini);
        for (const m of members) runOf[m] = ini;
      }
      i = Math.max(j, i + 1);
    } else i++;
  }
  let prev = '';
  const comps: Float32Array[] = [];
  let lastVecItem = -1; // index in items of the previous content word when adjacent
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') { prev = ''; if (t.text !== '-') lastVecItem = -1; continue; }
    // hyphenated compound known as a whole (de-escalation, well-known): one item
    if (t.kind === 'word' && i + 2 < tokens.length && tokens[i + 1].text === '-' && tokens[i + 1].start === t.end &&
      tokens[i + 2].start === tokens[i + 1].end && tokens[i + 2].kind === 'word') {
      const joined = `${t.norm}-${tokens[i + 2].norm}`;
      const ji = wordIndex(joined);
      if (ji >= 0 && items.length < MAX_ITEMS) {
        const u = tokens[i + 2];
        nWords += 2;
        lemmas.add(t.lemma); lemmas.add(u.lemma);
        if (prev) bigrams.add(`${prev} ${t.lemma}`);
        bigrams.add(`${t.lemma} ${u.lemma}`);
        prev = u.lemma;
        seq.push(t.lemma, u.lemma);
        items.push({ lemma: joined, norm: joined, w: weightOfRank(ji), vec: unitVector(ji), groups: synonymGroups(ji), cap: t.cap, num: false, acr: false, run: runOf[i], key: nameKey(joined) });
        lastVecItem = items.length - 1;
        i += 2;
        continue;
      }
    }
    seq.push(t.lemma);
    if (t.kind === 'word') {
      nWords++;
      lemmas.add(t.lemma);
      if (prev) bigrams.add(`${prev} ${t.lemma}`);
      prev = t.lemma;
      if (isNegation(t)) { negations++; lastVecItem = -1; continue; }
      if (t.stop) { lastVecItem = -1; continue; }
      if ((PARTICLES.has(t.norm) || PREFIXES.has(t.norm)) && i + 1 < tokens.length && tokens[i + 1].text === '-') continue;
      if (t.lemma.length === 1 && !t.cap) continue;
      if (items.length >= MAX_ITEMS) continue; // bound the O(n·m) alignment on pathological input
      const acr = t.text.length >= 2 && t.text.length <= 8 && /^[A-Z.]+$/.test(t.text) && t.norm.length >= 2 && t.norm.length <= 6;
      if (acr) acronyms.add(t.norm);
      let wi = -1;
      if (acr && t.norm.length <= 4) wi = wordIndex(t.norm.split('').join('.') + '.');
      if (wi < 0) wi = wordIndex(t.norm);
      if (wi < 0) wi = wordIndex(t.lemma);
      const li = wordIndex(t.lemma);
      const rank = li >= 0 ? li : wi;
      items.push({
        lemma: t.lemma, norm: t.norm, w: weightOfRank(rank), vec: wi >= 0 ? unitVector(wi) : null,
        groups: li >= 0 ? synonymGroups(li) : wi >= 0 ? synonymGroups(wi) : [],
        cap: t.cap, num: false, acr, run: runOf[i], key: nameKey(t.norm),
      });
      const cur = items[items.length - 1];
      if (lastVecItem >= 0 && cur.vec && items[lastVecItem].vec) {
        const pv = items[lastVecItem].vec as Float32Array;
        const c = new Float32Array(DIM);
        for (let d = 0; d < DIM; d++) c[d] = pv[d] + cur.vec[d];
        const n = Math.sqrt(dot(c, c));
        if (n > 0) { for (let d = 0; d < DIM; d++) c[d] /= n; comps.push(c); }
      }
      lastVecItem = items.length - 1;
    } else {
      nWords++;
      prev = '';
      lastVecItem = -1;
      const v = t.lemma;
      numbers.add(v);
      lemmas.add(v);
      if (items.length < MAX_ITEMS) items.push({ lemma: v, norm: t.norm, w: weightOfRank(3000), vec: null, groups: [], cap: false, num: true, acr: false, run: '', key: v });
    }
  }
  let sumW = 0;
  let avg: Float32Array | null = null;
  for (const it of items) {
    sumW += it.w;
    if (it.vec) {
      if (!avg) avg = new Float32Array(DIM);
      for (let d = 0; d < DIM; d++) avg[d] += it.w * it.vec[d];
    }
  }
  if (avg) {
    const n = Math.sqrt(dot(avg, avg));
    if (n > 0) for (let d = 0; d < DIM; d++) avg[d] /= n;
  }
  return { text, tokens, items, comps, sumW, numbers, negations, nWords, acronyms, initials, lemmas, bigrams, avg, sig: seq.join(' ') };
}

function nameKey(norm: string): string {
  return norm.replace(/['-]/g, '');
}

/** Jaro-Winkler similarity of two short strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb || la > 64 || lb > 64) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Array<boolean>(la).fill(false);
  const mb = new Array<boolean>(lb).fill(false);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a[i] === b[j]) { ma[i] = mb[j] = true; m++; break; }
    }
  }
  if (!m) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

/** Similarity of two content words in [0,1]. */
export function itemSim(x: Item, y: Item): number {
  if (x.lemma === y.lemma || x.norm === y.norm) return 1;
  if (x.num || y.num) return 0;
  let s = 0;
  if (x.vec && y.vec) s = Math.max(0, dot(x.vec, y.vec));
  if (x.groups.length && y.groups.length) {
    for (const g of x.groups) if (y.groups.includes(g)) { s = Math.max(s, 0.8); break; }
  }
  if ((!x.vec || !y.vec) && (x.cap || y.cap) && x.key.length >= 3 && y.key.length >= 3) {
    const jw = x.key < y.key ? jaroWinkler(x.key, y.key) : jaroWinkler(y.key, x.key);
    if (jw >= 0.88) s = Math.max(s, jw);
  } else if (!x.vec && !y.vec && x.key.length >= 5 && y.key.length >= 5) {
    const jw = x.key < y.key ? jaroWinkler(x.key, y.key) : jaroWinkler(y.key, x.key);
    if (jw >= 0.93) s = Math.max(s, jw * 0.9);
  }
  if ((x.acr && x.norm === y.run) || (y.acr && y.norm === x.run)) s = 1;
  return s;
}

/** Per-direction alignment: best match of each item of one side in the other. */
export interface Alignment {
  bestA: Float64Array; // for each item of a: best sim in b
  bestB: Float64Array;
}

export function align(a: Prepared, b: Prepared): Alignment {
  const na = a.items.length;
  const nb = b.items.length;
  const bestA = new Float64Array(na);
  const bestB = new Float64Array(nb);
  for (let i = 0; i < na; i++) {
    const x = a.items[i];
    for (let j = 0; j < nb; j++) {
      const s = itemSim(x, b.items[j]);
      if (s > bestA[i]) bestA[i] = s;
      if (s > bestB[j]) bestB[j] = s;
    }
  }
  compAlign(a, b, bestA);
  compAlign(b, a, bestB);
  return { bestA, bestB };
}

const COMP_SCALE = 0.9;
function compAlign(x: Prepared, y: Prepared, best: Float64Array): void {
  if (!y.comps.length) return;
  for (let i = 0; i < x.items.length; i++) {
    const v = x.items[i].vec;
    if (!v || best[i] >= 0.9) continue;
    for (const c of y.comps) {
      const s = COMP_SCALE * dot(v, c);
      if (s > best[i]) best[i] = s;
    }
  }
}

/** Names of the directional features (how much of `x` is said by `y`). */
export const DIR_FEATURES = [
  'covSoft', 'covSoft2', 'covExact', 'covHi', 'covUnw', 'maxMiss', 'capMiss', 'numMiss', 'numConflict', 'lemmaCov', 'bigramCov',
] as const;

/** Directional features: how much of `x` (with `best` = its items' best matches) is said by `y`. */
export function dirFeatures(x: Prepared, y: Prepared, best: Float64Array): number[] {
  const n = x.items.length;
  if (n === 0) {
    const empty = y.items.length === 0 ? 1 : 0.5;
    return [empty, empty, empty, empty, empty, 0, 0, 0, 0, setCov(x.lemmas, y.lemmas), setCov(x.bigrams, y.bigrams)];
  }
  let soft = 0;
  let soft2 = 0;
  let exact = 0;
  let hi = 0;
  let unw = 0;
  let maxMiss = 0;
  let capMiss = 0;
  let capW = 0;
  for (let i = 0; i < n; i++) {
    const it = x.items[i];
    const b = best[i];
    soft += it.w * b;
    soft2 += it.w * b * b;
    if (b >= 0.999) exact += it.w;
    if (b >= 0.5) hi += it.w;
    unw += b;
    const miss = (it.w / MAX_W) * (1 - b);
    if (miss > maxMiss) maxMiss = miss;
    if (it.cap) { capW += it.w; capMiss += it.w * (1 - b); }
  }
  let numMiss = 0;
  for (const v of x.numbers) if (!y.numbers.has(v)) numMiss++;
  const numConflict = numMiss > 0 && y.numbers.size > 0 ? 1 : 0;
  return [
    soft / x.sumW, soft2 / x.sumW, exact / x.sumW, hi / x.sumW, unw / n, maxMiss,
    capW > 0 ? capMiss / capW : 0, Math.min(numMiss, 3) / 3, numConflict,
    setCov(x.lemmas, y.lemmas), setCov(x.bigrams, y.bigrams),
  ];
}

function setCov(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0) return y.size === 0 ? 1 : 0.5;
  let c = 0;
  for (const v of x) if (y.has(v)) c++;
  return c / x.size;
}

export const SYM_FEATURES = ['avgCos', 'lenRatio', 'logMinLen', 'negMismatch', 'bothNum', 'lemmaJac', 'bigramDice'] as const;

export function symFeatures(a: Prepared, b: Prepared): number[] {
  const avgCos = a.avg && b.avg ? Math.max(0, dot(a.avg, b.avg)) : 0;
  const la = Math.max(1, a.nWords);
  const lb = Math.max(1, b.nWords);
  const lenRatio = Math.min(la, lb) / Math.max(la, lb);
  const logMinLen = Math.log(Math.min(la, lb)) / 4;
  const negMismatch = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  const bothNum = a.numbers.size > 0 && b.numbers.size > 0 ? 1 : 0;
  let inter = 0;
  for (const v of a.lemmas) if (b.lemmas.has(v)) inter++;
  const uni = a.lemmas.size + b.lemmas.size - inter;
  const lemmaJac = uni ? inter / uni : 1;
  let bi = 0;
  for (const v of a.bigrams) if (b.bigrams.has(v)) bi++;
  const bigramDice = a.bigrams.size + b.bigrams.size ? (2 * bi) / (a.bigrams.size + b.bigrams.size) : 1;
  return [avgCos, lenRatio, logMinLen, negMismatch, bothNum, lemmaJac, bigramDice];
}

/** Symmetric feature vector: min and max of each directional feature, then the symmetric ones. */
export function pairFeatures(a: Prepared, b: Prepared): number[] {
  const al = align(a, b);
  const fa = dirFeatures(a, b, al.bestA);
  const fb = dirFeatures(b, a, al.bestB);
  const out: number[] = [];
  for (let k = 0; k < fa.length; k++) { out.push(Math.min(fa[k], fb[k])); out.push(Math.max(fa[k], fb[k])); }
  return out.concat(symFeatures(a, b));
}

/** Support features: how much of `claim` is said by `source` (directional + a few symmetric). */
export function supportFeatures(source: Prepared, claim: Prepared): number[] {
  const al = align(claim, source);
  const f = dirFeatures(claim, source, al.bestA);
  const negMismatch = (claim.negations > 0) !== (source.negations > 0) ? 1 : 0;
  return f.concat([negMismatch, Math.log(Math.max(1, claim.nWords)) / 4]);
}
