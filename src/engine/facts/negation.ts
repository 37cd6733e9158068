/** Negation cues with the word they negate: "did not convince", "is not", "never", "no civilians". */
import type { Fact } from './types';
import type { Token } from '../text/fact-tokens';
import { AUX_VERBS, BARE_NEG_CONTRACTIONS, BE_FORMS, NEGATION_CUES, NEGATION_HEAD_SKIP, NEG_CONTRACTIONS, POSSESSION_VERBS } from '../lexicon/negation';
import { PRONOUNS, SMALL_NUMBERS } from '../lexicon/facts';
import { DETERMINERS } from '../lexicon/grammar';
import { isUpper } from '../text/chars';

/** "there is no", "there's no", "there were no" just before the cue at `i`. */
function isExistential(toks: readonly Token[], i: number): boolean {
  const p1 = toks[i - 1]?.lower ?? '';
  const p2 = toks[i - 2]?.lower ?? '';
  if (p1 === 'there' || p1 === "there's" || p1 === 'there’s') return true; // the tokenizer may drop the "'s"
  return BE_FORMS.has(p1) && p2 === 'there';
}

/** NEG_CONTRACTIONS and NEGATION_CUES in one table: one look-up passes over most words. */
const NEG_WORDS: ReadonlySet<string> = new Set([...NEG_CONTRACTIONS, ...NEGATION_CUES]);

function isNegation(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (t.kind !== 'word') return false;
  const l = t.lower;
  if (l.endsWith("n't") || l.endsWith('n’t') || BARE_NEG_CONTRACTIONS.has(l)) return true;
  if (!NEG_WORDS.has(l)) return false;
  if (NEG_CONTRACTIONS.has(l)) return true;
  const next = toks[i + 1];
  if (l === 'no' && next && next.text === '.' && next.start === t.end) return false; // "No. 5"
  if (l === 'not' && next && (next.lower === 'only' || next.lower === 'just')) return false; // "not only … but"
  if (l === 'nothing' && next && next.lower === 'but') return false;
  if (l === 'no' && next && next.lower === 'doubt') return false;
  // "three no votes", "12 no votes": votes against, counted, not a denial
  const prev = toks[i - 1];
  if (l === 'no' && next && (next.lower === 'votes' || next.lower === 'vote') && prev && (prev.kind === 'num' || SMALL_NUMBERS.has(prev.lower))) return false;
  return true;
}

/** How far past "no" the verb of its noun phrase is looked for ("no Iraqi, U.S. or U.N. entity in Baghdad has"). */
const SUBJECT_REACH = 10;

/**
 * The verb whose subject is the noun phrase "no" opens ("No tumors were detected" → "detected";
 * "no entity has the authority" → "has"): the first auxiliary within reach, and the participle
 * right after it when there is one. Null when no auxiliary follows (the phrase is an object,
 * "found no tumors", or stands alone, "no comment").
 */
function subjectVerb(toks: readonly Token[], i: number): string | null {
  for (let k = i + 2; k < toks.length && k <= i + SUBJECT_REACH; k++) {
    const w = toks[k];
    if (w.kind === 'punct' && w.text !== ',') return null;
    if (w.kind !== 'word' || !AUX_VERBS.has(w.lower)) continue;
    const next = toks[k + 1];
    if (next !== undefined && next.kind === 'word' && (next.lower.endsWith('ed') || next.lower.endsWith('en'))) return next.lower;
    return w.lower;
  }
  return null;
}

/** Words of a subject put after its auxiliary ("nor was Dean asked", "neither did the mayor"). */
const INVERTED_SUBJECT = 3;

/**
 * Where the subject after "nor" / "neither" and an auxiliary ends ("nor was Dean asked": at
 * "Dean"), so the negated word is the verb after it; else `i` itself.
 */
function invertedSubjectEnd(toks: readonly Token[], i: number): number {
  const cue = toks[i].lower;
  if ((cue !== 'nor' && cue !== 'neither') || toks[i + 1]?.kind !== 'word' || !AUX_VERBS.has(toks[i + 1].lower)) return i;
  let k = i + 2;
  const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
  // a determiner and its noun ("the mayor"), a pronoun, or a name ("Dean", "Ada Brenn")
  if (word(toks[k]) && DETERMINERS.has(toks[k].lower) && word(toks[k + 1])) k += 2;
  else if (word(toks[k]) && PRONOUNS.has(toks[k].lower)) k++;
  else while (k < i + 2 + INVERTED_SUBJECT && word(toks[k]) && isUpper(toks[k].text[0])) k++;
  return k > i + 2 ? k - 1 : i;
}

export function extractNegations(text: string, toks: readonly Token[]): Fact[] {
  const out: Fact[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isNegation(toks, i)) continue;
    const t = toks[i];
    const bare = BARE_NEG_CONTRACTIONS.get(t.lower);
    const contraction = bare !== undefined || (t.lower !== 'not' && (t.lower.endsWith("n't") || t.lower.endsWith('n’t')));
    let aux = '';
    if (bare !== undefined) aux = bare;
    else if (contraction) aux = t.lower.slice(0, -3) === 'wo' ? 'will' : t.lower.slice(0, -3) === 'ca' ? 'can' : t.lower.slice(0, -3);
    else if (i > 0 && toks[i - 1].kind === 'word') aux = toks[i - 1].lower;
    let head = '';
    let possessive = false;
    for (let k = invertedSubjectEnd(toks, i) + 1; k < toks.length && k <= i + 5; k++) {
      if (toks[k].kind === 'punct') break;
      if (NEGATION_HEAD_SKIP.has(toks[k].lower)) {
        if (POSSESSION_VERBS.has(toks[k].lower)) possessive = true;
        continue;
      }
      head = toks[k].lower;
      break;
    }
    if (head === '' && (t.lower === 'not' || contraction)) head = aux;
    // "there is no certificate" denies that the thing exists: its opposite is having or there being one
    if (t.lower === 'no' && isExistential(toks, i)) possessive = true;
    const f: Fact = { type: 'negation', start: t.start, end: t.end, text: text.slice(t.start, t.end), value: 'not ' + head, head };
    if (aux !== '') f.aux = aux;
    // "does not have a birth certificate": the negated predicate is having the thing, not the thing
    if (possessive) f.possessive = true;
    else if (t.lower === 'no') {
      const verb = subjectVerb(toks, i);
      if (verb !== null) f.verb = verb;
    }
    out.push(f);
  }
  return out;
}
