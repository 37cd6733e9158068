/**
 * Dates and times as intervals. `chrono-node` in strict mode reads the formal forms (day and
 * month with or without a year, "the first of June", clock times with a.m./p.m. and zones), with
 * the article's own date as the reference and never the clock; our own layer adds the forms news
 * writes that chrono's strict mode leaves out: months and years alone, seasons, early-/mid-/late-
 * month and year, decades, weekdays resolved against the article's date, noon and midnight, parts
 * of the day and time-zone abbreviations.
 *
 * Every expression resolves to a union of day intervals and/or a union of minute-of-day intervals;
 * two expressions conflict only when they cannot overlap (`relateWhens`). Without a year, days
 * are compared on a leap-year calendar of month and day.
 *
 * Pure: chrono's components are read, never its Date objects, so the machine's time zone cannot
 * leak in; the reference is built from the article date alone.
 */
import * as chrono from 'chrono-node';
import { foldText, origin } from '../text/fold';
import { lex, type Lex } from './amounts';
import { unionsOverlap, type NumInterval } from './intervals';
import { DATE_PREPOSITIONS, DATE_TIME_JOINERS as JOINERS, DAY_PARTS, MONTH_PARTS, SEASONS, TIME_ZONES } from '../lexicon/news';
import type { TokenForms } from '../text/tokens';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';

export interface When {
  /** Offsets into the original text. */
  start: number;
  end: number;
  text: string;
  /** Days as half-open intervals of day numbers (days since 1970-01-01), or of days of a leap year when `yearKnown` is false. */
  days: NumInterval[] | null;
  yearKnown: boolean;
  /** A weekday written and not resolved (no article date): 0 = Sunday … 6 = Saturday. */
  weekday: number | null;
  /** Minutes of the day, half-open, in the written zone. */
  clock: NumInterval[] | null;
  /** Minutes east of UTC when a zone is written. */
  zone: number | null;
  /** Written as a span ("from 8 a.m. to 5 p.m."): two spans compare end by end. */
  range?: boolean;
  /** The finest unit written: what the expression is precise to. */
  grain: 'minute' | 'hour' | 'part' | 'day' | 'month' | 'season' | 'year' | 'decade';
}

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
/** Day of the leap template year 2000 (0-based), for dates without a year. */
const templateDay = (m: number, d: number): number => dayNumber(2000, m, d) - dayNumber(2000, 1, 1);
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/** Any word the own layer or chrono can start a date or time with (a quick test before reading a claim). */
const DATE_WORD_TEST = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|noon|midnight|yesterday|today|tomorrow|tonight|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth)\b/i;

/** A month's name, a clock time ("7 a.m.", "9.30pm", "14:00") or a numeric date ("3/5/2024") in the text. */
function mayHoldDate(t: string): boolean {
  if (/\d\s?[ap]\.?m\b|\d:\d\d|\d[./-]\d{1,2}[./-]\d|\d\/\d/i.test(t)) return true;
  return t.toLowerCase().split(/[^a-z]+/).some((w) => w.length > 2 && MONTHS.has(w));
}

/** Parses an ISO date YYYY-MM-DD; null when absent or not a date. */
function isoParts(date: string | null): [number, number, number] | null {
  if (date === null || date.length < 10) return null;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return [y, m, d];
}

interface Raw extends Omit<When, 'start' | 'end' | 'text'> { s: number; e: number }

/**
 * Every date or time expression in `text[start, end)`, resolved against `articleDate`
 * (YYYY-MM-DD, or null: then weekdays and dates without a year stay unresolved).
 */
