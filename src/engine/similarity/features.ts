/**
 * Claim representation and pair features: soft word alignment (exact lemma, WordNet synonym,
 * word-vector cosine, Jaro-Winkler for out-of-vocabulary names, acronym ↔ initials), IDF-weighted
 * coverage in both directions, numbers, negation, length, n-gram overlap.
 */
import type { Span } from '../report/types';
import { isNegation, tokenizeReusing, type Token } from '../text/tokens';
import { crossDots } from './kernel';
import { ownString } from '../strings/own';
import { DIM as DIM_IMPORTED, VOCAB_SIZE, dot, synonymGroups, wordIndex, writeUnitVector } from './vectors';
import { RUN_SKIP, VECTOR_PARTICLES } from '../lexicon/names';
import { charMask, jaroWinkler, jaroWinklerBound, winklerPrefix } from '../strings/jaro-winkler';
import { TUNING } from '../tuning';
import { SimilarityScratch } from './scratch';
import { HYPHEN_PREFIXES } from '../lexicon/grammar';

/** Vector length, copied once: an imported binding can compile to a getter call per read. */
const DIM: number = DIM_IMPORTED;

export interface Item {
  lemma: string;
  norm: string;
  /** IDF-like weight from frequency rank. */
  w: number;
  /** Vocabulary index of the word vector used (-1: none). */
  vi: number;
  groups: readonly number[];
  cap: boolean;
  num: boolean;
  /** All-caps acronym (2–6 letters). */
  acr: boolean;
  /** Initials of the capitalised run this word belongs to ("" when none). */
  run: string;
  /** Name key for fuzzy matching (lower case, particles and diacritics removed). */
  key: string;
  /** Derived once per item for pack(): hashes of lemma and norm, synonym-group and key masks. */
  lemmaH: number;
  normH: number;
  gmask: number;
  keyMask: number;
}

/** An Item with its derived fields (see Item). */
function makeItem(lemma: string, norm: string, w: number, vi: number, groups: readonly number[], cap: boolean, num: boolean, acr: boolean, run: string, key: string): Item {
  const lemmaH = hashString(lemma);
  let gmask = 0;
  for (const g of groups) gmask |= 1 << (g & 31);
  const keyMask = charMask(key);
  return { lemma, norm, w, vi, groups, cap, num, acr, run, key, lemmaH, normH: norm === lemma ? lemmaH : hashString(norm), gmask, keyMask };
}

/** The item of a content word outside a capitalised run (remembered in the scratch by token text). */
function wordItem(t: Token, scratch: SimilarityScratch): Item {
  let it = scratch.wordItems.get(t.text);
  if (it !== undefined) return it;
  const acr = t.text.length >= 2 && t.text.length <= 8 && t.norm.length >= 2 && t.norm.length <= 6 && RE_ACR.test(t.text);
  let wi = -1;
  if (acr && t.norm.length <= 4) wi = wordIndex(t.norm.split('').join('.') + '.');
  const li = wordIndex(t.lemma);
  if (wi < 0) wi = t.norm === t.lemma ? li : wordIndex(t.norm);
  if (wi < 0) wi = li;
  const rank = li >= 0 ? li : wi;
  it = makeItem(t.lemma, t.norm, weightOfRank(rank), wi, li >= 0 ? synonymGroups(li) : wi >= 0 ? synonymGroups(wi) : [], t.cap, false, acr, '', nameKey(t.norm));
  // the key is copied by the memo; t.lemma and t.norm come from the tokeniser's own copies
  scratch.wordItems.setOwned(ownString(t.text), it);
  return it;
}

/**
 * Per-claim data laid out for the alignment hot loop (built once by prepareText): one row per
 * item, typed arrays only.
 */
