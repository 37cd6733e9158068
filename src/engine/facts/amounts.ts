/**
 * Amounts as intervals: figures with currency symbols and codes, magnitude suffixes (k, m, bn, tn,
 * million …), percentages, number words and fractions, ranges, bounds and approximators, units of
 * measure with conversion. Exact rationals throughout (intervals.ts); every Unicode digit and
 * invisible character is folded first (fold.ts) with offsets kept exact.
 *
 * Two amounts agree when their intervals overlap once the finer one is read at the coarser one's
 * precision ("£2.1bn" / "2.1 billion pounds", "about 45" / "between 40 and 50", "5 km" / "5,000
 * metres"); they conflict on value when the intervals cannot overlap ("about 90" / "between 40 and
 * 50"), and on unit when the units measure different things or are different currencies ("10
 * kilometres" / "10 miles" are a conversion away: 16.1 km ≠ 10 km; "€800,000" / "$800,000").
 *
 * Pure: no I/O; the scanner is hand-written (no regular expression over the text).
 */
import { foldText, origin } from '../text/fold';
import { isLetterOrMark } from '../text/chars';
import { tokenize, type TokenForms } from '../text/tokens';
import {
  cmp, div, mul, overlaps, parseDecimal, rat, sub, add, widen,
  type Interval, type Rational,
} from './intervals';
import { TUNING } from '../tuning';
import { AMOUNT_APPROXIMATORS, COUNT_FILLERS, CURRENCY_CODES, CURRENCY_WORDS, DOLLAR_CODES, DOLLAR_PREFIXES as DOLLAR_PREFIX, FRACTION_WORDS, MAGNITUDE_WORDS as MAGNITUDES, MEASURE_UNITS as UNIT_WORDS, METRE_CONTEXT, NUMBER_WORDS, PERCENT_WORDS, SYMBOL_CURRENCY, WEIGHT_CONTEXT } from '../lexicon/news';

/** A unit of measure with its size as an exact rational (lexicon/news MEASURE_UNITS, decoded once). */
interface MeasureUnit {
  dim: string;
  unit: string;
  factor: Rational;
}
const MEASURE_UNITS: ReadonlyMap<string, MeasureUnit> = new Map(
  [...UNIT_WORDS].map(([w, m]) => [w, { dim: m.dim, unit: m.unit, factor: rat(m.factor[0], m.factor[1]) }]),
);

export type Qualifier = 'about' | 'nearly' | 'at least' | 'more than' | 'at most' | 'less than' | 'up to' | 'range' | 'exactly';

export interface Amount {
  /** Offsets into the original text. */
  start: number;
  end: number;
  text: string;
  /** What the figure measures: 'count', 'ratio' (percentages, fractions), 'currency', or a measure ('length', 'mass', …). */
  dim: string;
  /** The currency ('USD', 'GBP', '$' for a dollar of unknown country, 'pound' …) or the unit as written, canonical ('km', 'mile'); null for counts and ratios. */
  unit: string | null;
  /** The value in the dimension's base unit (metres, kilograms, a fraction for percentages, the currency's unit). */
  value: Interval;
  /** The figure itself (a bound's or an approximation's number; the low end of a range), in base units. */
  figure: Rational;
  /** Half the written precision in base units ("2.1bn" → 0.05bn; "40" → 0.5), 0 for words that are exact. */
  half: Rational;
  qualifier: Qualifier | null;
  /** The noun counted, lower case, when one follows ("homes"), else null. */
  noun: string | null;
  /** A fraction word ("two-thirds", "a quarter"): approximate by nature. */
  fraction: boolean;
  /** The digits as written, before any magnitude ("54.9" in "$54.9-million"), or null for words. */
  written: Rational | null;
  /** Whether a magnitude (k, m, bn, million …) multiplies the written digits. */
  scaled: boolean;
}

// ---------------------------------------------------------------------------------------------
// lexing the folded text
// ---------------------------------------------------------------------------------------------

