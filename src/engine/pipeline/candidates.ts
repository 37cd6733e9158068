/**
 * Candidate generation: which claim pairs of two documents are worth scoring, without comparing
 * every claim with every claim.
 *
 * One index over all documents of a comparison: every claim's blocking keys (content lemmas, names,
 * numbers, synonym groups) and its identity key (its normalised word sequence), with postings per
 * document. The candidates of a pair of documents use only those two documents' postings, so they
 * are the same whether the index holds two documents or twenty.
 *
 * Symmetric by construction (design.md: "Matching is symmetric"): a key's weight and whether it is
 * too common to use are decided from both documents' postings together (`pairCap`); the candidate
 * score of two claims is a sum of integer weights (the same in any order of summation); each claim
 * of either document keeps its best MAX_CANDIDATES, and the pair's candidates are the union of both
 * sides' choices. Every tie is broken by a claim's position in the other document, never by which
 * document came first. So swapping the documents swaps the candidate pairs, nothing else.
 *
 * Frequent words never hide an exact match: claims with the same identity key are always
 * candidates (the nearest copies by position, when there are many), and a claim whose shared keys
 * are all too common still gets the claims sharing its rarest key.
 */
import { blockingKeys, type Prepared } from '../similarity';
import { TUNING } from '../tuning';

/** See TUNING.candidates. */
export const MAX_CANDIDATES: number = TUNING.candidates.maxCandidates;
const DIRECTED_CANDIDATES: number = TUNING.candidates.directedMaxCandidates;
const COMMON_KEY_SHARE: number = TUNING.candidates.commonKeyShare;
const MAX_POSTINGS: number = TUNING.candidates.maxPostings;
const MIN_POSTINGS: number = TUNING.candidates.minPostings;
const DIRECTED_MAX_POSTINGS: number = TUNING.candidates.directedMaxPostings;
const DIRECTED_MIN_POSTINGS: number = TUNING.candidates.directedMinPostings;
/**
 * The claims sharing a claim's rarest key are ranked by all the keys they share when there are at
 * most this many of them; past that, the nearest by position are taken (repeated boilerplate).
 */
const RAREST_SCAN = 64;
/** Key weights are integers (1 / log2(1 + postings), scaled) so that sums do not depend on order. */
const WEIGHT_SCALE = 1 << 20;

interface DocIndex {
  readonly n: number;
  /** Key ids of claim c: keys[keyStart[c] … keyStart[c + 1]), distinct. */
  readonly keyStart: Int32Array;
  readonly keys: Int32Array;
  /** Identity key id of each claim. */
  readonly ident: Int32Array;
  /**
   * Claims holding key k, ascending: post[postStart[k] … postStart[k] + count[k]), for every key id
   * of the index (count 0: the document does not have it).
   */
  readonly count: Int32Array;
  readonly postStart: Int32Array;
  readonly post: Int32Array;
  /** Identity key id → claims holding it, ascending. */
  readonly identPostings: ReadonlyMap<number, readonly number[]>;
}

/** The integer weight of a key held by `df` claims (df ≥ 1). */
function weightOf(df: number): number {
  return Math.round(WEIGHT_SCALE / Math.log2(1 + df));
}

/** The most claims of the pair a key may be in and still rank candidates. */
function pairCap(nA: number, nB: number): number {
  return Math.max(MIN_POSTINGS, Math.min(MAX_POSTINGS, Math.ceil((nA + nB) * COMMON_KEY_SHARE)));
}

