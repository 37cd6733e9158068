/**
 * Fact extraction for one claim: numbers, dates, person / place / organisation names, direct quotes
 * and negations, each with UTF-16 offsets into the document text. Pure, deterministic, linear time.
 */
import type { Span } from '../report/types';
import type { Fact } from './types';
import { tokenize, type Token } from '../text/fact-tokens';
import { TokenForms } from '../text/tokens';
import { extractDates } from './dates';
import { extractNumbers } from './numbers';
import { extractNames, NameMatcher } from './names';
import { extractQuotes, findQuotes } from './quotes';
import { extractNegations } from './negation';

export type { Fact, FactType } from './types';
export { NameMatcher, sameName, normalizeName } from './names';
export { quoteWords } from './quotes';
export { americanSpelling } from '../lexicon/spelling';
export { phoneticKey } from '../strings/phonetic';
export { jaroWinkler } from '../strings/jaro-winkler';
export { resolveWeekday } from './dates';
export { tokenize } from '../text/fact-tokens';

const CONTEXT_WORDS = 3;

/** A claim that carries its own tokens (conflicts/claim.ts ClaimText): the facts are read from them. */
export interface ClaimTokens {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  tokens(): readonly Token[];
}

/** The facts of one claim; `names` is the comparison's name matcher (a fresh one for a one-off call). */
/**
 * `from`: the claim's own tokens (a ClaimText, which keeps them), or the comparison's token-form memo
 * when the tokens are made here and dropped after (a long document's claims are not all compared).
 */
export function extractFacts(docText: string, span: Span, articleDate: string | null, names: NameMatcher = new NameMatcher(), from?: ClaimTokens | TokenForms): Fact[] {
  const text = typeof docText === 'string' ? docText : '';
  const start = Math.max(0, Math.min(text.length, Number.isFinite(span?.start) ? Math.floor(span.start) : 0));
  const end = Math.max(start, Math.min(text.length, Number.isFinite(span?.end) ? Math.floor(span.end) : text.length));
  if (end <= start) return [];
  const own = from !== undefined && !(from instanceof TokenForms) && from.text === text && from.start === start && from.end === end;
  const toks = own ? from.tokens() : tokenize(text, start, end, undefined, from instanceof TokenForms ? from : undefined);
  const used = new Array<boolean>(toks.length).fill(false);
  const quoteRanges = findQuotes(text, start, end);
  // in this order: dates and numbers mark the tokens they use, which names then skip
  const dates = extractDates(text, toks, articleDate, used);
  const numbers = extractNumbers(text, toks, used);
  const facts: Fact[] = dates.concat(numbers, extractNames(text, toks, used, names), extractQuotes(text, toks, quoteRanges), extractNegations(text, toks));
  // quote membership and slot context
  for (const f of facts) {
    if (f.type !== 'quote') {
      for (const q of quoteRanges) if (f.start >= q.innerStart && f.end <= q.innerEnd) { f.inQuote = true; break; }
    }
    // binary search the first token at or after f.start
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < f.start) lo = mid + 1; else hi = mid;
    }
    const ctx: string[] = [];
    for (let k = lo - 1, n = 0; k >= 0 && n < CONTEXT_WORDS; k--) if (toks[k].kind !== 'punct') { ctx.push(toks[k].lower); n++; }
    f.before = ctx.length;
    let after = lo;
    while (after < toks.length && toks[after].start < f.end) after++;
    for (let k = after, n = 0; k < toks.length && n < CONTEXT_WORDS; k++) if (toks[k].kind !== 'punct') { ctx.push(toks[k].lower); n++; }
    f.context = ctx;
  }
  facts.sort((a, b) => a.start - b.start || a.end - b.end);
  return facts;
}
