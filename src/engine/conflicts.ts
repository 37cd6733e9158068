/**
 * Fact-level comparison of two claims that the aligner matched as saying the same thing.
 * Reports only two different values for the same slot; details one side adds are not conflicts.
 */
import { diffArrays, type ArrayChange } from 'diff';
import type { DiscrepancyKind, Span } from './types';
import { ownString } from './own';
import type { Fact } from './facts/types';
import { sameName, normalizeName } from './facts/names';
import { QUOTE_GAP, speakersDiffer } from './facts/quotes';
import { tokenize, type Token } from './facts/tokens';
import { GAZETTEER, NAME_ALIASES, NEGATION_CUES, NEG_CONTRACTIONS, SUBNATIONAL, WORLD_REGIONS } from './facts/lexicon';

export { sameName } from './facts/names';

export interface FactConflict {
  kind: DiscrepancyKind;
  here: Span & { text: string };
  there: Span & { text: string };
  message: string;
}

interface Side { text: string; span: Span; facts: Fact[] }
interface OtherSide extends Side { name: string }

const KIND_LABEL: Record<string, string> = {
  number: 'Number', date: 'Date', person: 'Person', place: 'Place', organization: 'Organization',
  negation: 'Negation', attribution: 'Speaker', quote: 'Quote', other: 'Detail',
};

const qt = (s: string): string => `“${s}”`;
const spanOf = (f: { start: number; end: number; text: string }): Span & { text: string } => ({ start: f.start, end: f.end, text: f.text });

function differs(kind: DiscrepancyKind, h: Span & { text: string }, t: Span & { text: string }, name: string): FactConflict {
  const label = KIND_LABEL[kind] ?? 'Detail';
  return { kind, here: h, there: t, message: `${label} differs: ${qt(h.text)} here, ${qt(t.text)} in ${name}` };
}

// ---------------------------------------------------------------------------------------------
// slot context
// ---------------------------------------------------------------------------------------------

const WEAK_CONTEXT = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'that', 'is', 'was', 'were', 'are', 'be', 'has', 'had', 'have', 'it', 'its', 'his', 'her', 'their', 'as']);

/** Slot evidence: shared context words (content words weigh 1, function words 0.5; the immediate neighbours weigh double). */
function contextScore(a: Fact, b: Fact): number {
  const ca = a.context ?? [];
  const cb = b.context ?? [];
  let score = 0;
  // a handful of words on each side: scanning the arrays beats building sets for every pair
  for (let k = 0; k < ca.length; k++) {
    const w = ca[k];
    if (!cb.includes(w) || ca.indexOf(w) < k) continue;
    score += WEAK_CONTEXT.has(w) ? 0.5 : 1;
  }
  // immediate neighbours: context is [prev1, prev2, prev3, next1, next2, next3] when complete
  const prevA = ca[0];
  const prevB = cb[0];
  if (prevA !== undefined && prevA === prevB && a.start > 0) score += WEAK_CONTEXT.has(prevA) ? 0.5 : 1;
  return score;
}

interface Pair<T> { h: T; t: T; score: number }

