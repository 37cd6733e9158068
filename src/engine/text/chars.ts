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
