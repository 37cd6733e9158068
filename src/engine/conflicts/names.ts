/** Names: two people, places or organisations for the same slot. */
import type { DiscrepancyKind } from '../report/types';
import type { Fact } from '../facts/types';
import type { NameMatcher } from '../facts/names';
import { GAZETTEER, NAME_ALIASES, SUBNATIONAL, WORLD_REGIONS } from '../lexicon/facts';
import { contextScore, differs, greedyPairs, spanOf, type FactConflict } from './common';
import { TUNING } from '../tuning';

const NEED = TUNING.facts.nameSlotEvidence;

export const NAME_TYPES = new Set(['person', 'place', 'organization']);

export function nameInText(f: Fact, words: ReadonlySet<string>): boolean {
  const parts = f.value.split(' ').filter((w) => w.length > 0);
  if (parts.length === 0) return false;
  return parts.every((p) => words.has(p));
}

/** Chambers and the legislatures they belong to. */
export const BODY_PARTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['congress', ['senate', 'house', 'house of representatives']],
  ['parliament', ['house of commons', 'house of lords', 'commons', 'lords', 'senate', 'national assembly', 'bundestag', 'bundesrat', 'lok sabha', 'rajya sabha']],
  ['legislature', ['senate', 'assembly', 'house']],
  ['state department', ['us embassy']],
]);

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

export function compareNames(hs: Fact[], ts: Fact[], hWords: ReadonlySet<string>, tWords: ReadonlySet<string>, name: string, names: NameMatcher): FactConflict[] {
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
  const pairs = greedyPairs(hOpen, tOpen, (hx, tx) => {
    const h = hx.f;
    const t = tx.f;
    // a lone capitalised word without any cue (sentence-initial, a first name or a surname alone)
    // is too little to say which slot it fills: two of them, or one against a weak word, never pair
    if (h.weak || t.weak) return null;
    // a chamber against the legislature it belongs to ("the Senate" / "Congress"): detail, not a different body
    if (tx.parts?.includes(hx.body) || hx.parts?.includes(tx.body)) return null;
    // a country against a city or state in it, or a continent: a difference of detail, not of place
    if (hx.scope !== null && tx.scope !== null && hx.scope !== tx.scope) return null;
    if (!h.cued && !t.cued && hx.single && tx.single) return null;
    let score = contextScore(h, t);
    // weak evidence (a lone sentence-initial word), one-sided or conflicting type cues need more slot context
    const crossType = (h.cued || t.cued) && h.type !== t.type;
    const need = crossType ? NEED.crossType : (h.weak || t.weak) ? NEED.weak : h.cued !== t.cued ? NEED.oneSideCued : NEED.cued;
    if (h.type === t.type && h.cued && t.cued) score += 0.5;
    if (onlyOne && h.type === t.type && (h.cued || t.cued)) score += 0.5;
    return score >= need ? score : null;
  });
  return pairs.map((p) => {
    const h = p.h.f;
    const t = p.t.f;
    const kind = (h.cued ? h.type : t.cued ? t.type : h.type) as DiscrepancyKind;
    return differs(kind, spanOf(h), spanOf(t), name);
  });
}
