/** What every comparison of one claim needs from its text: its tokens and its folded words. */
import type { Fact } from '../facts/types';
import { normalizeName } from '../facts/names';
import { tokenize, type Token } from '../text/fact-tokens';
import type { Side } from './common';

/** What every comparison of one claim needs from its text: its tokens and, lazily, its folded words. */
export interface ClaimData { text: string; start: number; end: number; toks: readonly Token[]; words?: Set<string> }

/**
 * compareFacts runs twice for every aligned pair and a claim is in several pairs, each time with new
 * Side objects but the claim's own facts array. That array keys the claim's data; the text and span
 * are checked too, so a facts array reused with another span gets fresh data.
 */
export const CLAIM_DATA = new WeakMap<readonly Fact[], ClaimData>();

export function claimData(side: Side): ClaimData {
  const { text, span } = side;
  const hit = CLAIM_DATA.get(side.facts);
  if (hit !== undefined && hit.text === text && hit.start === span.start && hit.end === span.end) return hit;
  const data: ClaimData = { text, start: span.start, end: span.end, toks: tokenize(text, span.start, span.end) };
  CLAIM_DATA.set(side.facts, data);
  return data;
}

/** tokenize() over a side's claim. Shared: callers must not change the array. */
export function sideTokens(side: Side): readonly Token[] {
  return claimData(side).toks;
}

/** The folded words (normalizeName) of a side's claim. Shared: callers must not change the set. */
export function foldedWords(side: Side): ReadonlySet<string> {
  const data = claimData(side);
  if (data.words !== undefined) return data.words;
  const out = new Set<string>();
  for (const t of data.toks) {
    if (t.kind === 'punct') continue;
    const folded = normalizeName(t.text);
    if (!folded.includes(' ')) { if (folded.length > 0) out.add(folded); continue; } // one word: no split
    for (const w of folded.split(' ')) if (w.length > 0) out.add(w);
  }
  data.words = out;
  return out;
}