/** `forms`: the comparison's token-form memo (context.ts), when there is one. */
export function readWhens(text: string, start: number, end: number, articleDate: string | null, forms?: TokenForms): When[] {
  // a digit, a month, a weekday, a season or a word of the day is needed (most claims have none)
  const raw = text.slice(start, end);
  if (!/\p{Nd}/u.test(raw) && !DATE_WORD_TEST.test(raw)) return [];
  const folded = foldText(text, start, end);
  const t = folded.text;
  const ref = isoParts(articleDate);
  const raws: Raw[] = [];
  // chrono only where its strict mode can read something: a month's name, a clock time or a slash
  // date (most claims have none; figures alone are amounts)
  if (mayHoldDate(t)) for (const r of chronoWhens(t, ref)) raws.push(r);
  const ls = lex(t, forms);
  for (const r of ownWhens(ls, ref)) {
    if (raws.some((x) => x.s < r.e && r.s < x.e)) continue;
    raws.push(r);
  }
  raws.sort((a, b) => a.s - b.s || b.e - a.e);
  const merged = mergeAdjacent(raws, t);
  return merged.map((r) => {
    const span = origin(folded, r.s, r.e);
    const { s: _s, e: _e, ...rest } = r;
    void _s;
    void _e;
    return { ...rest, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  });
}

// ---------------------------------------------------------------------------------------------
// chrono (strict)
// ---------------------------------------------------------------------------------------------

function chronoWhens(t: string, ref: [number, number, number] | null): Raw[] {
  // local noon of the article's date: chrono reads local components, so any machine zone gives the same day
  const instant = ref ? new Date(ref[0], ref[1] - 1, ref[2], 12) : new Date(2000, 0, 1, 12);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(t, { instant }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: Raw[] = [];
  for (const r of results) {
    const c = r.start;
    const hasMonth = c.isCertain('month');
    const hasHour = c.isCertain('hour');
    // a bare figure read as a time ("at 4.25") is not a time unless it says so
    if (!hasMonth && hasHour && !timeLooksWritten(r.text)) continue;
    if (!hasMonth && !hasHour) continue;
    // what chrono reads must hold a figure or a month's name ("in the day" is neither)
    const named = r.text.toLowerCase().split(/[^a-z]+/).some((w) => MONTHS.has(w));
    if (!/\d/.test(r.text) && !named) continue;
    // a relative date ("10 days ago") means something only against the article's date
    if (ref === null && hasMonth && !named && !/\d[/.-]\d/.test(r.text)) continue;
    // "1/2" in "2 1/2 cents" is a fraction, not January 2: a slash date needs its year
    if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) && !c.isCertain('year')) continue;
    const raw: Raw = { s: r.index, e: r.index + r.text.length, days: null, yearKnown: false, weekday: null, clock: null, zone: null, grain: 'day' };
    if (hasMonth) {
      const m = c.get('month') ?? 1;
      const dayKnown = c.isCertain('day');
      const yearKnown = c.isCertain('year');
      const y = yearKnown ? c.get('year') ?? 2000 : ref ? nearestYear(ref, m) : 2000;
      const resolved = yearKnown || ref !== null;
      if (dayKnown) {
        const d = c.get('day') ?? 1;
        raw.days = [resolved ? { lo: dayNumber(y, m, d), hi: dayNumber(y, m, d) + 1 } : { lo: templateDay(m, d), hi: templateDay(m, d) + 1 }];
        raw.grain = 'day';
      } else {
        raw.days = [monthRange(resolved ? y : null, m, 1, 31)];
        raw.grain = 'month';
      }
      raw.yearKnown = resolved;
      if (r.end && r.end.isCertain('day') && r.end.isCertain('month')) {
        const em = r.end.get('month') ?? m;
        const ed = r.end.get('day') ?? 1;
        const ey = r.end.isCertain('year') ? r.end.get('year') ?? y : y;
        const hi = resolved ? dayNumber(ey, em, ed) + 1 : templateDay(em, ed) + 1;
        if (hi > raw.days[0].lo) raw.days = [{ lo: raw.days[0].lo, hi }];
      }
    }
    if (hasHour) {
      const h = c.get('hour') ?? 0;
      const min = c.isCertain('minute') ? c.get('minute') ?? 0 : 0;
      const at = h * 60 + min;
      raw.clock = [{ lo: at, hi: at + 1 }];
      // "from 8 a.m. to 5 p.m.": a span of the day, compared end by end
      if (r.end && r.end.isCertain('hour')) {
        const end = (r.end.get('hour') ?? 0) * 60 + (r.end.isCertain('minute') ? r.end.get('minute') ?? 0 : 0);
        if (end > at) { raw.clock = [{ lo: at, hi: end + 1 }]; raw.range = true; }
      }
      raw.grain = hasMonth ? 'minute' : 'minute';
      if (c.isCertain('timezoneOffset')) raw.zone = c.get('timezoneOffset') ?? null;
      if (!hasMonth) raw.grain = 'minute';
    }
    out.push(raw);
  }
  return out;
}

