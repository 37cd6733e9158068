/**
 * Opposites and implicit negation between two aligned claims: "increased" / "decreased",
 * "approved" / "rejected" (antonym predicates: WordNet's table plus a curated news list), and
 * "confirmed" / "refused to confirm", "managed to reach" / "failed to reach" (implicit negatives).
 *
 * Each predicate gets a polarity: negated by "not"/"never"/"n't" before it, and flipped again by an
 * implicit negative verb governing it ("refused to …"). Two predicates of the same lemma conflict
 * when their polarities differ; two antonyms conflict when their polarities are the same ("lost" /
 * "failed to win" agree; "survived" / "was not killed" agree). An antonym pair counts only when each
 * word is absent from the other claim and the two fill the same slot (a content word next to them
 * is shared).
 *
 * Pure: works on tokens handed in (the engine's tokeniser), no I/O; the antonym table is decoded
 * once into an immutable map.
 */
import { WORDNET_ADJECTIVE_ANTONYMS, WORDNET_VERB_ANTONYMS } from './antonyms.generated';
import { CONVERSES, IMPLICIT_NEGATIVES, LIGHT_VERBS as LIGHT, NEGATIVE_WORDS, NEWS_OPPOSITES, POLARITY_AUXILIARIES as AUXILIARIES, POLARITY_NEGATORS as NEGATORS, POLARITY_NOT_PREDICATES as NOT_PREDICATES, PREDICATE_FILLERS } from '../lexicon/news';
import { BARE_NEG_CONTRACTIONS } from '../lexicon/negation';
import { adverb, verbLike, type WordToken } from './words';

export type { WordToken } from './words';

export interface Opposite {
  /** Index of the token in each claim. */
  a: number;
  b: number;
  /** 'antonym': different words of opposite meaning; 'polarity': one word, negated on one side only. */
  why: 'antonym' | 'polarity';
  /** Whether an implicit negative ("refused to") took part. */
  implicit: boolean;
}

let VERB_TABLE: ReadonlyMap<string, ReadonlySet<string>> | null = null;
let ADJ_TABLE: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/** Converse predicates (sell / buy) name one event from its two sides: roles.ts reads them, they are not opposites. */
const CONVERSE_KEYS = new Set(CONVERSES.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));

function table(pairs: Iterable<readonly [string, string]>): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (CONVERSE_KEYS.has(`${a} ${b}`)) continue;
    for (const [x, y] of [[a, b], [b, a]]) {
      let s = m.get(x);
      if (s === undefined) m.set(x, (s = new Set()));
      s.add(y);
    }
  }
  return m;
}

const split = (s: string): Array<[string, string]> => s.split('|').map((p) => p.split(' ') as [string, string]);

const notLight = ([a, b]: readonly [string, string]): boolean => !LIGHT.has(a) && !LIGHT.has(b);

/** Verb (and curated) antonyms by lemma. */
function verbTable(): ReadonlyMap<string, ReadonlySet<string>> {
  if (VERB_TABLE === null) VERB_TABLE = table([...split(WORDNET_VERB_ANTONYMS).filter(notLight), ...NEWS_OPPOSITES.filter(([a, b]) => !a.includes(' ') && !b.includes(' '))]);
  return VERB_TABLE;
}

function adjectiveTable(): ReadonlyMap<string, ReadonlySet<string>> {
  if (ADJ_TABLE === null) ADJ_TABLE = table(split(WORDNET_ADJECTIVE_ANTONYMS));
  return ADJ_TABLE;
}

/** Whether a token's lemma or form has any antonym at all. */
function hasAntonym(t: WordToken): boolean {
  return verbTable().has(t.lemma) || adjectiveTable().has(t.lemma) || verbTable().has(t.norm) || adjectiveTable().has(t.norm);
}

/** Whether `a` and `b` (lemmas) are antonyms, and through which table. */
export function antonymKind(a: string, b: string): 'verb' | 'adjective' | null {
  if (verbTable().get(a)?.has(b)) return 'verb';
  if (adjectiveTable().get(a)?.has(b)) return 'adjective';
  return null;
}

/**
 * The polarity of the predicate at token `i`: explicit negation and implicit negatives before it
 * (within its verb group), each flipping it. Returns the flips counted and whether an implicit one was among them.
 */