/** Greedy one-to-one pairing by descending score (ties: document order), deterministic. */
function greedyPairs<T>(hs: readonly T[], ts: readonly T[], score: (h: T, t: T) => number | null): Array<Pair<T>> {
  const cands: Array<Pair<T> & { i: number; j: number }> = [];
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    for (let j = 0; j < ts.length; j++) {
      const t = ts[j];
      const s = score(h, t);
      if (s !== null) cands.push({ h, t, score: s, i, j });
    }
  }
  if (cands.length === 0) return [];
  cands.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const ui = new Array<boolean>(hs.length).fill(false);
  const uj = new Array<boolean>(ts.length).fill(false);
  const out: Array<Pair<T>> = [];
  for (const c of cands) {
    if (ui[c.i] || uj[c.j]) continue;
    ui[c.i] = true;
    uj[c.j] = true;
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// numbers
// ---------------------------------------------------------------------------------------------

/** Decimal places written in the fact's first digit run ("10.6 percent" → 1), or null for word numbers. */
function writtenDecimals(f: Fact): { mantissa: number; decimals: number } | null {
  let s = '';
  let started = false;
  for (const ch of f.text) {
    if (ch >= '0' && ch <= '9') { s += ch; started = true; continue; }
    if (started && ch === '.') { s += ch; continue; }
    if (started && ch === ',') continue;
    if (started) break;
  }
  if (!started) return null;
  const dot = s.indexOf('.');
  return { mantissa: Number(s), decimals: dot < 0 ? 0 : s.length - dot - 1 };
}

/** Rounding and abbreviation agreement of two written figures. */
function sameFigure(a: Fact, b: Fact): boolean {
  if (a.value === b.value) return true;
  const x = Number(a.value);
  const y = Number(b.value);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const wa = writtenDecimals(a);
  const wb = writtenDecimals(b);
  // "$54.9-million" vs "$54.9": the same written figure, one side leaves out the multiplier
  if (wa && wb && wa.mantissa === wb.mantissa && (x === wa.mantissa || y === wb.mantissa)) return true;
  // rounding: "10.6 percent" vs "11 percent", "$2.46 billion" vs "$2.5 billion"
  const da = writtenDecimals(a);
  const db = writtenDecimals(b);
  if (da && db && da.decimals !== db.decimals && da.mantissa > 0 && db.mantissa > 0) {
    const scaleA = x / da.mantissa;
    const scaleB = y / db.mantissa;
    if (Math.abs(scaleA - scaleB) <= 1e-9 * Math.max(scaleA, scaleB)) {
      const d = Math.min(da.decimals, db.decimals);
      const f = 10 ** d;
      if (Math.round(da.mantissa * f) / f === Math.round(db.mantissa * f) / f) return true;
    }
  }
  return false;
}

const near = (x: number, y: number, tol: number): boolean => Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;

/** How far past a bound a plain figure may lie and still be what the bound describes. */
const BOUND_REACH = 1.25;

/** True when value `y` (another side's figure) fits what fact `a` says, given its range and qualifier. */
function fits(a: Fact, y: number, b: Fact): boolean {
  if (a.range && a.unit === b.unit && a.unit !== 'range') {
    const [lo, hi] = a.range;
    // strictly inside: an end of the range is matched by that end's own figure
    if (y > lo + 1e-9 && y < hi - 1e-9) return true;
  }
  const x = Number(a.value);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return false;
  // a bound is only checked against a plain figure near it ("more than 2,000" / "2,100"):
  // "at least 26" and "at least 23" still differ, and "at least 2" says nothing about 13
  if (b.qualifier === undefined || b.qualifier === 'exactly' || b.qualifier === 'about') {
    if (a.qualifier === 'at least') return y >= x && y <= BOUND_REACH * x;
    if (a.qualifier === 'more than') return y > x && y <= BOUND_REACH * x;
    if (a.qualifier === 'at most') return y <= x && y * BOUND_REACH >= x;
    if (a.qualifier === 'less than') return y < x && y * BOUND_REACH >= x;
  }
  return false;
}

export function numbersAgree(a: Fact, b: Fact): boolean {
  if (sameFigure(a, b)) return true;
  if (a.range && b.range) {
    // two ranges agree when their ends agree; a range also agrees with a range it contains
    const [al, ah] = a.range;
    const [bl, bh] = b.range;
    return near(al, bl, 0.005) && near(ah, bh, 0.005);
  }
  return fits(a, Number(b.value), b) || fits(b, Number(a.value), a);
}

/**
 * Units of measure by their canonical name: two different ones (miles / kilometres) are a
 * conversion, never the same written figure; spellings of one unit (kilos / kg) are the same unit.
 */
const MEASURES: ReadonlyMap<string, string> = new Map([
  ['mile', 'mile'], ['kilometre', 'km'], ['kilometer', 'km'], ['km', 'km'], ['metre', 'm'], ['meter', 'm'], ['m', 'm'],
  ['foot', 'ft'], ['feet', 'ft'], ['ft', 'ft'], ['yard', 'yd'], ['inch', 'in'], ['inche', 'in'], ['centimetre', 'cm'],
  ['centimeter', 'cm'], ['cm', 'cm'], ['millimetre', 'mm'], ['millimeter', 'mm'], ['mm', 'mm'], ['lb', 'lb'],
  ['kilogram', 'kg'], ['kg', 'kg'], ['kilo', 'kg'], ['ton', 'ton'], ['tonne', 't'], ['ounce', 'oz'], ['gram', 'g'],
  ['gallon', 'gal'], ['litre', 'l'], ['liter', 'l'], ['acre', 'acre'], ['hectare', 'ha'], ['mph', 'mph'],
  ['kph', 'kph'], ['fahrenheit', 'f'], ['celsius', 'c'],
]);

const MEASURE_NAMES: ReadonlySet<string> = new Set(MEASURES.values());

function unitClass(u: string | undefined): string {
  return u === undefined ? '' : MEASURES.get(u) ?? u;
}

function compareNumbers(hs: Fact[], ts: Fact[], name: string): FactConflict[] {
  const open = (xs: Fact[], ys: Fact[]): Fact[] => xs.filter((x) => !ys.some((y) => numbersAgree(x, y) && unitsCompatible(x, y, true)));
  const hOpen = open(hs, ts);
  const tOpen = open(ts, hs);
  const pairs = greedyPairs(hOpen, tOpen, (h, t) => {
    if (!unitsCompatible(h, t, false)) return null;
    const x = Math.abs(Number(h.value));
    const y = Math.abs(Number(t.value));
    // different counted nouns: only figures of one order of magnitude can be the same slot
    if (h.unit !== t.unit && Number.isFinite(x) && Number.isFinite(y) && Math.max(x, y) > 10 * Math.max(Math.min(x, y), 1e-9)) return null;
    const ctx = contextScore(h, t);
    const same = h.unit !== undefined && unitClass(h.unit) === unitClass(t.unit);
    const clash = h.unit !== undefined && t.unit !== undefined && !same;
    const score = (same ? 2 : 0) - (clash ? 0.5 : 0) + ctx + (h.qualifier !== undefined && h.qualifier === t.qualifier ? 0.5 : 0);
    return score >= 1 ? score : null;
  });
  return pairs.filter((p) => !numbersAgree(p.h, p.t)).map((p) => differs('number', spanOf(p.h), spanOf(p.t), name));
}

const symbol = (u: string): boolean => u === '$' || u === '£' || u === '€' || u === '¥' || u === '%' || u === 'range';

function unitsCompatible(a: Fact, b: Fact, loose: boolean): boolean {
  const ua = unitClass(a.unit);
  const ub = unitClass(b.unit);
  const ordA = ua.startsWith('ordinal');
  const ordB = ub.startsWith('ordinal');
  if (ordA !== ordB) return false;
  if (ua === ub) return true;
  if (ua === '' || ub === '') return loose || !(symbol(ua) || symbol(ub));
  // miles against kilometres: a conversion, not the same written figure
  if (MEASURE_NAMES.has(ua) && MEASURE_NAMES.has(ub)) return false;
  // a currency or percentage never pairs with another unit, nor with a bare figure ("only six" /
  // "1.5 per cent"); two counted nouns may (paraphrased noun)
  return !symbol(ua) && !symbol(ub);
}

// ---------------------------------------------------------------------------------------------
// dates
// ---------------------------------------------------------------------------------------------

interface DateParts { y?: number; m?: number; d?: number; wd?: number; rel?: string }

function dateParts(f: Fact): DateParts {
  const v = f.value;
  const p: DateParts = {};
  if (f.weekday !== undefined) p.wd = f.weekday;
  if (v.startsWith('weekday:') || v.startsWith('relative:') || v.startsWith('week:')) {
    if (v.startsWith('relative:') || v.startsWith('week:')) p.rel = v;
    return p;
  }
  if (v.startsWith('--')) {
    p.m = Number(v.slice(2, 4));
    if (v.length >= 7) p.d = Number(v.slice(5, 7));
    return p;
  }
  p.y = Number(v.slice(0, 4));
  if (v.length >= 7) p.m = Number(v.slice(5, 7));
  if (v.length >= 10) p.d = Number(v.slice(8, 10));
  return p;
}

function datesConsistent(a: DateParts, b: DateParts): boolean {
  if (a.rel !== undefined || b.rel !== undefined) return a.rel === undefined || b.rel === undefined || a.rel === b.rel;
  for (const k of ['y', 'm', 'd', 'wd'] as const) {
    if (a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]) return false;
  }
  return true;
}

