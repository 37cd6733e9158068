/**
 * The interval readers' say on two aligned claims (facts/amounts.ts, facts/datetime.ts,
 * facts/opposites.ts, facts/certainty.ts, facts/roles.ts):
 *
 * - a number or date conflict of the slot comparators is withdrawn when the two amounts or the two
 *   dates it names overlap as intervals ("£2.1bn" / "2.1 billion pounds", "the third of May" /
 *   "May 3", "on Thursday" / "on June 4" against the article's date);
 * - amounts and dates whose intervals cannot overlap and that fill the same slot are conflicts the
 *   slot comparators missed ("10 kilometres" / "10 miles", "7 a.m." / "7 p.m.", "late June" / "early
 *   August");
 * - opposite predicates and implicit negatives are negation conflicts; a predicate stated as done
 *   against one stated as expected, planned, possible or alleged is a certainty conflict; swapped
 *   agent and patient is a role conflict.
 *
 * What a claim's readers find is kept on the claim's ClaimText when the caller hands one in.
 */
import { readAmounts, relateAmounts, unitLabel, type Amount } from '../facts/amounts';
import { findCertainty } from '../facts/certainty';
import { readWhens, relateWhens, type When } from '../facts/datetime';
import { findOpposites } from '../facts/opposites';
import { findRoleSwaps } from '../facts/roles';
import type { Fact } from '../facts/types';
import { tokenize, type Token } from '../text/tokens';
import { WEAK_CONTEXT } from '../lexicon/stopwords';
import { diffArrays } from 'diff';
import { sameName } from '../facts/names';
import { NUMBER_WORDS } from '../lexicon/news';
import { verbLike } from '../facts/words';
import { GAZETTEER, SUBNATIONAL, TITLES, WORLD_REGIONS } from '../lexicon/facts';
import { TUNING } from '../tuning';
import { greedyPairs, qt, type FactConflict, type OtherSide, type Side } from './common';
import { ANCHOR_STOP } from '../lexicon/grammar';
import { AFFILIATION_PREPOSITIONS, CORPORATE_ENDINGS, DESCRIPTOR_WORDS, NAME_SMALL_WORDS, SLOT_SKIP } from '../lexicon/names';

interface Read {
  text: string;
  start: number;
  end: number;
  date: string | null;
  amounts: Amount[];
  whens: When[];
  tokens: Token[];
  /** around() of the claim's amounts and dates, by span. */
  around: Map<string, string[]>;
  /** nameShape() of the names the claim's conflicts name, by text (a roll of names meets each of them in many pairs). */
  shapes: Map<string, NameShape>;
}

function read(side: Side): Read {
  const make = (): Read => {
    const { text, span } = side;
    const date = side.date ?? null;
    return {
      text, start: span.start, end: span.end, date,
      amounts: readAmounts(text, span.start, span.end, side.claim?.forms),
      whens: readWhens(text, span.start, span.end, date, side.claim?.forms),
      tokens: side.words !== undefined ? [...side.words] : side.claim !== undefined ? [...side.claim.textTokens()] : tokenize(text, span),
      around: new Map(),
      shapes: new Map(),
    };
  };
  return side.claim !== undefined ? side.claim.readings(make) : make();
}

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Lower-case content words around a span (four either side), for slot evidence. */
function around(r: Read, x: { start: number; end: number }): string[] {
  const key = `${x.start}:${x.end}`;
  const hit = r.around.get(key);
  if (hit !== undefined) return hit;
  const out = aroundOf(r, x);
  r.around.set(key, out);
  return out;
}

function aroundOf(r: Read, x: { start: number; end: number }): string[] {
  const before: string[] = [];
  const after: string[] = [];
  for (const t of r.tokens) {
    if (t.kind !== 'word') continue;
    if (t.end <= x.start) before.push(t.lemma);
    else if (t.start >= x.end) after.push(t.lemma);
  }
  return [...before.slice(-4), ...after.slice(0, 4)];
}

function slotScore(ha: Read, h: { start: number; end: number }, ta: Read, t: { start: number; end: number }): number {
  const a = around(ha, h);
  const b = new Set(around(ta, t));
  let s = 0;
  const seen = new Set<string>();
  for (const w of a) {
    if (seen.has(w) || !b.has(w)) continue;
    seen.add(w);
    s += WEAK_CONTEXT.has(w) ? 0.5 : 1;
  }
  return s;
}

/** Slot evidence an amount or date pair needs beyond its kind: shared words around both. */
const SLOT_EVIDENCE = TUNING.readers.slotEvidence;