export function polarity(toks: readonly WordToken[], i: number): { negative: boolean; implicit: boolean } {
  let negative = false;
  let implicit = false;
  let k = i - 1;
  let steps = 0;
  while (k >= 0 && steps < 6) {
    const t = toks[k];
    // a quotation mark inside the verb group ("did not “confirm”") does not end it
    if (t.kind === 'punct' && (t.text === '"' || t.text === '“' || t.text === '”' || t.text === '‘' || t.text === '’')) { k--; continue; }
    if (t.kind !== 'word') break;
    const l = t.lemma;
    if (NEGATORS.has(l) || NEGATORS.has(t.norm)) { negative = !negative; k--; steps++; continue; }
    if (IMPLICIT_NEGATIVES.has(l) && toks[k + 1]?.norm === 'to') { negative = !negative; implicit = true; k--; steps++; continue; }
    if (AUXILIARIES.has(l) || PREDICATE_FILLERS.has(l) || adverb(t)) { k--; steps++; continue; }
    break;
  }
  return { negative, implicit };
}

/** Content lemmas near token i (three words either side, stop words and the word itself left out). */
function neighbours(toks: readonly WordToken[], i: number): Set<string> {
  const out = new Set<string>();
  for (let d = 1, seen = 0; i - d >= 0 && seen < 3; d++) {
    const t = toks[i - d];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) break;
    if (t.kind !== 'punct' && !t.stop) { out.add(t.lemma); seen++; }
  }
  for (let d = 1, seen = 0; i + d < toks.length && seen < 3; d++) {
    const t = toks[i + d];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) break;
    if (t.kind !== 'punct' && !t.stop) { out.add(t.lemma); seen++; }
  }
  return out;
}

/** The nearest word on each side, stop words included (an adjective's slot: "was higher than"). */
function frame(toks: readonly WordToken[], i: number): [string, string] {
  let p = '';
  let n = '';
  for (let k = i - 1; k >= 0; k--) if (toks[k].kind === 'word') { p = toks[k].lemma; break; }
  for (let k = i + 1; k < toks.length; k++) if (toks[k].kind === 'word') { n = toks[k].lemma; break; }
  return [p, n];
}

const isNegativeWord = (t: WordToken): boolean => t.kind === 'word' && (NEGATIVE_WORDS.has(t.lemma) || NEGATIVE_WORDS.has(t.norm) || t.norm.startsWith('no-') || t.norm.endsWith("n't") || BARE_NEG_CONTRACTIONS.has(t.norm));

/** A negative word within five tokens of token i (either side). */
function negativeNear(toks: readonly WordToken[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < Math.min(toks.length, i + 6); k++) if (k !== i && isNegativeWord(toks[k])) return true;
  return false;
}

