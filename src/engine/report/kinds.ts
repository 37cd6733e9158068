/**
 * How every discrepancy kind is named wherever a person reads it: the one table that messages,
 * reasons, renderers and the extension all use, so no two views word a kind differently.
 */
import type { DiscrepancyKind } from './types';

export interface KindWords {
  /** Capitalised, for messages: "Number differs: …". */
  readonly label: string;
  /** A noun phrase, for sentences: "conflicts with b.txt on a number". */
  readonly noun: string;
}

export const KIND_WORDS: Readonly<Record<DiscrepancyKind, KindWords>> = {
  number: { label: 'Number', noun: 'a number' },
  date: { label: 'Date', noun: 'a date' },
  person: { label: 'Person', noun: 'a person' },
  place: { label: 'Place', noun: 'a place' },
  organization: { label: 'Organization', noun: 'an organization' },
  quote: { label: 'Quote', noun: 'the wording of a quote' },
  negation: { label: 'Negation', noun: 'whether it happened (negation)' },
  attribution: { label: 'Speaker', noun: 'who said it' },
  role: { label: 'Roles', noun: 'who did what to whom' },
  certainty: { label: 'Certainty', noun: 'whether it is done or only expected (certainty)' },
  other: { label: 'Detail', noun: 'a detail' },
};

/** The noun phrase of a kind (a kind this version does not know reads as itself). */
export function kindNoun(kind: string): string {
  return (KIND_WORDS as Record<string, KindWords | undefined>)[kind]?.noun ?? kind;
}

/** The message label of a kind. */
export function kindLabel(kind: string): string {
  return (KIND_WORDS as Record<string, KindWords | undefined>)[kind]?.label ?? 'Detail';
}

/** Joins words as "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Joins kinds for a sentence: "a number", "a number and a date", "a number, a date and a place". */
export function kindPhrase(kinds: readonly string[]): string {
  return kinds.length ? joinWords(kinds.map(kindNoun)) : 'a detail';
}
