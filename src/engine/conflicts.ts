/**
 * Fact-level comparison of two claims that the aligner matched as saying the same thing.
 * Reports only two different values for the same slot; details one side adds are not conflicts.
 */
import { diffArrays } from 'diff';
import type { DiscrepancyKind, Span } from './types';
import type { Fact } from './facts/types';
import { sameName, normalizeName } from './facts/names';
import { speakersDiffer } from './facts/quotes';
import { tokenize } from './facts/tokens';
import { NEGATION_CUES, NEG_CONTRACTIONS } from './facts/lexicon';

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
  const setB = new Set(cb);
  const seen = new Set<string>();
  for (const w of ca) {
    if (seen.has(w) || !setB.has(w)) continue;
    seen.add(w);
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
  hs.forEach((h, i) => ts.forEach((t, j) => {
    const s = score(h, t);
    if (s !== null) cands.push({ h, t, score: s, i, j });
  }));
  cands.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const ui = new Set<number>();
  const uj = new Set<number>();
  const out: Array<Pair<T>> = [];
  for (const c of cands) {
    if (ui.has(c.i) || uj.has(c.j)) continue;
    ui.add(c.i);
    uj.add(c.j);
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

export function numbersAgree(a: Fact, b: Fact): boolean {
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

function unitClass(u: string | undefined): string {
  return u ?? '';
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
    const same = h.unit !== undefined && h.unit === t.unit;
    const clash = h.unit !== undefined && t.unit !== undefined && h.unit !== t.unit;
    const score = (same ? 2 : 0) - (clash ? 0.5 : 0) + ctx + (h.qualifier !== undefined && h.qualifier === t.qualifier ? 0.5 : 0);
    return score >= 1 ? score : null;
  });
  return pairs.filter((p) => !numbersAgree(p.h, p.t)).map((p) => differs('number', spanOf(p.h), spanOf(p.t), name));
}

function unitsCompatible(a: Fact, b: Fact, loose: boolean): boolean {
  const ua = unitClass(a.unit);
  const ub = unitClass(b.unit);
  const ordA = ua.startsWith('ordinal');
  const ordB = ub.startsWith('ordinal');
  if (ordA !== ordB) return false;
  if (ua === ub) return true;
  if (ua === '' || ub === '') return true;
  if (loose) return true;
  const symbol = (u: string): boolean => u === '$' || u === '£' || u === '€' || u === '¥' || u === '%' || u === 'range';
  // a currency or percentage never pairs with another unit; two counted nouns may (paraphrased noun)
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
    const yearOnly = a.m === undefined && a.wd === undefined && b.m === undefined && b.wd === undefined;
    const ctx = contextScore(h, t);
    if (yearOnly && ctx < 1) return null;
    return 1 + ctx;
  });
  return pairs.map((p) => differs('date', spanOf(p.h), spanOf(p.t), name));
}

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

function foldedWords(text: string, span: Span): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text, span.start, span.end)) {
    if (t.kind === 'punct') continue;
    for (const w of normalizeName(t.text).split(' ')) if (w.length > 0) out.add(w);
  }
  return out;
}

const singleWord = (f: Fact): boolean => !f.value.includes(' ');