/** A time written with a colon, a.m./p.m., "h" or "hrs": "14:00", "9.30pm", "7 a.m." — not "4.25". */
function timeLooksWritten(s: string): boolean {
  const l = s.toLowerCase();
  return l.includes(':') || l.includes('am') || l.includes('pm') || l.includes('a.m') || l.includes('p.m') || l.includes('gmt') || l.includes('utc') || l.includes('hrs') || l.includes('noon') || l.includes('midnight') || l.includes('o\'clock');
}

/** The year of month `m` nearest the article date (a month written without a year). */
function nearestYear(ref: [number, number, number], m: number): number {
  const [y, rm] = ref;
  if (m - rm > 6) return y - 1;
  if (rm - m > 6) return y + 1;
  return y;
}

function monthRange(y: number | null, m: number, d0: number, d1: number): NumInterval {
  if (y === null) {
    const last = daysInMonth(2000, m);
    return { lo: templateDay(m, Math.min(d0, last)), hi: templateDay(m, Math.min(d1, last)) + 1 };
  }
  const last = daysInMonth(y, m);
  return { lo: dayNumber(y, m, Math.min(d0, last)), hi: dayNumber(y, m, Math.min(d1, last)) + 1 };
}

// ---------------------------------------------------------------------------------------------
// our own layer
// ---------------------------------------------------------------------------------------------

function yearAt(l: Lex | undefined): number | null {
  if (l === undefined || l.kind !== 'num' || l.v.length !== 4 || l.v.includes(',') || l.v.includes('.')) return null;
  const y = Number(l.v);
  return y >= 1000 && y <= 2199 ? y : null;
}

function monthAt(l: Lex | undefined, ls: readonly Lex[], i: number): number | null {
  if (l === undefined || l.kind !== 'word' || !l.cap) return null;
  const m = MONTHS.get(l.v);
  if (m === undefined) return null;
  // "May" and "March" are also words: as a month they sit after a date word or before a year or a day
  if ((l.v === 'may' || l.v === 'march' || l.v.length <= 3) && !DATE_PREPOSITIONS.has(ls[i - 1]?.v ?? '') && yearAt(ls[i + 1]) === null && !(ls[i + 1]?.v === '.' && yearAt(ls[i + 2]) !== null)) return null;
  return m;
}

