/**
 * Article metadata: front matter (`---` … `---`) and a leading `date YYYY-MM-DD` marker.
 *
 * Everything here is hand-written scanning, no regular expressions over the input: the parser
 * must never throw and must stay linear on any input (binary junk, NULs, a 10 MB string), and
 * loops are easier to prove linear than patterns.
 */
import type { Span } from '../report/types';
import { MONTHS, WEEKDAY_FORMS } from '../lexicon/calendar';
import { isAsciiDigitCode, isAsciiLetterCode, isSpaceCode } from './chars';

/** Metadata of one article and where its claims may start. */
export interface ArticleMeta {
  title: string | null;
  /** ISO date YYYY-MM-DD, or null when absent or invalid. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Range of the front matter and/or date marker: metadata, not claims. */
  metadata: Span | null;
  /** Where claims may start (after metadata) up to the end of the text. */
  body: Span;
}

/** Front matter longer than this is not front matter (a `---` rule far down is not a closer). */
const MAX_FRONT_MATTER_LINES = 500;
const MAX_FRONT_MATTER_CHARS = 64 * 1024;



/**
 * Reads the metadata of an article. Never throws: on any unexpected failure the whole text is
 * body and every field is null.
 */
export function parseArticle(text: string): ArticleMeta {
  const s = typeof text === 'string' ? text : '';
  try {
    return parseUnsafe(s);
  } catch {
    return { title: null, date: null, source: null, url: null, metadata: null, body: { start: 0, end: s.length } };
  }
}

function parseUnsafe(text: string): ArticleMeta {
  const n = text.length;
  const meta: ArticleMeta = { title: null, date: null, source: null, url: null, metadata: null, body: { start: 0, end: n } };
  // The design says the BOM is removed before the engine sees the text; be lenient anyway.
  let pos = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  meta.body.start = pos;

  const fm = readFrontMatter(text, pos);
  if (fm) {
    meta.title = fm.fields.get('title') ?? null;
    meta.source = fm.fields.get('source') ?? null;
    meta.url = fm.fields.get('url') ?? null;
    const d = fm.fields.get('date');
    meta.date = d == null ? null : parseDateValue(d);
    meta.metadata = { start: pos, end: fm.end };
    pos = fm.bodyStart;
    meta.body.start = pos;
  }

  // A `date YYYY-MM-DD` marker at the start of the body (after blank space), possibly followed
  // by the first sentence on the same line (seed 002).
  let k = pos;
  while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
  const marker = readDateMarker(text, k);
  if (marker) {
    if (meta.date == null) meta.date = marker.iso;
    meta.metadata = { start: meta.metadata ? meta.metadata.start : k, end: marker.end };
    meta.body.start = marker.end;
  }
  return meta;
}

// ---------------------------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------------------------

interface FrontMatter {
  fields: Map<string, string>;
  /** End of the closing `---` line (line break excluded). */
  end: number;
  /** Start of the line after the closing line. */
  bodyStart: number;
}

function lineEndAt(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    i++;
  }
  return n;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

