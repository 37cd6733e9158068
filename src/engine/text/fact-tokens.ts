/**
 * The fact readers' view of the one tokeniser's tokens (./tokens). The fact readers want compounds
 * whole — "al-Nahr", "30-year-old", "didn't", "Trump's" (read as "trump"), "9/11", "U.S." — where the
 * similarity wants their parts, and they want a clock time or an odd comma split ("10", ":", "30";
 * "1", ",", "50") where the similarity keeps one figure. So this module scans no characters of its
 * own: it takes the tokens of ./tokens and joins adjacent ones (nothing between them) or splits a
 * figure at a separator, by the rules below, and marks where a sentence begins.
 *
 * Joins, each only between tokens that touch: a word or number with the next word or number
 * ("did" + "n't", "10" + "kmhrs"); across a joiner (' ’ - and the non-breaking hyphen) followed
 * by a word or number; across "/" between ASCII-digit figures; across "." in a single-letter
 * dotted abbreviation the tokeniser left in parts ("U.S" at the very end of the text). Splits: a
 * figure's ":" always; its "." and "," unless every character before is an ASCII digit (a "," also
 * needs exactly three digits after it); an apostrophe other than ' and ’ inside a word.
 */
import { TOKEN_ABBREVIATIONS } from '../lexicon/abbreviations';
import { isAsciiDigitCode, isLetterOrMark } from './chars';
import { stripInvisible } from './fold';
import { tokenize as tokenizeText, type Token as TextToken, type TokenForms } from './tokens';

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

/** A stretch of one text token (or all of it) that the view joins with its neighbours or not. */
interface Piece {
  start: number;
  end: number;
  /** Starts with a letter, digit or mark (a word or a figure), not punctuation. */
  wordy: boolean;
}

/** The apostrophes and hyphens kept inside a compound before another word character. */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2011;
}

/** Apostrophes the tokeniser keeps inside words that the fact view does not: ‘ ʼ ´ `. */
function isOtherApostrophe(c: number): boolean {
  return c === 0x2018 || c === 0x02bc;
}

/** The number of ASCII digits a piece starts with. */
function leadingDigits(text: string, p: Piece): number {
  let k = p.start;
  while (k < p.end && isAsciiDigitCode(text.charCodeAt(k))) k++;
  return k - p.start;
}

/** True when every code unit of text[s, e) is an ASCII digit. */
function allAsciiDigits(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isAsciiDigitCode(text.charCodeAt(k))) return false;
  return e > s;
}

/** The pieces of one text token, in order, into `out`. */
function piecesOf(text: string, t: TextToken, out: Piece[]): void {
  if (t.kind === 'punct') { out.push({ start: t.start, end: t.end, wordy: false }); return; }
  if (t.kind === 'number') {
    // a figure: every separator is a piece of its own; join() decides which ones the figure keeps
    let from = t.start;
    for (let k = t.start; k < t.end; k++) {
      const c = text.charCodeAt(k);
      if (c !== 58 /* : */ && c !== 46 /* . */ && c !== 44 /* , */) continue;
      if (k > from) out.push({ start: from, end: k, wordy: true });
      out.push({ start: k, end: k + 1, wordy: false });
      from = k + 1;
    }
    if (t.end > from) out.push({ start: from, end: t.end, wordy: true });
    return;
  }
  // a word: a clitic or inner apostrophe the fact view does not keep, and an abbreviation's dots, are pieces of their own
  let from = t.start;
  for (let k = t.start; k < t.end; k++) {
    const c = text.charCodeAt(k);
    const lead = k === t.start && (c === 39 || c === 0x2019); // "'s" at a compound's start: see join()
    if (!isOtherApostrophe(c) && !lead && c !== 46 /* the dots of "U.S.": see dottedLetter() */) continue;
    if (k > from) out.push({ start: from, end: k, wordy: true });
    out.push({ start: k, end: k + 1, wordy: false });
    from = k + 1;
  }
  if (t.end > from) out.push({ start: from, end: t.end, wordy: true });
}

/** Lower case without invisible characters; a word's possessive ending removed. */
function lowerOf(raw: string, apostrophe: boolean): string {
  let lower = stripInvisible(raw).toLowerCase();
  if (apostrophe) {
    if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
    else if (lower.endsWith("s'") || lower.endsWith('s’')) lower = lower.slice(0, -1);
  }
  return lower;
}

/** True when a blank line (a newline followed by a newline or a return) lies in text[s, e) before `stop`. */
function blankLineIn(text: string, s: number, e: number, stop: number): boolean {
  for (let k = s; k < e; k++) {
    if (text.charCodeAt(k) !== 10 || k + 1 >= stop) continue;
    const n = text.charCodeAt(k + 1);
    if (n === 10 || n === 13) return true;
  }
  return false;
}