function datesComparable(a: DateParts, b: DateParts): boolean {
  if (a.rel !== undefined || b.rel !== undefined) return false;
  return (a.m !== undefined && b.m !== undefined) || (a.wd !== undefined && b.wd !== undefined) || (a.y !== undefined && b.y !== undefined);
}

function compareDates(hs: Fact[], ts: Fact[], name: string): FactConflict[] {
  const hp = new Map(hs.map((f) => [f, dateParts(f)]));
  const tp = new Map(ts.map((f) => [f, dateParts(f)]));
  const hOpen = hs.filter((h) => !ts.some((t) => datesConsistent(hp.get(h)!, tp.get(t)!) && datesComparableOrSame(hp.get(h)!, tp.get(t)!)));
  const tOpen = ts.filter((t) => !hs.some((h) => datesConsistent(hp.get(h)!, tp.get(t)!) && datesComparableOrSame(hp.get(h)!, tp.get(t)!)));
  const pairs = greedyPairs(hOpen, tOpen, (h, t) => {
    const a = hp.get(h)!;
    const b = tp.get(t)!;
    if (!datesComparable(a, b) || datesConsistent(a, b)) return null;
    if (farFromWeekday(h, a, t, b)) return null;
    const yearOnly = a.m === undefined && a.wd === undefined && b.m === undefined && b.wd === undefined;
    const ctx = contextScore(h, t);
    if (yearOnly && ctx < 1) return null;
    return 1 + ctx;
  });
  return pairs.map((p) => differs('date', spanOf(p.h), spanOf(p.t), name));
}