export function readerConflicts(here: Side, there: OtherSide, found: readonly FactConflict[]): { drop: Set<FactConflict>; add: FactConflict[] } {
  const name = there.name;
  const H = read(here);
  const T = read(there);
  // a claim against its own copy: the slot comparators' say stands, the readers add nothing
  if (H.text.slice(H.start, H.end) === T.text.slice(T.start, T.end) && found.length === 0) return { drop: new Set(), add: [] };
  const drop = new Set<FactConflict>();
  const add: FactConflict[] = [];

  // --- amounts ------------------------------------------------------------------------------
  for (const c of found) {
    if (c.kind !== 'number') continue;
    const ha = H.amounts.filter((a) => overlapsSpan(a, c.here));
    const ta = T.amounts.filter((a) => overlapsSpan(a, c.there));
    if (ha.length === 1 && ta.length === 1 && relateAmounts(ha[0], ta[0]) === 'same') drop.add(c);
    else {
      // a figure the slot comparator read inside a date ("the third of May") is the date's business
      const hw = H.whens.filter((w) => overlapsSpan(w, c.here));
      const tw = T.whens.filter((w) => overlapsSpan(w, c.there));
      if (hw.length === 1 && tw.length === 1 && relateWhens(hw[0], tw[0]) === 'same') drop.add(c);
      // a figure of a time of day ("from 1 to 6 p.m.") is compared as a time, never as an amount
      // (the times are the readers' below: "1" / "8" and "6" / "5" are not two numbers that differ)
      else if (clockOnly(hw) || clockOnly(tw)) drop.add(c);
    }
  }
  const numberSpans = found.filter((c) => c.kind === 'number' && !drop.has(c));
  const hOpen = H.amounts.filter((a) => pairable(H, a) && !T.amounts.some((b) => relateAmounts(a, b) === 'same'));
  const tOpen = T.amounts.filter((b) => pairable(T, b) && !H.amounts.some((a) => relateAmounts(a, b) === 'same'));
  for (const p of greedyPairs(hOpen, tOpen, (a, b) => {
    const rel = relateAmounts(a, b);
    if (rel === 'same' || rel === 'incomparable') return null;
    const ctx = slotScore(H, a, T, b);
    const sameNoun = a.noun !== null && a.noun === b.noun ? 1 : 0;
    // different counted nouns ("four-week" / "192.25 points"), or figures orders of magnitude apart, are other slots
    if (a.noun !== null && b.noun !== null && a.noun !== b.noun) return null;
    if (a.noun !== b.noun && ctx < 2) return null;
    if (a.dim === 'count' && farApart(a, b) && ctx < 2.5) return null;
    // a different unit is a conflict only for one written figure ("10 kilometres" / "10 miles") or a clear slot
    // two currencies are a conflict only for one written figure ("€800,000" / "$800,000"): "£169.99" /
    // "$273" is a price in two markets, and no rate converts them offline
    if (rel === 'unit' && !sameWritten(a, b) && (ctx < 2.5 || a.dim === 'currency' || b.dim === 'currency')) return null;
    const score = ctx + sameNoun + (rel === 'unit' && sameWritten(a, b) ? 1 : 0) + (hOpen.length === 1 && tOpen.length === 1 ? 0.5 : 0);
    return score >= SLOT_EVIDENCE ? score : null;
  })) {
    if (numberSpans.some((c) => overlapsSpan(c.here, p.h) || overlapsSpan(c.there, p.t))) continue;
    const rel = relateAmounts(p.h, p.t);
    add.push({
      kind: 'number',
      here: { start: p.h.start, end: p.h.end, text: p.h.text },
      there: { start: p.t.start, end: p.t.end, text: p.t.text },
      message: rel === 'unit'
        ? `Unit differs: ${qt(p.h.text)} (${unitLabel(p.h)}) here, ${qt(p.t.text)} (${unitLabel(p.t)}) in ${name}`
        : `Number differs: ${qt(p.h.text)} here, ${qt(p.t.text)} in ${name}`,
    });
  }

  // several figures in one claim, each tied to a name or a date ("12 in Varna and 3 in Belovo" / "3 in Varna")
  for (const p of anchoredPairs(H, hOpenAll(H), T, hOpenAll(T), (a, b) => relateAmounts(a, b) === 'value', (a, b) => relateAmounts(a, b) === 'same', 'right')) {
    if ([...numberSpans, ...add].some((c) => overlapsSpan(c.here, p[0]) || overlapsSpan(c.there, p[1]))) continue;
    add.push({ kind: 'number', here: spanText(p[0]), there: spanText(p[1]), message: `Number differs: ${qt(p[0].text)} here, ${qt(p[1].text)} in ${name}` });
  }

  // --- dates and times ----------------------------------------------------------------------
  for (const c of found) {
    if (c.kind !== 'date') continue;
    const hw = H.whens.filter((w) => overlapsSpan(w, c.here));
    const tw = T.whens.filter((w) => overlapsSpan(w, c.there));
    if (hw.length === 1 && tw.length === 1 && relateWhens(hw[0], tw[0]) === 'same') drop.add(c);
  }
  // two dates of claims about different events ("announced Sunday that Mattis will leave …" /
  // "… the decision Mr. Trump announced on Wednesday"): not two values of one slot
  if (!there.matched && overlap(H, T) < TUNING.readers.sameEvent) for (const c of found) if (c.kind === 'date') drop.add(c);
  const dateSpans = found.filter((c) => c.kind === 'date' && !drop.has(c));
  // a time with its day ("from 7 a.m. to 7 p.m. Sept. 9") is settled by the same day alone
  // ("Sept. 9") only as a day: its time still compares with the other side's times
  const settles = (x: When, y: When): boolean => (x.clock !== null || y.clock === null) && relateWhens(x, y) === 'same';
  const hw = H.whens.filter((a) => !T.whens.some((b) => settles(b, a)));
  const tw = T.whens.filter((b) => !H.whens.some((a) => settles(a, b)));
  for (const p of greedyPairs(hw, tw, (a, b) => {
    if (relateWhens(a, b) !== 'differ' || weekdayFarFrom(a, b)) return null;
    const score = slotScore(H, a, T, b) + (hw.length === 1 && tw.length === 1 ? 1 : 0) + (a.grain === b.grain ? 0.5 : 0);
    return score >= SLOT_EVIDENCE ? score : null;
  })) {
    if (dateSpans.some((c) => overlapsSpan(c.here, p.h) || overlapsSpan(c.there, p.t))) continue;
    const time = p.h.clock !== null && p.t.clock !== null;
    add.push({
      kind: 'date',
      here: { start: p.h.start, end: p.h.end, text: p.h.text },
      there: { start: p.t.start, end: p.t.end, text: p.t.text },
      message: `${time ? 'Time' : 'Date'} differs: ${qt(p.h.text)} here, ${qt(p.t.text)} in ${name}`,
    });
  }

  // several dates in one claim, each tied to a name ("the Senate on Wednesday, … the House on Thursday" / "the House … on Wednesday")
  for (const p of anchoredPairs(H, H.whens, T, T.whens, (a, b) => relateWhens(a, b) === 'differ', (a, b) => relateWhens(a, b) === 'same', 'left')) {
    if (add.some((c) => c.kind === 'date' && (overlapsSpan(c.here, p[0]) || overlapsSpan(c.there, p[1])))) continue;
    if (dateSpans.some((c) => overlapsSpan(c.here, p[0]) || overlapsSpan(c.there, p[1]))) continue;
    add.push({ kind: 'date', here: spanText(p[0]), there: spanText(p[1]), message: `Date differs: ${qt(p[0].text)} here, ${qt(p[1].text)} in ${name}` });
  }

  // --- names ----------------------------------------------------------------------------------
  const nameKinds = new Set(['person', 'place', 'organization']);
  for (const c of found) {
    if (!nameKinds.has(c.kind)) continue;
    // one name the acronym or a part of the other ("GE" / "General Electric Co.", "UN Secretary-General" / "United Nations")
    const hs = shapeIn(H, c.here.text);
    const ts = shapeIn(T, c.there.text);
    if (shapesFit(hs, ts) || shapesFit(shapeIn(H, nameRun(H, c.here)), shapeIn(T, nameRun(T, c.there)))) drop.add(c);
    // a title or a party, not a name ("GOP Rep." / "the Texas Republican", "WHO chief" / "the Director-General")
    else if (c.kind !== 'place' && (hs.descriptor || ts.descriptor)) drop.add(c);
    // two posts of one person, each with its body ("executive director of the X Council" / "a
    // professor at the Y Hospital"): two facts about the person, not two values of one slot
    else if (c.kind === 'organization' && twoPosts(H, c.here, T, c.there)) drop.add(c);
    // two loosely related claims ("Saudi Arabia has objected …" / "… U.S. government investigations"): no shared event
    else if (!there.matched && (sharedContent(H, T, c) < 2 || overlap(H, T) < TUNING.readers.sameEvent)) drop.add(c);
  }
  if (!found.some((c) => nameKinds.has(c.kind) && !drop.has(c))) {
    const swap = nameSwap(H, T, here.facts, there.facts);
    if (swap !== null) add.push({ ...swap, message: `${swap.kind === 'place' ? 'Place' : swap.kind === 'person' ? 'Person' : swap.kind === 'organization' ? 'Organization' : 'Name'} differs: ${qt(swap.here.text)} here, ${qt(swap.there.text)} in ${name}` });
  }

  // --- opposites and implicit negation --------------------------------------------------------
  if (!found.some((c) => c.kind === 'negation')) {
    for (const o of findOpposites(H.tokens, T.tokens)) {
      const a = H.tokens[o.a];
      const b = T.tokens[o.b];
      add.push({
        kind: 'negation',
        here: { start: a.start, end: a.end, text: a.text },
        there: { start: b.start, end: b.end, text: b.text },
        message: o.why === 'antonym'
          ? `Opposite statement: ${qt(a.text)} here, ${qt(b.text)} in ${name}`
          : `Negation differs: ${qt(phrase(H, o.a))} here, ${qt(phrase(T, o.b))} in ${name}`,
      });
    }
  }

  // --- certainty ------------------------------------------------------------------------------
  for (const f of findCertainty(H.tokens, T.tokens)) {
    const a = H.tokens[f.a];
    const b = T.tokens[f.b];
    const hs = f.hedged === 'a' ? phraseFrom(H, f.marker, f.a) : a.text;
    const ts = f.hedged === 'b' ? phraseFrom(T, f.marker, f.b) : b.text;
    const hedgeWord = f.hedge === 'alleged' ? 'as reported or alleged' : f.hedge === 'possible' ? 'as possible' : f.hedge === 'planned' ? 'as planned' : 'as expected';
    add.push({
      kind: 'certainty',
      here: { start: f.hedged === 'a' ? H.tokens[f.marker].start : a.start, end: a.end, text: hs },
      there: { start: f.hedged === 'b' ? T.tokens[f.marker].start : b.start, end: b.end, text: ts },
      message: f.hedged === 'a'
        ? `Certainty differs: stated ${hedgeWord} here (${qt(hs)}), as done in ${name} (${qt(ts)})`
        : `Certainty differs: stated as done here (${qt(hs)}), ${hedgeWord} in ${name} (${qt(ts)})`,
    });
  }

  // --- roles ----------------------------------------------------------------------------------
  for (const r of findRoleSwaps(H.tokens, T.tokens)) {
    const a = H.tokens[r.a];
    const b = T.tokens[r.b];
    add.push({
      kind: 'role',
      here: { start: a.start, end: a.end, text: a.text },
      there: { start: b.start, end: b.end, text: b.text },
      message: `Roles differ: who ${qt(a.text)} whom is turned round in ${name} (${r.agent} and ${r.patient} change places)`,
    });
  }
  // what the readers add needs two claims about one thing: compare mode also checks weakly matched
  // pairs for conflicts ("said he will decide by June" / "said Thursday he hopes …"), and a new
  // conflict there would link two claims that do not say the same thing
  const kept = add.length > 0 && overlap(H, T) < SAME_THING ? [] : add;
  // a figure inside a time or date reported as differing is that difference, not a second one
  // ("from 8 a.m. to 5 p.m." / "from 7 a.m. to 7 p.m.": one time conflict, not two numbers besides)
  const dated = [...found.filter((c) => c.kind === 'date' && !drop.has(c)), ...kept.filter((c) => c.kind === 'date')];
  const inDated = (c: FactConflict): boolean => c.kind === 'number' && dated.some((d) => overlapsSpan(d.here, c.here) && overlapsSpan(d.there, c.there));
  for (const c of found) if (inDated(c)) drop.add(c);
  return { drop, add: kept.filter((c) => !inDated(c)) };
}