/**
 * The fact view of text[start, end). `textTokens`: the tokeniser's tokens of exactly that stretch
 * when the caller has them (a claim's, see conflicts/claim.ts); `forms`: the comparison's token-form
 * memo, used when they must be made here.
 */
export function tokenize(text: string, start: number, end: number, textTokens?: readonly TextToken[], forms?: TokenForms): Token[] {
  const lo = Math.max(0, start);
  const stop = Math.min(text.length, end);
  const toks = textTokens ?? tokenizeText(text, { start: lo, end: Math.max(lo, stop) }, forms);
  const pieces: Piece[] = [];
  for (const t of toks) piecesOf(text, t, pieces);
  const out: Token[] = [];
  let sentenceStart = true;
  let at = lo; // end of the previous token
  for (let p = 0; p < pieces.length;) {
    const first = pieces[p];
    if (blankLineIn(text, at, first.start, stop)) sentenceStart = true;
    if (!first.wordy) {
      const t = text.slice(first.start, first.end);
      const wasStart = sentenceStart;
      out.push({ text: t, lower: t, start: first.start, end: first.end, kind: 'punct', sentenceStart: wasStart });
      if (t === '.') {
        const prev = out.length >= 2 ? out[out.length - 2] : undefined;
        const abbrev = prev !== undefined && prev.end === first.start && prev.kind === 'word' && TOKEN_ABBREVIATIONS.has(prev.lower);
        if (!abbrev) sentenceStart = true;
      } else if (t === '!' || t === '?' || t === ':' || t === ';') sentenceStart = true;
      else if (!(wasStart && (t === '"' || t === '“' || t === '‘' || t === '(' || t === '\''))) sentenceStart = false;
      at = first.end;
      p++;
      continue;
    }
    // a compound: join touching pieces by the rules in the header
    let q = p + 1;
    let e = first.end;
    let digitsOnly = allAsciiDigits(text, first.start, first.end);
    let apostrophe = false;
    while (q < pieces.length && pieces[q].start === e) {
      const next = pieces[q];
      if (next.wordy) {
        // "did" + "n't"; a text token's leading apostrophe ("'s") arrives as punctuation, below
        digitsOnly = digitsOnly && allAsciiDigits(text, next.start, next.end);
        e = next.end;
        q++;
        continue;
      }
      const after = q + 1 < pieces.length ? pieces[q + 1] : undefined;
      const touching = after !== undefined && after.wordy && after.start === next.end && next.end - next.start === 1;
      if (!touching) break;
      const c = text.charCodeAt(next.start);
      const lastCode = text.charCodeAt(e - 1);
      if (isJoinerCode(c) && lastCode !== 46) {
        if (c === 39 || c === 0x2019) apostrophe = true;
        digitsOnly = false;
      } else if (c === 47 /* / */ && digitsOnly && isAsciiDigitCode(text.charCodeAt(after.start)) && isAsciiDigitCode(lastCode)) {
        digitsOnly = allAsciiDigits(text, after.start, after.end);
      } else if ((c === 46 /* . */ || c === 44 /* , */) && digitsOnly && isAsciiDigitCode(text.charCodeAt(after.start))) {
        // a decimal point, or a thousands comma with exactly three digits after it
        if (c === 44 && leadingDigits(text, after) !== 3) break;
        digitsOnly = allAsciiDigits(text, after.start, after.end);
      } else if (c === 46 && dottedLetter(text, first.start, e, after)) {
        digitsOnly = false;
      } else break;
      e = after.end;
      q += 2;
    }
    // trailing dot of a dotted abbreviation (U.S.)
    if (q < pieces.length && pieces[q].start === e && text.charCodeAt(e) === 46 && text.charCodeAt(e - 1) !== 46 && pieces[q].end === e + 1 && e - first.start >= 3 && text.charCodeAt(e - 2) === 46) {
      e++;
      q++;
    }
    const raw = text.slice(first.start, e);
    out.push({ text: raw, lower: lowerOf(raw, apostrophe), start: first.start, end: e, kind: isAsciiDigitCode(raw.charCodeAt(0)) ? 'num' : 'word', sentenceStart });
    sentenceStart = false;
    at = e;
    p = q;
  }
  return out;
}

/**
 * A "." inside a dotted abbreviation of single letters that the tokeniser left in parts: the
 * compound so far is one letter (or ends ".X"), the piece after the dot is one letter, and a dot or
 * the end of the text follows it.
 */
function dottedLetter(text: string, s: number, e: number, after: Piece): boolean {
  if (after.end - after.start !== 1 || !isLetterOrMark(text[after.start])) return false;
  if (e - s === 1) return after.end >= text.length || text.charCodeAt(after.end) === 46;
  return text.charCodeAt(after.end) === 46 && text.charCodeAt(e - 2) === 46;
}

/** Words only (skips punctuation), lower-cased. */
export function wordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind !== 'punct') out.push(t.lower);
  return out;
}