/**
 * A weekday ("on Wednesday") means a day of the week around the article's date. Against a calendar
 * date more than a week away ("the Sept. 11 attacks") it is another slot, not another date.
 */
function farFromWeekday(h: Fact, a: DateParts, t: Fact, b: DateParts): boolean {
  const aWeekday = h.weekday !== undefined && isWeekdayWord(h.text);
  const bWeekday = t.weekday !== undefined && isWeekdayWord(t.text);
  if (aWeekday === bWeekday) return false;
  // a weekday against a month or a year alone ("Thursday" / "in June"): different slots
  if ((aWeekday ? b : a).d === undefined) return true;
  if (a.m === undefined || b.m === undefined || a.d === undefined || b.d === undefined) return false;
  const year = a.y ?? b.y ?? 2001;
  const days = Math.abs(Date.UTC(a.y ?? year, a.m - 1, a.d) - Date.UTC(b.y ?? year, b.m - 1, b.d)) / 86_400_000;
  return days > 7;
}

/** Whether a date's text names a weekday ("Friday's", "next Sunday", "Wed."). */
function isWeekdayWord(text: string): boolean {
  return text.toLowerCase().split(/[^a-z]+/).some((w) => WEEKDAY_WORDS.has(w));
}

const WEEKDAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

function datesComparableOrSame(a: DateParts, b: DateParts): boolean {
  return datesComparable(a, b) || (a.rel !== undefined && a.rel === b.rel);
}

// ---------------------------------------------------------------------------------------------
// names
// ---------------------------------------------------------------------------------------------

const NAME_TYPES = new Set(['person', 'place', 'organization']);

function nameInText(f: Fact, words: ReadonlySet<string>): boolean {
  const parts = f.value.split(' ').filter((w) => w.length > 0);
  if (parts.length === 0) return false;
  return parts.every((p) => words.has(p));
}

/** What every comparison of one claim needs from its text: its tokens and, lazily, its folded words. */
interface ClaimData { text: string; start: number; end: number; toks: readonly Token[]; words?: Set<string> }

/**
 * compareFacts runs twice for every aligned pair and a claim is in several pairs, each time with new
 * Side objects but the claim's own facts array. That array keys the claim's data; the text and span
 * are checked too, so a facts array reused with another span gets fresh data.
 */
const CLAIM_DATA = new WeakMap<readonly Fact[], ClaimData>();

function claimData(side: Side): ClaimData {
  const { text, span } = side;
  const hit = CLAIM_DATA.get(side.facts);
  if (hit !== undefined && hit.text === text && hit.start === span.start && hit.end === span.end) return hit;
  const data: ClaimData = { text, start: span.start, end: span.end, toks: tokenize(text, span.start, span.end) };
  CLAIM_DATA.set(side.facts, data);
  return data;
}