/** True when text[a, b) is `ch` repeated three times, then only spaces/tabs. */
function isDelimiterLine(text: string, a: number, b: number, ch: number): boolean {
  if (b - a < 3) return false;
  if (text.charCodeAt(a) !== ch || text.charCodeAt(a + 1) !== ch || text.charCodeAt(a + 2) !== ch) return false;
  for (let i = a + 3; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function readFrontMatter(text: string, start: number): FrontMatter | null {
  const firstEnd = lineEndAt(text, start);
  if (!isDelimiterLine(text, start, firstEnd, 45 /* - */)) return null;
  if (firstEnd >= text.length) return null;
  const fields = new Map<string, string>();
  let ls = nextLineStart(text, firstEnd);
  for (let count = 0; count < MAX_FRONT_MATTER_LINES && ls < text.length; count++) {
    if (ls - start > MAX_FRONT_MATTER_CHARS) return null;
    const le = lineEndAt(text, ls);
    if (isDelimiterLine(text, ls, le, 45) || isDelimiterLine(text, ls, le, 46 /* . */)) {
      return { fields, end: le, bodyStart: nextLineStart(text, le) };
    }
    if (!readYamlLine(text, ls, le, fields)) return null;
    ls = nextLineStart(text, le);
  }
  return null;
}

/**
 * Reads one front-matter line into `fields` (only top-level `key: value`). Returns false when
 * the line does not look like YAML at all, so that a Markdown rule `---` followed by prose is
 * not mistaken for front matter.
 */
function readYamlLine(text: string, a: number, b: number, fields: Map<string, string>): boolean {
  if (a >= b) return true;
  const c0 = text.charCodeAt(a);
  if (c0 === 32 || c0 === 9) return true; // nested value or continuation: ignored
  if (c0 === 35 /* # */) return true; // comment
  if (c0 === 45 /* - */ && (a + 1 === b || text.charCodeAt(a + 1) === 32)) return true; // list item
  let i = a;
  while (i < b && isKeyChar(text.charCodeAt(i))) i++;
  if (i === a || i >= b || text.charCodeAt(i) !== 58 /* : */) return false;
  if (i + 1 < b) {
    const after = text.charCodeAt(i + 1);
    if (after !== 32 && after !== 9) return false;
  }
  const key = text.slice(a, i).toLowerCase();
  if (key === 'title' || key === 'source' || key === 'date' || key === 'url') {
    const value = yamlScalar(text.slice(i + 1, b));
    if (value != null && !fields.has(key)) fields.set(key, value);
  }
  return true;
}

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

/** A YAML-ish scalar: quoted ('…', "…") or plain with an optional ` # comment`. */
function yamlScalar(raw: string): string | null {
  const v = raw.trim();
  if (v === '') return null;
  const q = v.charCodeAt(0);
  if (q === 34 /* " */) {
    let out = '';
    for (let i = 1; i < v.length; i++) {
      const c = v[i];
      if (c === '"') return emptyToNull(out);
      if (c === '\\' && i + 1 < v.length) {
        const e = v[++i];
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
      } else out += c;
    }
    return emptyToNull(out); // unterminated: take what is there
  }
  if (q === 39 /* ' */) {
    let out = '';
    for (let i = 1; i < v.length; i++) {
      const c = v[i];
      if (c === "'") {
        if (v[i + 1] === "'") { out += "'"; i++; continue; }
        return emptyToNull(out);
      }
      out += c;
    }
    return emptyToNull(out);
  }
  if (v === '|' || v === '>' || v === '|-' || v === '>-' || v === '~' || v === 'null') return null;
  const hash = v.indexOf(' #');
  return emptyToNull((hash >= 0 ? v.slice(0, hash) : v).trim());
}

function emptyToNull(s: string): string | null {
  const t = s.trim();
  return t === '' ? null : t;
}

// ---------------------------------------------------------------------------------------------
// Date marker
// ---------------------------------------------------------------------------------------------

/** `date 2023-11-09`, `Date: 2023-11-09`, `DATE: November 9, 2023` at `i`. */
function readDateMarker(text: string, i: number): { iso: string; end: number } | null {
  if (i + 4 > text.length || text.slice(i, i + 4).toLowerCase() !== 'date') return null;
  let k = i + 4;
  const c = text.charCodeAt(k);
  if (c === 58 /* : */) k++;
  else if (!(c === 32 || c === 9)) return null;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const d = scanDate(text, k, Math.min(text.length, k + 60));
  if (!d) return null;
  // The date must end the token: `date 2023-11-09x` is not a marker.
  if (d.end < text.length) {
    const e = text.charCodeAt(d.end);
    if (!(isSpaceCode(e) || e === 10 || e === 13 || e === 44 || e === 58 || e === 59 || e === 46)) return null;
  }
  return { iso: d.iso, end: d.end };
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/**
 * Normalises a metadata date value to YYYY-MM-DD, or null when it is not a valid date. The date
 * part is taken as written (no time-zone shift), which is the publication's own local date.
 */
export function parseDateValue(value: string): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v.length === 0 || v.length > 100) return null;
  const d = scanDate(v, 0, v.length);
  if (!d) return null;
  const rest = v.slice(d.end);
  if (rest === '') return d.iso;
  // ISO with a time: 2023-11-09T10:00:00Z, 2023-11-09 10:00, 2023-11-09T10:00:00.000+02:00.
  const r0 = rest.charCodeAt(0);
  if (r0 === 84 /* T */ || r0 === 116 || r0 === 32) return isTimeTail(rest.slice(1).trim()) ? d.iso : null;
  return null;
}

function isTimeTail(s: string): boolean {
  if (!isAsciiDigitCode(s.charCodeAt(0))) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || c === 58 || c === 46 || c === 43 || c === 45 || c === 90 || c === 122 || c === 32
      || (c >= 65 && c <= 90) || (c >= 97 && c <= 122); // AM/PM, zone names like UTC, EST
    if (!ok) return false;
  }
  return s.length > 0;
}

