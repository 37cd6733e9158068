/** Dates: two dates for the same slot that cannot be the same day. */
import type { Fact } from '../facts/types';
import { contextScore, differs, greedyPairs, spanOf, type FactConflict } from './common';
import { WEEKDAY_FORMS } from '../lexicon/calendar';


export interface DateParts { y?: number; m?: number; d?: number; wd?: number; rel?: string }

export function dateParts(f: Fact): DateParts {
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

export function datesConsistent(a: DateParts, b: DateParts): boolean {
  if (a.rel !== undefined || b.rel !== undefined) return a.rel === undefined || b.rel === undefined || a.rel === b.rel;
  for (const k of ['y', 'm', 'd', 'wd'] as const) {
    if (a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]) return false;
  }
  return true;
}

export function datesComparable(a: DateParts, b: DateParts): boolean {
  if (a.rel !== undefined || b.rel !== undefined) return false;
  return (a.m !== undefined && b.m !== undefined) || (a.wd !== undefined && b.wd !== undefined) || (a.y !== undefined && b.y !== undefined);
}

export function compareDates(hs: Fact[], ts: Fact[], name: string): FactConflict[] {
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
export function farFromWeekday(h: Fact, a: DateParts, t: Fact, b: DateParts): boolean {
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
export function isWeekdayWord(text: string): boolean {
  return text.toLowerCase().split(/[^a-z]+/).some((w) => WEEKDAY_FORMS.has(w));
}


export function datesComparableOrSame(a: DateParts, b: DateParts): boolean {
  return datesComparable(a, b) || (a.rel !== undefined && a.rel === b.rel);
}

