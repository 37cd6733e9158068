/** Direct quotes: compared word for word after house-style normalisation; a reworded quote is a conflict. */
import { diffArrays, type ArrayChange } from 'diff';
import type { Fact } from '../facts/types';
import type { NameMatcher } from '../facts/names';
import { QUOTE_GAP, speakersDiffer } from '../facts/quotes';
import { BARE_NEG_CONTRACTIONS, NEGATION_CUES, NEG_CONTRACTIONS } from '../lexicon/negation';
import { greedyPairs, qt, spanOf, type FactConflict } from './common';
import { TUNING } from '../tuning';


export function joinCompounds(ws: readonly string[], solid: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const nx = ws[i + 1];
    if (nx !== undefined && w !== QUOTE_GAP && nx !== QUOTE_GAP && solid.has(w + nx)) { out.push(w + nx); i++; continue; }
    out.push(w);
  }
  return out;
}

/** Most words an elision or an editorial insertion may stand for. */
const GAP_REACH = TUNING.facts.quoteGapReach;
const { quotePairRatio: PAIR_RATIO, quotePairRatioSameSpeaker: PAIR_RATIO_SPEAKER, quotePairLengthsSameSpeaker: PAIR_LENGTHS_SPEAKER, quotePairMinWords: PAIR_MIN } = TUNING.facts;
/** Quotes longer than this are compared without gap matching (it costs |a|·|b|·GAP_REACH). */
export const GAP_MAX_WORDS = 160;

/**
 * True when one quote is the other or a fragment of it once elisions ("…") and editorial
 * insertions ("[touch-screen]") — marked QUOTE_GAP on either side — stand for up to GAP_REACH words.
 */
export function gapFragment(a: readonly string[], b: readonly string[]): boolean {
  const [p, q] = a.length <= b.length ? [a, b] : [b, a];
  if (p.length === 0) return false;
  if (!p.includes(QUOTE_GAP) && !q.includes(QUOTE_GAP)) return (' ' + q.join(' ') + ' ').includes(' ' + p.join(' ') + ' ');
  if (q.length > GAP_MAX_WORDS) return false;
  const memo = new Map<number, boolean>();
  const W = q.length + 1;
  // can p[i..] be matched starting at q[j] (q may go on after the match: p is the shorter side)
  const m = (i: number, j: number): boolean => {
    if (i === p.length) return true;
    const key = i * W + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let ok = false;
    if (p[i] === QUOTE_GAP) {
      for (let k = 0; k <= GAP_REACH && j + k <= q.length && !ok; k++) ok = m(i + 1, j + k);
    } else if (j < q.length && q[j] === QUOTE_GAP) {
      // a gap inside the matched stretch only: words on both sides of it must match
      for (let k = 0; k <= GAP_REACH && i + k < p.length && !ok; k++) ok = m(i + k, j + 1);
    } else if (j < q.length && p[i] === q[j]) ok = m(i + 1, j + 1);
    memo.set(key, ok);
    return ok;
  };
  for (let j = 0; j < q.length; j++) if (q[j] === p[0] && m(0, j)) return true;
  return false;
}

export function isFragment(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  return gapFragment(short, long);
}

/** The changed stretches of a quote, at most three of them and six words each, joined by " … ". */
export function phrases(parts: readonly (readonly string[])[], quote: Fact): string {
  const spelled = writtenForms(quote.text);
  const shown = parts.filter((p) => p.length > 0).slice(0, 3).map((p) => p.slice(0, 6).map((w) => spelled.get(w) ?? w).join(' '));
  return shown.join(' … ') + (parts.length > 3 || parts.some((p) => p.length > 6) ? ' …' : '');
}

/**
 * The two quotes as one word-level diff, every word as written: "… rise [this fast → so quickly],
 * and [−now]" — a changed stretch in brackets, words only here marked −, only there +. An elision or
 * editorial insertion ("(Joe Biden)") on one side is named as one. Never fragments stitched together.
 */
