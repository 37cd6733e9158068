/**
 * Alignment: which claims of one document say the same thing as which claims of another.
 *
 * Candidate generation uses an inverted index of blocking keys (content lemmas, names, numbers), so a
 * long document is not compared claim-by-claim with every claim of the other; keys that occur in a
 * large share of the other document's claims carry no signal and are skipped. Small pairs of
 * documents are compared exhaustively, where that costs less than building the index.
 *
 * Matching is symmetric by construction: edges are chosen on the pair, and both ends list them.
 */
import { blockingKeys, scorePair, type Prepared } from '../similarity';

export interface AlignEdge {
  /** Claim index in the first document. */
  a: number;
  /** Claim index in the second document. */
  b: number;
  score: number;
}

export interface AlignOptions {
  threshold: number;
  /**
   * Two claims that are each other's best counterpart but score below `threshold` (down to this
   * floor) are returned as `weak` edges: a changed fact lowers the similarity of what is otherwise
   * the same statement, so the caller keeps such a pair only when their facts conflict.
   */
  weakFloor: number;
  /** At most this many edges per claim (the best ones) are kept. */
  maxMatches: number;
  /** An edge is kept only if its score is within this margin of the best edge of one of its ends. */
  margin: number;
  isCancelled?: () => void;
}

/**
 * One claim can say part of what a longer claim says ("The town of Belovo flooded." inside "Belovo
 * flooded and lost its bridge."): symmetric similarity is then low, but the short claim is fully
 * supported by the long one. Support at or above this level makes the pair counterparts.
 */
const CONTAINMENT_THRESHOLD = 0.7;
/** Support is only worth computing for pairs at least this similar. */
const CONTAINMENT_GATE = 0.4;

/** A claim needs this many content words to be found inside a longer one. */
const CONTAINMENT_MIN_WORDS = 4;
/**
 * Claims this short ("News.", "We've got a host!") carry too little to tell one event from a
 * look-alike: they match only when they are nearly the same words.
 */
const SHORT_CLAIM_WORDS = 2;
const SHORT_CLAIM_SCORE = 0.85;

/** Similarity of two claims, or how fully one contains the other when that is higher. */
export function matchScore(a: Prepared, b: Prepared, threshold: number): number {
  const pair = scorePair(a, b);
  const sim = pair.sim;
  if (Math.min(a.items.length, b.items.length) <= SHORT_CLAIM_WORDS) return sim >= SHORT_CLAIM_SCORE ? sim : Math.min(sim, CONTAINMENT_GATE);
  if (sim >= threshold || sim < CONTAINMENT_GATE) return sim;
  const contained = Math.max(
    b.items.length >= CONTAINMENT_MIN_WORDS ? pair.supportOfB() : 0,
    a.items.length >= CONTAINMENT_MIN_WORDS ? pair.supportOfA() : 0,
  );
  return contained >= CONTAINMENT_THRESHOLD ? Math.max(sim, contained) : sim;
}

/** Above this many claim pairs the inverted index replaces the exhaustive comparison. */
const EXHAUSTIVE_LIMIT = 0;
/** Keys present in more than this share of a document's claims (and more than a few) are skipped. */
const COMMON_KEY_SHARE = 0.2;
/**
 * …and keys in more than this many claims are skipped whatever the document's length: such a key
 * adds almost nothing to a candidate's rank (weight 1 / log2(1 + postings)), and walking its
 * postings for every claim would make candidate generation grow with the square of the length.
 */
const MAX_POSTINGS = 32;
/** Each claim is compared with at most this many candidates (those sharing the rarest keys). */
const MAX_CANDIDATES = 8;

