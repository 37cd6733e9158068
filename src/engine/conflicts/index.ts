/**
 * Fact-level comparison of two claims that the aligner matched as saying the same thing.
 * Reports only two different values for the same slot; details one side adds are not conflicts.
 */
import type { Fact } from '../facts/types';
import { foldedWords } from './claim';
import type { FactConflict, OtherSide, Side } from './common';
import { compareDates } from './dates';
import { compareNames, NAME_TYPES } from './names';
import { compareNegations } from './negation';
import { compareNumbers } from './numbers';
import { compareQuotes } from './quotes';

export type { FactConflict } from './common';
export { numbersAgree } from './numbers';
export { sameName } from '../facts/names';

function byType(side: Side, type: string): Fact[] {
  return side.facts.filter((f) => f.type === type);
}

function nameFacts(side: Side): Fact[] {
  return side.facts.filter((f) => NAME_TYPES.has(f.type));
}

/** Negations inside quotes are judged by the quote comparison when the other side quotes too. */
function negationFacts(side: Side, otherHasQuote: boolean): Fact[] {
  return side.facts.filter((f) => f.type === 'negation' && !(f.inQuote && otherHasQuote));
}

export function compareFacts(here: Side, there: OtherSide): FactConflict[] {
  const name = there.name;
  const hq = byType(here, 'quote');
  const tq = byType(there, 'quote');
  const quotes = compareQuotes(hq, tq, name);
  const out: FactConflict[] = [...quotes.conflicts];
  out.push(...compareNumbers(byType(here, 'number'), byType(there, 'number'), name));
  out.push(...compareDates(byType(here, 'date'), byType(there, 'date'), name));
  const hNames = nameFacts(here);
  const tNames = nameFacts(there);
  // two names can only conflict when both sides name something (the word sets cost a tokenisation)
  if (hNames.length > 0 && tNames.length > 0) {
    out.push(...compareNames(hNames, tNames, foldedWords(here), foldedWords(there), name));
  }
  out.push(...compareNegations(here, there, negationFacts(here, tq.length > 0), negationFacts(there, hq.length > 0), name));
  // dedupe
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = `${c.kind}:${c.here.start}:${c.here.end}:${c.there.start}:${c.there.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