export function quoteDiffText(parts: readonly ArrayChange<string>[], h: Fact, t: Fact): string {
  const here = writtenForms(h.text);
  const there = writtenForms(t.text);
  const show = (words: readonly string[], forms: ReadonlyMap<string, string>, quote: Fact): string =>
    words.map((w) => (w === QUOTE_GAP ? gapText(quote.text) : (forms.get(w) ?? w))).join(' ');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.added && !p.removed) {
      out.push(show(p.value, here, h));
    } else if (p.removed && parts[i + 1]?.added) {
      out.push(`[${show(p.value, here, h)} → ${show(parts[i + 1].value, there, t)}]`);
      i++;
    } else {
      out.push(p.removed ? `[−${show(p.value, here, h)}]` : `[+${show(p.value, there, t)}]`);
    }
  }
  const text = out.join(' ');
  // the first word was folded to lower case like every other; the article wrote it capitalised
  return /^\p{Lu}/u.test(h.text.replace(/^[^\p{L}]+/u, '')) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** How a gap word of a quote reads: its editorial insertion when it has one ("(Joe Biden)"), else an elision. */
function gapText(quote: string): string {
  const open = quote.search(/[[(]/);
  const close = open >= 0 ? quote.indexOf(quote[open] === '[' ? ']' : ')', open) : -1;
  return close > open ? `⟨editorial insertion ${quote.slice(open, close + 1)}⟩` : '⟨elision⟩';
}

/** Compared quote words are folded to lower case; a message shows them as the article wrote them. */
export function writtenForms(original: string): Map<string, string> {
  const forms = new Map<string, string>();
  const words = original.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length > 0);
  // the quote's first word is capitalised by position, not by spelling: it counts last
  for (const w of [...words.slice(1), ...words.slice(0, 1)]) {
    const key = w.toLowerCase().replace(/’/g, "'");
    if (!forms.has(key)) forms.set(key, w);
  }
  return forms;
}

export function isNegWord(w: string): boolean {
  return NEGATION_CUES.has(w) || NEG_CONTRACTIONS.has(w) || BARE_NEG_CONTRACTIONS.has(w) || w.endsWith("n't");
}

/**
 * True when every difference between two quotes is one name spelled two ways ("al qaddafi" /
 * "gadhafi"): a transliteration is house style, not a change of words.
 */
export function onlyNameVariants(parts: readonly ArrayChange<string>[], aText: string, bText: string, names: NameMatcher): boolean {
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.added && !p.removed) continue;
    const q = parts[i + 1];
    if (!p.removed || !q?.added) return false;
    const x = p.value.join(' ');
    const y = q.value.join(' ');
    if (!capitalisedIn(aText, p.value[p.value.length - 1]) || !capitalisedIn(bText, q.value[q.value.length - 1]) || !names.sameName(x, y)) return false;
    changed = true;
    i++;
  }
  return changed;
}

/** Whether `word` appears in `text` starting with a capital letter (a name, not a common word). */
export function capitalisedIn(text: string, word: string): boolean {
  const at = text.toLowerCase().indexOf(word);
  return at >= 0 && text[at] !== text[at].toLowerCase();
}

export interface QuoteResult { conflicts: FactConflict[]; paired: Set<Fact> }

/** Size of the multiset intersection of two word lists: at least the words an array diff keeps in common. */
export function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w);
    if (n === undefined || n === 0) continue;
    counts.set(w, n - 1);
    shared++;
  }
  return shared;
}

/** Pair score of a quote that is the other or a fragment of it (word-overlap ratios are at most 1). */
export const FRAGMENT_SCORE = 10;

