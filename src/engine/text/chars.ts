/**
 * Character classes by UTF-16 code, shared by the parser, the segmenter and the tokenisers: one
 * definition of whitespace, digits and letters for the whole engine.
 */

/** Whitespace as JavaScript's `\s` counts it (a BOM inside the text included). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII digit 0–9. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter A–Z or a–z. */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_UPPER = /\p{Lu}/u;

// The classes below take one code point (one or two UTF-16 units) or a single unit (a lone
// surrogate is none of them), with an ASCII fast path: most news text never reaches the regular
// expressions.

/** A letter (general category L). */
export function isLetter(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isAsciiLetterCode(c);
  return RE_LETTER.test(ch);
}

/** A combining mark (general category M). */
export function isMark(ch: string): boolean {
  return ch !== '' && ch.charCodeAt(0) >= 0x300 && RE_MARK.test(ch);
}

/** A letter or a combining mark: what the fact readers take as part of a word ("é" written e + ◌́). */
export function isLetterOrMark(ch: string): boolean {
  return isLetter(ch) || isMark(ch);
}

/** A decimal digit of any script (general category Nd). */
export function isDigit(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isAsciiDigitCode(c);
  return RE_DIGIT.test(ch);
}

/** An upper-case letter (general category Lu). */
export function isUpper(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return RE_UPPER.test(ch);
}
