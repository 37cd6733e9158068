/**
 * What the predicate readers (opposites.ts, certainty.ts, roles.ts) share: the token shape they
 * read and the shallow word classes they need (an -ly adverb, a verb form).
 */
import { MODAL_BEFORE, UNCHANGED_PAST } from '../lexicon/grammar';

/** What the readers need of a token (the engine's Token has all of it). */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  lemma: string;
  kind: 'word' | 'number' | 'punct';
  stop: boolean;
}

/** An adverb in -ly written in lower case ("publicly"; not "Italy"). */
export function adverb(t: WordToken): boolean {
  return t.kind === 'word' && t.norm.length > 4 && t.norm.endsWith('ly') && t.text[0] === t.text[0].toLowerCase();
}


/** Whether the token at i reads as a verb: an inflected form that is not a plural, or a base form after a modal or "to". */
export function verbLike(toks: readonly WordToken[], i: number): boolean {
  const t = toks[i];
  if (t.kind !== 'word' || t.stop) return false;
  if (t.text[0] !== t.text[0].toLowerCase()) return false;
  if (t.norm.endsWith('ed')) return true;
  if (t.norm !== t.lemma) return !(t.norm === `${t.lemma}s` || t.norm === `${t.lemma}es`) && !t.norm.endsWith('ing');
  const p = toks[i - 1];
  // an unchanged past ("beat", "hit", "cut") after a name, or a base form after a modal
  return p !== undefined && (MODAL_BEFORE.has(p.norm) || (UNCHANGED_PAST.has(t.norm) && p.kind === 'word' && !p.stop && p.text[0] !== p.text[0].toLowerCase()));
}