/** tokenize() over a side's claim. Shared: callers must not change the array. */
function sideTokens(side: Side): readonly Token[] {
  return claimData(side).toks;
}

/** The folded words (normalizeName) of a side's claim. Shared: callers must not change the set. */
function foldedWords(side: Side): ReadonlySet<string> {
  const data = claimData(side);
  if (data.words !== undefined) return data.words;
  const out = new Set<string>();
  for (const t of data.toks) {
    if (t.kind === 'punct') continue;
    const folded = normalizeName(t.text);
    if (!folded.includes(' ')) { if (folded.length > 0) out.add(folded); continue; } // one word: no split
    for (const w of folded.split(' ')) if (w.length > 0) out.add(w);
  }
  data.words = out;
  return out;
}

/** Chambers and the legislatures they belong to. */
const BODY_PARTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['congress', ['senate', 'house', 'house of representatives']],
  ['parliament', ['house of commons', 'house of lords', 'commons', 'lords', 'senate', 'national assembly', 'bundestag', 'bundesrat', 'lok sabha', 'rajya sabha']],
  ['legislature', ['senate', 'assembly', 'house']],
  ['state department', ['us embassy']],
]);

/** bodyKey results (bounded; started over when full): every open pair of names asks for two. */
const BODY_KEYS = new Map<string, string>();

function bodyKey(v: string): string {
  const hit = BODY_KEYS.get(v);
  if (hit !== undefined) return hit;
  const key = v.toLowerCase().replace(/\./g, '').replace(/^the /, '').replace(/^(?:us|u s|united states|uk|british) /, '').trim();
  if (BODY_KEYS.size >= 4096) BODY_KEYS.clear();
  BODY_KEYS.set(ownString(v), ownString(key)); // must not pin the article (see own.ts)
  return key;
}

/** Whether `part` names a chamber of the body `whole` ("senate" in "congress"). */
function partOfBody(part: string, whole: string): boolean {
  return BODY_PARTS.get(bodyKey(whole))?.includes(bodyKey(part)) ?? false;
}

const singleWord = (f: Fact): boolean => !f.value.includes(' ');

const known = (f: Fact): boolean => {
  const v = f.value.replace(/\./g, '');
  return GAZETTEER.has(v) || NAME_ALIASES.some((r) => r.includes(v));
};

/** 'country', 'region' (continent) or 'local' (city, state, anything else) for a place name. */
function scopeOf(f: Fact): string {
  const v = f.value.replace(/\./g, '');
  if (WORLD_REGIONS.has(v)) return 'region';
  const row = NAME_ALIASES.findIndex((r) => r.includes(v));
  if (row >= 0 || (GAZETTEER.has(v) && !SUBNATIONAL.has(v))) return 'country';
  return 'local';
}

function compareNames(hs: Fact[], ts: Fact[], hWords: ReadonlySet<string>, tWords: ReadonlySet<string>, name: string): FactConflict[] {
  // one-to-one: identical names first, then variants / partial names; a leftover only matches an identical name
  const strong = greedyPairs(hs, ts, (h, t) => (h.value === t.value ? 2 : sameName(h.text, t.text) ? 1 : null));
  const hUsed = new Set(strong.map((p) => p.h));
  const tUsed = new Set(strong.map((p) => p.t));
  const hOpen = hs.filter((h) => !hUsed.has(h) && !ts.some((t) => t.value === h.value) && !nameInText(h, tWords));
  const tOpen = ts.filter((t) => !tUsed.has(t) && !hs.some((h) => h.value === t.value) && !nameInText(t, hWords));
  const onlyOne = hOpen.length === 1 && tOpen.length === 1;
  const pairs = greedyPairs(hOpen, tOpen, (h, t) => {
    // a lone capitalised word without any cue (sentence-initial, a first name or a surname alone)
    // is too little to say which slot it fills: two of them, or one against a weak word, never pair
    if (h.weak || t.weak) return null;
    // a chamber against the legislature it belongs to ("the Senate" / "Congress"): detail, not a different body
    if (partOfBody(h.value, t.value) || partOfBody(t.value, h.value)) return null;
    // a country against a city or state in it, or a continent: a difference of detail, not of place
    if (h.type === 'place' && t.type === 'place' && known(h) && known(t) && scopeOf(h) !== scopeOf(t)) return null;
    if (!h.cued && !t.cued && singleWord(h) && singleWord(t)) return null;
    let score = contextScore(h, t);
    // weak evidence (a lone sentence-initial word), one-sided or conflicting type cues need more slot context
    const crossType = (h.cued || t.cued) && h.type !== t.type;
    const need = crossType ? 2.5 : (h.weak || t.weak) ? 2 : h.cued !== t.cued ? 1.5 : 1;
    if (h.type === t.type && h.cued && t.cued) score += 0.5;
    if (onlyOne && h.type === t.type && (h.cued || t.cued)) score += 0.5;
    return score >= need ? score : null;
  });
  return pairs.map((p) => {
    const kind = (p.h.cued ? p.h.type : p.t.cued ? p.t.type : p.h.type) as DiscrepancyKind;
    return differs(kind, spanOf(p.h), spanOf(p.t), name);
  });
}