/** Scans a date in text[i, limit): ISO `2023-11-09` / `2023/11/09`, `November 9, 2023`, `9 Nov 2023`. */
function scanDate(text: string, i: number, limit: number): { iso: string; end: number } | null {
  return scanIsoDate(text, i, limit) ?? scanWordDate(text, i, limit);
}

function readDigits(text: string, i: number, limit: number, max: number): number {
  let k = i;
  while (k < limit && k - i < max) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) break;
    k++;
  }
  return k;
}

function scanIsoDate(text: string, i: number, limit: number): { iso: string; end: number } | null {
  const y = readDigits(text, i, limit, 4);
  if (y - i !== 4 || y >= limit) return null;
  const sep = text.charCodeAt(y);
  if (sep !== 45 && sep !== 47) return null;
  const m = readDigits(text, y + 1, limit, 2);
  if (m === y + 1 || m >= limit || text.charCodeAt(m) !== sep) return null;
  const d = readDigits(text, m + 1, limit, 2);
  if (d === m + 1) return null;
  if (d < limit && isAsciiDigitCode(text.charCodeAt(d))) return null;
  const iso = makeIso(+text.slice(i, y), +text.slice(y + 1, m), +text.slice(m + 1, d));
  return iso ? { iso, end: d } : null;
}

function scanWordDate(text: string, i: number, limit: number): { iso: string; end: number } | null {
  let k = i;
  // Optional weekday: "Thursday, November 9, 2023".
  const w = readWord(text, k, limit);
  if (w && WEEKDAY_FORMS.has(w.word.toLowerCase())) {
    k = w.end;
    if (k < limit && text.charCodeAt(k) === 46) k++;
    if (k < limit && text.charCodeAt(k) === 44) k++;
    k = skipBlanks(text, k, limit);
  }
  const first = readWord(text, k, limit);
  if (first) {
    // Month-first: "November 9, 2023", "Nov. 9 2023".
    const month = MONTHS.get(first.word.toLowerCase());
    if (month == null) return null;
    let p = first.end;
    if (p < limit && text.charCodeAt(p) === 46) p++;
    p = skipBlanks(text, p, limit);
    const dEnd = readDigits(text, p, limit, 2);
    if (dEnd === p) return null;
    const day = +text.slice(p, dEnd);
    p = skipOrdinal(text, dEnd, limit);
    if (p < limit && text.charCodeAt(p) === 44) p++;
    p = skipBlanks(text, p, limit);
    const yEnd = readDigits(text, p, limit, 4);
    if (yEnd - p !== 4 || (yEnd < limit && isAsciiDigitCode(text.charCodeAt(yEnd)))) return null;
    const iso = makeIso(+text.slice(p, yEnd), month, day);
    return iso ? { iso, end: yEnd } : null;
  }
  // Day-first: "9 November 2023".
  const dEnd = readDigits(text, k, limit, 2);
  if (dEnd === k) return null;
  const day = +text.slice(k, dEnd);
  let p = skipBlanks(text, skipOrdinal(text, dEnd, limit), limit);
  if (p < limit && text.slice(p, p + 2).toLowerCase() === 'of') p = skipBlanks(text, p + 2, limit);
  const mw = readWord(text, p, limit);
  if (!mw) return null;
  const month = MONTHS.get(mw.word.toLowerCase());
  if (month == null) return null;
  p = mw.end;
  if (p < limit && text.charCodeAt(p) === 46) p++;
  if (p < limit && text.charCodeAt(p) === 44) p++;
  p = skipBlanks(text, p, limit);
  const yEnd = readDigits(text, p, limit, 4);
  if (yEnd - p !== 4 || (yEnd < limit && isAsciiDigitCode(text.charCodeAt(yEnd)))) return null;
  const iso = makeIso(+text.slice(p, yEnd), month, day);
  return iso ? { iso, end: yEnd } : null;
}

function skipOrdinal(text: string, p: number, limit: number): number {
  if (p + 2 <= limit) {
    const suf = text.slice(p, p + 2).toLowerCase();
    if ((suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') && !(p + 2 < limit && isAsciiLetterCode(text.charCodeAt(p + 2)))) return p + 2;
  }
  return p;
}

function readWord(text: string, i: number, limit: number): { word: string; end: number } | null {
  let k = i;
  while (k < limit && k - i < 12 && isAsciiLetterCode(text.charCodeAt(k))) k++;
  if (k === i || (k < limit && isAsciiLetterCode(text.charCodeAt(k)))) return null;
  return { word: text.slice(i, k), end: k };
}

function skipBlanks(text: string, p: number, limit: number): number {
  while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0xa0)) p++;
  return p;
}

function makeIso(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (d > days) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}