/** How two keys of equal frequency are ordered: by their value, which no document order changes. */
function keyOrder(x: string | number, y: string | number): number {
  if (typeof x === 'number') return typeof y === 'number' ? x - y : -1;
  if (typeof y === 'number') return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The claim's identity: two claims with equal identities score 1 (similarity.ts, PairScore): the same
 * normalised word sequence, or for claims without words the same trimmed text.
 */
function identityOf(p: Prepared): string {
  return p.sig ? p.sig : `\u0000${p.text.trim()}`;
}

/**
 * One side's view of a pair of documents: claims of P look for candidates among claims of Q. A key's
 * frequency `df` counts its claims in Q, and with `both` in P too (the pair's view).
 */
interface Query {
  readonly P: DocIndex;
  readonly Q: DocIndex;
  readonly both: boolean;
  /** How many candidates each rule keeps. */
  readonly k: number;
  /** Keys with df above this are too common to rank candidates by. */
  readonly cap: number;
  /** weightOf(df) for df ≤ cap. */
  readonly weights: Float64Array;
  /** Sums per claim of Q for the claim being looked up, and the claims with a non-zero sum. */
  readonly sums: Float64Array;
  readonly touched: number[];
}

function query(P: DocIndex, Q: DocIndex, both: boolean, k: number, cap: number): Query {
  const weights = new Float64Array(cap + 1);
  for (let df = 1; df <= cap; df++) weights[df] = weightOf(df);
  return { P, Q, both, k, cap, weights, sums: new Float64Array(Q.n), touched: [] };
}

/** The key's frequency in the query's view (0: absent from Q, so no help to P's claims). */
function dfOf(q: Query, k: number): number {
  const inQ = q.Q.count[k];
  return inQ === 0 ? 0 : q.both ? inQ + q.P.count[k] : inQ;
}

/** The claims of `d` holding key k (a copy, ascending). */
function postingsOf(d: DocIndex, k: number): number[] {
  return Array.from(d.post.subarray(d.postStart[k], d.postStart[k] + d.count[k]));
}

export class CandidateIndex {
  private readonly docs: DocIndex[];
  /** Key id → key value (for `keyOrder`). */
  private readonly keyValue: Array<string | number> = [];

  constructor(documents: ReadonlyArray<readonly Prepared[]>) {
    const keyIds = new Map<string | number, number>();
    const identIds = new Map<string, number>();
    const parts = documents.map((claims) => {
      const keyStart = new Int32Array(claims.length + 1);
      const keyList: number[] = [];
      const ident = new Int32Array(claims.length);
      const identPostings = new Map<number, number[]>();
      claims.forEach((p, c) => {
        for (const k of blockingKeys(p)) {
          let id = keyIds.get(k);
          if (id === undefined) {
            id = this.keyValue.length;
            keyIds.set(k, id);
            this.keyValue.push(k);
          }
          keyList.push(id); // blockingKeys are distinct
        }
        keyStart[c + 1] = keyList.length;
        const s = identityOf(p);
        let iid = identIds.get(s);
        if (iid === undefined) identIds.set(s, (iid = identIds.size));
        ident[c] = iid;
        let list = identPostings.get(iid);
        if (!list) identPostings.set(iid, (list = []));
        list.push(c);
      });
      return { n: claims.length, keyStart, keys: Int32Array.from(keyList), ident, identPostings };
    });
    // postings by key id, now that every key has one (claims are walked in order: ascending lists)
    const nKeys = this.keyValue.length;
    this.docs = parts.map((d) => {
      const count = new Int32Array(nKeys);
      for (const k of d.keys) count[k]++;
      const postStart = new Int32Array(nKeys + 1);
      for (let k = 0; k < nKeys; k++) postStart[k + 1] = postStart[k] + count[k];
      const post = new Int32Array(d.keys.length);
      const fill = postStart.slice(0, nKeys);
      for (let c = 0; c < d.n; c++) for (let r = d.keyStart[c]; r < d.keyStart[c + 1]; r++) post[fill[d.keys[r]]++] = c;
      return { ...d, count, postStart, post };
    });
  }

  /**
   * Candidate pairs [claim of document i, claim of document j], each once, ascending. Symmetric:
   * pairs(j, i) lists the same pairs, each reversed.
   */
  pairs(i: number, j: number): Array<[number, number]> {
    const A = this.docs[i];
    const B = this.docs[j];
    const cap = pairCap(A.n, B.n);
    const fromA = query(A, B, true, MAX_CANDIDATES, cap);
    const fromB = query(B, A, true, MAX_CANDIDATES, cap);
    const chosen: number[][] = Array.from({ length: A.n }, () => []);
    // B's claims' best K among A's, kept while A's claims are walked, by the rule A's claims use
    // among B's. A pair's sum is the same from either side: the same keys, the same integer weights.
    const K = MAX_CANDIDATES;
    const bestOfB = new Int32Array(B.n * K);
    const bestOfBSum = new Float64Array(B.n * K);
    const bestOfBLen = new Uint8Array(B.n);
    const top: number[] = [];
    for (let x = 0; x < A.n; x++) {
      const { sums, touched } = fromA;
      this.sumShared(fromA, x);
      bestK(touched, sums, x, A.n, B.n, fromA.k, top);
      for (const y of top) chosen[x].push(y);
      for (const y of touched) insertBest(bestOfB, bestOfBSum, bestOfBLen, y, x, sums[y], A.n, B.n);
      if (touched.length === 0) for (const y of this.rarestKeyCandidates(fromA, x)) chosen[x].push(y);
      for (const y of nearestCopies(A, x, B, K)) chosen[x].push(y);
      for (const y of touched) sums[y] = 0;
      touched.length = 0;
    }
    for (let y = 0; y < B.n; y++) {
      for (let r = 0; r < bestOfBLen[y]; r++) chosen[bestOfB[y * K + r]].push(y);
      if (bestOfBLen[y] === 0) for (const x of this.rarestKeyCandidates(fromB, y)) chosen[x].push(y);
      for (const x of nearestCopies(B, y, A, K)) chosen[x].push(y);
    }
    return flatten(chosen);
  }

  /**
   * One-sided candidates (pairs mode: each claim of document i against the source j): each claim of
   * i keeps its best DIRECTED_CANDIDATES claims of j, keys weighted and capped by j's postings alone,
   * plus its copies in j and, when all its keys are common there, the claims sharing its rarest key.
   */
  directed(i: number, j: number): Array<[number, number]> {
    const A = this.docs[i];
    const B = this.docs[j];
    const q = query(A, B, false, DIRECTED_CANDIDATES, Math.max(DIRECTED_MIN_POSTINGS, Math.min(DIRECTED_MAX_POSTINGS, Math.ceil(B.n * COMMON_KEY_SHARE))));
    const chosen: number[][] = Array.from({ length: A.n }, () => []);
    const top: number[] = [];
    for (let x = 0; x < A.n; x++) {
      const { sums, touched } = q;
      this.sumShared(q, x);
      bestK(touched, sums, x, A.n, B.n, q.k, top);
      for (const y of top) chosen[x].push(y);
      if (touched.length === 0) for (const y of this.rarestKeyCandidates(q, x)) chosen[x].push(y);
      for (const y of nearestCopies(A, x, B, q.k)) chosen[x].push(y);
      for (const y of touched) sums[y] = 0;
      touched.length = 0;
    }
    return flatten(chosen);
  }

  /** Sums of the weights of the usable keys claim x of P shares with each claim of Q (into q.sums). */
  private sumShared(q: Query, x: number): void {
    const { P, Q, sums, touched, weights, cap, both } = q;
    const qCount = Q.count;
    const qPost = Q.post;
    for (let r = P.keyStart[x]; r < P.keyStart[x + 1]; r++) {
      const k = P.keys[r];
      const inQ = qCount[k];
      if (inQ === 0) continue;
      const df = both ? inQ + P.count[k] : inQ;
      if (df > cap) continue;
      const w = weights[df];
      for (let t = Q.postStart[k], end = t + inQ; t < end; t++) {
        const y = qPost[t];
        if (sums[y] === 0) touched.push(y); // every weight is > 0
        sums[y] += w;
      }
    }
  }

  /**
   * For a claim x of P none of whose keys shared with Q is usable (all too common): the claims of Q
   * sharing its rarest shared key, best first by the weights of all the keys they share with x, or
   * (when that key is in more than RAREST_SCAN claims of Q) the nearest by position.
   */
  private rarestKeyCandidates(q: Query, x: number): number[] {
    const { P, Q } = q;
    let rarest = -1;
    let rarestDf = Infinity;
    for (let r = P.keyStart[x]; r < P.keyStart[x + 1]; r++) {
      const k = P.keys[r];
      const df = dfOf(q, k);
      if (df === 0) continue;
      if (df <= q.cap) return []; // shares a usable key: the sums have ranked its candidates
      if (df < rarestDf || (df === rarestDf && keyOrder(this.keyValue[k], this.keyValue[rarest]) < 0)) {
        rarest = k;
        rarestDf = df;
      }
    }
    if (rarest < 0) return [];
    const list = postingsOf(Q, rarest);
    if (list.length > RAREST_SCAN) return nearest(list, x, P.n, Q.n, q.k);
    // the weight of each of x's shared keys, by key id, for summing over each y's keys
    const weightOfKey = new Map<number, number>();
    for (let r = P.keyStart[x]; r < P.keyStart[x + 1]; r++) {
      const df = dfOf(q, P.keys[r]);
      if (df > 0) weightOfKey.set(P.keys[r], weightOf(df));
    }
    const sums = list.map((y) => {
      let s = 0;
      for (let r = Q.keyStart[y]; r < Q.keyStart[y + 1]; r++) s += weightOfKey.get(Q.keys[r]) ?? 0;
      return s;
    });
    const off = list.map((y) => offset(x, P.n, y, Q.n));
    const order = list.map((_, t) => t).sort((u, v) => sums[v] - sums[u] || off[u] - off[v] || list[u] - list[v]);
    return order.slice(0, q.k).map((t) => list[t]);
  }
}

/** Claims of Q with the same identity as claim x of P: all of them, or the nearest k. */
function nearestCopies(P: DocIndex, x: number, Q: DocIndex, k: number): readonly number[] {
  const list = Q.identPostings.get(P.ident[x]);
  if (!list) return [];
  return list.length <= k ? list : nearest(list, x, P.n, Q.n, k);
}

/**
 * The k claims of `list` (ascending indices into a document of nQ claims) nearest to
 * the position of claim x of a document of nP claims: by |x·nQ − y·nP| (exact integers, the same
 * seen from either document), ties to the earlier claim.
 */
function nearest(list: readonly number[], x: number, nP: number, nQ: number, k: number): number[] {
  const at = x * nQ;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] * nP < at) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let l = lo - 1;
  let r = lo;
  while (out.length < k && (l >= 0 || r < list.length)) {
    if (r >= list.length || (l >= 0 && at - list[l] * nP <= list[r] * nP - at)) out.push(list[l--]);
    else out.push(list[r++]);
  }
  return out;
}

