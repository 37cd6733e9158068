/**
 * A small linear-time token scanner shared by the fact extractors. No regular expressions over the
 * whole text: every character is looked at a bounded number of times.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased text (for words: possessive "'s" removed). */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when this token begins a sentence (start of span, or after . ! ? or an opening quote at the start). */
  sentenceStart: boolean;
}

const LETTER_RE = /\p{L}|\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;

export function isLetter(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: treated as non-letters
  return LETTER_RE.test(ch);
}

export function isDigit(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return false;
}

export function isUpper(ch: string): boolean {
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isWordChar(ch: string): boolean {
  return isLetter(ch) || isDigit(ch) || (ch !== '' && ch.charCodeAt(0) >= 128 && DIGIT_RE.test(ch));
}

/** Abbreviations whose trailing dot does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'gov', 'no', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'jr', 'sr',
  'vs', 'prof', 'maj', 'adm', 'cmdr', 'rev', 'ltd', 'mt', 'ft', 'pres', 'supt', 'det', 'insp', 'cpl', 'pvt',
]);

const JOINERS = new Set(["'", '’', '-', '‑']);

/** Tokenise text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(text.length, end);
  let sentenceStart = true;
  while (i < stop) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      if (ch === '\n' && i + 1 < stop && (text[i + 1] === '\n' || text[i + 1] === '\r')) sentenceStart = true;
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      const s = i;
      let allDigits = isDigit(ch);
      i++;
      while (i < stop) {
        const c = text[i];
        if (isWordChar(c)) {
          if (!isDigit(c)) allDigits = false;
          i++;
          continue;
        }
        const next = i + 1 < stop ? text[i + 1] : '';
        if (JOINERS.has(c) && isWordChar(next)) { allDigits = false; i++; continue; }
        if (c === '/' && allDigits && isDigit(next) && isDigit(text[i - 1])) { i++; continue; }
        if ((c === '.' || c === ',') && allDigits && isDigit(next)) {
          // decimal point or thousands separator
          if (c === ',') {
            // require exactly three digits after a thousands comma
            let k = i + 1;
            while (k < stop && isDigit(text[k])) k++;
            if (k - (i + 1) !== 3) break;
          }
          i++;
          continue;
        }
        if (c === '.' && isLetter(next) && i - s === 1 && i + 2 <= stop && (text[i + 2] === '.' || text[i + 2] === undefined)) {
          // abbreviations like U.S. / D.C.
          i++;
          continue;
        }
        if (c === '.' && isLetter(next) && i + 2 <= stop && text[i + 2] === '.' && text[i - 2] === '.') {
          i++;
          continue;
        }
        break;
      }
      // trailing dot of a dotted abbreviation (U.S.)
      if (i < stop && text[i] === '.' && i - s >= 3 && text[i - 2] === '.') i++;
      const t = text.slice(s, i);
      let lower = t.toLowerCase();
      if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
      else if (lower.endsWith("s'") || lower.endsWith('s’')) lower = lower.slice(0, -1);
      const isNum = isDigit(t[0]);
      out.push({ text: t, lower, start: s, end: i, kind: isNum ? 'num' : 'word', sentenceStart });
      sentenceStart = false;
      continue;
    }
    // punctuation: one UTF-16 unit (surrogate pairs kept together)
    const c = ch.charCodeAt(0);
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < stop ? 2 : 1;
    const t = text.slice(i, i + len);
    const wasStart = sentenceStart;
    out.push({ text: t, lower: t, start: i, end: i + len, kind: 'punct', sentenceStart: wasStart });
    if (t === '.') {
      const prev = out.length >= 2 ? out[out.length - 2] : undefined;
      const abbrev = prev !== undefined && prev.end === i && prev.kind === 'word' && ABBREVIATIONS.has(prev.lower);
      if (!abbrev) sentenceStart = true;
    } else if (t === '!' || t === '?' || t === ':' || t === ';') sentenceStart = true;
    else if (!(wasStart && (t === '"' || t === '“' || t === '‘' || t === '(' || t === '\''))) sentenceStart = false;
    i += len;
  }
  return out;
}

/** Words only (skips punctuation), lower-cased. */
export function wordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind !== 'punct') out.push(t.lower);
  return out;
}
