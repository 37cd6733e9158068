/** Numbers with qualifier and unit: "at least 40 attacks", "$2.5 billion", "two-thirds", "10 percent". */
import type { Fact } from './types';
import type { Token } from '../text/fact-tokens';
import { CHANGE_WORDS, COUNTED_NOUN_STOP as UNIT_STOP, ONE_BLOCKERS as ONE_BLOCK, VAGUE_COUNTS as VAGUE } from '../lexicon/news';
import {
  CURRENCY_SIGNS, FRACTION_DENOMS, MULTIPLIERS, ORDINALS, QUALIFIERS, SMALL_NUMBERS, UNIT_ALIASES, UNIT_SKIP,
} from '../lexicon/facts';

/** Canonical text of a number: integers plain, others rounded to 3 decimals. */
export function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const r = Math.round(n * 1000) / 1000;
  return String(r);
}

function parseDigits(s: string): { value: number; ordinal: boolean; mult: number } | null {
  let body = s;
  let ordinal = false;
  let mult = 1;
  const low = s.toLowerCase();
  if (low.endsWith('st') || low.endsWith('nd') || low.endsWith('rd') || low.endsWith('th')) { body = s.slice(0, -2); ordinal = true; }
  else if (low.endsWith('bn')) { body = s.slice(0, -2); mult = 1e9; }
  else if (low.endsWith('m') || low.endsWith('k') || low.endsWith('b')) {
    body = s.slice(0, -1);
    mult = low.endsWith('m') ? 1e6 : low.endsWith('k') ? 1000 : 1e9;
  }
  if (body.length === 0) return null;
  const slash = body.indexOf('/');
  if (slash > 0) {
    const n = Number(body.slice(0, slash));
    const d = Number(body.slice(slash + 1));
    if (!Number.isInteger(n) || !Number.isInteger(d) || d === 0 || body.indexOf('/', slash + 1) >= 0) return null;
    return { value: n / d, ordinal: false, mult: 1 };
  }
  let dot = 0;
  let clean = '';
  for (const ch of body) {
    if (ch === ',') continue;
    if (ch === '.') { dot++; clean += ch; continue; }
    if (ch < '0' || ch > '9') return null;
    clean += ch;
  }
  if (dot > 1 || clean === '.' || clean.length === 0) return null;
  return { value: Number(clean), ordinal, mult };
}

function wordNumber(lower: string): number | null {
  const v = SMALL_NUMBERS.get(lower);
  if (v !== undefined) return v;
  // twenty-five
  const h = lower.indexOf('-');
  if (h > 0) {
    const a = SMALL_NUMBERS.get(lower.slice(0, h));
    const b = SMALL_NUMBERS.get(lower.slice(h + 1));
    if (a !== undefined && b !== undefined && a >= 20 && a % 10 === 0 && b < 10) return a + b;
  }
  return null;
}

function fraction(lower: string): number | null {
  // two-thirds, one-half, three-quarters
  const h = lower.indexOf('-');
  if (h <= 0) return null;
  const num = SMALL_NUMBERS.get(lower.slice(0, h));
  const den = FRACTION_DENOMS.get(lower.slice(h + 1));
  if (num === undefined || den === undefined || num >= den || num === 0) return null;
  return num / den;
}

function singular(w: string): string {
  const a = UNIT_ALIASES.get(w);
  if (a !== undefined) return a;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The qualifier words ending right before token `start` ("more than", "at least"), if any. */
function qualifierBefore(toks: readonly Token[], start: number): { q: string; length: number } | null {
  for (const [words, q] of QUALIFIERS) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const tk = toks[start - words.length + k];
      if (!tk || tk.lower !== words[k]) { ok = false; break; }
    }
    if (ok) return { q, length: words.length };
  }
  return null;
}