/** Share of the smaller claim's content words that the other claim also has, below which the readers add nothing. */
const SAME_THING = TUNING.readers.sameThing;

/** Share of the content words (lemmas of words that are not stop words) of the smaller claim found in the other. */
/**
 * Share of the smaller claim's content words (lemmas) that the other claim also uses: how much
 * two claims say about one thing, beyond the slot values that differ.
 */
export function contentOverlap(here: Side, there: Side): number {
  return overlap(read(here), read(there));
}

function overlap(H: Read, T: Read): number {
  const content = (r: Read): Set<string> => new Set(r.tokens.filter((t) => t.kind === 'word' && !t.stop).map((t) => t.lemma));
  const a = content(H);
  const b = content(T);
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** An amount that can take part in slot pairing: not a score, not inside a date, not a bare year ("a 2001 agreement"). */
function pairable(r: Read, a: Amount): boolean {
  if (a.dim === 'score' || inWhen(r, a)) return false;
  const year = a.dim === 'count' && a.qualifier === null && /^\d{4}$/.test(a.text) && Number(a.text) >= 1000 && Number(a.text) <= 2199;
  return !year;
}

/** Two counts more than ten times apart. */
function farApart(a: Amount, b: Amount): boolean {
  const x = Math.abs(Number(a.figure.n) / Number(a.figure.d));
  const y = Math.abs(Number(b.figure.n) / Number(b.figure.d));
  return Math.max(x, y) > 10 * Math.max(Math.min(x, y), 1e-9);
}

function nameWords(s: string): string[] {
  const ws = s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  // a leading country ("U.S. Sugar Corp.", "US District Court") qualifies the name, it is not part of its acronym
  if (ws.length > 2 && ws[0] === 'u' && (ws[1] === 's' || ws[1] === 'k')) return ws.slice(2);
  if (ws.length > 1 && (ws[0] === 'us' || ws[0] === 'uk')) return ws.slice(1);
  return ws;
}

/** What acronymOrPart() and descriptor() ask of one name, worked out once per name (see shapeIn). */
interface NameShape {
  /** nameWords() of the name. */
  readonly words: readonly string[];
  /** Initials of its words, corporate endings and small words left out. */
  readonly initials: string;
  /** Its words that may be acronyms (two to six letters), and its single letters run together when two or more. */
  readonly acronyms: readonly string[];
  /** Its words without corporate endings. */
  readonly core: readonly string[];
  /** Made only of titles and offices (and places): "GOP Rep", "Texas Republican", "Secretary-General". */
  readonly descriptor: boolean;
}

function nameShape(s: string): NameShape {
  const ws = nameWords(s);
  const acronyms = ws.filter((w) => w.length >= 2 && w.length <= 6);
  const letters = ws.filter((w) => w.length === 1).join('');
  if (letters.length >= 2) acronyms.push(letters);
  return {
    words: ws,
    initials: ws.filter((w) => !CORPORATE_ENDINGS.has(w) && !NAME_SMALL_WORDS.has(w)).map((w) => w[0]).join(''),
    acronyms,
    core: ws.filter((w) => !CORPORATE_ENDINGS.has(w)),
    descriptor: ws.length > 0 && ws.some((w) => DESCRIPTOR_WORDS.has(w)) && ws.every((w) => DESCRIPTOR_WORDS.has(w) || GAZETTEER.has(w)),
  };
}

/** nameShape() of a name in claim `r`, kept on the claim's readings. */
function shapeIn(r: Read, s: string): NameShape {
  let shape = r.shapes.get(s);
  if (shape === undefined) r.shapes.set(s, (shape = nameShape(s)));
  return shape;
}

/**
 * Whether one name is the other's acronym ("UCLA" / "University of California", "P-I" / "Seattle
 * Post-Intelligencer", "U.S." / "United States"), its words all in the other ("SCO" / "SCO Group",
 * "Wall St" / "Wall Street"), or the other but for one word of three or more ("Federal Emergency
 * Management Agency" / "… Administration").
 */
export function acronymOrPart(x: string, y: string): boolean {
  return shapesFit(nameShape(x), nameShape(y));
}

/** acronymOrPart() of two names' shapes. */
function shapesFit(A: NameShape, B: NameShape): boolean {
  if (A.words.length === 0 || B.words.length === 0) return false;
  const fits = (acr: string, init: string): boolean => acr.length >= 2 && init.length >= 2 && (acr === init || (init.length >= 2 && (acr.startsWith(init) || acr.endsWith(init) || init.endsWith(acr))));
  const ia = A.initials;
  const ib = B.initials;
  if (ib.length >= 2 && A.acronyms.some((w) => fits(w, ib))) return true;
  if (ia.length >= 2 && B.acronyms.some((w) => fits(w, ia))) return true;
  const ca = A.core;
  const cb = B.core;
  const has = (ws: readonly string[], w: string): boolean => ws.some((v) => v === w || (w.length >= 2 && w.length <= 3 && v.startsWith(w)) || (v.length >= 2 && v.length <= 3 && w.startsWith(v)));
  if ((ca.length > 0 && ca.every((w) => has(cb, w))) || (cb.length > 0 && cb.every((w) => has(ca, w)))) return true;
  const shared = ca.filter((w) => has(cb, w)).length;
  return shared >= 3 && ca.length - shared <= 1 && cb.length - shared <= 1;
}

/** The run of capitalised words around a span ("Electric" in "General Electric Co." → the three words). */
export function nameRun(r: Read, s: { start: number; end: number }): string {
  const toks = r.tokens;
  let i = toks.findIndex((t) => t.end > s.start);
  let j = i;
  if (i < 0) return r.text.slice(s.start, s.end);
  while (j + 1 < toks.length && toks[j + 1].start < s.end) j++;
  const capital = (t: Token): boolean => t.kind === 'word' && t.cap;
  while (i - 1 >= 0 && capital(toks[i - 1]) && toks[i - 1].end + 1 >= toks[i].start) i--;
  while (j + 1 < toks.length && (capital(toks[j + 1]) || toks[j + 1].text === '.') && toks[j + 1].start <= toks[j].end + 1) j++;
  return r.text.slice(toks[i].start, toks[j].end);
}

/** Content words (lemmas) the two claims share outside the conflicting names. */
function sharedContent(H: Read, T: Read, c: FactConflict): number {
  const inside = (t: Token, s: { start: number; end: number }): boolean => t.start >= s.start && t.end <= s.end;
  const content = (r: Read, s: { start: number; end: number }): Set<string> => new Set(r.tokens.filter((t) => t.kind === 'word' && !t.stop && !inside(t, s)).map((t) => t.lemma));
  const a = content(H, c.here);
  let n = 0;
  for (const w of content(T, c.there)) if (a.has(w)) n++;
  return n;
}

/** Size of the multiset intersection of two word lists. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const k = counts.get(w);
    if (k) { counts.set(w, k - 1); n++; }
  }
  return n;
}

/**
 * Two claims the same but for one name ("Toyota recalled 40,000 cars …" / "Honda recalled 40,000
 * cars …"): the name that changed is a conflict, however little else marks its slot.
 */
function nameSwap(H: Read, T: Read, hf: readonly Fact[], tf: readonly Fact[]): FactConflict | null {
  // each claim has a capitalised word the other lacks, or no name changed (a cheap test before the diff)
  const caps = (r: Read): Set<string> => new Set(r.tokens.filter((t) => t.cap && t.kind === 'word').map((t) => t.norm));
  const hc = caps(H);
  const tc = caps(T);
  if (![...hc].some((w) => !tc.has(w)) || ![...tc].some((w) => !hc.has(w))) return null;
  const hw = H.tokens.filter((t) => t.kind !== 'punct');
  const tw = T.tokens.filter((t) => t.kind !== 'punct');
  if (hw.length < 4 || tw.length < 4) return null;
  // the diff's common words are at most the words the two share (as multisets): when more than
  // three words of either side are not shared, or too few are, no one-name change can be there
  const hn = hw.map((t) => t.norm);
  const tn = tw.map((t) => t.norm);
  const shared = sharedCount(hn, tn);
  if (hn.length - shared > 3 || tn.length - shared > 3 || shared < 0.6 * Math.max(hn.length, tn.length)) return null;
  const parts = diffArrays(hn, tn);
  let removed: string[] | null = null;
  let added: string[] | null = null;
  let kept = 0;
  let at = 0;
  let bt = 0;
  let hs = -1;
  let ts = -1;
  for (const p of parts) {
    if (p.removed) { if (removed !== null) return null; removed = p.value; hs = at; at += p.value.length; continue; }
    if (p.added) { if (added !== null) return null; added = p.value; ts = bt; bt += p.value.length; continue; }
    kept += p.value.length;
    at += p.value.length;
    bt += p.value.length;
  }
  if (removed === null || added === null || removed.length > 3 || added.length > 3) return null;
  if (kept < 3 || kept < 0.6 * Math.max(hw.length, tw.length)) return null;
  const hTok = hw.slice(hs, hs + removed.length);
  const tTok = tw.slice(ts, ts + added.length);
  // names only: every changed word capitalised, not a stop word, not a month or weekday
  const isName = (t: Token): boolean => t.cap && !t.stop && t.kind === 'word' && !NUMBER_WORDS.has(t.norm);
  if (!hTok.every(isName) || !tTok.every(isName)) return null;
  // a lone word at the claim's start is a name only as the subject of a verb ("Toyota recalled …"),
  // not as a modifier ("Marlow loyalists …" / "Tavish loyalists …")
  const initial = (toks: readonly Token[], run: readonly Token[]): boolean => toks[0] === run[0];
  if ((initial(hw, hTok) && hTok.length === 1 && !verbLike(hw, hs + 1)) || (initial(tw, tTok) && tTok.length === 1 && !verbLike(tw, ts + 1))) return null;
  if (H.amounts.some((x) => overlapsSpan(x, { start: hTok[0].start, end: hTok[hTok.length - 1].end })) || T.amounts.some((x) => overlapsSpan(x, { start: tTok[0].start, end: tTok[tTok.length - 1].end }))) return null;
  const here = { start: hTok[0].start, end: hTok[hTok.length - 1].end, text: H.text.slice(hTok[0].start, hTok[hTok.length - 1].end) };
  const there = { start: tTok[0].start, end: tTok[tTok.length - 1].end, text: T.text.slice(tTok[0].start, tTok[tTok.length - 1].end) };
  if (sameName(here.text, there.text) || acronymOrPart(here.text, there.text)) return null;
  // tickers and other codes ("KSX" / "KIX"), and a country against a city in it ("Israel" / "Jerusalem"): not two values of one slot
  const code = (ts: readonly Token[]): boolean => ts.length === 1 && ts[0].text.length <= 5 && ts[0].text === ts[0].text.toUpperCase();
  if (code(hTok) || code(tTok)) return null;
  const known = (s: string): boolean => GAZETTEER.has(s.toLowerCase());
  if (known(here.text) !== known(there.text) || (known(here.text) && scopeOf(here.text) !== scopeOf(there.text))) return null;
  if (H.whens.some((w) => overlapsSpan(w, here)) || T.whens.some((w) => overlapsSpan(w, there))) return null;
  const typed = (fs: readonly Fact[], s: { start: number; end: number }): string | undefined => fs.find((f) => (f.type === 'person' || f.type === 'place' || f.type === 'organization') && overlapsSpan(f, s))?.type;
  const kind = known(here.text) && known(there.text) ? 'place' : typed(hf, here) ?? typed(tf, there) ?? 'other';
  return { kind: kind as FactConflict['kind'], here, there, message: '' };
}

/** A known place's scope: a region of the world, a city or state inside a country, or a country. */
function scopeOf(s: string): string {
  const v = s.toLowerCase();
  return WORLD_REGIONS.has(v) ? 'region' : SUBNATIONAL.has(v) ? 'local' : 'country';
}

const spanText = (x: { start: number; end: number; text: string }): { start: number; end: number; text: string } => ({ start: x.start, end: x.end, text: x.text });

function hOpenAll(r: Read): Amount[] {
  return r.amounts.filter((a) => pairable(r, a));
}

/**
 * The name or date a figure or date belongs to: the nearest capitalised word (or date, for a
 * figure) after it (`first` = 'right') or before it, within its clause; null when there is none.
 */
function anchorOf(r: Read, x: { start: number; end: number }, first: 'left' | 'right'): string | null {
  const toks = r.tokens;
  const at = toks.findIndex((t) => t.start >= x.end);
  const before = toks.findIndex((t) => t.end > x.start);
  const look = (from: number, step: number, max: number): string | null => {
    for (let k = from, n = 0; k >= 0 && k < toks.length && n < max; k += step, n++) {
      const t = toks[k];
      if (t.kind === 'punct' && t.text !== '-' && t.text !== '$' && t.text !== '%') return null;
      if (t.kind === 'word' && ANCHOR_STOP.has(t.norm)) return null;
      const w = r.whens.find((w) => t.start >= w.start && t.end <= w.end && !overlapsSpan(w, x));
      if (w !== undefined && first === 'right') return `when:${w.text.toLowerCase()}`;
      if (t.kind === 'word' && t.cap && !t.stop && w === undefined) return t.lemma;
    }
    return null;
  };
  const right = at < 0 ? null : look(at, 1, 4);
  const left = before <= 0 ? null : look(before - 1, -1, 6);
  return first === 'right' ? right ?? left : left ?? right;
}

/** Pairs of items with the same anchor, one on each side and only one, that `differ` says are different. */
function anchoredPairs<T extends { start: number; end: number; text: string }>(
  H: Read, hs: readonly T[], T_: Read, ts: readonly T[], differ: (a: T, b: T) => boolean, same: (a: T, b: T) => boolean, first: 'left' | 'right',
): Array<[T, T]> {
  const unanchored = { h: [] as T[], t: [] as T[] };
  const group = (r: Read, xs: readonly T[], loose: T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of xs) {
      const k = anchorOf(r, x, first);
      if (k === null) { loose.push(x); continue; }
      const g = m.get(k);
      if (g === undefined) m.set(k, [x]);
      else g.push(x);
    }
    return m;
  };
  const gh = group(H, hs, unanchored.h);
  if (gh.size === 0) return [];
  const gt = group(T_, ts, unanchored.t);
  const out: Array<[T, T]> = [];
  for (const [k, xs] of gh) {
    const ys = gt.get(k);
    if (ys === undefined || xs.length !== 1 || ys.length !== 1) continue;
    // either one the same as an item of the other side tied to nothing: that one may be its counterpart
    if (unanchored.t.some((y) => same(xs[0], y)) || unanchored.h.some((x) => same(x, ys[0]))) continue;
    if (differ(xs[0], ys[0])) out.push([xs[0], ys[0]]);
  }
  return out;
}

