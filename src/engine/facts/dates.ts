/** Dates and times: month names, weekdays, relative days, years, ISO dates. */
import type { Fact } from './types';
import type { Token } from '../text/fact-tokens';
import { isUpper } from '../text/chars';
import { MONTHS, WEEKDAYS, WEEKDAY_NAMES } from '../lexicon/calendar';
import { YEAR_CUES as YEAR_PREV } from '../lexicon/news';

const pad = (n: number): string => (n < 10 ? '0' + n : String(n));

interface YMD { y: number; m: number; d: number }

export function parseIsoDate(s: string | null): YMD | null {
  if (s === null || s.length < 10) return null;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (s[4] !== '-' || s[7] !== '-' || !Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

function addDays(base: YMD, days: number): YMD {
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d) + days * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function dow(d: YMD): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

const iso = (d: YMD): string => `${String(d.y).padStart(4, '0')}-${pad(d.m)}-${pad(d.d)}`;

/** The most recent given weekday on or before the article date (strictly before when `strict`). */
export function resolveWeekday(articleDate: string | null, weekday: number, strict = false): string | null {
  const base = parseIsoDate(articleDate);
  if (!base) return null;
  let diff = (dow(base) - weekday + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return iso(addDays(base, -diff));
}

function dayNumber(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num') return null;
  let s = t.lower;
  if (s.endsWith('st') || s.endsWith('nd') || s.endsWith('rd') || s.endsWith('th')) s = s.slice(0, -2);
  if (s.length === 0 || s.length > 2) return null;
  for (const ch of s) if (ch < '0' || ch > '9') return null;
  const n = Number(s);
  return n >= 1 && n <= 31 ? n : null;
}

export function yearNumber(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  for (const ch of t.text) if (ch < '0' || ch > '9') return null;
  const n = Number(t.text);
  return n >= 1800 && n <= 2100 ? n : null;
}

/** Every word that can start a date below: one look-up passes over all the other words. */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'this',
]);

/**
 * Extracts date facts. `used[i]` is set for every token consumed so that the number extractor skips it.
 */
export function extractDates(text: string, toks: readonly Token[], articleDate: string | null, used: boolean[]): Fact[] {
  const out: Fact[] = [];
  const base = parseIsoDate(articleDate);
  const mk = (i: number, j: number, value: string, weekday?: number): void => {
    for (let k = i; k <= j; k++) used[k] = true;
    const f: Fact = { type: 'date', start: toks[i].start, end: toks[j].end, text: text.slice(toks[i].start, toks[j].end), value };
    if (weekday !== undefined) f.weekday = weekday;
    out.push(f);
  };
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i];
    if (t.kind === 'word') {
      if (!DATE_WORDS.has(t.lower)) continue;
      const month = MONTHS.get(t.lower);
      const capital = isUpper(t.text[0]);
      if (month !== undefined && capital) {
        const abbrev = t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july';
        const next = toks[i + 1];
        const nextIsDot = next !== undefined && next.text === '.' && next.start === t.end;
        const k = nextIsDot ? i + 2 : i + 1;
        const day = dayNumber(toks[k]);
        // day before month: "17 October", "the 17th of October"
        let dayBefore: number | null = null;
        let startIdx = i;
        if (day === null) {
          if (toks[i - 1] && !used[i - 1] && dayNumber(toks[i - 1]) !== null) { dayBefore = dayNumber(toks[i - 1]); startIdx = i - 1; }
          else if (toks[i - 1]?.lower === 'of' && dayNumber(toks[i - 2]) !== null && !used[i - 2]) { dayBefore = dayNumber(toks[i - 2]); startIdx = i - 2; }
        }
        const d = day ?? dayBefore;
        // "May" / "March" as ordinary words need a day or a year, or a date-like preposition before
        const ambiguous = t.lower === 'may' || t.lower === 'march' || abbrev;
        let endIdx = day !== null ? k : (nextIsDot ? i + 1 : i);
        let year: number | null = null;
        const afterDay = toks[endIdx + 1];
        if (afterDay && afterDay.text === ',' && yearNumber(toks[endIdx + 2]) !== null) { year = yearNumber(toks[endIdx + 2]); endIdx += 2; }
        else if (yearNumber(afterDay) !== null) { year = yearNumber(afterDay); endIdx += 1; }
        if (ambiguous && d === null && year === null) {
          const prev = toks[i - 1]?.lower;
          if (!(prev === 'in' || prev === 'since' || prev === 'until' || prev === 'by' || prev === 'early' || prev === 'late' || prev === 'mid' || prev === 'last' || prev === 'next' || prev === 'this')) continue;
          if (t.lower === 'may' && t.sentenceStart) continue;
        }
        let value: string;
        if (year !== null && d !== null) value = `${year}-${pad(month)}-${pad(d)}`;
        else if (year !== null) value = `${year}-${pad(month)}`;
        else if (d !== null) value = `--${pad(month)}-${pad(d)}`;
        else {
          const prev = toks[i - 1]?.lower;
          if (base && (prev === 'last' || prev === 'this' || prev === 'next')) {
            const y = prev === 'last' ? (month >= base.m ? base.y - 1 : base.y) : prev === 'next' ? (month <= base.m ? base.y + 1 : base.y) : base.y;
            value = `${y}-${pad(month)}`;
          } else value = `--${pad(month)}`;
        }
        if (year !== null && d !== null) {
          mk(startIdx, endIdx, value, dow({ y: year, m: month, d }));
        } else mk(startIdx, endIdx, value);
        i = endIdx;
        continue;
      }
      const wd = WEEKDAYS.get(t.lower);
      if (wd !== undefined && capital) {
        const prev = toks[i - 1]?.lower;
        const strict = prev === 'last';
        const r = resolveWeekday(articleDate, wd, strict);
        let s = i;
        if ((prev === 'last' || prev === 'next' || prev === 'this') && !used[i - 1]) s = i - 1;
        if (prev === 'next') {
          const b = parseIsoDate(articleDate);
          if (b) {
            let diff = (wd - dow(b) + 7) % 7;
            if (diff === 0) diff = 7;
            mk(s, i, iso(addDays(b, diff)), wd);
            continue;
          }
        }
        mk(s, i, r ?? `weekday:${WEEKDAY_NAMES[wd]}`, wd);
        continue;
      }
      if (t.lower === 'today' || t.lower === 'yesterday' || t.lower === 'tomorrow' || t.lower === 'tonight') {
        const off = t.lower === 'yesterday' ? -1 : t.lower === 'tomorrow' ? 1 : 0;
        if (base) {
          const d = addDays(base, off);
          mk(i, i, iso(d), dow(d));
        } else mk(i, i, `relative:${t.lower === 'tonight' ? 'today' : t.lower}`);
        continue;
      }
      if ((t.lower === 'last' || t.lower === 'next' || t.lower === 'this') && toks[i + 1]) {
        const unit = toks[i + 1].lower;
        if (unit === 'month' || unit === 'year' || unit === 'week') {
          const sign = t.lower === 'last' ? -1 : t.lower === 'next' ? 1 : 0;
          let value = `relative:${t.lower} ${unit}`;
          if (base) {
            if (unit === 'year') value = String(base.y + sign);
            else if (unit === 'month') {
              const mm = base.m + sign;
              const y = mm < 1 ? base.y - 1 : mm > 12 ? base.y + 1 : base.y;
              value = `${y}-${pad(((mm + 11) % 12) + 1)}`;
            } else {
              value = `week:${iso(addDays(base, sign * 7 - ((dow(base) + 6) % 7)))}`;
            }
          }
          mk(i, i + 1, value);
          i++;
          continue;
        }
      }
    } else if (t.kind === 'num') {
      // ISO date 2023-11-08
      if (t.text.length === 10 && t.text[4] === '-' && t.text[7] === '-') {
        const d = parseIsoDate(t.text);
        if (d) { mk(i, i, iso(d), dow(d)); continue; }
      }
      const y = yearNumber(t);
      if (y !== null) {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        const prevOk = prev !== undefined && (YEAR_PREV.has(prev.lower) || prev.text === ',' || prev.text === '(');
        const nextOk = next === undefined || next.kind === 'punct' || next.lower === 'and' || next.lower === 'to';
        const currency = prev !== undefined && (prev.text === '$' || prev.text === '£' || prev.text === '€');
        if (!currency && (prevOk || nextOk) && !(next && (next.text === '%' || next.lower === 'percent'))) {
          mk(i, i, String(y));
          continue;
        }
      }
    }
  }
  return out;
}