/**
 * Every unhyphenated word that can be a number below (hyphenated ones may be "twenty-five" or
 * "two-thirds"): one look-up passes over all the other words.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...SMALL_NUMBERS.keys(), ...MULTIPLIERS.keys(), ...ORDINALS.keys()]);

export function extractNumbers(text: string, toks: readonly Token[], used: boolean[]): Fact[] {
  const out: Fact[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i];
    let value: number | null = null;
    let ordinal = false;
    let fractionValue = false;
    let j = i; // last token of the number
    if (t.kind === 'num') {
      // "US13.15" splits into a word and ".15": a glued fragment is not a number of its own
      const pv0 = toks[i - 1];
      if (pv0 && pv0.end === t.start && (pv0.text === '.' || pv0.kind === 'word')) continue;
      if (t.text.includes('’') || t.text.includes("'")) continue;
      const hy = t.text.indexOf('-');
      if (hy > 0) {
        // "76-year-old", "$6.8-billion", "47-hour": number + unit; "3-1", "25-15": a score or range
        const head = t.text.slice(0, hy);
        const rest = t.text.slice(hy + 1).toLowerCase();
        const ph = parseDigits(head);
        if (!ph || ph.ordinal) continue;
        if (rest.length > 0 && rest[0] >= '0' && rest[0] <= '9') {
          if (rest.includes('-')) continue; // 2003-04-05 style codes
          used[i] = true;
          const f: Fact = { type: 'number', start: t.start, end: t.end, text: t.text, value: t.text.replace(/,/g, ''), unit: 'range' };
          const pr = parseDigits(rest);
          if (pr && !pr.ordinal) f.range = [Math.min(ph.value, pr.value), Math.max(ph.value, pr.value)];
          out.push(f);
          continue;
        }
        const first = rest.split('-')[0];
        const m = MULTIPLIERS.get(first);
        let value = ph.value * ph.mult;
        let unit: string | undefined = first.length > 0 ? singular(rest) : undefined;
        if (m !== undefined) { value *= m; unit = undefined; }
        let start = i;
        const pv = toks[i - 1];
        if (pv && CURRENCY_SIGNS.has(pv.text)) { unit = CURRENCY_SIGNS.get(pv.text); start = i - 1; }
        const hq = qualifierBefore(toks, start);
        if (hq) start -= hq.length;
        for (let k = start; k <= i; k++) used[k] = true;
        const f: Fact = { type: 'number', start: toks[start].start, end: t.end, text: text.slice(toks[start].start, t.end), value: canonicalNumber(value) };
        if (unit !== undefined) f.unit = unit;
        if (hq) f.qualifier = hq.q;
        if (unit === undefined && m !== undefined) {
          const nx = toks[i + 1];
          if (nx && nx.kind === 'word' && !UNIT_STOP.has(nx.lower)) f.unit = singular(nx.lower);
        }
        out.push(f);
        continue;
      }
      // decades: 1990s
      if (t.lower.length >= 3 && t.lower.endsWith('s') && t.lower[t.lower.length - 2] >= '0' && t.lower[t.lower.length - 2] <= '9') continue;
      const p = parseDigits(t.text);
      if (!p) continue;
      value = p.value * p.mult;
      ordinal = p.ordinal;
      // mixed numbers: 2 1/2
      const nx = toks[i + 1];
      if (!ordinal && nx && nx.kind === 'num' && nx.text.includes('/') && Number.isInteger(value)) {
        const fr = parseDigits(nx.text);
        if (fr && fr.value < 1) { value += fr.value; j = i + 1; }
      }
    } else if (t.kind === 'word') {
      if (!NUMBER_WORDS.has(t.lower) && !t.lower.includes('-')) continue;
      if (VAGUE.has(t.lower)) continue;
      const f = fraction(t.lower);
      if (f !== null) { value = f; fractionValue = true; }
      else {
        const w = wordNumber(t.lower);
        if (w !== null && !MULTIPLIERS.has(t.lower)) {
          // "one another", "no one", "one of the researchers" (a pronoun, not a count)
          if (t.lower === 'one' && (ONE_BLOCK.has(toks[i - 1]?.lower ?? '') || toks[i + 1]?.lower === 'another' || toks[i + 1]?.lower === 'of')) continue;
          value = w;
          if (t.lower === 'dozen' && toks[i - 1]?.lower === 'a') { /* "a dozen" */ }
        } else if (MULTIPLIERS.has(t.lower) && (toks[i - 1]?.lower === 'a' || toks[i - 1]?.lower === 'one') && t.lower.length > 2) {
          value = MULTIPLIERS.get(t.lower) ?? null;
        } else {
          const o = ORDINALS.get(t.lower);
          if (o !== undefined && o > 1) {
            const nx = toks[i + 1];
            // "second" as a time unit ("a second", "per second") is not an ordinal
            if (t.lower === 'second' && (toks[i - 1]?.lower === 'a' || toks[i - 1]?.lower === 'per' || !nx || nx.kind !== 'word')) continue;
            value = o;
            ordinal = true;
          }
        }
      }
    }
    if (value === null) continue;
    // "one half", "two thirds" written apart; "five and a half"
    if (!ordinal && !fractionValue && Number.isInteger(value)) {
      const n1 = toks[j + 1];
      const den = n1 && n1.kind === 'word' && n1.start === toks[j].end + 1 ? FRACTION_DENOMS.get(n1.lower) : undefined;
      const ofNext = toks[j + 2]?.lower === 'of' || n1?.lower === 'half';
      if (den !== undefined && ofNext && value > 0 && value < den && (value === 1 || n1.lower.endsWith('s'))) { value /= den; fractionValue = true; j++; }
      else if (n1?.lower === 'and' && toks[j + 2]?.lower === 'a' && FRACTION_DENOMS.get(toks[j + 3]?.lower ?? '') === 2 && toks[j + 3]?.lower === 'half') {
        value += 0.5;
        fractionValue = true;
        j += 3;
      }
    }
    // multipliers: "2.5 billion", "two hundred", "three million"
    while (!ordinal && !fractionValue && j + 1 < toks.length && toks[j + 1].kind === 'word') {
      const m = MULTIPLIERS.get(toks[j + 1].lower);
      if (m === undefined || toks[j + 1].lower.length <= 2 && toks[j + 1].start !== toks[j].end) break;
      value *= m;
      j++;
    }
    let start = i;
    // currency sign before ("$2.5", "A$12", "US$ 5")
    let unit: string | undefined;
    const prev = toks[i - 1];
    if (prev && CURRENCY_SIGNS.has(prev.text)) { unit = CURRENCY_SIGNS.get(prev.text); start = i - 1; }
    else if (prev && prev.lower === 'a' && toks[i].lower === 'dozen') start = i - 1;
    // qualifier
    let qualifier: string | undefined;
    const qb = qualifierBefore(toks, start);
    if (qb) { qualifier = qb.q; start -= qb.length; }
    // unit after
    let end = j;
    const nx = toks[j + 1];
    if (unit === undefined && nx) {
      if (nx.text === '%') { unit = '%'; end = j + 1; }
      else if (nx.lower === 'per' && toks[j + 2]?.lower === 'cent') { unit = '%'; end = j + 2; }
      else if (nx.kind === 'word') {
        const al = UNIT_ALIASES.get(nx.lower);
        if (al !== undefined && (al === '%' || al === '$' || al === '£' || al === '€')) { unit = al; end = j + 1; }
        else {
          let k = j + 1;
          let skipped = 0;
          while (k < toks.length && toks[k].kind === 'word' && UNIT_SKIP.has(toks[k].lower) && skipped < 2) { k++; skipped++; }
          if (k < toks.length && toks[k].kind === 'word' && !UNIT_STOP.has(toks[k].lower)) {
            unit = singular(toks[k].lower);
          }
        }
      }
    }
    if (ordinal) unit = 'ordinal' + (unit ? ':' + unit : '');
    for (let k = start; k <= end; k++) used[k] = true;
    const f: Fact = {
      type: 'number',
      start: toks[start].start,
      end: toks[end].end,
      text: text.slice(toks[start].start, toks[end].end),
      value: canonicalNumber(value),
    };
    if (unit !== undefined) f.unit = unit;
    if (qualifier !== undefined) f.qualifier = qualifier;
    out.push(f);
    i = end;
  }
  markRanges(toks, out);
  return out;
}