// ---------------------------------------------------------------------------------------------
// quotes
// ---------------------------------------------------------------------------------------------

function joinCompounds(ws: readonly string[], solid: ReadonlySet<string>): string[] {
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
const GAP_REACH = 12;
/** Quotes longer than this are compared without gap matching (it costs |a|·|b|·GAP_REACH). */
const GAP_MAX_WORDS = 160;

/**
 * True when one quote is the other or a fragment of it once elisions ("…") and editorial
 * insertions ("[touch-screen]") — marked QUOTE_GAP on either side — stand for up to GAP_REACH words.
 */
function gapFragment(a: readonly string[], b: readonly string[]): boolean {
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

function isFragment(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  return gapFragment(short, long);
}

/** The changed stretches of a quote, at most three of them and six words each, joined by " … ". */
function phrases(parts: readonly (readonly string[])[], quote: Fact): string {
  const spelled = quoteForms(quote);
  const shown = parts.filter((p) => p.length > 0).slice(0, 3).map((p) => p.slice(0, 6).map((w) => spelled.get(w) ?? w).join(' '));
  return shown.join(' … ') + (parts.length > 3 || parts.some((p) => p.length > 6) ? ' …' : '');
}

/**
 * The two quotes as one word-level diff, every word as written: "… rise [this fast → so quickly],
 * and [−now]" — a changed stretch in brackets, words only here marked −, only there +. An elision or
 * editorial insertion ("(Joe Biden)") on one side is named as one. Never fragments stitched together.
 */
function quoteDiffText(parts: readonly ArrayChange<string>[], h: Fact, t: Fact): string {
  const here = quoteForms(h);
  const there = quoteForms(t);
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

/** writtenForms of quote facts: a quote reworded against several counterparts needs them each time. */
const QUOTE_FORMS = new WeakMap<Fact, { text: string; forms: Map<string, string> }>();

/** writtenForms(quote.text), remembered for the quote (checked against its text). Shared: do not change. */
function quoteForms(quote: Fact): ReadonlyMap<string, string> {
  const hit = QUOTE_FORMS.get(quote);
  if (hit !== undefined && hit.text === quote.text) return hit.forms;
  const forms = writtenForms(quote.text);
  QUOTE_FORMS.set(quote, { text: quote.text, forms });
  return forms;
}

/** Compared quote words are folded to lower case; a message shows them as the article wrote them. */
function writtenForms(original: string): Map<string, string> {
  const forms = new Map<string, string>();
  const words = original.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length > 0);
  // the quote's first word is capitalised by position, not by spelling: it counts last
  for (const w of [...words.slice(1), ...words.slice(0, 1)]) {
    const key = w.toLowerCase().replace(/’/g, "'");
    if (!forms.has(key)) forms.set(key, w);
  }
  return forms;
}

function isNegWord(w: string): boolean {
  return NEGATION_CUES.has(w) || NEG_CONTRACTIONS.has(w) || w.endsWith("n't");
}

/**
 * True when every difference between two quotes is one name spelled two ways ("al qaddafi" /
 * "gadhafi"): a transliteration is house style, not a change of words.
 */
function onlyNameVariants(parts: readonly ArrayChange<string>[], aText: string, bText: string): boolean {
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.added && !p.removed) continue;
    const q = parts[i + 1];
    if (!p.removed || !q?.added) return false;
    const x = p.value.join(' ');
    const y = q.value.join(' ');
    if (!capitalisedIn(aText, p.value[p.value.length - 1]) || !capitalisedIn(bText, q.value[q.value.length - 1]) || !sameName(x, y)) return false;
    changed = true;
    i++;
  }
  return changed;
}

