/** Names: two people, places or organisations for the same slot. */
import type { DiscrepancyKind } from '../report/types';
import type { Fact } from '../facts/types';
import type { NameMatcher } from '../facts/names';
import { GAZETTEER, NAME_ALIASES, NOT_NAMES, SPEECH_VERBS, SUBNATIONAL, WORLD_REGIONS } from '../lexicon/facts';
import { STOP_WORDS } from '../lexicon/stopwords';
import { contextScore, differs, greedyPairs, spanOf, type FactConflict } from './common';
import { TUNING } from '../tuning';
import type { Token } from '../text/fact-tokens';
import { alignedSlots } from './slots';
import { BODY_PARTS } from '../lexicon/names';

const NEED = TUNING.facts.nameSlotEvidence;

export const NAME_TYPES = new Set(['person', 'place', 'organization']);

export function nameInText(f: Fact, words: ReadonlySet<string>): boolean {
  const parts = f.value.split(' ').filter((w) => w.length > 0);
  if (parts.length === 0) return false;
  return parts.every((p) => words.has(p));
}


/** A body's name without article, dots or country ("the U.S. Senate" → "senate"). */
export function bodyKey(v: string): string {
  return v.toLowerCase().replace(/\./g, '').replace(/^the /, '').replace(/^(?:us|u s|united states|uk|british) /, '').trim();
}

export const singleWord = (f: Fact): boolean => !f.value.includes(' ');

export const known = (f: Fact): boolean => {
  const v = f.value.replace(/\./g, '');
  return GAZETTEER.has(v) || NAME_ALIASES.some((r) => r.includes(v));
};

/** 'country', 'region' (continent) or 'local' (city, state, anything else) for a place name. */
export function scopeOf(f: Fact): string {
  const v = f.value.replace(/\./g, '');
  if (WORLD_REGIONS.has(v)) return 'region';
  const row = NAME_ALIASES.findIndex((r) => r.includes(v));
  if (row >= 0 || (GAZETTEER.has(v) && !SUBNATIONAL.has(v))) return 'country';
  return 'local';
}

/**
 * What the second pairing asks of an open name, worked out once per call instead of once per pair:
 * a roll of names compares each of a dozen names with each of its counterpart's.
 */
interface OpenName {
  readonly f: Fact;
  /** bodyKey of the value, and the chambers when it names a legislature (BODY_PARTS). */
  readonly body: string;
  readonly parts: readonly string[] | undefined;
  /** scopeOf() of a known place, else null. */
  readonly scope: string | null;
  readonly single: boolean;
}

function openName(f: Fact): OpenName {
  const body = bodyKey(f.value);
  return { f, body, parts: BODY_PARTS.get(body), scope: f.type === 'place' && known(f) ? scopeOf(f) : null, single: singleWord(f) };
}

/** Every legislature and chamber of BODY_PARTS. */
const LEGISLATURES: ReadonlySet<string> = new Set([...BODY_PARTS.keys(), ...[...BODY_PARTS.values()].flat()]);

/**
 * A legislature against a place ("Senate Majority Leader X" / "Senator X of Kentucky"): a
 * lawmaker's chamber and the state they sit for are two facts about one person, never one slot.
 */
function chamberAndPlace(hx: OpenName, tx: OpenName): boolean {
  return (hx.f.type === 'place' && LEGISLATURES.has(tx.body)) || (tx.f.type === 'place' && LEGISLATURES.has(hx.body));
}

/** A pair of names that may be read as one slot at all (never a chamber and its body, a country and its city). */
function comparable(hx: OpenName, tx: OpenName): boolean {
  if (hx.f.weak || tx.f.weak) return false;
  if (tx.parts?.includes(hx.body) || hx.parts?.includes(tx.body)) return false;
  if (chamberAndPlace(hx, tx)) return false;
  if (hx.scope !== null && tx.scope !== null && hx.scope !== tx.scope) return false;
  return true;
}

/** A name that says what it is: a cue fixed its type, or it has more than one word (a lone uncued word may be a first name, a surname or an ordinary word). */
const specific = (f: Fact): boolean => f.cued === true || !singleWord(f);

/** Two names with a word in common ("Inland Empire" / "Inland Valley") may be one name written two ways. */
function shareWord(h: Fact, t: Fact): boolean {
  const tw = t.value.split(' ');
  return h.value.split(' ').some((w) => tw.includes(w));
}

/**
 * A name that describes the word after it instead of standing for itself: a possessive ("Intel's
 * chief financial officer") or a name between an article and a common noun ("a C.I.A. officer",
 * "the Venango County man"). (A name before a title, "Navy Admiral", is one too, but affiliations
 * before titles are a slot of their own in news: "U.S. District Court Judge X" / "U.S. Capitol
 * Police Chief Y"; on discrepancy-MSRP train that reading cost 4 of 159 name changes for 3 of
 * 2753 paraphrases.)
 */
export function modifier(f: Fact, toks: readonly Token[]): boolean {
  return describedNoun(f, toks) !== null;
}

/** The word a modifier name describes ("administration" in "the Bush administration"; "'s" for a possessive), or null. */
export function describedNoun(f: Fact, toks: readonly Token[]): string | null {
  let k = 0;
  while (k < toks.length && toks[k].end <= f.start) k++;
  const before = toks[k - 1];
  while (k < toks.length && toks[k].start < f.end) {
    // the possessive's token reaches past the name's end ("Intel's": the name is "Intel")
    if (toks[k].end > f.end && toks[k].lower !== toks[k].text.toLowerCase()) return "'s";
    k++;
  }
  const next = toks[k];
  if (next === undefined || next.kind !== 'word' || next.start > f.end + 1) return null;
  if (before === undefined || (before.lower !== 'the' && before.lower !== 'a' && before.lower !== 'an')) return null;
  // a common noun: lower case, not a function word, a day ("the Herald yesterday") or a verb form ("the White House said")
  const w = next.lower;
  return next.text === w && !STOP_WORDS.has(w) && !NOT_NAMES.has(w) && !SPEECH_VERBS.has(w) && !w.endsWith('ed') && !w.endsWith('s') && !w.endsWith('ly') ? w : null;
}