const isSymbolUnit = (u: string | undefined): boolean => u === '$' || u === '£' || u === '€' || u === '¥';

/**
 * Two figures written as one range — "between 30 and 80 pounds", "1 percent to 3 percent",
 * "three to four percentage points", "256 to 170" — each get the range; a bare first end takes the
 * unit of the second ("1.8 to 4.4 percentage points").
 */
function markRanges(toks: readonly Token[], facts: Fact[]): void {
  let ti = 0;
  for (let k = 0; k + 1 < facts.length; k++) {
    const a = facts[k];
    const b = facts[k + 1];
    if (a.unit === 'range' || b.unit === 'range' || (a.unit ?? '').startsWith('ordinal') || (b.unit ?? '').startsWith('ordinal')) continue;
    while (ti < toks.length && toks[ti].end <= a.end) ti++;
    const mid = toks[ti];
    if (!mid || mid.start >= b.start) continue;
    // exactly one token between ("to", "and"), not counting a prefix glued to the second figure ("US$150")
    let nx = ti + 1;
    if (toks[nx] && toks[nx].start < b.start && toks[nx].kind === 'word' && toks[nx].text.length <= 3 && toks[nx + 1]?.start === toks[nx].end) nx++;
    if (toks[nx]?.start !== b.start) continue;
    let between = false;
    // the word right before the first figure (or its currency sign, qualifier)
    let p = ti - 1;
    while (p >= 0 && toks[p].start >= a.start) p--;
    // a prefix glued to the figure ("US$100"): the word before it
    while (p > 0 && toks[p].end === toks[p + 1]?.start && toks[p].kind === 'word' && toks[p].text.length <= 3 && toks[p].text === toks[p].text.toUpperCase()) p--;
    const before = p >= 0 ? toks[p].lower : '';
    if (mid.lower === 'and') between = before === 'between';
    // "rose $2 to $21", "from 8 to 5": a change and its result are two values, not a range
    else between = (mid.lower === 'to' || mid.text === '–') && !CHANGE_WORDS.has(before);
    if (!between) continue;
    if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) continue;
    if (a.unit === undefined && isSymbolUnit(b.unit) && b.text.startsWith(b.unit ?? '')) continue; // "rose 5 to $20": not a range
    const x = Number(a.value);
    const y = Number(b.value);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (a.unit === undefined && b.unit !== undefined) a.unit = b.unit;
    a.range = [Math.min(x, y), Math.max(x, y)];
    b.range = [Math.min(x, y), Math.max(x, y)];
  }
}