function ownWhens(ls: readonly Lex[], ref: [number, number, number] | null): Raw[] {
  const out: Raw[] = [];
  const base = (s: number, e: number, grain: When['grain']): Raw => ({ s, e, days: null, yearKnown: false, weekday: null, clock: null, zone: null, grain });
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    // part of a month or a year: "late June", "mid-October", "the end of July", "early 2021"
    let part: readonly [number, number] | undefined;
    let k = i;
    if (l.kind === 'word' && (l.v === 'early' || l.v === 'mid' || l.v === 'late')) {
      part = MONTH_PARTS.get(l.v);
      k = ls[i + 1]?.v === '-' ? i + 2 : i + 1;
    } else if (l.kind === 'word' && l.v === 'the' && (ls[i + 1]?.v === 'end' || ls[i + 1]?.v === 'beginning' || ls[i + 1]?.v === 'middle' || ls[i + 1]?.v === 'start') && ls[i + 2]?.v === 'of') {
      part = MONTH_PARTS.get(ls[i + 1].v);
      k = i + 3;
    }
    if (part !== undefined) {
      const m = monthAt(ls[k], ls, k) ?? (ls[k]?.kind === 'word' && ls[k].cap ? MONTHS.get(ls[k].v) ?? null : null);
      if (m !== null) {
        let e = ls[k].e;
        let y = yearAt(ls[k + 1]);
        if (y === null && ls[k + 1]?.v === ',' && yearAt(ls[k + 2]) !== null) { y = yearAt(ls[k + 2]); e = ls[k + 2].e; } else if (y !== null) e = ls[k + 1].e;
        const yy = y ?? (ref ? nearestYear(ref, m) : null);
        const r = base(l.s, e, 'part');
        r.days = [monthRange(yy, m, part[0], part[1])];
        r.yearKnown = yy !== null;
        out.push(r);
        i = k + (y !== null ? 1 : 0);
        continue;
      }
      // "the late 1880s": the last four years of the decade (also the early and mid ones)
      const dec = decadeAt(ls, k);
      if (dec !== null) {
        const [a, b] = l.v === 'early' ? [0, 3] : l.v === 'mid' ? [3, 7] : [6, 9];
        const r = base(l.s, dec.e, 'decade');
        r.days = [{ lo: dayNumber(dec.y + a, 1, 1), hi: dayNumber(dec.y + b + 1, 1, 1) }];
        r.yearKnown = true;
        out.push(r);
        i = dec.next - 1;
        continue;
      }
      const y = yearAt(ls[k]);
      if (y !== null) {
        // early/mid/late year: thirds of it
        const third = l.v === 'early' || ls[i + 1]?.v === 'beginning' || ls[i + 1]?.v === 'start' ? [1, 4] : l.v === 'mid' || ls[i + 1]?.v === 'middle' ? [5, 8] : [9, 12];
        const r = base(l.s, ls[k].e, 'part');
        r.days = [{ lo: dayNumber(y, third[0], 1), hi: dayNumber(y, third[1], daysInMonth(y, third[1])) + 1 }];
        r.yearKnown = true;
        out.push(r);
        i = k;
        continue;
      }
    }
    // a season: "in the spring of 2023", "winter 2021", "last autumn"
    if (l.kind === 'word' && SEASONS.has(l.v)) {
      const [m0, m1] = SEASONS.get(l.v)!;
      let j = i + 1;
      if (ls[j]?.v === 'of') j++;
      const y = yearAt(ls[j]);
      const prev = ls[i - 1]?.v ?? '';
      const prev2 = ls[i - 2]?.v ?? '';
      const isDate = y !== null || prev === 'this' || prev === 'last' || prev === 'next' || ((prev === 'the' || prev === 'in') && (prev2 === 'in' || prev2 === 'during' || prev2 === 'by' || prev2 === 'until' || prev === 'in'));
      if (!isDate) continue;
      const r = base(l.s, y !== null ? ls[j].e : l.e, 'season');
      if (y !== null) {
        // "winter 2021": the winter that starts in December 2020 or the one in December 2021
        r.days = m0 <= m1
          ? [{ lo: dayNumber(y, m0, 1), hi: dayNumber(y, m1, daysInMonth(y, m1)) + 1 }]
          : [{ lo: dayNumber(y - 1, 12, 1), hi: dayNumber(y, 3, 1) }, { lo: dayNumber(y, 12, 1), hi: dayNumber(y + 1, 3, 1) }];
        r.yearKnown = true;
      } else {
        r.days = m0 <= m1 ? [{ lo: templateDay(m0, 1), hi: templateDay(m1, daysInMonth(2000, m1)) + 1 }] : [{ lo: templateDay(12, 1), hi: 366 }, { lo: 0, hi: templateDay(3, 1) }];
      }
      out.push(r);
      i = y !== null ? j : i;
      continue;
    }
    // a month alone or with a year: "in June", "Sept. 2019", "June 2021"
    const m = monthAt(l, ls, i);
    if (m !== null) {
      let j = i + 1;
      if (ls[j]?.v === '.' && ls[j].s === l.e) j++;
      let y = yearAt(ls[j]);
      if (y === null && ls[j]?.v === ',' && yearAt(ls[j + 1]) !== null) { j++; y = yearAt(ls[j]); }
      // a day number after the month belongs to chrono's reading ("June 6"): skip it here
      if (y === null && ls[j]?.kind === 'num' && ls[j].v.length <= 2) continue;
      const yy = y ?? (ref ? nearestYear(ref, m) : null);
      const r = base(l.s, y !== null ? ls[j].e : l.e, 'month');
      r.days = [monthRange(yy, m, 1, 31)];
      r.yearKnown = yy !== null;
      out.push(r);
      if (y !== null) i = j;
      continue;
    }
    // a decade: "the 1990s", "in the 1880s"
    const dec = decadeAt(ls, i);
    if (dec !== null) {
      const r = base(l.s, dec.e, 'decade');
      r.days = [{ lo: dayNumber(dec.y, 1, 1), hi: dayNumber(dec.y + 10, 1, 1) }];
      r.yearKnown = true;
      out.push(r);
      i = dec.next - 1;
      continue;
    }
    // a span of years: "from 1976 to 1980", "between 2001 and 2003", "1998-2002"
    const y0 = yearAt(l);
    const sep = ls[i + 1];
    const y1 = yearAt(ls[i + 2]);
    if (y0 !== null && y1 !== null && y1 > y0 && sep !== undefined && (sep.v === 'to' || sep.v === '-' || sep.v === '\u2013' || (sep.v === 'and' && ls[i - 1]?.v === 'between'))) {
      const r = base(l.s, ls[i + 2].e, 'year');
      r.days = [{ lo: dayNumber(y0, 1, 1), hi: dayNumber(y1 + 1, 1, 1) }];
      r.yearKnown = true;
      r.range = true;
      out.push(r);
      i += 2;
      continue;
    }
    // a year after a date word: "in 1887", "since 1998"
    const y = yearAt(l);
    if (y !== null && DATE_PREPOSITIONS.has(ls[i - 1]?.v ?? '') && ls[i + 1]?.v !== 's') {
      const r = base(l.s, l.e, 'year');
      r.days = [{ lo: dayNumber(y, 1, 1), hi: dayNumber(y + 1, 1, 1) }];
      r.yearKnown = true;
      out.push(r);
      continue;
    }
    // a weekday: "on Thursday", "Thursday's", "Sunday morning"
    if (l.kind === 'word' && l.cap && WEEKDAYS.has(l.v)) {
      const wd = WEEKDAYS.get(l.v)!;
      let e = l.e;
      let j = i + 1;
      if (ls[j]?.v === "'s" || ls[j]?.v === '’s') { e = ls[j].e; j++; }
      const r = base(l.s, e, 'day');
      if (ref !== null) {
        // the day of that name within six days either side of the article's date
        const today = dayNumber(ref[0], ref[1], ref[2]);
        const days: NumInterval[] = [];
        for (let k2 = -6; k2 <= 6; k2++) if (weekdayOf(today + k2) === wd) days.push({ lo: today + k2, hi: today + k2 + 1 });
        r.days = days;
        r.yearKnown = true;
      } else r.weekday = wd;
      const dp = ls[j]?.kind === 'word' ? DAY_PARTS.get(ls[j].v) : undefined;
      if (dp !== undefined) { r.clock = dp.map(([lo, hi]) => ({ lo, hi })); r.e = ls[j].e; r.grain = 'part'; }
      out.push(r);
      continue;
    }
    // yesterday, today, tomorrow (only with an article date)
    if (l.kind === 'word' && ref !== null && (l.v === 'yesterday' || l.v === 'today' || l.v === 'tomorrow' || l.v === 'tonight')) {
      const today = dayNumber(ref[0], ref[1], ref[2]);
      const k2 = l.v === 'yesterday' ? -1 : l.v === 'tomorrow' ? 1 : 0;
      const r = base(l.s, l.e, 'day');
      r.days = [{ lo: today + k2, hi: today + k2 + 1 }];
      r.yearKnown = true;
      if (l.v === 'tonight') r.clock = DAY_PARTS.get('night')!.map(([lo, hi]) => ({ lo, hi }));
      out.push(r);
      continue;
    }
    // a clock time chrono's strict mode drops when a weekday is next to it ("7 p.m. on Sunday")
    const clock = clockAt(ls, i);
    if (clock !== null) {
      const r = base(l.s, clock.e, 'minute');
      r.clock = [{ lo: clock.at, hi: clock.at + 1 }];
      out.push(r);
      i = clock.next - 1;
      continue;
    }
    // noon, midnight, midday
    if (l.kind === 'word' && (l.v === 'noon' || l.v === 'midnight')) {
      const r = base(l.s, l.e, 'minute');
      r.clock = l.v === 'noon' ? [{ lo: 720, hi: 721 }] : [{ lo: 0, hi: 1 }, { lo: 1439, hi: 1440 }];
      out.push(r);
      continue;
    }
  }
  return out;
}