/**
 * Distance in position between claim x of P (|P| = nP) and claim y of Q (|Q| = nQ), as exact
 * integers: |x·nQ − y·nP|, the same seen from either document.
 */
function offset(x: number, nP: number, y: number, nQ: number): number {
  return Math.abs(x * nQ - y * nP);
}

/**
 * Candidate u (sum su, offset ou) ranks before v: a larger sum, then nearer in position, then an
 * earlier claim. None of these depends on which document is first.
 */
function outranks(su: number, ou: number, u: number, sv: number, ov: number, v: number): boolean {
  return su > sv || (su === sv && (ou < ov || (ou === ov && u < v)));
}

/** The best k of `touched` (claims of Q) for claim x of P into `out`, best first. */
function bestK(touched: readonly number[], sums: Float64Array, x: number, nP: number, nQ: number, k: number, out: number[]): void {
  out.length = 0;
  const at = x * nQ;
  for (const j of touched) {
    const sj = sums[j];
    const oj = Math.abs(at - j * nP);
    if (out.length === k) {
      const w = out[k - 1];
      if (!outranks(sj, oj, j, sums[w], Math.abs(at - w * nP), w)) continue;
      out.pop();
    }
    let pos = out.length;
    while (pos > 0) {
      const v = out[pos - 1];
      if (!outranks(sj, oj, j, sums[v], Math.abs(at - v * nP), v)) break;
      pos--;
    }
    out.splice(pos, 0, j);
  }
}