/** Opposite predicates between claim `a` and claim `b`. */
export function findOpposites(a: readonly WordToken[], b: readonly WordToken[]): Opposite[] {
  const out: Opposite[] = [];
  const lemmasA = new Set(a.filter((t) => t.kind === 'word').map((t) => t.lemma));
  const lemmasB = new Set(b.filter((t) => t.kind === 'word').map((t) => t.lemma));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  // 1. the same predicate, negated on one side only ("confirmed" / "refused to confirm", "was not evacuated")
  for (let i = 0; i < a.length; i++) {
    const t = a[i];
    // verbs only: "no birth certificate" / "his birth certificate" is the negation comparator's to judge
    if (t.kind !== 'word' || t.stop || NOT_PREDICATES.has(t.lemma) || NEGATORS.has(t.lemma) || !verbLike(a, i)) continue;
    for (let j = 0; j < b.length; j++) {
      const u = b[j];
      if (u.kind !== 'word' || u.lemma !== t.lemma || usedB.has(j) || !verbLike(b, j)) continue;
      const pa = polarity(a, i);
      const pb = polarity(b, j);
      // one predicate with one subject or object, negated on one side only, with no other negative
      // word near it on the other side ("unless … repealed" / "not repealed" is the same fact)
      const clean = pa.negative ? !negativeNear(b, j) : !negativeNear(a, i);
      if (pa.negative !== pb.negative && clean && sharesArgument(a, i, b, j)) {
        out.push({ a: i, b: j, why: 'polarity', implicit: pa.implicit || pb.implicit });
        usedA.add(i);
        usedB.add(j);
      }
      break;
    }
  }
  // 2. antonyms in the same slot, with the same polarity
  for (let i = 0; i < a.length; i++) {
    const t = a[i];
    // "managed to" / "failed to" govern the predicate after them: step 1 compared that one
    // a word the other claim also has in the same slot is no opposite ("rose" / "rose"); in another
    // slot it may be ("revenue rose … profit fell" / "profit rose")
    if (usedA.has(i) || t.kind !== 'word' || a[i + 1]?.norm === 'to' || !hasAntonym(t)) continue;
    if (lemmasB.has(t.lemma) && b.some((x, k) => x.lemma === t.lemma && sharesArgument(a, i, b, k))) continue;
    for (let j = 0; j < b.length; j++) {
      const u = b[j];
      if (usedB.has(j) || u.kind !== 'word' || b[j + 1]?.norm === 'to') continue;
      // the table first: it rules out nearly every pair, and the slot tests below cost more
      const kind = antonymKind(t.lemma, u.lemma) ?? antonymKind(t.norm, u.norm);
      if (kind === null) continue;
      // both words in both claims ("promoted and then … demoted" twice): no side says the opposite
      if (lemmasB.has(t.lemma) && lemmasA.has(u.lemma)) continue;
      if (lemmasA.has(u.lemma) && a.some((x, k) => x.lemma === u.lemma && sharesArgument(a, k, b, j))) continue;
      // adjectives only when each is missing from the other claim ("the first bus … the last one" / "the last bus")
      if (kind === 'adjective' && (lemmasB.has(t.lemma) || lemmasA.has(u.lemma))) continue;
      if (!sameSlot(a, i, b, j, kind)) continue;
      const pa = polarity(a, i);
      const pb = polarity(b, j);
      if (pa.negative === pb.negative) {
        out.push({ a: i, b: j, why: 'antonym', implicit: pa.implicit || pb.implicit });
        usedA.add(i);
        usedB.add(j);
      } else {
        // "lost" / "failed to win": the same fact, said two ways; neither word pairs again
        usedA.add(i);
        usedB.add(j);
      }
      break;
    }
  }
  return out;
}

/** The nearest content word before and after token i in its clause: the predicate's subject and object, roughly. */
function arguments_(toks: readonly WordToken[], i: number): [string | null, string | null] {
  const clauseEnd = (t: WordToken): boolean => (t.kind === 'punct' && t.text !== '-' && t.text !== "'") || t.norm === 'and' || t.norm === 'but' || t.norm === 'while' || t.norm === 'whereas';
  let subj: string | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (clauseEnd(t)) break;
    if (t.kind === 'word' && !t.stop && !AUXILIARIES.has(t.lemma) && !adverb(t) && !NEGATORS.has(t.lemma)) { subj = t.lemma; break; }
  }
  let obj: string | null = null;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    if (clauseEnd(t)) break;
    if ((t.kind === 'word' && !t.stop && !adverb(t)) || t.kind === 'number') { obj = t.kind === 'number' ? t.norm : t.lemma; break; }
  }
  return [subj, obj];
}

/** Two predicates with the same subject or the same object. */
function sharesArgument(a: readonly WordToken[], i: number, b: readonly WordToken[], j: number): boolean {
  const [sa, oa] = arguments_(a, i);
  const [sb, ob] = arguments_(b, j);
  return (sa !== null && sa === sb) || (oa !== null && oa === ob);
}

function sameSlot(a: readonly WordToken[], i: number, b: readonly WordToken[], j: number, kind: 'verb' | 'adjective'): boolean {
  if (kind === 'adjective') {
    const [pa, na] = frame(a, i);
    const [pb, nb] = frame(b, j);
    return (pa !== '' && pa === pb) && (na === nb || na === '' || nb === '');
  }
  if (sharesArgument(a, i, b, j)) return true;
  const na = neighbours(a, i);
  for (const w of neighbours(b, j)) if (na.has(w)) return true;
  return false;
}