export interface Packed {
  readonly n: number;
  /** The weighted mean of the item unit vectors, normalised (null: no item has a vector). */
  readonly avg: Float32Array | null;
  /**
   * Unit vectors, DIM floats a row: first the nv items that have one (in item order), zero rows up
   * to a multiple of 4 (cv0), then the nc compound vectors and zero rows up to a multiple of 4 (rows).
   */
  readonly nv: number;
  readonly vecs: Float32Array;
  readonly cv0: number;
  readonly rows: number;
  /** Row of each item in `vecs` (-1: no vector). */
  readonly vpos: Int32Array;
  readonly w: Float64Array;
  /** Bit 1: number; bit 2: capitalised; bit 4: acronym; bit 8: has a run. */
  readonly flags: Uint8Array;
  /** 32-bit hashes of lemma and norm (equality prefilter; strings confirm). */
  readonly lemmaH: Int32Array;
  readonly normH: Int32Array;
  /** 32-bit Bloom mask of the item's synonym groups (0: none). */
  readonly gmask: Int32Array;
  readonly keyLen: Int32Array;
  /** 32-bit mask of the characters of each key (bit c & 31): bounds Jaro-Winkler cheaply. */
  readonly keyMask: Int32Array;
  /** Number of adjacent content-word pair vectors (rows cv0… of vecs). */
  readonly nc: number;
  /** ` ${sig} ` for the contained-sequence test of support(). */
  readonly psig: string;
}

export interface Prepared {
  /** The claim's own text (the span prepared, not the article it was cut from). */
  readonly text: string;
  readonly items: readonly Item[];
  readonly sumW: number;
  readonly numbers: ReadonlySet<string>;
  readonly negations: number;
  readonly nWords: number;
  /** Distinct lemmas (see Terms). */
  readonly lemmas: Terms;
  /** Adjacent word-lemma pairs (see bigramKey). */
  readonly bigrams: Terms;
  /** Normalised word sequence, for the identity shortcut. */
  readonly sig: string;
  /**
   * Pairs (previous item, item) of adjacent content words with vectors, flattened: the compound
   * vectors of packedOf(). The claim's vectors and columns are not kept here (about 5 KB a claim):
   * packedOf() lays them out when the claim is scored, and the comparison's scratch keeps the
   * claims in use (see SimilarityScratch.packs).
   */
  readonly comp: readonly number[];
}

const OOV_RANK = 2 * VOCAB_SIZE;
/** Content words aligned per claim (a claim is a sentence; this only bounds pathological input). */
export const MAX_ITEMS = 256;
export const MAX_W = Math.log(20 + OOV_RANK);
const RE_ACR = /^[A-Z.]+$/;
const NUM_W = weightOfRank(3000);

const F_NUM = 1;
const F_CAP = 2;
const F_ACR = 4;
const F_RUN = 8;

function weightOfRank(r: number): number {
  return Math.log(20 + (r < 0 ? OOV_RANK : r));
}

/**
 * A claim's distinct terms laid out for counting the terms two claims share: those with a number
 * (a vocabulary index, a bigram key) as a sorted array of numbers, the others as a sorted array of
 * strings. A term has one form only, so two claims share it iff they share that form; far smaller
 * to keep and faster to intersect than a Set.
 */
export interface Terms {
  readonly ids: readonly number[];
  readonly other: readonly string[];
  readonly size: number;
}

/** Terms from collected (possibly repeated) ids and strings; sorts and deduplicates in place. */
function makeTerms(ids: number[], other: string[]): Terms {
  const i = sortUnique(ids, (x, y) => x - y);
  const o = other.length ? sortUnique(other, (x, y) => (x < y ? -1 : x > y ? 1 : 0)) : other;
  return { ids: i, other: o, size: i.length + o.length };
}

function sortUnique<T>(xs: T[], order: (x: T, y: T) => number): T[] {
  if (xs.length < 2) return xs;
  xs.sort(order);
  let k = 1;
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[k - 1]) xs[k++] = xs[i];
  xs.length = k;
  return xs;
}

/** Number of terms two claims share. */
function interTerms(a: Terms, b: Terms): number {
  return countCommon(a.ids, b.ids) + countCommon(a.other, b.other);
}

/** Number of values two sorted, duplicate-free arrays share (a merge). */
function countCommon<T extends number | string>(x: readonly T[], y: readonly T[]): number {
  let c = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else { c++; i++; j++; }
  }
  return c;
}

/**
 * Key of the lemma pair (x, y), with their vocabulary indices xi, yi (-1: none): a number when both
 * lemmas are in the vocabulary (no new string),
 * else "x y". Equal pairs get equal keys and different pairs different ones: the form depends on
 * the lemmas only, and a number never equals a string.
 */
