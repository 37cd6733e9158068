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
 * What a claim's readers find is kept per claim (keyed by its facts array, as claim.ts does).
 */
import { readAmounts, relateAmounts, unitLabel, type Amount } from '../facts/amounts';
import { findCertainty } from '../facts/certainty';
import { readWhens, relateWhens, type When } from '../facts/datetime';
import { findOpposites } from '../facts/opposites';
import { findRoleSwaps } from '../facts/roles';
import type { Fact } from '../facts/types';
import { tokenize, type Token } from '../text/tokens';
import { WEAK_CONTEXT } from '../lexicon/stopwords';
import { greedyPairs, qt, type FactConflict, type OtherSide, type Side } from './common';

interface Read {
  text: string;
  start: number;
  end: number;
  date: string | null;
  amounts: Amount[];
  whens: When[];
  tokens: Token[];
}

const READ = new WeakMap<readonly Fact[], Read>();

function read(side: Side): Read {
  const { text, span } = side;
  const date = side.date ?? null;
  const hit = READ.get(side.facts);
  if (hit !== undefined && hit.text === text && hit.start === span.start && hit.end === span.end && hit.date === date) return hit;
  const r: Read = {
    text, start: span.start, end: span.end, date,
    amounts: readAmounts(text, span.start, span.end),
    whens: readWhens(text, span.start, span.end, date),
    tokens: tokenize(text, span),
  };
  READ.set(side.facts, r);
  return r;
}

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Lower-case content words around a span (four either side), for slot evidence. */
function around(r: Read, x: { start: number; end: number }): string[] {
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
const SLOT_EVIDENCE = 1.5;

export function readerConflicts(here: Side, there: OtherSide, found: readonly FactConflict[]): { drop: Set<FactConflict>; add: FactConflict[] } {
  const name = there.name;
  const H = read(here);
  const T = read(there);
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
    if (a.noun !== null && b.noun !== null && a.noun !== b.noun && ctx < 2.5) return null;
    if (a.dim === 'count' && farApart(a, b) && ctx < 2.5) return null;
    // a different unit is a conflict only for one written figure ("10 kilometres" / "10 miles") or a clear slot
    if (rel === 'unit' && !sameWritten(a, b) && ctx < 2.5) return null;
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

  // --- dates and times ----------------------------------------------------------------------
  for (const c of found) {
    if (c.kind !== 'date') continue;
    const hw = H.whens.filter((w) => overlapsSpan(w, c.here));
    const tw = T.whens.filter((w) => overlapsSpan(w, c.there));
    if (hw.length === 1 && tw.length === 1 && relateWhens(hw[0], tw[0]) === 'same') drop.add(c);
  }
  const dateSpans = found.filter((c) => c.kind === 'date' && !drop.has(c));
  const hw = H.whens.filter((a) => !T.whens.some((b) => relateWhens(a, b) === 'same'));
  const tw = T.whens.filter((b) => !H.whens.some((a) => relateWhens(a, b) === 'same'));
  for (const p of greedyPairs(hw, tw, (a, b) => {
    if (relateWhens(a, b) !== 'differ') return null;
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
  return { drop, add };
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
