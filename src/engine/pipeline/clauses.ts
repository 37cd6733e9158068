/**
 * Counterparts said inside a longer claim: a claim left without a counterpart in another report
 * whose whole statement is one part of a longer claim there ("People were seen at the depot during
 * the day" in "A military official said that people were seen at the warehouse during the day,
 * but the number decreased overnight"). Sentence similarity misses these: the long claim says more,
 * and is often the counterpart of another claim already.
 *
 * The long claim is cut into clauses (text/clauses); each run of consecutive clauses short of the
 * whole claim is a part. A part whose wording is close enough to the open claim is asked about:
 * the host's cross-encoder reads the two together (MeaningVectors.pairProbability) and the part
 * says the claim when its probability is high. Only candidate pairs of the word index are looked
 * at, so a long document is not read part by part against every claim.
 *
 * Symmetric by construction: both documents' open claims are looked for in the other's claims by
 * the same rules, ties broken by position.
 */
import type { Prepared, SimilarityScratch } from '../similarity';
import { prepare, similarity } from '../similarity';
import { clauseParts, clauseSpans } from '../text/clauses';
import { tokenize } from '../text/tokens';
import type { Span } from '../report/types';
import { TUNING } from '../tuning';

export interface ClauseClaim {
  start: number;
  end: number;
  prepared: Prepared;
}

/** A short claim and a part of a longer claim of the other document worth asking about. */
export interface ClauseAsk {
  /** Which document the short claim is in (0: the first, its index `a`; 1: the second, `b`). */
  short: 0 | 1;
  a: number;
  b: number;
  /** The part of the long claim, offsets into the long claim's document. */
  part: Span;
  /** Word similarity of the short claim and the part. */
  score: number;
}

/**
 * The parts of the other document's claims worth asking about for each open claim (`openA`,
 * `openB`: claims with no counterpart in the other document), best by word similarity first:
 * at most TUNING.clauses.perClaim a claim, each at least TUNING.clauses.gate alike and about as
 * long as the claim (TUNING.clauses.partWords, in content words).
 */
export function clauseAsks(
  textA: string, claimsA: readonly ClauseClaim[], textB: string, claimsB: readonly ClauseClaim[],
  candidates: readonly (readonly [number, number])[], openA: ReadonlySet<number>, openB: ReadonlySet<number>,
  scratch: SimilarityScratch,
): ClauseAsk[] {
  const { gate, perClaim, minWords, maxClauses, partWords: [fewest, most] } = TUNING.clauses;
  const parts = [new Map<number, { span: Span; prepared: Prepared }[]>(), new Map<number, { span: Span; prepared: Prepared }[]>()];
  const texts = [textA, textB];
  const claims = [claimsA, claimsB];
  const partsOf = (d: 0 | 1, k: number): { span: Span; prepared: Prepared }[] => {
    let got = parts[d].get(k);
    if (got === undefined) {
      const c = claims[d][k];
      const spans = clauseParts(clauseSpans(tokenize(texts[d], { start: c.start, end: c.end }, scratch.tokenForms), minWords, maxClauses));
      got = spans.map((span) => ({ span, prepared: prepare(texts[d], span, scratch) }));
      parts[d].set(k, got);
    }
    return got;
  };
  const byShort = new Map<string, ClauseAsk[]>();
  const ask = (short: 0 | 1, a: number, b: number): void => {
    const [s, l] = short === 0 ? [a, b] : [b, a];
    const shortClaim = claims[short][s];
    if (shortClaim.prepared.items.length < TUNING.containment.minWords) return;
    const key = `${short}:${s}`;
    const words = shortClaim.prepared.items.length;
    for (const part of partsOf(short === 0 ? 1 : 0, l)) {
      const partWords = part.prepared.items.length;
      if (partWords < fewest * words || partWords > most * words) continue;
      const score = similarity(shortClaim.prepared, part.prepared, scratch);
      if (score < gate) continue;
      const list = byShort.get(key) ?? byShort.set(key, []).get(key)!;
      list.push({ short, a, b, part: part.span, score });
    }
  };
  for (const [a, b] of candidates) {
    if (openA.has(a)) ask(0, a, b);
    if (openB.has(b)) ask(1, a, b);
  }
  const out: ClauseAsk[] = [];
  for (const list of byShort.values()) {
    list.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b || x.part.start - y.part.start || x.part.end - y.part.end);
    out.push(...list.slice(0, perClaim));
  }
  out.sort((x, y) => x.short - y.short || x.a - y.a || x.b - y.b || x.part.start - y.part.start || x.part.end - y.part.end);
  return out;
}

/**
 * The asks whose part says its short claim: probability at least TUNING.clauses.minProbability,
 * the best of the short claim's asks (ties to the higher word similarity, then by position); a
 * pair of claims asked about both ways keeps the more probable part.
 */
export function clauseLinks(asks: readonly ClauseAsk[], probabilities: readonly (number | undefined)[]): Array<ClauseAsk & { probability: number }> {
  const best = new Map<string, ClauseAsk & { probability: number }>();
  const better = (x: ClauseAsk & { probability: number }, y: ClauseAsk & { probability: number }): boolean =>
    x.probability > y.probability || (x.probability === y.probability && (x.score > y.score || (x.score === y.score && (x.part.start < y.part.start || (x.part.start === y.part.start && x.part.end < y.part.end)))));
  asks.forEach((ask, k) => {
    const p = probabilities[k];
    if (p === undefined || !(p >= TUNING.clauses.minProbability)) return;
    const c = { ...ask, probability: p };
    const key = `${ask.short}:${ask.short === 0 ? ask.a : ask.b}`;
    const cur = best.get(key);
    if (cur === undefined || better(c, cur)) best.set(key, c);
  });
  const byPair = new Map<string, ClauseAsk & { probability: number }>();
  for (const c of best.values()) {
    const key = `${c.a}:${c.b}`;
    const cur = byPair.get(key);
    if (cur === undefined || better(c, cur)) byPair.set(key, c);
  }
  return [...byPair.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