/** "7 p.m.", "7pm", "9.30am", "14:00", "09:30": minutes of the day, the end and the next lexeme. */
function clockAt(ls: readonly Lex[], i: number): { at: number; e: number; next: number } | null {
  const l = ls[i];
  if (l.kind !== 'num') return null;
  let h: number;
  let m = 0;
  let j = i + 1;
  let colon = false;
  if (/^\d{1,2}$/.test(l.v)) {
    h = Number(l.v);
    if (ls[j]?.v === ':' && ls[j].s === l.e && ls[j + 1]?.kind === 'num' && /^\d{2}$/.test(ls[j + 1].v)) {
      m = Number(ls[j + 1].v);
      j += 2;
      colon = true;
    }
  } else if (/^\d{1,2}\.\d{2}$/.test(l.v)) {
    h = Number(l.v.slice(0, l.v.indexOf('.')));
    m = Number(l.v.slice(l.v.indexOf('.') + 1));
  } else return null;
  if (h > 24 || m > 59) return null;
  let e = ls[j - 1].e;
  // a.m. / p.m.: "am", "pm", "a.m.", "p.m."
  let mer: 'a' | 'p' | null = null;
  const w = ls[j];
  if (w?.kind === 'word' && (w.v === 'am' || w.v === 'pm')) { mer = w.v[0] as 'a' | 'p'; e = w.e; j++; }
  else if (w?.kind === 'word' && (w.v === 'a' || w.v === 'p') && ls[j + 1]?.v === '.' && ls[j + 2]?.v === 'm') {
    mer = w.v as 'a' | 'p';
    e = ls[j + 2].e;
    j += 3;
    if (ls[j]?.v === '.' && ls[j].s === e) { e = ls[j].e; j++; }
  }
  if (mer === null && !colon) return null;
  if (mer !== null && (h < 1 || h > 12)) return null;
  if (mer === 'a' && h === 12) h = 0;
  if (mer === 'p' && h < 12) h += 12;
  return { at: (h % 24) * 60 + m, e, next: j };
}