export interface Lex {
  kind: 'num' | 'word' | 'sym';
  /** Starts with an upper-case letter (words only). */
  cap: boolean;
  /** Offsets into the folded text. */
  s: number;
  e: number;
  /** Lower-case word, the digits of a number (separators kept), or the symbol. */
  v: string;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Separators a figure keeps between its digits besides "," and ".": the Arabic decimal and thousands signs. */
const isFigureMark = (c: string): boolean => c === '\u066b' || c === '\u066c';
/** Spaces that group a figure's digits ("12 345"): one of them between two digit runs joins them. */
const isFigureSpace = (c: string): boolean => c === '\u202f' || c === '\u00a0';
/** A figure's digits as read: the Arabic decimal sign as ".", its thousands sign and grouping spaces as ",". */
const figureValue = (v: string): string => v.replace(/\u066b/g, '.').replace(/[\u066c\u202f\u00a0]/g, ',');

/**
 * Lexemes of a folded text, read from the one tokeniser's tokens (text/tokens): a figure's digits
 * with their separators (a clock time's ":" and a suffix such as "pm" or "km" are lexemes of their
 * own; so are the digits of a word such as "G7"), words (a clitic joins the word it touches:
 * "didn't"; an abbreviation's dots are symbols: "U", ".", "S", "."), and symbols.
 */
export function lex(t: string, forms?: TokenForms): Lex[] {
  const out: Lex[] = [];
  const push = (kind: Lex['kind'], s: number, e: number): void => {
    const raw = t.slice(s, e);
    out.push({ kind, cap: kind === 'word' && raw[0] !== raw[0].toLowerCase(), s, e, v: kind === 'num' ? figureValue(raw) : kind === 'word' ? raw.toLowerCase() : raw });
  };
  for (const tok of tokenize(t, undefined, forms)) {
    if (tok.kind === 'punct') {
      const last = out[out.length - 1];
      if (isFigureMark(tok.text) && last?.kind === 'num' && last.e === tok.start) { last.e = tok.end; last.v += tok.text; continue; }
      for (let k = tok.start; k < tok.end; k++) push('sym', k, k + 1);
      continue;
    }
    // runs of one class inside the token: digits (with separators before a digit), letters (with inner apostrophes), dots
    let k = tok.start;
    while (k < tok.end) {
      const c = t[k];
      let j = k + 1;
      if (isDigit(c)) {
        while (j < tok.end && (isDigit(t[j]) || ((t[j] === ',' || t[j] === '.') && j + 1 < tok.end && isDigit(t[j + 1])))) j++;
        // a figure the tokeniser left in parts: "US250" "," "000"; "12" nbsp "345"; "3" "٫" "5"
        const sep = out[out.length - 1];
        if (sep?.kind === 'sym' && (sep.v === ',' || sep.v === '.') && sep.e === k && out[out.length - 2]?.kind === 'num' && out[out.length - 2].e === sep.s) out.pop();
        const last = out[out.length - 1];
        const glue = last?.kind === 'num' && (last.e === k - 1 ? isFigureSpace(t[k - 1]) || t[k - 1] === ',' || t[k - 1] === '.' : last.e === k && isFigureMark(t[k - 1]));
        if (glue && last !== undefined) { last.e = j; last.v = figureValue(t.slice(last.s, j)); } else push('num', k, j);
      } else if (c === '.' || c === ':' || !isLetterOrMark(c) && c !== "'" && c !== '\u2019') {
        push('sym', k, j);
      } else {
        while (j < tok.end && !isDigit(t[j]) && t[j] !== '.' && t[j] !== ':' && (isLetterOrMark(t[j]) || t[j] === "'" || t[j] === '\u2019')) j++;
        const last = out[out.length - 1];
        const lead = t[k] === "'" || t[k] === '\u2019';
        if (lead && !(last?.kind === 'word' && last.e === k)) { push('sym', k, k + 1); if (j > k + 1) push('word', k + 1, j); }
        else if (last?.kind === 'word' && last.e === k) { last.e = j; last.v = t.slice(last.s, j).toLowerCase(); }
        else push('word', k, j);
      }
      k = j;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// vocabulary
// ---------------------------------------------------------------------------------------------

/** Any number word, fraction word or "dozen" (a quick test before reading a claim). */
const NUMBER_WORD_TEST = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|tenths?)\b/i;

const BOUND_WORDS: ReadonlyArray<[readonly string[], Qualifier]> = [
  [['at', 'least'], 'at least'], [['no', 'fewer', 'than'], 'at least'], [['no', 'less', 'than'], 'at least'], [['a', 'minimum', 'of'], 'at least'],
  [['more', 'than'], 'more than'], [['over'], 'more than'], [['upwards', 'of'], 'more than'], [['in', 'excess', 'of'], 'more than'],
  [['above'], 'more than'], [['exceeding'], 'more than'],
  [['at', 'most'], 'at most'], [['no', 'more', 'than'], 'at most'], [['a', 'maximum', 'of'], 'at most'], [['up', 'to'], 'at most'], [['as', 'much', 'as'], 'at most'], [['as', 'many', 'as'], 'at most'], [['as', 'high', 'as'], 'at most'],
  [['fewer', 'than'], 'less than'], [['less', 'than'], 'less than'], [['under'], 'less than'], [['below'], 'less than'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['just', 'under'], 'nearly'], [['close', 'to'], 'nearly'], [['just', 'shy', 'of'], 'nearly'],
  [['exactly'], 'exactly'], [['precisely'], 'exactly'],
];

// ---------------------------------------------------------------------------------------------
// reading
// ---------------------------------------------------------------------------------------------

interface Figure { value: Rational; half: Rational; s: number; e: number; next: number; words: boolean; fraction: boolean; written?: Rational; scaled?: boolean }

/** A digit figure at lexeme i (with a following magnitude word or suffix), or a run of number words. */
function figureAt(ls: readonly Lex[], i: number, t: string): Figure | null {
  const l = ls[i];
  if (l === undefined) return null;
  if (l.kind === 'num') {
    const v = parseDecimal(l.v);
    if (v === null) return null;
    const dot = l.v.indexOf('.');
    const decimals = dot < 0 ? 0 : l.v.length - dot - 1;
    let value = v;
    let half = rat(1n, 2n * 10n ** BigInt(decimals));
    let e = l.e;
    let next = i + 1;
    // a written fraction: "1/2", "2 1/2" (a mixed number), "3/4"
    const slash = (k: number): [bigint, bigint] | null => {
      const n = ls[k];
      const sl = ls[k + 1];
      const d = ls[k + 2];
      if (n?.kind !== 'num' || sl?.v !== '/' || d?.kind !== 'num' || sl.s !== n.e || d.s !== sl.e || !/^\d{1,2}$/.test(n.v) || !/^\d{1,2}$/.test(d.v)) return null;
      const den = BigInt(d.v);
      return den >= 2n && den <= 16n && BigInt(n.v) < den ? [BigInt(n.v), den] : null;
    };
    const own = slash(i);
    if (own !== null) return { value: rat(own[0], own[1]), half: rat(0), s: l.s, e: ls[i + 2].e, next: i + 3, words: false, fraction: false };
    const mixed = decimals === 0 && ls[i + 1]?.s !== l.e ? slash(i + 1) : null;
    if (mixed !== null) {
      value = rat(v.n * mixed[1] + mixed[0], mixed[1]);
      half = rat(0);
      e = ls[i + 3].e;
      next = i + 4;
    }
    const m = ls[next];
    // "2.1bn", "7m", "250k", "£2.1 billion"; "1.5 million"; "half a million" is read by words()
    if (m !== undefined && m.kind === 'word' && MAGNITUDES.has(m.v) && (m.s === l.e || m.v.length > 2 || m.v === 'bn' || m.v === 'mn' || m.v === 'tn')) {
      const mult = rat(MAGNITUDES.get(m.v)!);
      value = mul(value, mult);
      half = mul(half, mult);
      e = m.e;
      next++;
    }
    // "10.5-million" written with a hyphen
    else if (m !== undefined && m.kind === 'sym' && m.v === '-' && m.s === l.e && ls[next + 1]?.kind === 'word' && MAGNITUDES.has(ls[next + 1].v) && ls[next + 1].v.length > 2) {
      const mult = rat(MAGNITUDES.get(ls[next + 1].v)!);
      value = mul(value, mult);
      half = mul(half, mult);
      e = ls[next + 1].e;
      next += 2;
    }
    void t;
    return { value, half, s: l.s, e, next, words: false, fraction: false, written: v, scaled: next > i + 1 };
  }
  if (l.kind === 'word') return wordsAt(ls, i);
  return null;
}

/** Number words: "twelve", "twenty-five", "two hundred", "three thousand", "half a million", "two-thirds", "a quarter", "a dozen". */
function wordsAt(ls: readonly Lex[], i: number): Figure | null {
  const l = ls[i];
  // fractions: "two-thirds", "two thirds", "a third", "one quarter", "half"
  const fr = fractionAt(ls, i);
  if (fr !== null) return fr;
  if (l.v === 'a' || l.v === 'an') {
    const nx = ls[i + 1];
    if (nx?.kind === 'word' && (nx.v === 'dozen' || nx.v === 'hundred' || nx.v === 'thousand' || nx.v === 'million' || nx.v === 'billion' || nx.v === 'trillion')) {
      const base = nx.v === 'dozen' ? 12n : nx.v === 'hundred' ? 100n : MAGNITUDES.get(nx.v)!;
      return { value: rat(base), half: rat(0), s: l.s, e: nx.e, next: i + 2, words: true, fraction: false };
    }
    return null;
  }
  if (!NUMBER_WORDS.has(l.v) && l.v !== 'dozen') return null;
  let total = 0n;
  let current = 0n;
  let j = i;
  let e = l.e;
  let any = false;
  while (j < ls.length) {
    const w = ls[j];
    if (w.kind === 'sym' && w.v === '-' && any && ls[j + 1]?.kind === 'word' && NUMBER_WORDS.has(ls[j + 1].v) && ls[j + 1].s === w.e) { j++; continue; }
    if (w.kind === 'word' && w.v === 'and' && any && ls[j + 1]?.kind === 'word' && NUMBER_WORDS.has(ls[j + 1].v) && (NUMBER_WORDS.get(ls[j + 1].v) ?? 0n) < 100n && current >= 100n) { j++; continue; }
    if (w.kind !== 'word') break;
    const n = NUMBER_WORDS.get(w.v);
    if (n !== undefined) {
      if (n === 100n) current = (current === 0n ? 1n : current) * 100n;
      else current += n;
      any = true;
      e = w.e;
      j++;
      continue;
    }
    if (w.v === 'dozen' && any) { current *= 12n; e = w.e; j++; continue; }
    const mag = MAGNITUDES.get(w.v);
    if (mag !== undefined && w.v.length > 2 && any) {
      total += (current === 0n ? 1n : current) * mag;
      current = 0n;
      e = w.e;
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  // "one and a half million"
  let value = rat(total + current);
  if (ls[j]?.v === 'and' && ls[j + 1]?.v === 'a' && ls[j + 2]?.v === 'half') {
    value = add(value, rat(1n, 2n));
    e = ls[j + 2].e;
    j += 3;
    const mag = ls[j]?.kind === 'word' ? MAGNITUDES.get(ls[j].v) : undefined;
    if (mag !== undefined && ls[j].v.length > 2) { value = mul(value, rat(mag)); e = ls[j].e; j++; }
  }
  // a lone "one" is as often a pronoun ("one of the …") as a figure
  if (j === i + 1 && l.v === 'one') return null;
  return { value, half: rat(0), s: l.s, e, next: j, words: true, fraction: false };
}

function fractionAt(ls: readonly Lex[], i: number): Figure | null {
  const l = ls[i];
  let num: bigint | null = null;
  let j = i;
  if (l.v === 'a' || l.v === 'an' || l.v === 'one') { num = 1n; j = i + 1; }
  else if (NUMBER_WORDS.has(l.v) && (NUMBER_WORDS.get(l.v) ?? 0n) < 10n) { num = NUMBER_WORDS.get(l.v)!; j = i + 1; }
  else if (l.v === 'half') {
    // "half a million", "half of the staff"
    const a = ls[i + 1];
    const mag = ls[i + 2];
    if (a?.v === 'a' && mag?.kind === 'word' && MAGNITUDES.has(mag.v) && mag.v.length > 2) {
      return { value: mul(rat(1n, 2n), rat(MAGNITUDES.get(mag.v)!)), half: rat(0), s: l.s, e: mag.e, next: i + 3, words: true, fraction: false };
    }
    if (a?.v === 'of' || a?.v === 'the') return { value: rat(1n, 2n), half: rat(0), s: l.s, e: l.e, next: i + 1, words: true, fraction: true };
    return null;
  }
  if (num === null) return null;
  if (ls[j]?.kind === 'sym' && ls[j].v === '-' && ls[j].s === ls[j - 1].e) j++;
  const f = ls[j];
  if (f?.kind !== 'word') return null;
  const fr = FRACTION_WORDS.get(f.v);
  if (fr === undefined) return null;
  // "a half" / "one half" are fine; "a third" needs "a"/"one"; plural fractions need a count > 1
  if ((f.v.endsWith('s') && !f.v.endsWith('ss')) !== (num > 1n) && !(f.v === 'halves' && num > 1n)) {
    if (!(num === 1n && !f.v.endsWith('s'))) return null;
  }
  // "a quarter" of an hour or of a century is a duration, still a fraction: fine
  return { value: rat(num * fr[0], fr[1]), half: rat(0), s: l.s, e: f.e, next: j + 1, words: true, fraction: true };
}

function matchWords(ls: readonly Lex[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (ls[i + k]?.kind !== 'word' || ls[i + k].v !== words[k]) return false;
  return true;
}

/** The qualifier written just before lexeme i, and the lexeme it starts at. */
function qualifierBefore(ls: readonly Lex[], i: number): { q: Qualifier; at: number } | null {
  for (const [words, q] of BOUND_WORDS) {
    const at = i - words.length;
    if (at >= 0 && matchWords(ls, at, words)) return { q, at };
  }
  for (const w of AMOUNT_APPROXIMATORS) {
    const ws = w.split(' ');
    const at = i - ws.length;
    if (at >= 0 && matchWords(ls, at, ws)) return { q: 'about', at };
  }
  return null;
}

interface Unit { dim: string; unit: string | null; factor: Rational; offset?: Rational; e: number; next: number }

/** A currency written before the figure: "$", "£", "US$", "A$", "USD", "EUR". */
function currencyBefore(ls: readonly Lex[], i: number): { unit: string; at: number } | null {
  const p = ls[i - 1];
  if (p === undefined) return null;
  if (p.kind === 'sym') {
    const sym = SYMBOL_CURRENCY.get(p.v);
    if (sym === undefined) return null;
    const pp = ls[i - 2];
    // "US$", "A$", "HK$": a country prefix written solid with the dollar sign
    if (p.v === '$' && pp?.kind === 'word' && pp.e === p.s) {
      const prefixed = DOLLAR_PREFIX.get(pp.v);
      if (prefixed !== undefined) return { unit: prefixed, at: i - 2 };
    }
    return { unit: sym, at: i - 1 };
  }
  if (p.kind === 'word' && ls[i] !== undefined && p.e < ls[i].s) {
    const code = CURRENCY_CODES.get(p.v.toUpperCase());
    if (code !== undefined && p.v.length === 3) return { unit: code, at: i - 1 };
  }
  return null;
}

/** The unit written after the figure (lexeme i): "%", "percent", "km", "miles", "euros", "pounds", a currency code. */
function unitAfter(ls: readonly Lex[], i: number, currencyBeforeIt: boolean): Unit | null {
  const u = ls[i];
  if (u === undefined) return null;
  if (u.kind === 'sym' && u.v === '%') return { dim: 'ratio', unit: null, factor: rat(1n, 100n), e: u.e, next: i + 1 };
  if (u.kind === 'sym' && u.v === '°') {
    const n = ls[i + 1];
    if (n?.kind === 'word' && (n.v === 'c' || n.v === 'f')) return temperature(n.v === 'c' ? 'celsius' : 'fahrenheit', n.e, i + 2);
    return null;
  }
  if (u.kind !== 'word') return null;
  if (PERCENT_WORDS.has(u.v)) return { dim: 'ratio', unit: null, factor: rat(1n, 100n), e: u.e, next: i + 1 };
  if (u.v === 'per' && ls[i + 1]?.v === 'cent') return { dim: 'ratio', unit: null, factor: rat(1n, 100n), e: ls[i + 1].e, next: i + 2 };
  if (currencyBeforeIt) return null;
  // "2.1 billion pounds" (after a magnitude: money), "12 pounds of flour" (weight)
  if (u.v === 'pounds' || u.v === 'pound') {
    // "pounds of flour", or a claim about weight ("weighed 220 pounds (100 kg)"): the mass
    const of = ls[i + 1]?.v === 'of' || ls.some((l) => l.kind === 'word' && WEIGHT_CONTEXT.has(l.v));
    if (!of) return { dim: 'currency', unit: ls[i + 1]?.v === 'sterling' ? 'GBP' : 'pound', factor: rat(1), e: (ls[i + 1]?.v === 'sterling' ? ls[i + 1].e : u.e), next: i + (ls[i + 1]?.v === 'sterling' ? 2 : 1) };
  }
  const cw = CURRENCY_WORDS.get(u.v);
  if (cw !== undefined) return { dim: 'currency', unit: cw, factor: rat(1), e: u.e, next: i + 1 };
  if (u.v.length === 3 && ls[i].s > (ls[i - 1]?.e ?? -1)) {
    const code = CURRENCY_CODES.get(u.v.toUpperCase());
    if (code !== undefined && /^[A-Z]{3}$/.test(u.v.toUpperCase())) return { dim: 'currency', unit: code, factor: rat(1), e: u.e, next: i + 1 };
  }
  // "square kilometres", "sq km", "km2"
  if ((u.v === 'square' || u.v === 'sq') && ls[i + 1]?.kind === 'word') {
    const base = MEASURE_UNITS.get(ls[i + 1].v);
    if (base !== undefined && base.dim === 'length') return measure({ dim: 'area', unit: `${base.unit}2`, factor: mul(base.factor, base.factor) }, ls[i + 1].e, i + 2);
  }
  // "km/h"
  if ((u.v === 'km' || u.v === 'kilometres' || u.v === 'kilometers') && ls[i + 1]?.v === '/' && ls[i + 2]?.v === 'h') {
    return measure(MEASURE_UNITS.get('kph')!, ls[i + 2].e, i + 3);
  }
  const mu = MEASURE_UNITS.get(u.v);
  if (mu !== undefined) {
    if (mu.dim === 'temperature') return temperature(mu.unit, u.e, i + 1);
    return measure(mu, u.e, i + 1);
  }
  return null;
}

function measure(mu: MeasureUnit, e: number, next: number): Unit {
  return { dim: mu.dim, unit: mu.unit, factor: mu.factor, e, next };
}

function temperature(unit: string, e: number, next: number): Unit {
  // kelvin-free: Fahrenheit to Celsius is (f − 32) · 5/9
  if (unit === 'fahrenheit') return { dim: 'temperature', unit, factor: rat(5n, 9n), offset: rat(-160n, 9n), e, next };
  return { dim: 'temperature', unit: 'celsius', factor: rat(1), e, next };
}

function nounAfter(ls: readonly Lex[], i: number): string | null {
  // "a four-week low", "the 12-month period": the figure qualifies the word after the hyphen
  if (ls[i]?.kind === 'sym' && ls[i].v === '-' && ls[i + 1]?.kind === 'word' && ls[i + 1].s === ls[i].e) return singular(ls[i + 1].v);
  for (let k = i; k < Math.min(ls.length, i + 3); k++) {
    const w = ls[k];
    if (w.kind !== 'word') return null;
    if (COUNT_FILLERS.has(w.v)) continue;
    if (NUMBER_WORDS.has(w.v) || MAGNITUDES.has(w.v)) return null;
    return singular(w.v);
  }
  return null;
}

function singular(v: string): string {
  return v.length > 3 && v.endsWith('ies') ? `${v.slice(0, -3)}y` : v.length > 3 && v.endsWith('s') && !v.endsWith('ss') ? v.slice(0, -1) : v;
}

/** Reach of a bound against a figure: "more than 300" describes 301…375, not 2,000. */
const BOUND_REACH = rat(...TUNING.readers.boundReach);
/** An approximator's reach: "about 45" is 40.5…49.5. */
const ABOUT = rat(...TUNING.readers.about);
/** A fraction word's reach, in absolute share: "two-thirds" is 65.2 %…68.2 %. */
const FRACTION_REACH = rat(...TUNING.readers.fractionReach);

/** Every amount in `text[start, end)`, in text order, with offsets into the original text. */
/** `forms`: the comparison's token-form memo (context.ts), when there is one. */
export function readAmounts(text: string, start = 0, end = text.length, forms?: TokenForms): Amount[] {
  // most claims hold no figure at all: a digit of any script or a number word is needed
  const raw = text.slice(start, end);
  if (!/\p{Nd}/u.test(raw) && !NUMBER_WORD_TEST.test(raw)) return [];
  const folded = foldText(text, start, end);
  const t = folded.text;
  const ls = lex(t, forms);
  const out: Amount[] = [];
  for (let i = 0; i < ls.length;) {
    const f = figureAt(ls, i, t);
    if (f === null) { i++; continue; }
    // a digit figure glued to letters ("F-15", "COVID-19", "G7") is a name, not an amount
    const prev = ls[i - 1];
    if (!f.words && prev !== undefined && prev.e === ls[i].s && (prev.kind === 'word' || (prev.kind === 'sym' && prev.v === '-' && ls[i - 2]?.kind === 'word' && ls[i - 2].e === prev.s))) {
      if (!(prev.kind === 'word' && CURRENCY_CODES.has(prev.v.toUpperCase()))) { i = f.next; continue; }
    }
    const amount = build(ls, i, f, t);
    if (amount === null) { i = f.next; continue; }
    const span = origin(folded, amount.s, amount.e);
    out.push({ ...amount.a, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
    i = amount.next;
  }
  return out;
}

function build(ls: readonly Lex[], i: number, f: Figure, t: string): { a: Omit<Amount, 'start' | 'end' | 'text'>; s: number; e: number; next: number } | null {
  let s = f.s;
  let first = i;
  // "between 40 and 50", "from 40 to 50"
  let qualifier: Qualifier | null = null;
  let between = false;
  const cur = currencyBefore(ls, i);
  if (cur !== null) { first = cur.at; s = ls[cur.at].s; }
  const before = ls[first - 1]?.v;
  if (before === 'between') between = true;
  // "rose by $300 to $2,801", "from 2,500 to 2,800": a change and a level, two figures, not a range
  const change = before === 'by' || before === 'from';
  const q = qualifierBefore(ls, first);
  if (q !== null && !between) { qualifier = q.q; s = ls[q.at].s; }
  let next = f.next;
  let e = f.e;
  let value = f.value;
  let half = f.half;
  // a range: "40-50", "40 to 50", "40 and 50" after "between", "$2bn-$3bn", "2 to 3 million"
  let hi: Figure | null = null;
  const sep = ls[next];
  if (sep !== undefined && ((sep.kind === 'sym' && (sep.v === '-' || sep.v === '\u2013')) || (sep.kind === 'word' && ((sep.v === 'to' && !change) || (between && sep.v === 'and'))))) {
    let k = next + 1;
    // the currency written again before the second figure: "between US$100 and US$150", "£2bn-£3bn"
    if (cur !== null && currencyBefore(ls, k + 1) !== null && currencyBefore(ls, k + 1)!.at === k) k++;
    else if (cur !== null && currencyBefore(ls, k + 2) !== null && currencyBefore(ls, k + 2)!.at === k) k += 2;
    const g = figureAt(ls, k, t);
    // the two ends of a range are of one kind: "2001 to 4.92 million" is a year and an amount
    const scoreLike = sep.v === '-' && g !== null && !f.words && !g.words && g.value.d === 1n && value.d === 1n && cur === null;
    const plausible = g !== null && (scoreLike || (cmp(g.value, value) >= 0 && cmp(g.value, mul(value, rat(100))) <= 0));
    if (g !== null && plausible && (g.words === f.words || !f.words)) {
      // "2-1" with nothing after it is a score, not a range
      const isScore = sep.v === '-' && !f.words && g.value.d === 1n && value.d === 1n && cur === null && unitAfter(ls, g.next, false) === null && !MAGNITUDES.has(ls[g.next]?.v ?? '');
      if (!isScore) hi = g;
      else return { a: { dim: 'score', unit: null, value: { lo: value, hi: g.value }, figure: value, half: rat(0), qualifier: null, noun: null, fraction: false, written: null, scaled: false }, s: f.s, e: g.e, next: g.next };
    }
  }
  let top2: Rational | null = null;
  if (hi !== null && between) s = ls[first - 1].s;
  if (hi !== null) {
    // "2 to 3 million": the magnitude written once applies to both ends
    let lo = value;
    let top = hi.value;
    if (cmp(lo, top) < 0 && ls[f.next - 1] === ls[i] && hi.next - 1 > 0 && ls[hi.next - 1]?.kind === 'word' && MAGNITUDES.has(ls[hi.next - 1].v) && !f.words) {
      const mult = rat(MAGNITUDES.get(ls[hi.next - 1].v)!);
      if (cmp(mul(lo, mult), top) <= 0) lo = mul(lo, mult);
    }
    value = lo;
    half = hi.half;
    e = hi.e;
    next = hi.next;
    qualifier = 'range';
    top2 = top;
  }
  let unit: Unit | null = null;
  if (cur !== null) {
    unit = { dim: 'currency', unit: cur.unit, factor: rat(1), e, next };
    const after = unitAfter(ls, next, true);
    if (after !== null && after.dim === 'ratio') unit = null;
  } else {
    // "7m euros": an attached bare "m" is metres when a measure word follows
    unit = unitAfter(ls, next, false);
    if (unit !== null) { e = unit.e; next = unit.next; }
  }
  // "300m tall": re-read the suffix "m" as metres
  if (!f.words && ls[f.next - 1]?.v === 'm' && ls[f.next - 1].s === ls[i].e && unit === null && cur === null && METRE_CONTEXT.has(ls[f.next]?.v ?? '')) {
    const raw = parseDecimal(ls[i].v);
    if (raw !== null) {
      value = raw;
      half = rat(1n, 2n * 10n ** BigInt(Math.max(0, ls[i].v.indexOf('.') < 0 ? 0 : ls[i].v.length - ls[i].v.indexOf('.') - 1)));
      unit = measure(MEASURE_UNITS.get('metre')!, ls[f.next - 1].e, f.next);
    }
  }
  const dim = unit?.dim ?? (f.fraction ? 'ratio' : 'count');
  const factor = unit?.factor ?? rat(1);
  const offset = unit?.offset ?? rat(0);
  const conv = (x: Rational): Rational => add(mul(x, factor), offset);
  const figure = conv(value);
  const halfBase = mul(half, factor);
  let interval: Interval;
  if (top2 !== null) interval = { lo: figure, hi: conv(top2) };
  else if (f.fraction) interval = widen({ lo: figure, hi: figure }, FRACTION_REACH);
  else interval = qualified(figure, qualifier);
  const noun = dim === 'count' ? nounAfter(ls, next) : null;
  return {
    a: { dim, unit: unit?.unit ?? null, value: interval, figure, half: halfBase, qualifier, noun, fraction: f.fraction, written: f.written ?? null, scaled: f.scaled === true },
    s, e, next,
  };
}

function qualified(x: Rational, q: Qualifier | null): Interval {
  const neg = x.n < 0n;
  const far = neg ? div(x, BOUND_REACH) : mul(x, BOUND_REACH);
  const near = neg ? mul(x, BOUND_REACH) : div(x, BOUND_REACH);
  switch (q) {
    case 'about': return { lo: sub(x, mul(abs(x), ABOUT)), hi: add(x, mul(abs(x), ABOUT)) };
    case 'nearly': return { lo: sub(x, mul(abs(x), ABOUT)), hi: x };
    case 'at least': return { lo: x, hi: far };
    case 'more than': return { lo: x, hi: far, loOpen: true };
    case 'at most': return { lo: near, hi: x };
    case 'less than': return { lo: near, hi: x, hiOpen: true };
    case 'up to': return { lo: rat(0), hi: x };
    default: return { lo: x, hi: x };
  }
}

const abs = (x: Rational): Rational => (x.n < 0n ? rat(-x.n, x.d) : x);

// ---------------------------------------------------------------------------------------------
// comparing
// ---------------------------------------------------------------------------------------------

/** Whether two currencies can be the same: "$" is any dollar, "pound" is GBP (or another pound). */
function sameCurrency(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const dollar = (u: string): boolean => u === '$' || u.endsWith('D') && DOLLAR_CODES.has(u);
  if (a === '$' && dollar(b)) return true;
  if (b === '$' && dollar(a)) return true;
  if ((a === 'pound' && (b === 'GBP' || b === 'EGP')) || (b === 'pound' && (a === 'GBP' || a === 'EGP'))) return true;
  if (a === 'JPY/CNY') return b === 'JPY' || b === 'CNY';
  if (b === 'JPY/CNY') return a === 'JPY' || a === 'CNY';
  return false;
}

/** How two amounts stand: the same value, a different value, a different unit, or not comparable (different things counted). */
export type AmountRelation = 'same' | 'value' | 'unit' | 'incomparable';

/** Relative slack for a conversion between units ("10 miles (16 km)"). */
const CONVERSION_SLACK = rat(...TUNING.readers.conversionSlack);

export function relateAmounts(a: Amount, b: Amount): AmountRelation {
  if (a.dim === 'score' || b.dim === 'score') {
    if (a.dim !== b.dim) return 'incomparable';
    const same = (x: Rational | null, y: Rational | null): boolean => x !== null && y !== null && cmp(x, y) === 0;
    return same(a.value.lo, b.value.lo) && same(a.value.hi, b.value.hi) ? 'same' : 'value';
  }
  // "$54.9-million" / "$54.9": the same written figure, one side leaves the magnitude out
  if (a.scaled !== b.scaled && a.written !== null && b.written !== null && cmp(a.written, b.written) === 0 && (a.dim === b.dim || a.dim === 'count' || b.dim === 'count')) return 'same';
  if (a.dim !== b.dim) {
    // a bare figure against a figure with a unit: the same figure with the unit left out is the same
    if (a.dim === 'count' || b.dim === 'count') return 'incomparable';
    // a share against a currency, a length against a weight: different units in one slot
    return 'unit';
  }
  if (a.dim === 'currency' && !sameCurrency(a.unit, b.unit)) return 'unit';
  const coarse = cmp(a.half, b.half) >= 0 ? a.half : b.half;
  // units of one quantity a conversion apart ("10 miles" / "16 km", "about 90 miles" / "about 150 km"):
  // intervals with a conversion's slack
  if (a.unit !== b.unit && a.dim !== 'currency' && a.dim !== 'ratio' && a.dim !== 'count') {
    return overlaps(widenRel(widen(a.value, coarse), CONVERSION_SLACK), widen(b.value, coarse)) ? 'same' : 'value';
  }
  // the same bound on both sides: compare the bounds themselves ("at least 26" / "at least 23")
  if (a.qualifier !== null && a.qualifier === b.qualifier && a.qualifier !== 'range' && a.qualifier !== 'exactly') {
    return pointsAgree(a, b) ? 'same' : 'value';
  }
  const ka = shape(a);
  const kb = shape(b);
  // a fraction word is approximate by nature ("a quarter" / "25%")
  if (ka === 'fraction' || kb === 'fraction') return overlaps(widen(a.value, coarse), widen(b.value, coarse)) ? 'same' : 'value';
  // plain and approximate figures compare as figures at the coarser precision: "about 130" / "131" differ
  if ((ka === 'point' || ka === 'approx') && (kb === 'point' || kb === 'approx')) return pointsAgree(a, b) ? 'same' : 'value';
  if (ka === 'range' && kb === 'range') {
    const end = (x: Rational | null, y: Rational | null): boolean => x !== null && y !== null && pointsAgreeAt(x, y, coarse);
    return end(a.value.lo, b.value.lo) && end(a.value.hi, b.value.hi) ? 'same' : 'value';
  }
  // a bound against its own figure ("more than 1.6 million" / "1.6 million"): the same figure, said with care
  if ((ka === 'bound' && kb === 'point') || (ka === 'point' && kb === 'bound')) {
    if (pointsAgree(a, b)) return 'same';
  }
  // opposite bounds of one figure ("below 50" / "above 50") name two sides of a threshold, not two values
  if (ka === 'bound' && kb === 'bound' && pointsAgree(a, b)) return 'incomparable';
  // a range or a bound against a figure: the figure lies in it ("between 40 and 50" / "45", "more than 2,000" / "2,100")
  if (kb === 'point') return overlaps(ka === 'range' ? widen(a.value, coarse) : a.value, { lo: b.figure, hi: b.figure }) ? 'same' : 'value';
  if (ka === 'point') return overlaps(kb === 'range' ? widen(b.value, coarse) : b.value, { lo: a.figure, hi: a.figure }) ? 'same' : 'value';
  // ranges, bounds and approximations against each other: their intervals overlap ("about 45" / "between 40 and 50")
  return overlaps(a.value, b.value) ? 'same' : 'value';
}

type Shape = 'point' | 'approx' | 'range' | 'bound' | 'fraction';

function shape(a: Amount): Shape {
  if (a.fraction) return 'fraction';
  switch (a.qualifier) {
    case null: case 'exactly': return 'point';
    case 'about': case 'nearly': return 'approx';
    case 'range': return 'range';
    default: return 'bound';
  }
}

function pointsAgree(a: Amount, b: Amount): boolean {
  const coarse = cmp(a.half, b.half) >= 0 ? a.half : b.half;
  return pointsAgreeAt(a.figure, b.figure, coarse);
}

/** Two figures that are the same once the finer is rounded to the coarser's precision (±half): 10.6 / 11 agree, 12 / 13 differ. */
function pointsAgreeAt(x: Rational, y: Rational, half: Rational): boolean {
  if (cmp(x, y) === 0) return true;
  if (half.n === 0n) return false;
  const d = sub(x, y);
  const ad = d.n < 0n ? rat(-d.n, d.d) : d;
  return cmp(ad, half) <= 0;
}

/**
 * Overlap after widening by a rounding half-step: two widened points that only touch at their
 * edges ("12" → [11.5, 12.5], "13" → [12.5, 13.5]) are different figures.
 */
function overlapsHalfOpen(x: Interval, y: Interval, half: Rational): boolean {
  if (!overlaps(x, y)) return false;
  if (half.n === 0n) return true;
  const touchAt = (p: Rational | null, q: Rational | null): boolean => p !== null && q !== null && cmp(p, q) === 0;
  const xPoint = x.lo !== null && x.hi !== null && cmp(sub(x.hi, x.lo), add(half, half)) === 0;
  const yPoint = y.lo !== null && y.hi !== null && cmp(sub(y.hi, y.lo), add(half, half)) === 0;
  if (xPoint && yPoint && (touchAt(x.hi, y.lo) || touchAt(y.hi, x.lo))) return false;
  return true;
}

function widenRel(a: Interval, f: Rational): Interval {
  const m = [a.lo, a.hi].filter((v): v is Rational => v !== null).map(abs).reduce((p, v) => (cmp(v, p) > 0 ? v : p), rat(0));
  return widen(a, mul(m, f));
}

/** A short form of the unit for messages ("km", "GBP", "%"). */
export function unitLabel(a: Amount): string {
  if (a.dim === 'ratio') return a.fraction ? 'share' : '%';
  return a.unit ?? a.noun ?? 'count';
}
