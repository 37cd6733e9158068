/** Numbers: two figures for the same slot that cannot be the same amount. */
import type { Fact } from '../facts/types';
import { contextScore, differs, greedyPairs, spanOf, type FactConflict } from './common';
import { TUNING } from '../tuning';
import { MEASURES } from '../lexicon/news';


/** Decimal places written in the fact's first digit run ("10.6 percent" → 1), or null for word numbers. */
export function writtenDecimals(f: Fact): { mantissa: number; decimals: number } | null {
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
export function sameFigure(a: Fact, b: Fact): boolean {
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

export const near = (x: number, y: number, tol: number): boolean => Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;

/** How far past a bound a plain figure may lie and still be what the bound describes. */
const BOUND_REACH = TUNING.facts.boundReach;

/** True when value `y` (another side's figure) fits what fact `a` says, given its range and qualifier. */
export function fits(a: Fact, y: number, b: Fact): boolean {
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


export const MEASURE_NAMES: ReadonlySet<string> = new Set(MEASURES.values());

export function unitClass(u: string | undefined): string {
  return u === undefined ? '' : MEASURES.get(u) ?? u;
}

export function compareNumbers(hs: Fact[], ts: Fact[], name: string): FactConflict[] {
  const open = (xs: Fact[], ys: Fact[]): Fact[] => xs.filter((x) => !ys.some((y) => numbersAgree(x, y) && unitsCompatible(x, y, true)));
  const hOpen = open(hs, ts);
  const tOpen = open(ts, hs);
  const pairs = greedyPairs(hOpen, tOpen, (h, t) => {
    if (!unitsCompatible(h, t, false)) return null;
    const x = Math.abs(Number(h.value));
    const y = Math.abs(Number(t.value));
    // different counted nouns: only figures of one order of magnitude can be the same slot
    if (h.unit !== t.unit && Number.isFinite(x) && Number.isFinite(y) && Math.max(x, y) > TUNING.facts.magnitudeRatio * Math.max(Math.min(x, y), 1e-9)) return null;
    const ctx = contextScore(h, t);
    const same = h.unit !== undefined && unitClass(h.unit) === unitClass(t.unit);
    const clash = h.unit !== undefined && t.unit !== undefined && !same;
    const score = (same ? 2 : 0) - (clash ? 0.5 : 0) + ctx + (h.qualifier !== undefined && h.qualifier === t.qualifier ? 0.5 : 0);
    return score >= TUNING.facts.numberSlotEvidence ? score : null;
  });
  return pairs.filter((p) => !numbersAgree(p.h, p.t)).map((p) => differs('number', spanOf(p.h), spanOf(p.t), name));
}

export const symbol = (u: string): boolean => u === '$' || u === '£' || u === '€' || u === '¥' || u === '%' || u === 'range';

export function unitsCompatible(a: Fact, b: Fact, loose: boolean): boolean {
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