function decadeAt(ls: readonly Lex[], i: number): { y: number; e: number; next: number } | null {
  const y = yearAt(ls[i]);
  if (y === null || y % 10 !== 0) return null;
  const s = ls[i + 1];
  if (s?.kind === 'word' && s.v === 's' && s.s === ls[i].e) return { y, e: s.e, next: i + 2 };
  if (s?.kind === 'sym' && (s.v === "'" || s.v === '’') && ls[i + 2]?.v === 's') return { y, e: ls[i + 2].e, next: i + 3 };
  return null;
}

/** Joins a clock-only expression with an adjacent day-only one; widens times after approximators; reads zones after times. */
function mergeAdjacent(raws: Raw[], t: string): Raw[] {
  const out: Raw[] = [];
  for (const r of raws) {
    applyZoneAndApprox(r, t);
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.e <= r.s) {
      const gap = t.slice(prev.e, r.s).toLowerCase().split(/\s+/).filter((w) => w.length > 0);
      const joinable = gap.length <= 3 && gap.every((w) => JOINERS.has(w) || JOINERS.has(w.replace(/,$/, '')));
      const clockOnly = (x: Raw): boolean => x.clock !== null && x.days === null && x.weekday === null;
      const dayOnly = (x: Raw): boolean => x.clock === null && (x.days !== null || x.weekday !== null);
      if (joinable && ((clockOnly(prev) && dayOnly(r)) || (dayOnly(prev) && clockOnly(r)))) {
        const day = dayOnly(prev) ? prev : r;
        const clock = clockOnly(prev) ? prev : r;
        out[out.length - 1] = { ...day, clock: clock.clock, zone: clock.zone, s: prev.s, e: r.e, grain: clock.grain };
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

function applyZoneAndApprox(r: Raw, t: string): void {
  if (r.clock === null) return;
  // a zone abbreviation after the time ("7 p.m. EST"), when chrono left it
  if (r.zone === null) {
    let j = r.e;
    while (j < t.length && t[j] === ' ') j++;
    let k = j;
    while (k < t.length && k - j < 5 && ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= 'a' && t[k] <= 'z'))) k++;
    const w = t.slice(j, k);
    const z = w === w.toUpperCase() ? TIME_ZONES.get(w.toLowerCase()) : undefined;
    if (z !== undefined && k > j) { r.zone = z; r.e = k; }
  }
  // "about 7 a.m.", "shortly after 9", "just before midnight": half an hour either way
  const before = t.slice(Math.max(0, r.s - 16), r.s).toLowerCase();
  if (/(?:about|around|approximately|roughly|shortly after|just after|shortly before|just before|soon after)\s*(?:at\s*)?$/.test(before)) {
    r.clock = r.clock.map((c) => ({ lo: c.lo - 30, hi: c.hi + 30 }));
  } else if (/(?:^|\s)(?:after|since|from)\s*$/.test(before)) {
    r.clock = r.clock.map((c) => ({ lo: c.lo, hi: 1440 }));
  } else if (/(?:^|\s)(?:before|until|by)\s*$/.test(before)) {
    r.clock = r.clock.map((c) => ({ lo: 0, hi: c.hi }));
  }
}

// ---------------------------------------------------------------------------------------------
// comparing
// ---------------------------------------------------------------------------------------------

export type WhenRelation = 'same' | 'differ' | 'incomparable';

/** Days of a leap template year that a union of absolute days covers (null when it spans a year or more). */
function toTemplate(days: readonly NumInterval[]): NumInterval[] | null {
  const out: NumInterval[] = [];
  const md = (day: number): number => {
    const date = new Date(day * DAY_MS);
    return templateDay(date.getUTCMonth() + 1, date.getUTCDate());
  };
  for (const d of days) {
    if (d.hi - d.lo >= 365) return null;
    const lo = md(d.lo);
    const hi = md(d.hi - 1) + 1;
    if (lo < hi) out.push({ lo, hi });
    else { out.push({ lo, hi: 366 }); out.push({ lo: 0, hi }); }
  }
  return out;
}

/** How two expressions stand: they may be the same time, they cannot be, or they say nothing about each other. */
export function relateWhens(a: When, b: When): WhenRelation {
  let compared = false;
  // days
  if (a.days !== null && b.days !== null) {
    let x: NumInterval[] | null = a.days;
    let y: NumInterval[] | null = b.days;
    if (a.yearKnown !== b.yearKnown) {
      if (a.yearKnown) x = toTemplate(a.days);
      else y = toTemplate(b.days);
    }
    if (x !== null && y !== null) {
      if (!unionsOverlap(x, y)) return 'differ';
      compared = true;
    }
  } else if ((a.weekday !== null || b.weekday !== null) && (a.days !== null || b.days !== null || (a.weekday !== null && b.weekday !== null))) {
    const wa = weekdaysOf(a);
    const wb = weekdaysOf(b);
    if (wa !== null && wb !== null) {
      if (!wa.some((w) => wb.includes(w))) return 'differ';
      compared = true;
    }
  }
  // two spans of the day compare end by end: "8 a.m. to 5 p.m." is not "7 a.m. to 7 p.m."
  if (a.range === true && b.range === true && a.clock !== null && b.clock !== null && a.clock.length === 1 && b.clock.length === 1 && a.zone === b.zone) {
    return a.clock[0].lo === b.clock[0].lo && a.clock[0].hi === b.clock[0].hi ? 'same' : 'differ';
  }
  // clock
  if (a.clock !== null && b.clock !== null) {
    let x = a.clock;
    let y = b.clock;
    if (a.zone !== null && b.zone !== null && a.zone !== b.zone) {
      const d = a.zone - b.zone;
      // express a's clock in b's zone: wrap around the day
      x = x.flatMap((c) => wrap(c.lo - d, c.hi - d));
    }
    y = y.flatMap((c) => wrap(c.lo, c.hi));
    if (!unionsOverlap(x, y)) return 'differ';
    compared = true;
  }
  return compared ? 'same' : 'incomparable';
}

function wrap(lo: number, hi: number): NumInterval[] {
  const D = 1440;
  const l = ((lo % D) + D) % D;
  const len = Math.min(D, hi - lo);
  return l + len <= D ? [{ lo: l, hi: l + len }] : [{ lo: l, hi: D }, { lo: 0, hi: l + len - D }];
}

/** The weekdays an expression can fall on (null when it spans a week or more, or says no day). */
function weekdaysOf(w: When): number[] | null {
  if (w.weekday !== null) return [w.weekday];
  if (w.days === null || !w.yearKnown) return null;
  const out: number[] = [];
  for (const d of w.days) {
    if (d.hi - d.lo >= 7) return null;
    for (let k = d.lo; k < d.hi; k++) out.push(weekdayOf(k));
  }
  return out;
}