/** Whether `word` appears in `text` starting with a capital letter (a name, not a common word). */
function capitalisedIn(text: string, word: string): boolean {
  const at = text.toLowerCase().indexOf(word);
  return at >= 0 && text[at] !== text[at].toLowerCase();
}

interface QuoteResult { conflicts: FactConflict[]; paired: Set<Fact> }

/** Size of the multiset intersection of two word lists: at least the words an array diff keeps in common. */
function sharedWords(a: readonly string[], b: readonly string[]): number {
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
const FRAGMENT_SCORE = 10;

function compareQuotes(hs: Fact[], ts: Fact[], name: string): QuoteResult {
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
    if (shared < 3 || shared / Math.min(a.length, b.length) < 0.4) return null;
    const parts = diffArrays(a, b);
    let byT = diffs.get(h);
    if (byT === undefined) diffs.set(h, (byT = new Map()));
    byT.set(t, parts);
    let common = 0;
    for (const part of parts) if (!part.added && !part.removed) common += part.count ?? part.value.length;
    const ratio = common / Math.min(a.length, b.length);
    if (ratio >= 0.6 && common >= 3) return ratio;
    if (ratio >= 0.4 && common >= 3 && h.speaker && t.speaker && sameName(h.speaker, t.speaker)) return ratio;
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
    if (fragment || a.join(' ') === b.join(' ') || onlyNameVariants(parts, h.text, t.text)) {
      if (speakersDiffer(h.speaker, t.speaker, sameName)) {
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
    if (speakersDiffer(h.speaker, t.speaker, sameName)) {
      conflicts.push({
        kind: 'attribution', here: spanOf(h), there: spanOf(t),
        message: `Speaker differs: quote attributed to ${qt(h.speaker ?? '')} here, to ${qt(t.speaker ?? '')} in ${name}`,
      });
    }
  }
  return { conflicts, paired };
}

// ---------------------------------------------------------------------------------------------
// negation
// ---------------------------------------------------------------------------------------------

const POSSESSION_VERBS = new Set(['have', 'has', 'had', 'having', 'get', 'got', 'gets', 'own', 'owns', 'owned', 'hold', 'holds', 'held', 'there', "there's", 'there’s']);

const AUX_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'do', 'does', 'did', 'may', 'might', 'must']);

function stemEq(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  return p >= Math.max(4, n - 2);
}

/** The word token in `side` that carries the predicate `head` (or its auxiliary), if present. */
function findPredicate(side: Side, neg: Fact): (Span & { text: string }) | null {
  const toks = sideTokens(side);
  const head = neg.head ?? '';
  if (head.length > 0 && !AUX_VERBS.has(head)) {
    for (const [k, t] of toks.entries()) {
      if (t.kind !== 'word' || !stemEq(t.lower, head)) continue;
      // "has no licence" against "showed his licence": only a possession on the other side is its opposite
      if (neg.possessive && !toks.slice(Math.max(0, k - 3), k).some((p) => POSSESSION_VERBS.has(p.lower))) continue;
      return { start: t.start, end: t.end, text: t.text };
    }
  }
  const aux = neg.aux ?? '';
  // the auxiliary the negation attaches to ("is not", "would not") present on the other side
  if (AUX_VERBS.has(aux) && !neg.text.toLowerCase().endsWith("n't") && !neg.text.toLowerCase().endsWith('n’t')) {
    for (const t of toks) if (t.lower === aux) return { start: t.start, end: t.end, text: t.text };
  }
  if (AUX_VERBS.has(aux) || AUX_VERBS.has(head)) {
    const w = AUX_VERBS.has(aux) ? aux : head;
    // the auxiliary alone is evidence only if the other side's sentence also has the negated word after it
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].lower !== w) continue;
      const nx = toks[k + 1];
      if (head.length === 0 || head === w || (nx && stemEq(nx.lower, head)) || (toks[k + 2] && stemEq(toks[k + 2].lower, head))) {
        return { start: toks[k].start, end: toks[k].end, text: toks[k].text };
      }
    }
  }
  return null;
}