/** Candidate pairs (indices) worth scoring, each listed once, in deterministic order. */
export function candidatePairs(left: readonly Prepared[], right: readonly Prepared[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (left.length * right.length <= EXHAUSTIVE_LIMIT) {
    for (let i = 0; i < left.length; i++) for (let j = 0; j < right.length; j++) out.push([i, j]);
    return out;
  }
  const index = new Map<string | number, number[]>();
  right.forEach((p, j) => {
    for (const k of blockingKeys(p)) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(j);
    }
  });
  const maxPostings = Math.max(8, Math.min(MAX_POSTINGS, Math.ceil(right.length * COMMON_KEY_SHARE)));
  // A shared key counts more the rarer it is in the other document (an inverse document frequency).
  // Sums per candidate in one array (reset after each claim); the best MAX_CANDIDATES by sum, ties
  // by position, are kept in a small sorted list.
  const sums = new Float64Array(right.length);
  const touched: number[] = [];
  const best: number[] = [];
  left.forEach((p, i) => {
    for (const k of blockingKeys(p)) {
      const list = index.get(k);
      if (!list || list.length > maxPostings) continue;
      const w = 1 / Math.log2(1 + list.length);
      for (const j of list) {
        if (sums[j] === 0) touched.push(j); // every weight is > 0
        sums[j] += w;
      }
    }
    best.length = 0;
    for (const j of touched) {
      if (best.length === MAX_CANDIDATES && !outranks(sums, j, best[best.length - 1])) continue;
      let at = best.length < MAX_CANDIDATES ? best.length : best.length - 1;
      while (at > 0 && outranks(sums, j, best[at - 1])) at--;
      if (best.length === MAX_CANDIDATES) best.pop();
      best.splice(at, 0, j);
    }
    for (const j of touched) sums[j] = 0;
    touched.length = 0;
    best.sort((x, y) => x - y);
    for (const j of best) out.push([i, j]);
  });
  return out;
}

/** Candidate x ranks before y: a larger sum of key weights, or the same sum and an earlier position. */
function outranks(sums: Float64Array, x: number, y: number): boolean {
  return sums[x] > sums[y] || (sums[x] === sums[y] && x < y);
}

export interface Alignment {
  /** Pairs that say the same thing (score at or above the threshold). */
  strong: AlignEdge[];
  /** Mutual best pairs below the threshold: counterparts only if their facts conflict. */
  weak: AlignEdge[];
}

/**
 * Scores candidate pairs and keeps the edges that make claims counterparts: above the threshold,
 * near the best score of at least one end, and among the best `maxMatches` of that end; plus the
 * weak mutual-best pairs described at `AlignOptions.weakFloor`.
 */
export function align(left: readonly Prepared[], right: readonly Prepared[], options: AlignOptions): Alignment {
  const floor = Math.min(options.threshold, options.weakFloor);
  const scored: AlignEdge[] = [];
  for (const [a, b] of candidatePairs(left, right)) {
    const score = matchScore(left[a], right[b], options.threshold);
    if (score >= floor) scored.push({ a, b, score });
  }
  options.isCancelled?.();
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const e of scored) {
    bestA.set(e.a, Math.max(bestA.get(e.a) ?? 0, e.score));
    bestB.set(e.b, Math.max(bestB.get(e.b) ?? 0, e.score));
  }
  const weak = scored.filter(
    (e) => e.score < options.threshold && e.score === bestA.get(e.a) && e.score === bestB.get(e.b),
  );
  // Best first, ties broken by position so the result is deterministic.
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const takenA = new Map<number, number>();
  const takenB = new Map<number, number>();
  const kept: AlignEdge[] = [];
  for (const e of scored) {
    if (e.score < options.threshold) continue;
    const nearA = e.score >= (bestA.get(e.a) ?? 0) - options.margin;
    const nearB = e.score >= (bestB.get(e.b) ?? 0) - options.margin;
    if (!nearA && !nearB) continue;
    if ((takenA.get(e.a) ?? 0) >= options.maxMatches || (takenB.get(e.b) ?? 0) >= options.maxMatches) continue;
    takenA.set(e.a, (takenA.get(e.a) ?? 0) + 1);
    takenB.set(e.b, (takenB.get(e.b) ?? 0) + 1);
    kept.push(e);
  }
  return { strong: kept, weak };
}
