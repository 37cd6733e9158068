/**
 * Certainty of a predicate: stated as done ("talks began") or as expected, planned, possible or
 * alleged ("talks are expected to begin", "plans to close", "may resign", "reportedly fled", "is
 * believed to have sunk"). Between two aligned claims, one predicate stated as done on one side and
 * as expected / planned / possible / alleged on the other is a discrepancy of kind `certainty`.
 * Two hedges of different wording ("expected to" / "due to", "may" / "might") agree.
 *
 * Pure: works on tokens handed in (the engine's tokeniser), no I/O.
 */
import { ATTRIBUTION_VERBS as ATTRIBUTION, CERTAINTY_BE as BE, CERTAINTY_MARKERS, CERTAINTY_MODALS as MODALS, CERTAINTY_NOT_PREDICATES as NOT_PREDICATES, CERTAINTY_NOUN_INTRO as NOUN_INTRO, CERTAINTY_SKIP as SKIP, NOT_DONE, QUOTE_MARK_CHARS as QUOTE_MARKS } from '../lexicon/news';
import { adverb, type WordToken } from './words';

export type Certainty = 'expected' | 'planned' | 'possible' | 'alleged';

export interface CertaintyFinding {
  /** Token indexes of the predicate in each claim. */
  a: number;
  b: number;
  /** The hedge of the hedged side, and which side it is on. */
  hedge: Certainty;
  hedged: 'a' | 'b';
  /** Token index of the marker on the hedged side. */
  marker: number;
}

/** The hedge governing the predicate at token i, with the marker's index; null when it is stated as a fact. */
export function certaintyOf(toks: readonly WordToken[], i: number): { hedge: Certainty; marker: number } | null {
  let k = i - 1;
  let steps = 0;
  // "considering a ban": a noun predicate after a planning verb
  if (k >= 0 && NOUN_INTRO.has(toks[k].norm) && k - 1 >= 0) {
    const m = CERTAINTY_MARKERS.get(toks[k - 1].lemma);
    if (m !== undefined && (toks[k - 1].lemma === 'consider' || toks[k - 1].lemma === 'propose' || toks[k - 1].lemma === 'plan' || toks[k - 1].lemma === 'seek')) return { hedge: m, marker: k - 1 };
  }
  while (k >= 0 && steps < 6) {
    const t = toks[k];
    // a quotation mark inside the verb group ("could be “abused”") does not end it
    if (t.kind === 'punct' && QUOTE_MARKS.has(t.text)) { k--; continue; }
    if (t.kind !== 'word') return null;
    // "is to be launched", "was to vote": be + to is a plan
    const prev = toks[k - 1];
    if (t.norm === 'to' && prev !== undefined && prev.kind === 'word' && BE.has(prev.lemma) && prev.norm !== 'be' && prev.norm !== 'been') return { hedge: 'expected', marker: k - 1 };
    // two-word markers: "is expected", "was believed", "are due", "is likely"
    if (prev !== undefined && prev.kind === 'word' && BE.has(prev.lemma)) {
      const two = CERTAINTY_MARKERS.get(`be ${t.lemma}`) ?? CERTAINTY_MARKERS.get(`be ${t.norm}`);
      if (two !== undefined && toks[k + 1]?.norm === 'to') return { hedge: two, marker: k };
    }
    const one = CERTAINTY_MARKERS.get(t.norm) ?? CERTAINTY_MARKERS.get(t.lemma);
    // a one-word marker is a modal or an adverb right before the verb group, or a verb taking "to"
    if (one !== undefined) {
      const modal = MODALS.has(t.norm);
      const isAdverb = adverb(t);
      const verb = toks[k + 1]?.norm === 'to';
      if (modal || isAdverb || verb) return { hedge: one, marker: k };
    }
    if (SKIP.has(t.norm) || SKIP.has(t.lemma) || adverb(t)) { k--; steps++; continue; }
    return null;
  }
  return null;
}

/** Whether the predicate at token i is stated as done: a past form, or a perfect ("has closed"). */
export function statedAsDone(toks: readonly WordToken[], i: number): boolean {
  const t = toks[i];
  // the verb group before it: a modal, "to" or a bare "be" ("will be controlled", "to be given") is not done
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = toks[k];
    if (w.kind !== 'word') break;
    if (NOT_DONE.has(w.norm) || w.norm === 'be' || w.norm === 'being') return false;
    if (!(w.lemma === 'be' || w.lemma === 'have' || adverb(w) || SKIP.has(w.norm))) break;
  }
  const p = toks[i - 1];
  if (p !== undefined && (p.lemma === 'have' || p.norm === 'was' || p.norm === 'were') && p.kind === 'word') return true;
  // a participle after a comma or a noun ("a fund, controlled by …") is no report of an act
  if (p !== undefined && (p.kind === 'punct' || p.norm === 'been')) return false;
  if (t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  // "ruled", "began", "sank", "withdrew": an inflected form that is not the -s present or a gerund
  if (t.norm.endsWith('s') && t.norm.slice(0, -1) === t.lemma) return false;
  if (t.norm.endsWith('es') && t.norm.slice(0, -2) === t.lemma) return false;
  return true;
}

/** Whether an attributing verb comes before token i in its claim. */
function attributed(toks: readonly WordToken[], i: number): boolean {
  for (let k = 0; k < i; k++) if (toks[k].kind === 'word' && (ATTRIBUTION.has(toks[k].lemma) || ATTRIBUTION.has(toks[k].norm))) return true;
  return false;
}

/** Predicates stated as done on one side and hedged on the other. */
export function findCertainty(a: readonly WordToken[], b: readonly WordToken[]): CertaintyFinding[] {
  const out: CertaintyFinding[] = [];
  const usedB = new Set<number>();
  for (let i = 0; i < a.length; i++) {
    const t = a[i];
    if (t.kind !== 'word' || t.stop || NOT_PREDICATES.has(t.lemma)) continue;
    for (let j = 0; j < b.length; j++) {
      const u = b[j];
      if (usedB.has(j) || u.kind !== 'word' || u.lemma !== t.lemma) continue;
      const ca = certaintyOf(a, i);
      const cb = certaintyOf(b, j);
      if (ca !== null && cb === null && statedAsDone(b, j) && !negated(b, j) && !attributed(b, j)) {
        out.push({ a: i, b: j, hedge: ca.hedge, hedged: 'a', marker: ca.marker });
        usedB.add(j);
      } else if (cb !== null && ca === null && statedAsDone(a, i) && !negated(a, i) && !attributed(a, i)) {
        out.push({ a: i, b: j, hedge: cb.hedge, hedged: 'b', marker: cb.marker });
        usedB.add(j);
      }
      break;
    }
  }
  return out;
}

function negated(toks: readonly WordToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (toks[k].lemma === 'not' || toks[k].norm === "n't" || toks[k].norm === 'never') return true;
  return false;
}
