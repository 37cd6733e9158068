/**
 * Fact-level comparison of two claims that the aligner matched as saying the same thing.
 * Reports only two different values for the same slot; details one side adds are not conflicts.
 */
import { NameMatcher } from '../facts/names';
import type { Fact } from '../facts/types';
import { ClaimText } from './claim';
import type { FactConflict, OtherSide, Side } from './common';
import { compareDates } from './dates';
import { compareNames, NAME_TYPES } from './names';
import { compareNegations } from './negation';
import { compareNumbers } from './numbers';
import { compareQuotes } from './quotes';
import { readerConflicts } from './readers';

export type { FactConflict } from './common';
export { numbersAgree } from './numbers';
export { contentOverlap } from './readers';
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

function claimOf(side: Side): ClaimText {
  return side.claim ?? (side.claim = new ClaimText(side.text, side.span.start, side.span.end));
}

/** The conflicts of `here` against `there`; `names` is the comparison's name matcher (a fresh one for a one-off call). */
export function compareFacts(here: Side, there: OtherSide, names: NameMatcher = new NameMatcher()): FactConflict[] {
  const name = there.name;
  const hq = byType(here, 'quote');
  const tq = byType(there, 'quote');
  const quotes = compareQuotes(hq, tq, name, names);
  const out: FactConflict[] = [...quotes.conflicts];
  out.push(...compareNumbers(byType(here, 'number'), byType(there, 'number'), name));
  out.push(...compareDates(byType(here, 'date'), byType(there, 'date'), name));
  const hNames = nameFacts(here);
  const tNames = nameFacts(there);
  // two names can only conflict when both sides name something (the word sets cost a tokenisation)
  if (hNames.length > 0 && tNames.length > 0) {
    out.push(...compareNames(hNames, tNames, claimOf(here).folded(names), claimOf(there).folded(names), name, names, claimOf(here).tokens(), claimOf(there).tokens()));
  }
  out.push(...compareNegations(claimOf(here), claimOf(there), negationFacts(here, tq.length > 0), negationFacts(there, hq.length > 0), name, byType(here, 'negation'), byType(there, 'negation')));
  // the interval readers withdraw conflicts of values that overlap and add the ones the slots missed
  const readers = readerConflicts(here, there, out);
  const all = [...out.filter((c) => !readers.drop.has(c)), ...readers.add];
  // dedupe
  const seen = new Set<string>();
  return all.filter((c) => {
    const k = `${c.kind}:${c.here.start}:${c.here.end}:${c.there.start}:${c.there.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