function bigramKey(x: string, xi: number, y: string, yi: number): string | number {
  return xi >= 0 && yi >= 0 ? xi * VOCAB_SIZE + yi : `${x} ${y}`;
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const NO_NUMBERS: ReadonlySet<string> = new Set<string>();
const NO_PAIRS: readonly number[] = [];

/** The pool keeps at most this many tokens after a call (a pathological claim must not pin memory). */
const TOKEN_POOL_KEEP = 4096;

export function prepareText(text: string, span: Span | undefined, scratch: SimilarityScratch): Prepared {
  const tokenPool = scratch.tokenPool;
  const nTokens = tokenizeReusing(text, span, tokenPool, scratch.tokenForms);
  const tokens = tokenPool;
  const items: Item[] = [];
  let numbers: Set<string> | null = null; // most claims have none: one shared empty set then
  // terms as collected (repeats included): vocabulary numbers and other strings (see Terms)
  const lemmaIds: number[] = [];
  const lemmaOther: string[] = [];
  const bigramIds: number[] = [];
  const bigramOther: string[] = [];
  const addLemma = (l: string, i: number): void => { if (i >= 0) lemmaIds.push(i); else lemmaOther.push(l); };
  const addBigram = (k: string | number): void => { if (typeof k === 'number') bigramIds.push(k); else bigramOther.push(k); };
  let negations = 0;
  let nWords = 0;
  const seq: string[] = [];
  // capitalised runs → initials (Islamic Revolutionary Guard Corps → irgc)
  let runOf: string[] | null = null;
  for (let i = 0; i < nTokens;) {
    if (tokens[i].kind === 'word' && tokens[i].cap && !RUN_SKIP.has(tokens[i].norm)) {
      let j = i;
      const members: number[] = [];
      let ini = '';
      while (j < nTokens) {
        const t = tokens[j];
        if (t.kind === 'word' && t.cap) { members.push(j); ini += t.norm[0]; j++; continue; }
        if (t.kind === 'word' && RUN_SKIP.has(t.norm) && j + 1 < nTokens && tokens[j + 1].cap && tokens[j + 1].kind === 'word') { j++; continue; }
        if (t.kind === 'punct' && t.text === '-' && j + 1 < nTokens && tokens[j + 1].cap) { j++; continue; }
        break;
      }
      if (members.length >= 2) {
        if (!runOf) runOf = new Array<string>(nTokens).fill('');
        for (const m of members) runOf[m] = ini;
      }
      i = Math.max(j, i + 1);
    } else i++;
  }
  let prev = '';
  let prevId = -1; // vocabulary index of prev
  /** Pairs (previous item, item) of adjacent content words with vectors → compound vectors. */
  const compPairs: number[] = [];
  let lastVecItem = -1; // index in items of the previous content word when adjacent
  for (let i = 0; i < nTokens; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') { prev = ''; if (t.text !== '-') lastVecItem = -1; continue; }
    // hyphenated compound known as a whole (de-escalation, well-known): one item
    if (t.kind === 'word' && i + 2 < nTokens && tokens[i + 1].text === '-' && tokens[i + 1].start === t.end &&
      tokens[i + 2].start === tokens[i + 1].end && tokens[i + 2].kind === 'word') {
      const joined = `${t.norm}-${tokens[i + 2].norm}`;
      const ji = wordIndex(joined);
      if (ji >= 0 && items.length < MAX_ITEMS) {
        const u = tokens[i + 2];
        nWords += 2;
        const ti = wordIndex(t.lemma);
        const ui = wordIndex(u.lemma);
        addLemma(t.lemma, ti); addLemma(u.lemma, ui);
        if (prev) addBigram(bigramKey(prev, prevId, t.lemma, ti));
        addBigram(bigramKey(t.lemma, ti, u.lemma, ui));
        prev = u.lemma;
        prevId = ui;
        seq.push(t.lemma, u.lemma);
        items.push(makeItem(joined, joined, weightOfRank(ji), ji, synonymGroups(ji), t.cap, false, false, runOf ? runOf[i] : '', nameKey(joined)));
        lastVecItem = items.length - 1;
        i += 2;
        continue;
      }
    }
    seq.push(t.lemma);
    if (t.kind === 'word') {
      nWords++;
      const ti = wordIndex(t.lemma);
      addLemma(t.lemma, ti);
      if (prev) addBigram(bigramKey(prev, prevId, t.lemma, ti));
      prev = t.lemma;
      prevId = ti;
      if (isNegation(t)) { negations++; lastVecItem = -1; continue; }
      if (t.stop) { lastVecItem = -1; continue; }
      if ((VECTOR_PARTICLES.has(t.norm) || HYPHEN_PREFIXES.has(t.norm)) && i + 1 < nTokens && tokens[i + 1].text === '-') continue;
      if (t.lemma.length === 1 && !t.cap) continue;
      if (items.length >= MAX_ITEMS) continue; // bound the O(n·m) alignment on pathological input
      const base = wordItem(t, scratch);
      const run = runOf ? runOf[i] : '';
      items.push(run ? { ...base, run } : base);
      const cur = items.length - 1;
      if (lastVecItem >= 0 && base.vi >= 0 && items[lastVecItem].vi >= 0) compPairs.push(lastVecItem, cur);
      lastVecItem = cur;
    } else {
      nWords++;
      prev = '';
      lastVecItem = -1;
      const v = t.lemma;
      (numbers ??= new Set<string>()).add(v);
      addLemma(v, wordIndex(v));
      if (items.length < MAX_ITEMS) items.push(makeItem(v, t.norm, NUM_W, -1, [], false, true, false, '', v));
    }
  }
  // the pooled tokens must not keep this article alive (their texts are views into it)
  for (let i = 0; i < nTokens; i++) tokens[i].text = '';
  if (tokenPool.length > TOKEN_POOL_KEEP) tokenPool.length = TOKEN_POOL_KEEP;
  const sig = seq.join(' ');
  let sumW = 0;
  for (const it of items) sumW += it.w;
  const lemmas = makeTerms(lemmaIds, lemmaOther);
  const bigrams = makeTerms(bigramIds, bigramOther);
  // the claim's own characters (a claim with no words is compared by them), never the whole article
  const own = span === undefined ? text : text.slice(span.start, span.end);
  return { text: own, items, sumW, numbers: numbers ?? NO_NUMBERS, negations, nWords, lemmas, bigrams, sig, comp: compPairs.length ? compPairs : NO_PAIRS };
}

/**
 * The claim laid out for the alignment (see Packed): from the comparison's scratch when the claim
 * was scored lately, else made now and remembered there. A pure function of the claim: what the
 * scratch forgets costs time, never a different value.
 */
export function packedOf(p: Prepared, scratch: SimilarityScratch): Packed {
  const packs = scratch.packs;
  const hit = packs.get(p);
  if (hit !== undefined) return hit;
  return packs.set(p, packPrepared(p));
}

function packPrepared(p: Prepared): Packed {
  let hasVector = false;
  for (const it of p.items) if (it.vi >= 0) { hasVector = true; break; }
  // the weighted mean of the unit vectors, summed while pack() writes them
  const avg = hasVector ? new Float32Array(DIM) : null;
  const packed = pack(p.items, p.comp, p.sig, avg);
  if (avg) {
    const n = Math.sqrt(dot(avg, avg));
    if (n > 0) for (let d = 0; d < DIM; d++) avg[d] /= n;
  }
  return packed;
}

/** Lays the items out for align(); adds each unit vector times its item's weight into `avg`. */
function pack(items: readonly Item[], compPairs: readonly number[], sig: string, avg: Float32Array | null): Packed {
  const n = items.length;
  let nv = 0;
  for (const it of items) if (it.vi >= 0) nv++;
  const cv0 = (nv + 3) & ~3;
  const nPairs = compPairs.length / 2;
  const vecs = new Float32Array((cv0 + ((nPairs + 3) & ~3)) * DIM);
  // the per-item columns share one buffer (one allocation instead of eight)
  const buf = new ArrayBuffer(n * (8 + 6 * 4 + 1));
  const w = new Float64Array(buf, 0, n);
  const vpos = new Int32Array(buf, 8 * n, n);
  const lemmaH = new Int32Array(buf, 12 * n, n);
  const normH = new Int32Array(buf, 16 * n, n);
  const gmask = new Int32Array(buf, 20 * n, n);
  const keyLen = new Int32Array(buf, 24 * n, n);
  const keyMask = new Int32Array(buf, 28 * n, n);
  const flags = new Uint8Array(buf, 32 * n, n);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (it.vi >= 0 && avg) { writeUnitVector(it.vi, vecs, r * DIM, avg, it.w); vpos[i] = r++; } else vpos[i] = -1;
    w[i] = it.w;
    flags[i] = (it.num ? F_NUM : 0) | (it.cap ? F_CAP : 0) | (it.acr ? F_ACR : 0) | (it.run ? F_RUN : 0);
    lemmaH[i] = it.lemmaH;
    normH[i] = it.normH;
    gmask[i] = it.gmask;
    keyLen[i] = it.key.length;
    keyMask[i] = it.keyMask;
  }
  let nc = 0;
  for (let k = 0; k < nPairs; k++) {
    const po = vpos[compPairs[2 * k]] * DIM;
    const co = vpos[compPairs[2 * k + 1]] * DIM;
    const o = (cv0 + nc) * DIM;
    for (let d = 0; d < DIM; d++) vecs[o + d] = vecs[po + d] + vecs[co + d];
    let s = 0;
    for (let d = 0; d < DIM; d++) s += vecs[o + d] * vecs[o + d];
    const norm = Math.sqrt(s);
    if (norm > 0) { for (let d = 0; d < DIM; d++) vecs[o + d] /= norm; nc++; } // a zero compound makes no comp
  }
  const rows = cv0 + ((nc + 3) & ~3);
  return { n, avg, nv, vecs, cv0, rows, vpos, w, flags, lemmaH, normH, gmask, keyLen, keyMask, nc, psig: ` ${sig} ` };
}