function compareNames(hs: Fact[], ts: Fact[], hWords: Set<string>, tWords: Set<string>, name: string): FactConflict[] {
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

function isFragment(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  return (' ' + long.join(' ') + ' ').includes(' ' + short.join(' ') + ' ');
}

/** The changed stretches of a quote, at most three of them and six words each, joined by " … ". */
function phrases(parts: readonly (readonly string[])[]): string {
  const shown = parts.filter((p) => p.length > 0).slice(0, 3).map((p) => p.slice(0, 6).join(' '));
  return shown.join(' … ') + (parts.length > 3 || parts.some((p) => p.length > 6) ? ' …' : '');
}

function isNegWord(w: string): boolean {
  return NEGATION_CUES.has(w) || NEG_CONTRACTIONS.has(w) || w.endsWith("n't");
}

interface QuoteResult { conflicts: FactConflict[]; paired: Set<Fact> }

function compareQuotes(hs: Fact[], ts: Fact[], name: string): QuoteResult {
  const paired = new Set<Fact>();
  const conflicts: FactConflict[] = [];
  const words = new Map<Fact, string[]>();
  for (const f of [...hs, ...ts]) words.set(f, f.value.split(' ').filter((w) => w.length > 0));
  const pairs = greedyPairs(hs, ts, (h, t) => {
    const a = words.get(h)!;
    const b = words.get(t)!;
    if (a.length === 0 || b.length === 0) return null;
    if (isFragment(a, b) || isFragment(b, a)) return 10;
    let common = 0;
    for (const part of diffArrays(a, b)) if (!part.added && !part.removed) common += part.count ?? part.value.length;
    const ratio = common / Math.min(a.length, b.length);
    const sameSpeaker = h.speaker && t.speaker && sameName(h.speaker, t.speaker);
    if (ratio >= 0.6 && common >= 3) return ratio;
    if (sameSpeaker && ratio >= 0.4 && common >= 3) return ratio;
    return null;
  });
  for (const { h, t } of pairs) {
    paired.add(h);
    paired.add(t);
    const a = words.get(h)!;
    const b = words.get(t)!;
    if (a.join(' ') === b.join(' ') || isFragment(a, b) || isFragment(b, a)) {
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
    for (const part of diffArrays(a, b)) {
      if (part.removed) removed.push(part.value);
      else if (part.added) added.push(part.value);
      if (part.added) negAdded += part.value.filter(isNegWord).length;
      if (part.removed) negRemoved += part.value.filter(isNegWord).length;
      if (part.added || part.removed) otherChanged += part.value.filter((w) => !isNegWord(w)).length;
    }
    // a quote whose only change is a negation cue is also a negation conflict; a reworded quote is not
    const negChange = negAdded !== negRemoved && otherChanged <= 2;
    const hereText = removed.length ? phrases(removed) : '(nothing)';
    const thereText = added.length ? phrases(added) : '(nothing)';
    conflicts.push({
      kind: 'quote', here: spanOf(h), there: spanOf(t),
      message: `Quote worded differently: ${qt(hereText)} here, ${qt(thereText)} in ${name}`,
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
  const toks = tokenize(side.text, side.span.start, side.span.end);
  const head = neg.head ?? '';
  if (head.length > 0 && !AUX_VERBS.has(head)) {
    for (const t of toks) if (t.kind === 'word' && stemEq(t.lower, head)) return { start: t.start, end: t.end, text: t.text };
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
]);

/** True when the predicate word at `p` is itself negated by a negative-implicative word shortly before it. */
function impliedNegative(side: Side, p: Span): boolean {
  const toks = tokenize(side.text, Math.max(side.span.start, p.start - 40), p.start);
  const words = toks.filter((t) => t.kind === 'word').slice(-3);
  return words.some((t) => NEGATIVE_IMPLICATIVES.has(t.lower));
}

function compareNegations(here: Side, there: Side, hs: Fact[], ts: Fact[], name: string): FactConflict[] {
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

export function compareFacts(here: Side, there: OtherSide): FactConflict[] {
  const name = there.name;
  const by = (side: Side, type: string): Fact[] => side.facts.filter((f) => f.type === type);
  const hq = by(here, 'quote');
  const tq = by(there, 'quote');
  const quotes = compareQuotes(hq, tq, name);
  const out: FactConflict[] = [...quotes.conflicts];
  out.push(...compareNumbers(by(here, 'number'), by(there, 'number'), name));
  out.push(...compareDates(by(here, 'date'), by(there, 'date'), name));
  const hWords = foldedWords(here.text, here.span);
  const tWords = foldedWords(there.text, there.span);
  const names = (side: Side): Fact[] => side.facts.filter((f) => NAME_TYPES.has(f.type));
  out.push(...compareNames(names(here), names(there), hWords, tWords, name));
  // negations inside quotes are judged by the quote comparison when the other side quotes too
  const negs = (side: Side, otherHasQuote: boolean): Fact[] => side.facts.filter((f) => f.type === 'negation' && !(f.inQuote && otherHasQuote));
  out.push(...compareNegations(here, there, negs(here, tq.length > 0), negs(there, hq.length > 0), name));
  // dedupe
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = `${c.kind}:${c.here.start}:${c.here.end}:${c.there.start}:${c.there.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
