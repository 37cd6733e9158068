/**
 * A small linear-time token scanner shared by the fact extractors. No regular expressions over the
 * whole text: every character is looked at a bounded number of times.
 */
import { isInvisible, stripInvisible } from './fold';
import { TOKEN_ABBREVIATIONS } from '../lexicon/abbreviations';
import { isSpaceCode } from './chars';

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
  // one ASCII character (the common case): only A–Z change under lower-casing
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  }
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** isLetter(text[i]) || isDigit(text[i]) || a non-ASCII decimal digit; false at or past `stop`. */
function wordCharAt(text: string, i: number, stop: number): boolean {
  if (i >= stop) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: neither letters nor digits
  const ch = text[i];
  return LETTER_RE.test(ch) || DIGIT_RE.test(ch);
}

/** isLetter(text[i]); false at or past `stop`. */
function letterAt(text: string, i: number, stop: number): boolean {
  return i < stop && isLetter(text[i]);
}

/** isDigit(text[i]) (ASCII digits only); false at or past `stop`. */
function digitAt(text: string, i: number, stop: number): boolean {
  if (i >= stop) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The joiners kept inside a word before another word character: ' ’ - and the non-breaking hyphen. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2011;
}


/** Tokenise text[start, end). Scans UTF-16 codes: no one-character strings for the common ASCII text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(text.length, end);
  let sentenceStart = true;
  while (i < stop) {
    const ch = text.charCodeAt(i);
    // invisible characters (soft hyphen, zero-width, bidi controls, BOM) are not text: skipped like spaces
    if (isInvisible(ch)) { i++; continue; }
    if (isSpaceCode(ch)) {
      if (ch === 10 && i + 1 < stop && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) sentenceStart = true;
      i++;
      continue;
    }
    if (wordCharAt(text, i, stop)) {
      const s = i;
      let allDigits = ch >= 48 && ch <= 57;
      // no capital or non-ASCII letter: already lower case; no apostrophe: no possessive ending
      let lowerCase = !(ch >= 65 && ch <= 90) && ch < 128;
      let apostrophe = false;
      let invisible = false;
      i++;
      while (i < stop) {
        const c = text.charCodeAt(i);
        if (wordCharAt(text, i, stop)) {
          if (!(c >= 48 && c <= 57)) allDigits = false;
          if ((c >= 65 && c <= 90) || c >= 128) lowerCase = false;
          i++;
          continue;
        }
        if (isInvisible(c) && wordCharAt(text, i + 1, stop)) { invisible = true; i++; continue; }
        if (isJoiner(c) && wordCharAt(text, i + 1, stop)) {
          allDigits = false;
          if (c === 39 || c === 0x2019) apostrophe = true;
          else if (c >= 128) lowerCase = false;
          i++;
          continue;
        }
        if (c === 47 /* / */ && allDigits && digitAt(text, i + 1, stop) && digitAt(text, i - 1, stop)) { i++; continue; }
        if ((c === 46 /* . */ || c === 44 /* , */) && allDigits && digitAt(text, i + 1, stop)) {
          // decimal point or thousands separator
          if (c === 44) {
            // require exactly three digits after a thousands comma
            let k = i + 1;
            while (digitAt(text, k, stop)) k++;
            if (k - (i + 1) !== 3) break;
          }
          i++;
          continue;
        }
        if (c === 46 && letterAt(text, i + 1, stop) && i - s === 1 && i + 2 <= stop && (text[i + 2] === '.' || text[i + 2] === undefined)) {
          // abbreviations like U.S. / D.C.
          i++;
          continue;
        }
        if (c === 46 && letterAt(text, i + 1, stop) && i + 2 <= stop && text[i + 2] === '.' && text[i - 2] === '.') {
          i++;
          continue;
        }
        break;
      }
      // trailing dot of a dotted abbreviation (U.S.)
      if (i < stop && text[i] === '.' && i - s >= 3 && text[i - 2] === '.') i++;
      const t = text.slice(s, i);
      const clean = invisible ? stripInvisible(t) : t;
      let lower = lowerCase ? clean : clean.toLowerCase();
      if (apostrophe) {
        if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
        else if (lower.endsWith("s'") || lower.endsWith('s’')) lower = lower.slice(0, -1);
      }
      const isNum = ch >= 48 && ch <= 57;
      out.push({ text: t, lower, start: s, end: i, kind: isNum ? 'num' : 'word', sentenceStart });
      sentenceStart = false;
      continue;
    }
    // punctuation: one UTF-16 unit (surrogate pairs kept together)
    const len = ch >= 0xd800 && ch <= 0xdbff && i + 1 < stop ? 2 : 1;
    const t = text.slice(i, i + len);
    const wasStart = sentenceStart;
    out.push({ text: t, lower: t, start: i, end: i + len, kind: 'punct', sentenceStart: wasStart });
    if (t === '.') {
      const prev = out.length >= 2 ? out[out.length - 2] : undefined;
      const abbrev = prev !== undefined && prev.end === i && prev.kind === 'word' && TOKEN_ABBREVIATIONS.has(prev.lower);
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