export function compareQuotes(hs: Fact[], ts: Fact[], name: string, names: NameMatcher): QuoteResult {
  const paired = new Set<Fact>();
  const conflicts: FactConflict[] = [];
  // nothing to pair: skip preparing the word lists
  if (hs.length === 0 || ts.length === 0) return { conflicts, paired };
  const words = new Map<Fact, string[]>();
  for (const f of [...hs, ...ts]) words.set(f, f.value.split(' ').filter((w) => w.length > 0));
  // compounds written solid on one side and hyphenated or open on the other ("warfighters" /
  // "war-fighters", "third-quarter" / "third quarter") are one word on both
  const solid = new Set<string>();
  for (const f of [...hs, ...ts]) for (const w of words.get(f)!) solid.add(w);
  for (const f of [...hs, ...ts]) words.set(f, joinCompounds(words.get(f)!, solid));
  // word diffs of scored pairs, kept for the pairs chosen (the diff is the costly part)
  const diffs = new Map<Fact, Map<Fact, Array<ArrayChange<string>>>>();
  const pairs = greedyPairs(hs, ts, (h, t) => {
    const a = words.get(h)!;
    const b = words.get(t)!;
    if (a.length === 0 || b.length === 0) return null;
    if (isFragment(a, b) || isFragment(b, a)) return FRAGMENT_SCORE;
    // the words in common bound the diff's common run from above: too few, and the pair cannot score
    const shared = sharedWords(a, b);
    if (shared < PAIR_MIN || shared / Math.min(a.length, b.length) < PAIR_RATIO_SPEAKER) return null;
    const parts = diffArrays(a, b);
    let byT = diffs.get(h);
    if (byT === undefined) diffs.set(h, (byT = new Map()));
    byT.set(t, parts);
    let common = 0;
    for (const part of parts) if (!part.added && !part.removed) common += part.count ?? part.value.length;
    const ratio = common / Math.min(a.length, b.length);
    if (ratio >= PAIR_RATIO && common >= PAIR_MIN) return ratio;
    // the same speaker's words: a looser bar, but only between quotes of like length (a short quote
    // sharing "the birth certificate" with a long one is another remark of the same interview)
    const like = Math.max(a.length, b.length) <= PAIR_LENGTHS_SPEAKER * Math.min(a.length, b.length);
    if (like && ratio >= PAIR_RATIO_SPEAKER && common >= PAIR_MIN && h.speaker && t.speaker && names.sameName(h.speaker, t.speaker)) return ratio;
    return null;
  });
  for (const { h, t, score } of pairs) {
    paired.add(h);
    paired.add(t);
    const a = words.get(h)!;
    const b = words.get(t)!;
    // a ratio is at most 1: only a fragment scores FRAGMENT_SCORE, and every other pair has its diff
    const fragment = score === FRAGMENT_SCORE;
    const parts = fragment ? [] : diffs.get(h)!.get(t)!;
    if (fragment || a.join(' ') === b.join(' ') || onlyNameVariants(parts, h.text, t.text, names)) {
      if (speakersDiffer(h.speaker, t.speaker, names)) {
        conflicts.push({
          kind: 'attribution', here: spanOf(h), there: spanOf(t),
          message: `Speaker differs: quote attributed to ${qt(h.speaker ?? '')} here, to ${qt(t.speaker ?? '')} in ${name}`,
        });
      }
      continue;
    }
    const removed: string[][] = [];
    const added: string[][] = [];
    let negRemoved = 0;
    let negAdded = 0;
    let otherChanged = 0;
    for (const part of parts) {
      if (part.removed) removed.push(part.value);
      else if (part.added) added.push(part.value);
      if (part.added) negAdded += part.value.filter(isNegWord).length;
      if (part.removed) negRemoved += part.value.filter(isNegWord).length;
      if (part.added || part.removed) otherChanged += part.value.filter((w) => !isNegWord(w)).length;
    }
    // a quote whose only change is a negation cue is also a negation conflict; a reworded quote is not
    const negChange = negAdded !== negRemoved && otherChanged <= 2;
    const hereText = removed.length ? phrases(removed, h) : '(nothing)';
    const thereText = added.length ? phrases(added, t) : '(nothing)';
    conflicts.push({
      kind: 'quote', here: spanOf(h), there: spanOf(t),
      message: `Quote worded differently: ${qt(quoteDiffText(parts, h, t))} ([here → ${name}]; − only here, + only there)`,
    });
    if (negChange) {
      conflicts.push({
        kind: 'negation', here: spanOf(h), there: spanOf(t),
        message: `Negation differs inside the quote: ${qt(hereText)} here, ${qt(thereText)} in ${name}`,
      });
    }
    if (speakersDiffer(h.speaker, t.speaker, names)) {
      conflicts.push({
        kind: 'attribution', here: spanOf(h), there: spanOf(t),
        message: `Speaker differs: quote attributed to ${qt(h.speaker ?? '')} here, to ${qt(t.speaker ?? '')} in ${name}`,
      });
    }
  }
  return { conflicts, paired };
}

