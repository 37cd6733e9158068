/**
 * Folding that keeps offsets exact: invisible characters (soft hyphen, zero-width characters, bidi
 * controls, the combining grapheme joiner, a BOM inside the text, …) are dropped and every Unicode
 * decimal digit is written as its ASCII digit. The folded string comes with a map from each of its
 * UTF-16 code units back to the offset of the code unit it came from in the original text, so a
 * span found in the folded string is a span of the original text (see `origin`).
 *
 * Pure: no I/O, no module state beyond constant tables.
 */

/** Code points that are ignored for comparison (all in the BMP, one UTF-16 code unit each). */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // Arabic letter mark
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, non-joiner, joiner, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff // BOM / zero-width no-break space inside the text
  );
}

const RE_ND = /\p{Nd}/u;

/** The value 0–9 of a Unicode decimal digit (general category Nd), or -1. */
export function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !RE_ND.test(String.fromCodePoint(cp))) return -1;
  // Unicode keeps every Nd digit in a contiguous run from 0 to 9 (a block may hold several runs)
  let k = 0;
  while (k < 10 && RE_ND.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

export interface Folded {
  /** The text with invisible characters removed and every decimal digit in ASCII. */
  text: string;
  /** `starts[i]`: the offset in the original text of the code unit that folded unit `i` came from. */
  starts: Int32Array;
  /** `ends[i]`: the offset just after the original code unit(s) that folded unit `i` came from. */
  ends: Int32Array;
  /** The range of the original text that was folded. */
  start: number;
  end: number;
}

/** Folds `text[start, end)`. Offsets in `starts` / `ends` are offsets into `text` itself. */
export function foldText(text: string, start = 0, end = text.length): Folded {
  const out: string[] = [];
  const starts = new Int32Array(end - start);
  const ends = new Int32Array(end - start);
  let n = 0;
  for (let i = start; i < end;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff && i + 1 < end ? 2 : 1;
    if (!isInvisible(cp)) {
      const d = digitValue(cp);
      if (d >= 0) {
        out.push(String.fromCharCode(0x30 + d));
        starts[n] = i;
        ends[n++] = i + width;
      } else {
        out.push(text.slice(i, i + width));
        // a surrogate pair stays two units, each mapped to its own half
        for (let k = 0; k < width; k++) { starts[n] = i + k; ends[n++] = i + k + 1; }
      }
    }
    i += width;
  }
  return { text: out.join(''), starts: starts.slice(0, n), ends: ends.slice(0, n), start, end };
}

/** Whether folding changes anything in `text[start, end)` (the common case is no: skip the copy). */
export function needsFolding(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (isInvisible(c) || digitValue(text.codePointAt(i) ?? 0) >= 0) return true;
  }
  return false;
}

/**
 * The original span of folded span [s, e): from the first folded unit's origin to the end of the
 * last one's, so the original slice holds exactly the folded characters (and any invisible ones
 * between them). An empty span maps to the origin of the unit at `s` (or the end of the range).
 */
export function origin(f: Folded, s: number, e: number): { start: number; end: number } {
  const n = f.starts.length;
  const at = (i: number): number => (i < n ? f.starts[i] : f.end);
  if (e <= s) return { start: at(s), end: at(s) };
  return { start: at(s), end: f.ends[Math.min(e, n) - 1] };
}

/** `s` without its invisible characters (a copy only when there is one). */
export function stripInvisible(s: string): string {
  let any = false;
  for (let i = 0; i < s.length; i++) if (isInvisible(s.charCodeAt(i))) { any = true; break; }
  if (!any) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isInvisible(s.charCodeAt(i))) out += s[i];
  return out;
}

/** Text compared as folded: `a` and `b` the same once invisible characters and digit scripts are folded. */
export function sameFolded(a: string, b: string): boolean {
  return (needsFolding(a) ? foldText(a).text : a) === (needsFolding(b) ? foldText(b).text : b);
}