/** Words that negate what follows them without a negation cue: "prevent an escalation" = "not escalate". */
const NEGATIVE_IMPLICATIVES = new Set([
  'prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'avoids', 'avoided', 'avoiding', 'stop', 'stops', 'stopped',
  'halt', 'halted', 'block', 'blocked', 'deny', 'denied', 'denies', 'refuse', 'refused', 'refuses', 'fail', 'failed',
  'fails', 'without', 'lack', 'lacked', 'lacks', 'against', 'averted', 'avert', 'forestall', 'deter', 'deterred', 'ruled',
  'decline', 'declined', 'declines', 'declining', 'refusing', 'unable',
]);

/** True when the predicate word at `p` is itself negated by a negative-implicative word shortly before it. */
function impliedNegative(side: Side, p: Span): boolean {
  const toks = tokenize(side.text, Math.max(side.span.start, p.start - 40), p.start);
  const words = toks.filter((t) => t.kind === 'word').slice(-3);
  return words.some((t) => NEGATIVE_IMPLICATIVES.has(t.lower));
}

/** "… have not turned up, nor has …": a "nor" / "neither" after another negation continues it. */
function continuesNegation(f: Fact, all: readonly Fact[]): boolean {
  const cue = f.text.toLowerCase();
  return (cue === 'nor' || cue === 'neither') && all.some((g) => g !== f && g.start < f.start);
}

function compareNegations(here: Side, there: Side, hsAll: Fact[], tsAll: Fact[], name: string): FactConflict[] {
  const hs = hsAll.filter((f) => !continuesNegation(f, hsAll));
  const ts = tsAll.filter((f) => !continuesNegation(f, tsAll));
  // pair negations by head, then any remaining ones (different wording, both negative)
  const hRest = [...hs];
  const tRest = [...ts];
  for (let i = hRest.length - 1; i >= 0; i--) {
    const j = tRest.findIndex((t) => t.head === hRest[i].head);
    if (j >= 0) { tRest.splice(j, 1); hRest.splice(i, 1); }
  }
  const n = Math.min(hRest.length, tRest.length);
  hRest.splice(0, n);
  tRest.splice(0, n);
  const out: FactConflict[] = [];
  for (const h of hRest) {
    const p = findPredicate(there, h);
    if (p && !impliedNegative(there, p)) out.push(differs('negation', negPhrase(here, h), p, name));
  }
  for (const t of tRest) {
    const p = findPredicate(here, t);
    if (p && !impliedNegative(here, p)) out.push(differs('negation', p, negPhrase(there, t), name));
  }
  return out;
}

/** "not convince" — from the cue to its head word when the head follows closely. */
function negPhrase(side: Side, neg: Fact): Span & { text: string } {
  const head = neg.head ?? '';
  if (head.length > 0) {
    const toks = tokenize(side.text, neg.start, Math.min(side.span.end, neg.end + 60));
    for (const t of toks) {
      if (t.start > neg.start && t.lower === head) return { start: neg.start, end: t.end, text: side.text.slice(neg.start, t.end) };
    }
  }
  return spanOf(neg);
}

// ---------------------------------------------------------------------------------------------

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

export function compareFacts(here: Side, there: OtherSide): FactConflict[] {
  const name = there.name;
  const hq = byType(here, 'quote');
  const tq = byType(there, 'quote');
  const quotes = compareQuotes(hq, tq, name);
  const out: FactConflict[] = [...quotes.conflicts];
  out.push(...compareNumbers(byType(here, 'number'), byType(there, 'number'), name));
  out.push(...compareDates(byType(here, 'date'), byType(there, 'date'), name));
  const hNames = nameFacts(here);
  const tNames = nameFacts(there);
  // two names can only conflict when both sides name something (the word sets cost a tokenisation)
  if (hNames.length > 0 && tNames.length > 0) {
    out.push(...compareNames(hNames, tNames, foldedWords(here), foldedWords(there), name));
  }
  out.push(...compareNegations(here, there, negationFacts(here, tq.length > 0), negationFacts(there, hq.length > 0), name));
  // dedupe
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = `${c.kind}:${c.here.start}:${c.here.end}:${c.there.start}:${c.there.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
