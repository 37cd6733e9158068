/** Negation: one side negates a predicate the other states. */
import type { Span } from '../report/types';
import type { Fact } from '../facts/types';
import { tokenize } from '../text/fact-tokens';
import type { ClaimText } from './claim';
import { differs, spanOf, type FactConflict } from './common';
import { AUX_VERBS, BARE_NEG_CONTRACTIONS, BE_FORMS, INFLECTION_ENDINGS, NEGATIVE_IMPLICATIVES, POSSESSION_VERBS } from '../lexicon/negation';

/** Two words that share their start ("photo" / "photograph", "approve" / "approval"): loose, for pairing two negations. */
export function stemEq(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  return p >= Math.max(4, n - 2);
}

/**
 * Two forms of one word ("approve" / "approved", "stop" / "stopped", "deny" / "denied"): what a
 * negated predicate must be on the other side to be the same predicate stated. Stricter than
 * stemEq: "senate" and "senator" share a start but are two words.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  if (p < 3) return false;
  const ra = a.slice(p);
  const rb = b.slice(p);
  const ending = (r: string): boolean => INFLECTION_ENDINGS.has(r) || (r.length >= 3 && r[0] === a[p - 1] && INFLECTION_ENDINGS.has(r.slice(1)));
  return ending(ra) && ending(rb);
}

/**
 * The word token in `side` that carries the predicate `head` (or its auxiliary), if present and not
 * negated on that side itself (`negated`: the side's own negation phrases; "nothing happened … and
 * nothing happened" against "nothing happened": the second has its predicate, negated too).
 */
export function findPredicate(side: ClaimText, neg: Fact, negated: readonly Span[] = []): (Span & { text: string }) | null {
  const toks = side.tokens();
  const head = neg.head ?? '';
  // a negation phrase runs from its cue to its head word: the words in it are negated on this side
  // ("nor was Dean asked")
  const free = (t: Span): boolean => !negated.some((n) => n.start <= t.start && t.end <= n.end);
  if (head.length > 0 && !AUX_VERBS.has(head)) {
    for (const [k, t] of toks.entries()) {
      if (t.kind !== 'word' || !sameWord(t.lower, head) || !free(t)) continue;
      // "has no licence" against "showed his licence": only a possession on the other side is its opposite
      if (neg.possessive && !toks.slice(Math.max(0, k - 3), k).some((p) => POSSESSION_VERBS.has(p.lower))) continue;
      return { start: t.start, end: t.end, text: t.text };
    }
  }
  const aux = neg.aux ?? '';
  // the auxiliary the negation attaches to ("is not", "would not") present on the other side
  if (AUX_VERBS.has(aux) && !neg.text.toLowerCase().endsWith("n't") && !neg.text.toLowerCase().endsWith('n’t') && !BARE_NEG_CONTRACTIONS.has(neg.text.toLowerCase())) {
    for (const t of toks) if (t.lower === aux && free(t)) return { start: t.start, end: t.end, text: t.text };
  }
  if (AUX_VERBS.has(aux) || AUX_VERBS.has(head)) {
    const w = AUX_VERBS.has(aux) ? aux : head;
    // the auxiliary alone is evidence only if the other side's sentence also has the negated word after it
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].lower !== w || !free(toks[k])) continue;
      const nx = toks[k + 1];
      const after = (t: typeof nx): boolean => t !== undefined && sameWord(t.lower, head) && free(t);
      if (head.length === 0 || head === w || after(nx) || after(toks[k + 2])) {
        return { start: toks[k].start, end: toks[k].end, text: toks[k].text };
      }
    }
  }
  return null;
}


/** Forms of "be" and of "have": one of them stands for any other. */
const VERB_FAMILIES: readonly ReadonlySet<string>[] = [BE_FORMS, POSSESSION_VERBS];

/**
 * A negated noun phrase ("No tumors were detected") is denied only of its own verb: the other side
 * must say that verb too ("tumors were detected"), not just name the noun ("where the tumors had
 * been"). True when the negation has no such verb.
 */
export function statesVerb(side: ClaimText, neg: Fact): boolean {
  const verb = neg.verb;
  if (verb === undefined) return true;
  const family = VERB_FAMILIES.find((f) => f.has(verb));
  return side.tokens().some((t) => t.kind === 'word' && (family !== undefined ? family.has(t.lower) : sameWord(t.lower, verb)));
}

/** True when the predicate word at `p` is itself negated by a negative-implicative word shortly before it. */
export function impliedNegative(side: ClaimText, p: Span): boolean {
  const toks = tokenize(side.text, Math.max(side.start, p.start - 40), p.start);
  const words = toks.filter((t) => t.kind === 'word').slice(-3);
  return words.some((t) => NEGATIVE_IMPLICATIVES.has(t.lower));
}

/** "… have not turned up, nor has …": a "nor" / "neither" after another negation continues it. */
export function continuesNegation(f: Fact, all: readonly Fact[]): boolean {
  const cue = f.text.toLowerCase();
  return (cue === 'nor' || cue === 'neither') && all.some((g) => g !== f && g.start < f.start);
}

/**
 * `hsAll`, `tsAll`: the negations to compare; `hNeg`, `tNeg`: every negation of each side (quoted
 * ones too), whose predicates are negated there whatever is compared.
 */
export function compareNegations(here: ClaimText, there: ClaimText, hsAll: Fact[], tsAll: Fact[], name: string, hNeg: readonly Fact[] = hsAll, tNeg: readonly Fact[] = tsAll): FactConflict[] {
  const hs = hsAll.filter((f) => !continuesNegation(f, hsAll));
  const ts = tsAll.filter((f) => !continuesNegation(f, tsAll));
  // pair negations by head, then any remaining ones (different wording, both negative)
  const hRest = [...hs];
  const tRest = [...ts];
  for (let i = hRest.length - 1; i >= 0; i--) {
    // the same head, or one written another way ("no photo" / "no photograph")
    const head = hRest[i].head;
    const j = tRest.findIndex((t) => t.head === head || (t.head !== undefined && head !== undefined && stemEq(t.head, head)));
    if (j >= 0) { tRest.splice(j, 1); hRest.splice(i, 1); }
  }
  const n = Math.min(hRest.length, tRest.length);
  hRest.splice(0, n);
  tRest.splice(0, n);
  const out: FactConflict[] = [];
  if (hRest.length === 0 && tRest.length === 0) return out;
  const hNegated = tRest.length > 0 ? hNeg.map((f) => negPhrase(here, f)) : [];
  const tNegated = hRest.length > 0 ? tNeg.map((f) => negPhrase(there, f)) : [];
  for (const h of hRest) {
    const p = findPredicate(there, h, tNegated);
    if (p && !impliedNegative(there, p) && statesVerb(there, h)) out.push(differs('negation', negPhrase(here, h), p, name));
  }
  for (const t of tRest) {
    const p = findPredicate(here, t, hNegated);
    if (p && !impliedNegative(here, p) && statesVerb(here, t)) out.push(differs('negation', p, negPhrase(there, t), name));
  }
  return out;
}

/** "not convince" — from the cue to its head word when the head follows closely. */
export function negPhrase(side: ClaimText, neg: Fact): Span & { text: string } {
  const head = neg.head ?? '';
  if (head.length > 0) {
    const toks = tokenize(side.text, neg.start, Math.min(side.end, neg.end + 60));
    for (const t of toks) {
      if (t.start > neg.start && t.lower === head) return { start: neg.start, end: t.end, text: side.text.slice(neg.start, t.end) };
    }
  }
  return spanOf(neg);
}

