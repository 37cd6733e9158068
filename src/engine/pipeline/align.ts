/**
 * Alignment: which claims of one document say the same thing as which claims of another.
 *
 * Candidates come from one index of blocking keys over the pair (candidates.ts), so a long document
 * is not compared claim by claim with every claim of the other.
 *
 * Matching is symmetric by construction: the candidates are symmetric, a pair's score is the same
 * either way round, edges are chosen on the pair by rules that treat both ends alike (ties broken by
 * position, never by which document came first), and both ends list each edge.
 */
import { scorePair, type Prepared, type SimilarityScratch } from '../similarity';
import type { ScoreMemo } from '../similarity/score-memo';
import { CandidateIndex } from './candidates';
import { TUNING } from '../tuning';

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
  /** The pairs to score (CandidateIndex.pairs of these two documents); built here when absent. */
  candidates?: ReadonlyArray<readonly [number, number]>;
  isCancelled?: () => void;
  /** The comparison's similarity scratch (see context.ts). */
  scratch: SimilarityScratch;
  /** Scores remembered across comparisons, and the claims' ids in it (see ScoreMemo). */
  memo?: { scores: ScoreMemo; left: readonly number[]; right: readonly number[] };
}

/**
 * One claim can say part of what a longer claim says ("The town of Belovo flooded." inside "Belovo
 * flooded and lost its bridge."): symmetric similarity is then low, but the short claim is fully
 * supported by the long one (TUNING.containment: the levels, and the short claims that match only
 * when nearly the same words).
 */
const {
  threshold: CONTAINMENT_THRESHOLD, gate: CONTAINMENT_GATE, minWords: CONTAINMENT_MIN_WORDS,
  shortClaimWords: SHORT_CLAIM_WORDS, shortClaimScore: SHORT_CLAIM_SCORE,
} = TUNING.containment;

/** Similarity of two claims, or how fully one contains the other when that is higher. */
export function matchScore(a: Prepared, b: Prepared, threshold: number, scratch: SimilarityScratch): number {
  const pair = scorePair(a, b, scratch);
  const sim = pair.sim;
  if (Math.min(a.items.length, b.items.length) <= SHORT_CLAIM_WORDS) return sim >= SHORT_CLAIM_SCORE ? sim : Math.min(sim, CONTAINMENT_GATE);
  if (sim >= threshold || sim < CONTAINMENT_GATE) return sim;
  const contained = Math.max(
    b.items.length >= CONTAINMENT_MIN_WORDS ? pair.supportOfB() : 0,
    a.items.length >= CONTAINMENT_MIN_WORDS ? pair.supportOfA() : 0,
  );
  return contained >= CONTAINMENT_THRESHOLD ? Math.max(sim, contained) : sim;
}

/**
 * Candidate pairs [claim of left, claim of right] of pairs mode: each claim of `left` with the claims
 * of `right` the index proposes for it (see CandidateIndex.directed).
 */
export function candidatePairs(left: readonly Prepared[], right: readonly Prepared[]): Array<[number, number]> {
  return new CandidateIndex([left, right]).directed(0, 1);
}

export interface Alignment {
  /** Pairs that say the same thing (score at or above the threshold). */
  strong: AlignEdge[];
  /** Mutual best pairs below the threshold: counterparts only if their facts conflict. */
  weak: AlignEdge[];
  /** Each claim's best-scoring candidate on the other side, whatever its score (for near misses). */
  nearestA: Map<number, AlignEdge>;
  nearestB: Map<number, AlignEdge>;
}

/**
 * Scores candidate pairs and keeps the edges that make claims counterparts: above the threshold,
 * near the best score of at least one end, and among the best `maxMatches` of that end; plus the
 * weak mutual-best pairs described at `AlignOptions.weakFloor`.
 */
export function align(left: readonly Prepared[], right: readonly Prepared[], options: AlignOptions): Alignment {
  const floor = Math.min(options.threshold, options.weakFloor);
  const scored: AlignEdge[] = [];
  // each claim's best-scoring candidate, matched or not: a unique claim's nearest near miss (ties
  // to the earlier claim of the other side, whichever side is which)
  const nearestA = new Map<number, AlignEdge>();
  const nearestB = new Map<number, AlignEdge>();
  const memo = options.memo;
  for (const [a, b] of options.candidates ?? new CandidateIndex([left, right]).pairs(0, 1)) {
    const score = memo
      ? memo.scores.score(options.threshold, memo.left[a], memo.right[b], () => matchScore(left[a], right[b], options.threshold, options.scratch))
      : matchScore(left[a], right[b], options.threshold, options.scratch);
    const e = { a, b, score };
    const na = nearestA.get(a);
    if (score > 0 && (!na || score > na.score || (score === na.score && b < na.b))) nearestA.set(a, e);
    const nb = nearestB.get(b);
    if (score > 0 && (!nb || score > nb.score || (score === nb.score && a < nb.a))) nearestB.set(b, e);
    if (score >= floor) scored.push(e);
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
  // Best first; ties first to the pairs nearest in position (a claim and its own copy in a
  // self-comparison), then by the pair's positions taken without regard to side. Two edges still
  // tied are (a, b) and (b, a) with a ≠ b: they share no claim, so their order changes nothing.
  const nA = left.length;
  const nB = right.length;
  const offset = (e: AlignEdge): number => Math.abs(e.a * nB - e.b * nA);
  scored.sort((x, y) => y.score - x.score || offset(x) - offset(y) ||
    Math.min(x.a, x.b) - Math.min(y.a, y.b) || Math.max(x.a, x.b) - Math.max(y.a, y.b) || x.a - y.a);
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
  return { strong: kept, weak, nearestA, nearestB };
}