/**
 * Offers claim x of A (with sum s) to claim y of B's list of best K claims of A, kept best first
 * (|A| = nA, |B| = nB).
 */
function insertBest(ids: Int32Array, sums: Float64Array, lens: Uint8Array, y: number, x: number, s: number, nA: number, nB: number): void {
  const K = MAX_CANDIDATES;
  const o = y * K;
  const len = lens[y];
  const at = y * nA;
  const ox = Math.abs(at - x * nB);
  if (len === K) {
    const w = ids[o + K - 1];
    if (!outranks(s, ox, x, sums[o + K - 1], Math.abs(at - w * nB), w)) return;
  }
  let pos = len < K ? len : K - 1;
  while (pos > 0) {
    const v = ids[o + pos - 1];
    if (!outranks(s, ox, x, sums[o + pos - 1], Math.abs(at - v * nB), v)) break;
    ids[o + pos] = v;
    sums[o + pos] = sums[o + pos - 1];
    pos--;
  }
  ids[o + pos] = x;
  sums[o + pos] = s;
  if (len < K) lens[y] = len + 1;
}

/** Per-claim candidate lists → pairs, each once, ascending. */
function flatten(chosen: number[][]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  chosen.forEach((ys, x) => {
    if (ys.length === 0) return;
    ys.sort((u, v) => u - v);
    for (let t = 0; t < ys.length; t++) if (t === 0 || ys[t] !== ys[t - 1]) out.push([x, ys[t]]);
  });
  return out;
}