const WEEKDAY_NAMES = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|tonight)\b/i;

/**
 * A weekday ("on Monday") means a day of the week around the article's date: against a date more
 * than a week from it ("in early July") it is another slot, not another date.
 */
function weekdayFarFrom(a: When, b: When): boolean {
  const wa = WEEKDAY_NAMES.test(a.text);
  const wb = WEEKDAY_NAMES.test(b.text);
  if (wa === wb) return false;
  const w = wa ? a : b;
  const o = wa ? b : a;
  if (w.days === null || o.days === null || !w.yearKnown || !o.yearKnown) return o.days !== null && o.days.every((d) => d.hi - d.lo > 7);
  const gap = Math.min(...w.days.flatMap((x) => o.days!.map((y) => Math.max(0, y.lo - x.hi, x.lo - y.hi))));
  return gap > 7;
}

/**
 * The post an organisation is named with: the word before "of", "at", "for" or "with" (an article
 * between) right before the name — "director" in "executive director of the X Council" — or null.
 */
function postBefore(r: Read, x: { start: number; end: number }): string | null {
  let k = r.tokens.findIndex((t) => t.start >= x.start) - 1;
  if (k < 0) return null;
  if (r.tokens[k].kind === 'word' && SLOT_SKIP.has(r.tokens[k].norm)) k--; // the articles
  if (k < 1 || !AFFILIATION_PREPOSITIONS.has(r.tokens[k].norm)) return null;
  const w = r.tokens[k - 1];
  return w.kind === 'word' && !w.stop && !w.cap && isPost(w.lemma) ? w.lemma : null;
}