export function compareNames(hs: Fact[], ts: Fact[], hWords: ReadonlySet<string>, tWords: ReadonlySet<string>, name: string, names: NameMatcher, hToks?: readonly Token[], tToks?: readonly Token[]): FactConflict[] {
  // each name worked out once, not once per pair it is in
  const H = hs.map((f) => ({ f, ref: names.ref(f.text) }));
  const T = ts.map((f) => ({ f, ref: names.ref(f.text) }));
  // one-to-one: identical names first, then variants / partial names; a leftover only matches an identical name
  const strong = greedyPairs(H, T, (h, t) => (h.f.value === t.f.value ? 2 : names.sameRef(h.ref, t.ref) ? 1 : null));
  const hUsed = new Set(strong.map((p) => p.h.f));
  const tUsed = new Set(strong.map((p) => p.t.f));
  const hValues = new Set(hs.map((h) => h.value));
  const tValues = new Set(ts.map((t) => t.value));
  const hOpen = hs.filter((h) => !hUsed.has(h) && !tValues.has(h.value) && !nameInText(h, tWords)).map(openName);
  const tOpen = ts.filter((t) => !tUsed.has(t) && !hValues.has(t.value) && !nameInText(t, hWords)).map(openName);
  const onlyOne = hOpen.length === 1 && tOpen.length === 1;
  // a name that describes a noun against one that stands for itself: two different roles, not one slot
  const hMod = new Map(hToks === undefined ? [] : hOpen.map((o) => [o.f, describedNoun(o.f, hToks)]));
  const tMod = new Map(tToks === undefined ? [] : tOpen.map((o) => [o.f, describedNoun(o.f, tToks)]));
  const describes = (m: Map<Fact, string | null>, f: Fact): boolean => (m.get(f) ?? null) !== null;
  const sameRole = (h: Fact, t: Fact): boolean => describes(hMod, h) === describes(tMod, t);
  // two names describing the same noun ("the Bush administration" / "the Obama administration") fill one slot, lone words too
  const sameNoun = (h: Fact, t: Fact): boolean => {
    const n = hMod.get(h) ?? null;
    return n !== null && n !== "'s" && n === tMod.get(t);
  };
  const pairs = greedyPairs(hOpen, tOpen, (hx, tx) => {
    const h = hx.f;
    const t = tx.f;
    // a lone capitalised word without any cue (sentence-initial, a first name or a surname alone)
    // is too little to say which slot it fills: two of them, or one against a weak word, never pair
    if (h.weak || t.weak) return null;
    // a chamber against the legislature it belongs to ("the Senate" / "Congress"): detail, not a different body
    if (tx.parts?.includes(hx.body) || hx.parts?.includes(tx.body)) return null;
    if (chamberAndPlace(hx, tx)) return null;
    // a country against a city or state in it, or a continent: a difference of detail, not of place
    if (hx.scope !== null && tx.scope !== null && hx.scope !== tx.scope) return null;
    if (sameNoun(h, t)) return 3;
    if (!h.cued && !t.cued && hx.single && tx.single) return null;
    if (!sameRole(h, t)) return null;
    let score = contextScore(h, t);
    // weak evidence (a lone sentence-initial word), one-sided or conflicting type cues need more slot context
    const crossType = (h.cued || t.cued) && h.type !== t.type;
    const need = crossType ? NEED.crossType : (h.weak || t.weak) ? NEED.weak : h.cued !== t.cued ? NEED.oneSideCued : NEED.cued;
    if (h.type === t.type && h.cued && t.cued) score += 0.5;
    if (onlyOne && h.type === t.type && (h.cued || t.cued)) score += 0.5;
    return score >= need ? score : null;
  });
  if (hToks !== undefined && tToks !== undefined) {
    const pu = new Set<Fact>();
    for (const p of pairs) { pu.add(p.h.f); pu.add(p.t.f); }
    const shared = (side: 'h' | 't'): Map<Fact, number> => new Map(strong.map((p, k) => [p[side].f, k]));
    const openOf = new Map([...hOpen, ...tOpen].map((o) => [o.f, o]));
    const free = (open: readonly OpenName[]): Fact[] => open.filter((o) => !o.f.weak && !pu.has(o.f)).map((o) => o.f);
    const slots = alignedSlots(
      { tokens: hToks, shared: shared('h'), open: free(hOpen) },
      { tokens: tToks, shared: shared('t'), open: free(tOpen) },
    );
    // the position is the evidence: any two kinds of name, as long as each says what it is
    for (const s of slots) {
      const hx = openOf.get(s.h) as OpenName;
      const tx = openOf.get(s.t) as OpenName;
      if (comparable(hx, tx) && sameRole(s.h, s.t) && specific(s.h) && specific(s.t) && !shareWord(s.h, s.t)) pairs.push({ h: hx, t: tx, score: 0 });
    }
  }
  return pairs.map((p) => {
    const h = p.h.f;
    const t = p.t.f;
    const kind = (h.cued ? h.type : t.cued ? t.type : h.type) as DiscrepancyKind;
    return differs(kind, spanOf(h), spanOf(t), name);
  });
}