function nameKey(norm: string): string {
  return norm.replace(/['-]/g, '');
}

/** Keys longer than this are never compared letter by letter (only pathological input has them). */
const MAX_JW_KEY = 64;

/** jaroWinkler of two name keys, 0 past MAX_JW_KEY units, in a fixed order (the score is not symmetric in its ties). */
function keySimilarity(x: string, y: string, scratch: SimilarityScratch): number {
  if (x.length > MAX_JW_KEY || y.length > MAX_JW_KEY) return x === y ? 1 : 0;
  return x < y ? jaroWinkler(x, y, scratch.jw) : jaroWinkler(y, x, scratch.jw);
}

/**
 * keySimilarity(x, y), or 0 when it is certainly below `threshold`: the mask bound again with
 * the actual common prefix (most pairs of different names share no first letter), before the
 * letter-by-letter measure. lx, ly, mx, my: the keys' lengths and charMasks.
 */
function keySimilarityOver(x: string, y: string, lx: number, ly: number, mx: number, my: number, threshold: number, scratch: SimilarityScratch): number {
  const p = winklerPrefix(x, y);
  if (p < 4 && jaroWinklerBound(lx, ly, mx, my, p) < threshold - JW_SLACK) return 0;
  return keySimilarity(x, y, scratch);
}

/** Room for rounding between the bound and the exact figure (the bound only ever skips). */
const JW_SLACK = 1e-9;
const COMP_SCALE = TUNING.alignment.compoundScale;
const { nameVariantJw: NAME_JW, spellingVariantJw: SPELLING_JW, spellingVariantWeight: SPELLING_W } = TUNING.alignment;

/**
 * Per-direction alignment: best match of each item of one side in the other (the first a.n / b.n
 * entries). The arrays are scratch memory, valid until the next align() call: the engine uses an
 * alignment at once (features, then at most the two supports of the same pair).
 */
export interface Alignment {
  bestA: Float64Array; // for each item of a: best sim in b
  bestB: Float64Array;
  /** Which align() call made it (see alignmentValid). */
  gen: number;
}

/** True while `al` is the latest alignment made with `scratch` (its arrays not yet overwritten). */
export function alignmentValid(al: Alignment, scratch: SimilarityScratch): boolean {
  return al.gen === scratch.alignGen;
}

function shareGroup(x: readonly number[], y: readonly number[]): boolean {
  for (const g of x) if (y.includes(g)) return true;
  return false;
}

/**
 * Best match of every item in the other claim. An item pair scores 1 on the same lemma or norm (or
 * acronym ↔ initials), 0 when either is a number, else the best of the vector cosine (≥ 0), 0.8 for
 * a shared WordNet synonym group and Jaro-Winkler on names without a vector.
 *
 * The cosines of all pairs of words with vectors, and their row and column maxima, come from
 * crossDots(); only the few pairs where something else can decide (same word, shared group, an
 * acronym, a word without a vector) are looked at one by one.
 */
export function align(a: Prepared, b: Prepared, scratch: SimilarityScratch): Alignment {
  const A = packedOf(a, scratch);
  const B = packedOf(b, scratch);
  const na = A.n;
  const nb = B.n;
  if (scratch.bestA.length < na) scratch.bestA = new Float64Array(2 * na);
  if (scratch.bestB.length < nb) scratch.bestB = new Float64Array(2 * nb);
  const bestA = scratch.bestA;
  const bestB = scratch.bestB;
  scratch.alignGen++; // any earlier alignment's arrays are about to change
  bestA.fill(0, 0, na);
  bestB.fill(0, 0, nb);
  const { m, dots, rowMax, colMax, compRowMax, compColMax } = crossDots(A, B, scratch.kernel);
  const aVpos = A.vpos;
  const bVpos = B.vpos;
  for (let i = 0; i < na; i++) if (aVpos[i] >= 0) bestA[i] = m[rowMax + aVpos[i]];
  for (let j = 0; j < nb; j++) if (bVpos[j] >= 0) bestB[j] = m[colMax + bVpos[j]];
  const bCv0 = B.cv0;
  const bFlags = B.flags;
  const bLemmaH = B.lemmaH;
  const bNormH = B.normH;
  const bGmask = B.gmask;
  for (let i = 0; i < na; i++) {
    const fx = A.flags[i];
    const px = aVpos[i];
    const lh = A.lemmaH[i];
    const nh = A.normH[i];
    const gm = A.gmask[i];
    let bi = bestA[i];
    for (let j = 0; j < nb; j++) {
      // Two words with vectors whose cosine decides are already counted in the maxima.
      if (lh !== bLemmaH[j] && nh !== bNormH[j] && (gm & bGmask[j]) === 0 && ((fx | bFlags[j]) & F_ACR) === 0 &&
        px >= 0 && bVpos[j] >= 0) continue;
      const py = bVpos[j];
      const s = pairScore(a, b, A, B, i, j, px >= 0 && py >= 0 ? m[dots + px * bCv0 + py] : 0, scratch);
      if (s > bi) bi = s;
      if (s > bestB[j]) bestB[j] = s;
    }
    bestA[i] = bi;
  }
  // compound vectors of the other side (phone line ~ hotline), for words not matched well already
  if (B.nc) {
    for (let i = 0; i < na; i++) {
      const p = aVpos[i];
      if (p < 0 || bestA[i] >= 0.9) continue;
      const c = COMP_SCALE * m[compRowMax + p];
      if (c > bestA[i]) bestA[i] = c;
    }
  }
  if (A.nc) {
    for (let j = 0; j < nb; j++) {
      const p = bVpos[j];
      if (p < 0 || bestB[j] >= 0.9) continue;
      const c = COMP_SCALE * m[compColMax + p];
      if (c > bestB[j]) bestB[j] = c;
    }
  }
  return { bestA, bestB, gen: scratch.alignGen };
}

/** Score of item i of a against item j of b (see align); `dot` is their cosine when both have vectors. */
function pairScore(a: Prepared, b: Prepared, A: Packed, B: Packed, i: number, j: number, dot: number, scratch: SimilarityScratch): number {
  // the items themselves are read only where the packed columns leave the answer open: align()
  // asks about every pair of two claims, and most pairs are decided by the columns alone
  if ((A.lemmaH[i] === B.lemmaH[j] || A.normH[i] === B.normH[j])) {
    const x = a.items[i];
    const y = b.items[j];
    if (x.lemma === y.lemma || x.norm === y.norm) return 1;
  }
  const fx = A.flags[i];
  const fy = B.flags[j];
  if ((fx | fy) & F_NUM) return 0;
  const px = A.vpos[i];
  const py = B.vpos[j];
  let s = px >= 0 && py >= 0 && dot > 0 ? dot : 0;
  if ((A.gmask[i] & B.gmask[j]) !== 0 && s < 0.8 && shareGroup(a.items[i].groups, b.items[j].groups)) s = 0.8;
  const klx = A.keyLen[i];
  const kly = B.keyLen[j];
  if ((px < 0 || py < 0) && ((fx | fy) & F_CAP) && klx >= 3 && kly >= 3) {
    if (jaroWinklerBound(klx, kly, A.keyMask[i], B.keyMask[j]) >= NAME_JW - JW_SLACK) {
      const jw = keySimilarityOver(a.items[i].key, b.items[j].key, klx, kly, A.keyMask[i], B.keyMask[j], NAME_JW, scratch);
      if (jw >= NAME_JW && jw > s) s = jw;
    }
  } else if (px < 0 && py < 0 && klx >= 5 && kly >= 5) {
    if (jaroWinklerBound(klx, kly, A.keyMask[i], B.keyMask[j]) >= SPELLING_JW - JW_SLACK) {
      const jw = keySimilarityOver(a.items[i].key, b.items[j].key, klx, kly, A.keyMask[i], B.keyMask[j], SPELLING_JW, scratch);
      if (jw >= SPELLING_JW && jw * SPELLING_W > s) s = jw * SPELLING_W;
    }
  }
  if ((((fx & F_ACR) && (fy & F_RUN)) || ((fy & F_ACR) && (fx & F_RUN)))) {
    const x = a.items[i];
    const y = b.items[j];
    if ((x.acr && x.norm === y.run) || (y.acr && y.norm === x.run)) s = 1;
  }
  return s;
}

/** Names of the directional features (how much of `x` is said by `y`). */
export const DIR_FEATURES = [
  'covSoft', 'covSoft2', 'covExact', 'covHi', 'covUnw', 'maxMiss', 'capMiss', 'numMiss', 'numConflict', 'lemmaCov', 'bigramCov',
] as const;

/** |x ∩ y| / |x| with the intersection size given (1 / 0.5 for an empty x, as before). */
function cov(inter: number, xSize: number, ySize: number): number {
  if (xSize === 0) return ySize === 0 ? 1 : 0.5;
  return inter / xSize;
}

/** dirFeatures written to out[o, o + 11), lemma and bigram intersection sizes given. */
function dirFeaturesInto(x: Prepared, y: Prepared, best: Float64Array, lemmaInter: number, bigramInter: number, out: Float64Array, o: number, scratch: SimilarityScratch): void {
  const P = packedOf(x, scratch);
  const n = P.n;
  const lemmaCov = cov(lemmaInter, x.lemmas.size, y.lemmas.size);
  const bigramCov = cov(bigramInter, x.bigrams.size, y.bigrams.size);
  if (n === 0) {
    const empty = y.items.length === 0 ? 1 : 0.5;
    out[o] = empty; out[o + 1] = empty; out[o + 2] = empty; out[o + 3] = empty; out[o + 4] = empty;
    out[o + 5] = 0; out[o + 6] = 0; out[o + 7] = 0; out[o + 8] = 0;
    out[o + 9] = lemmaCov; out[o + 10] = bigramCov;
    return;
  }
  let soft = 0;
  let soft2 = 0;
  let exact = 0;
  let hi = 0;
  let unw = 0;
  let maxMiss = 0;
  let capMiss = 0;
  let capW = 0;
  const ws = P.w;
  const flags = P.flags;
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    const b = best[i];
    soft += w * b;
    soft2 += w * b * b;
    if (b >= 0.999) exact += w;
    if (b >= 0.5) hi += w;
    unw += b;
    const miss = (w / MAX_W) * (1 - b);
    if (miss > maxMiss) maxMiss = miss;
    if (flags[i] & F_CAP) { capW += w; capMiss += w * (1 - b); }
  }
  let numMiss = 0;
  if (x.numbers.size) for (const v of x.numbers) if (!y.numbers.has(v)) numMiss++;
  const numConflict = numMiss > 0 && y.numbers.size > 0 ? 1 : 0;
  out[o] = soft / x.sumW;
  out[o + 1] = soft2 / x.sumW;
  out[o + 2] = exact / x.sumW;
  out[o + 3] = hi / x.sumW;
  out[o + 4] = unw / n;
  out[o + 5] = maxMiss;
  out[o + 6] = capW > 0 ? capMiss / capW : 0;
  out[o + 7] = Math.min(numMiss, 3) / 3;
  out[o + 8] = numConflict;
  out[o + 9] = lemmaCov;
  out[o + 10] = bigramCov;
}

export const SYM_FEATURES = ['avgCos', 'lenRatio', 'logMinLen', 'negMismatch', 'bothNum', 'lemmaJac', 'bigramDice'] as const;

function symFeaturesInto(a: Prepared, b: Prepared, inter: number, bi: number, out: Float64Array, o: number, scratch: SimilarityScratch): void {
  const aAvg = packedOf(a, scratch).avg;
  const bAvg = packedOf(b, scratch).avg;
  const avgCos = aAvg && bAvg ? Math.max(0, dot(aAvg, bAvg)) : 0;
  const la = Math.max(1, a.nWords);
  const lb = Math.max(1, b.nWords);
  const uni = a.lemmas.size + b.lemmas.size - inter;
  out[o] = avgCos;
  out[o + 1] = Math.min(la, lb) / Math.max(la, lb);
  out[o + 2] = Math.log(Math.min(la, lb)) / 4;
  out[o + 3] = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  out[o + 4] = a.numbers.size > 0 && b.numbers.size > 0 ? 1 : 0;
  out[o + 5] = uni ? inter / uni : 1;
  out[o + 6] = a.bigrams.size + b.bigrams.size ? (2 * bi) / (a.bigrams.size + b.bigrams.size) : 1;
}

const N_DIR = DIR_FEATURES.length;
/** Number of pair features (min and max of each directional one, then the symmetric ones). */
export const N_PAIR = 2 * N_DIR + SYM_FEATURES.length;
/** Number of support features. */
export const N_SUPPORT = N_DIR + 2;

/** pairFeatures into `out` (length N_PAIR). */
export function pairFeaturesInto(a: Prepared, b: Prepared, out: Float64Array, scratch: SimilarityScratch): void {
  pairFeaturesOf(a, b, align(a, b, scratch), out, scratch);
}

/** pairFeaturesInto with the alignment of a and b given. */
export function pairFeaturesOf(a: Prepared, b: Prepared, al: Alignment, out: Float64Array, scratch: SimilarityScratch): void {
  const li = interTerms(a.lemmas, b.lemmas);
  const bi = interTerms(a.bigrams, b.bigrams);
  if (scratch.dir.length < 2 * N_DIR) scratch.dir = new Float64Array(2 * N_DIR);
  const fa = scratch.dir;
  dirFeaturesInto(a, b, al.bestA, li, bi, fa, 0, scratch);
  dirFeaturesInto(b, a, al.bestB, li, bi, fa, N_DIR, scratch);
  for (let k = 0; k < N_DIR; k++) {
    const u = fa[k];
    const v = fa[N_DIR + k];
    out[2 * k] = Math.min(u, v);
    out[2 * k + 1] = Math.max(u, v);
  }
  symFeaturesInto(a, b, li, bi, out, 2 * N_DIR, scratch);
}

/** Symmetric feature vector: min and max of each directional feature, then the symmetric ones. */
export function pairFeatures(a: Prepared, b: Prepared, scratch: SimilarityScratch = new SimilarityScratch()): number[] {
  const out = new Float64Array(N_PAIR);
  pairFeaturesInto(a, b, out, scratch);
  return Array.from(out);
}

/** supportFeatures into `out` (length N_SUPPORT). */
export function supportFeaturesInto(source: Prepared, claim: Prepared, out: Float64Array, scratch: SimilarityScratch): void {
  supportFeaturesOf(source, claim, align(claim, source, scratch).bestA, out, scratch);
}

/**
 * supportFeaturesInto with the claim's best matches in the source given: align(claim, source).bestA,
 * which is align(source, claim).bestB (the alignment is symmetric item by item, compounds included).
 */
export function supportFeaturesOf(source: Prepared, claim: Prepared, best: Float64Array, out: Float64Array, scratch: SimilarityScratch): void {
  dirFeaturesInto(claim, source, best, interTerms(claim.lemmas, source.lemmas), interTerms(claim.bigrams, source.bigrams), out, 0, scratch);
  out[N_DIR] = (claim.negations > 0) !== (source.negations > 0) ? 1 : 0;
  out[N_DIR + 1] = Math.log(Math.max(1, claim.nWords)) / 4;
}

/** Support features: how much of `claim` is said by `source` (directional + a few symmetric). */
export function supportFeatures(source: Prepared, claim: Prepared, scratch: SimilarityScratch = new SimilarityScratch()): number[] {
  const out = new Float64Array(N_SUPPORT);
  supportFeaturesInto(source, claim, out, scratch);
  return Array.from(out);
}
