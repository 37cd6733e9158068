/** What every fact comparator shares: the conflict record, its message, slot context and one-to-one pairing. */
import type { DiscrepancyKind, Span } from '../report/types';
import type { Fact } from '../facts/types';
import type { Token } from '../text/tokens';
import type { ClaimText } from './claim';
import { WEAK_CONTEXT } from '../lexicon/stopwords';
import { kindLabel } from '../report/kinds';

export interface FactConflict {
  kind: DiscrepancyKind;
  here: Span & { text: string };
  there: Span & { text: string };
  message: string;
}

export interface Side {
  text: string;
  span: Span;
  facts: Fact[];
  /** The claim's tokens and folded words, made once per claim by the caller (else here, per call). */
  claim?: ClaimText;
  /** The article's date (YYYY-MM-DD), against which weekdays resolve. */
  date?: string | null;
  /** The claim's similarity tokens when the caller has them (else the readers make them). */
  words?: readonly Token[];
}
export interface OtherSide extends Side {
  name: string;
  /**
   * The aligner found the two claims saying the same thing (a match above the threshold), not only
   * each other's nearest neighbour: then two values of a slot are a conflict even where the
   * claims' wider wording barely overlaps (a look-alike event reported in the same words).
   */
  matched?: boolean;
}

export const qt = (s: string): string => `“${s}”`;
export const spanOf = (f: { start: number; end: number; text: string }): Span & { text: string } => ({ start: f.start, end: f.end, text: f.text });

export function differs(kind: DiscrepancyKind, h: Span & { text: string }, t: Span & { text: string }, name: string): FactConflict {
  const label = kindLabel(kind);
  return { kind, here: h, there: t, message: `${label} differs: ${qt(h.text)} here, ${qt(t.text)} in ${name}` };
}

// ---------------------------------------------------------------------------------------------
// slot context
// ---------------------------------------------------------------------------------------------


/** Slot evidence: shared context words (content words weigh 1, function words 0.5; the immediate neighbours weigh double). */
export function contextScore(a: Fact, b: Fact): number {
  const ca = a.context ?? [];
  const cb = b.context ?? [];
  let score = 0;
  // a handful of words on each side: scanning the arrays beats building sets for every pair
  for (let k = 0; k < ca.length; k++) {
    const w = ca[k];
    if (!cb.includes(w) || ca.indexOf(w) < k) continue;
    score += WEAK_CONTEXT.has(w) ? 0.5 : 1;
  }
  // immediate neighbours: context is [prev1, prev2, prev3, next1, next2, next3] when complete
  const prevA = ca[0];
  const prevB = cb[0];
  if (prevA !== undefined && prevA === prevB && a.start > 0) score += WEAK_CONTEXT.has(prevA) ? 0.5 : 1;
  // the word right after weighs double too: "registrars in X counties" / "registrars in Y counties"
  const nextA = a.before !== undefined && a.before < ca.length ? ca[a.before] : undefined;
  const nextB = b.before !== undefined && b.before < cb.length ? cb[b.before] : undefined;
  if (nextA !== undefined && nextA === nextB) score += WEAK_CONTEXT.has(nextA) ? 0.5 : 1;
  return score;
}

export interface Pair<T> { h: T; t: T; score: number }

/** Greedy one-to-one pairing by descending score (ties: document order), deterministic. */
export function greedyPairs<T>(hs: readonly T[], ts: readonly T[], score: (h: T, t: T) => number | null): Array<Pair<T>> {
  const cands: Array<Pair<T> & { i: number; j: number }> = [];
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    for (let j = 0; j < ts.length; j++) {
      const t = ts[j];
      const s = score(h, t);
      if (s !== null) cands.push({ h, t, score: s, i, j });
    }
  }
  if (cands.length === 0) return [];
  cands.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const ui = new Array<boolean>(hs.length).fill(false);
  const uj = new Array<boolean>(ts.length).fill(false);
  const out: Array<Pair<T>> = [];
  for (const c of cands) {
    if (ui[c.i] || uj[c.j]) continue;
    ui[c.i] = true;
    uj[c.j] = true;
    out.push(c);
  }
  return out;
}

