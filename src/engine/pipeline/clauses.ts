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
import type { IdMemo } from '../strings/text-ids';
import { ownString } from '../strings/own';
import { TUNING } from '../tuning';

export interface ClauseClaim {
  start: number;
  end: number;
  prepared: Prepared;
  /** The claim's text's id in the context (strings/text-ids); 0: not remembered. */
  key: number;
}

/** A part of a claim: offsets from the claim's start, and its similarity features. */
export interface ClausePart {
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
 * long as the claim (TUNING.clauses.partWords, in content words); at most `maxAsks` in all, the
 * closest in wording.
 */
export function clauseAsks(
  textA: string, claimsA: readonly ClauseClaim[], textB: string, claimsB: readonly ClauseClaim[],
  candidates: readonly (readonly [number, number])[], openA: ReadonlySet<number>, openB: ReadonlySet<number>,
  scratch: SimilarityScratch, memo: IdMemo<readonly ClausePart[]>, maxAsks: number = TUNING.clauses.maxAsks,
): ClauseAsk[] {
  const { gate, perClaim, partWords: [fewest, most] } = TUNING.clauses;
  const parts = [new Map<number, readonly ClausePart[]>(), new Map<number, readonly ClausePart[]>()];
  const texts = [textA, textB];
  const claims = [claimsA, claimsB];
  const partsOf = (d: 0 | 1, k: number): readonly ClausePart[] => {
    let got = parts[d].get(k);
    if (got === undefined) {
      const c = claims[d][k];
      got = memo.through(c.key, () => claimParts(texts[d], c, scratch), (ps) => ps.map((p) => ({ ...p, prepared: { ...p.prepared, text: ownString(p.prepared.text) } })));
      parts[d].set(k, got);
    }
    return got;
  };
  const byShort = [new Map<number, ClauseAsk[]>(), new Map<number, ClauseAsk[]>()];
  const ask = (short: 0 | 1, a: number, b: number): void => {
    const [s, l] = short === 0 ? [a, b] : [b, a];
    const shortClaim = claims[short][s];
    if (shortClaim.prepared.items.length < TUNING.containment.minWords) return;
    const words = shortClaim.prepared.items.length;
    for (const part of partsOf(short === 0 ? 1 : 0, l)) {
      const partWords = part.prepared.items.length;
      if (partWords < fewest * words || partWords > most * words) continue;
      const score = similarity(shortClaim.prepared, part.prepared, scratch);
      if (score < gate) continue;
      const list = byShort[short].get(s) ?? byShort[short].set(s, []).get(s)!;
      const from = claims[short === 0 ? 1 : 0][l].start;
      list.push({ short, a, b, part: { start: from + part.start, end: from + part.end }, score });
    }
  };
  for (const [a, b] of candidates) {
    if (openA.has(a)) ask(0, a, b);
    if (openB.has(b)) ask(1, a, b);
  }
  const byScore = (x: ClauseAsk, y: ClauseAsk): number => y.score - x.score || x.short - y.short || x.a - y.a || x.b - y.b || x.part.start - y.part.start || x.part.end - y.part.end;
  let out: ClauseAsk[] = [];
  for (const list of [...byShort[0].values(), ...byShort[1].values()]) {
    list.sort(byScore);
    out.push(...list.slice(0, perClaim));
  }
  // a long pair of documents asks about its closest parts only (TUNING.clauses.maxAsks)
  if (out.length > maxAsks) out = out.sort(byScore).slice(0, Math.max(0, maxAsks));
  out.sort((x, y) => x.short - y.short || x.a - y.a || x.b - y.b || x.part.start - y.part.start || x.part.end - y.part.end);
  return out;
}

/**
 * The parts of a claim (text/clauses), with offsets from its start: they depend on the claim's own
 * characters only, so the context remembers them by the claim's text.
 */
function claimParts(text: string, claim: ClauseClaim, scratch: SimilarityScratch): ClausePart[] {
  const { minWords, maxClauses } = TUNING.clauses;
  const spans = clauseParts(clauseSpans(tokenize(text, { start: claim.start, end: claim.end }, scratch.tokenForms), minWords, maxClauses));
  return spans.map((span) => ({ start: span.start - claim.start, end: span.end - claim.start, prepared: prepare(text, span, scratch) }));
}

/**
 * The asks whose part says its short claim: probability at least TUNING.clauses.minProbability,
 * the best of the short claim's asks (ties to the higher word similarity, then by position); a
 * pair of claims asked about both ways keeps the more probable part.
 */
export function clauseLinks(asks: readonly ClauseAsk[], probabilities: readonly (number | undefined)[]): Array<ClauseAsk & { probability: number }> {
  type Link = ClauseAsk & { probability: number };
  const better = (x: Link, y: Link): boolean =>
    x.probability > y.probability || (x.probability === y.probability && (x.score > y.score || (x.score === y.score && (x.part.start < y.part.start || (x.part.start === y.part.start && x.part.end < y.part.end)))));
  // the best ask of each short claim: by the claim's index, for the claims of each document
  const best = [new Map<number, Link>(), new Map<number, Link>()];
  asks.forEach((ask, k) => {
    const p = probabilities[k];
    if (p === undefined || !(p >= TUNING.clauses.minProbability)) return;
    const c = { ...ask, probability: p };
    const claim = ask.short === 0 ? ask.a : ask.b;
    const cur = best[ask.short].get(claim);
    if (cur === undefined || better(c, cur)) best[ask.short].set(claim, c);
  });
  // a pair of claims asked about both ways keeps the better
  const byPair = new Map<number, Map<number, Link>>();
  for (const c of [...best[0].values(), ...best[1].values()]) {
    const row = byPair.get(c.a) ?? byPair.set(c.a, new Map()).get(c.a)!;
    const cur = row.get(c.b);
    if (cur === undefined || better(c, cur)) row.set(c.b, c);
  }
  return [...byPair.values()].flatMap((row) => [...row.values()]).sort((x, y) => x.a - y.a || x.b - y.b);
}
