/**
 * Counterparts the word-level alignment misses: claims that say the same in other words (by the
 * host's sentence vectors, below) and claims that differ only in how a date is written
 * (pairsByDate, further down).
 *
 * By meaning: after the word-level alignment, claims that found no counterpart in the
 * other document are paired by their sentence vectors (the host's encoder, handed in as
 * CompareOptions.meaning) where two of them are each other's nearest by meaning, close enough, and
 * share enough wording for the pair to be about the same thing. A pair found here is then judged
 * like any other: its facts are compared slot by slot, and a conflict makes it a discrepancy. A
 * high cosine alone never makes a pair: the word similarity has a floor too, and documents that
 * share none of their main names (look-alike events) get no pairs by meaning at all.
 *
 * Symmetric by construction: the pairs are mutual nearest neighbours, ties broken by position.
 */
import type { Prepared, SimilarityScratch } from '../similarity';
import { prepare, similarity } from '../similarity';
import { cosine } from '../ports';
import { TUNING } from '../tuning';

export interface MeaningPair {
  a: number;
  b: number;
  /** The word similarity of the pair (the score a match records). */
  score: number;
  cosine: number;
}


/**
 * Mutual nearest pairs by meaning among the claims `left` and `right` that have no counterpart
 * yet (`openA`, `openB`: their indices). `vectors`: one per claim or undefined.
 */
export function pairsByMeaning(
  left: readonly Prepared[], right: readonly Prepared[],
  vecA: readonly (Float32Array | undefined)[], vecB: readonly (Float32Array | undefined)[],
  openA: readonly number[], openB: readonly number[], scratch: SimilarityScratch,
): MeaningPair[] {
  if (openA.length === 0 || openB.length === 0) return [];
  const { minCosine: MIN_COSINE, minWordScore: MIN_WORD_SCORE, minJoint: MIN_JOINT, margin: MARGIN } = TUNING.meaning;
  // every close pair by meaning that also shares wording, scored by both: (cosine + word similarity) / 2
  const found: { a: number; b: number; joint: number; score: number; cosine: number }[] = [];
  for (const i of openA) {
    const u = vecA[i];
    if (u === undefined) continue;
    for (const j of openB) {
      const v = vecB[j];
      if (v === undefined) continue;
      const c = cosine(u, v);
      if (c < MIN_COSINE) continue;
      const score = similarity(left[i], right[j], scratch);
      if (score < MIN_WORD_SCORE) continue;
      found.push({ a: i, b: j, joint: (c + score) / 2, score, cosine: c });
    }
  }
  // mutual best, each clearly ahead of the claim's next best
  const out: MeaningPair[] = [];
  for (const { pair: f, second } of mutualBest(found, (f) => f.joint)) {
    if (f.joint < MIN_JOINT || f.joint - second < MARGIN) continue;
    out.push({ a: f.a, b: f.b, score: f.score, cosine: f.cosine });
  }
  out.sort((x, y) => x.a - y.a || x.b - y.b);
  return out;
}

/**
 * Counterparts that differ only in how a date is written ("Talks resumed on Friday." / "Talks
 * resumed on June 6."): among the candidate pairs of claims still without a counterpart that both
 * carry a date, those whose wording matches once every date is taken out and whose dates can be
 * compared (`comparable`: both resolve to days), mutual best. Their facts
 * are then compared like any pair's, so the same day agrees and another day is a date conflict.
 */
export function pairsByDate(
  textA: string, claimsA: readonly DatedClaim[], textB: string, claimsB: readonly DatedClaim[],
  candidates: readonly (readonly [number, number])[], threshold: number, scratch: SimilarityScratch,
  comparable: (a: number, b: number) => boolean,
): MeaningPair[] {
  const maskedA = new Map<number, Prepared>();
  const maskedB = new Map<number, Prepared>();
  const masked = (text: string, c: DatedClaim, memo: Map<number, Prepared>, k: number): Prepared => {
    let p = memo.get(k);
    if (p === undefined) {
      p = prepare(withoutDates(text, c), undefined, scratch);
      memo.set(k, p);
    }
    return p;
  };
  const found: { a: number; b: number; score: number }[] = [];
  for (const [a, b] of candidates) {
    const x = claimsA[a];
    const y = claimsB[b];
    if (!x.open || !y.open || x.dates.length === 0 || y.dates.length === 0) continue;
    const score = similarity(masked(textA, x, maskedA, a), masked(textB, y, maskedB, b), scratch);
    // the dates must say something of each other (the same day, or days that cannot be one)
    if (score >= threshold && comparable(a, b)) found.push({ a, b, score });
  }
  const out: MeaningPair[] = mutualBest(found, (p) => p.score).map(({ pair }) => ({ ...pair, cosine: Number.NaN }));
  out.sort((x, y) => x.a - y.a || x.b - y.b);
  return out;
}

/** A claim's span, its date facts' spans, and whether it still has no counterpart in the other document. */
export interface DatedClaim {
  start: number;
  end: number;
  dates: readonly { start: number; end: number }[];
  open: boolean;
}

/** The claim's text with every date taken out. */
function withoutDates(text: string, c: DatedClaim): string {
  let out = '';
  let at = c.start;
  for (const d of [...c.dates].sort((p, q) => p.start - q.start)) {
    if (d.start < at || d.end > c.end) continue;
    out += text.slice(at, d.start);
    at = d.end;
  }
  return out + text.slice(at, c.end);
}

/**
 * The pairs that are each other's best by `value` (ties broken by position, so swapping the two
 * sides swaps the result), each with the better of its two ends' runner-up values (-1: none).
 */
function mutualBest<T extends { a: number; b: number }>(found: readonly T[], value: (p: T) => number): Array<{ pair: T; second: number }> {
  const bestA = new Map<number, { k: number; second: number }>();
  const bestB = new Map<number, { k: number; second: number }>();
  const better = (k: number, than: number): boolean => {
    const x = found[k];
    const y = found[than];
    const vx = value(x);
    const vy = value(y);
    return vx > vy || (vx === vy && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  };
  for (let k = 0; k < found.length; k++) {
    for (const [best, key] of [[bestA, found[k].a], [bestB, found[k].b]] as const) {
      const cur = best.get(key);
      if (cur === undefined) best.set(key, { k, second: -1 });
      else if (better(k, cur.k)) best.set(key, { k, second: value(found[cur.k]) });
      else if (value(found[k]) > cur.second) cur.second = value(found[k]);
    }
  }
  const out: Array<{ pair: T; second: number }> = [];
  for (const [, ba] of bestA) {
    const bb = bestB.get(found[ba.k].b);
    if (bb !== undefined && bb.k === ba.k) out.push({ pair: found[ba.k], second: Math.max(ba.second, bb.second) });
  }
  return out;
}