/** A word for a post: a title ("director", "professor") or a noun for who does a job ("researcher", "analyst", "spokeswoman"). */
function isPost(w: string): boolean {
  return TITLES.has(w) || (w.length >= 5 && POST_ENDING.test(w));
}
const POST_ENDING = /(?:or|er|ist|ian|ent|man|woman)$/;

/** Each organisation named with a post, and the two posts differ ("director of …" / "professor at …"). */
function twoPosts(H: Read, h: { start: number; end: number }, T: Read, t: { start: number; end: number }): boolean {
  const a = postBefore(H, h);
  const b = postBefore(T, t);
  return a !== null && b !== null && a !== b;
}

/** Whens that all read a time of day. */
function clockOnly(ws: readonly When[]): boolean {
  return ws.length > 0 && ws.every((w) => w.clock !== null);
}

function inWhen(r: Read, x: { start: number; end: number }): boolean {
  return r.whens.some((w) => overlapsSpan(w, x));
}

/** The same figure written on both sides (the unit alone differs): "10 kilometres" / "10 miles". */
function sameWritten(a: Amount, b: Amount): boolean {
  const digits = (s: string): string => s.replace(/[^0-9.]/g, '');
  return digits(a.text) !== '' && digits(a.text) === digits(b.text);
}

/** The negation and its predicate: "refused to confirm", "not evacuated". */
function phrase(r: Read, i: number): string {
  let k = i;
  while (k > 0 && i - k < 3 && r.tokens[k - 1].kind === 'word' && (r.tokens[k - 1].stop || r.tokens[k - 1].lemma === 'not' || r.tokens[k - 1].norm === "n't" || ['refuse', 'fail', 'decline', 'deny', 'unable', 'never'].includes(r.tokens[k - 1].lemma))) k--;
  return phraseFrom(r, k, i);
}

function phraseFrom(r: Read, from: number, to: number): string {
  return r.text.slice(r.tokens[Math.min(from, to)].start, r.tokens[Math.max(from, to)].end);
}
