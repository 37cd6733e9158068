/**
 * A cheap check that a text is English, the only language the engine understands: the share of
 * very common English function words among the words, and the share of letters in Latin script.
 * Other text gets a notice instead of confident-looking labels going unexplained.
 */
import type { Span } from '../report/types';
import { FUNCTION_WORDS } from '../lexicon/stopwords';


const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Texts with fewer words than this are too short to judge. */
const MIN_WORDS = 12;

/** The longest function word: longer words need no look-up. */
const MAX_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/**
 * Words (maximal runs of letters and ASCII apostrophes) in lower-case text, and how many are function
 * words: a scan by character code, Unicode look-ups only beyond ASCII.
 */
export function countWords(lower: string): { words: number; functionWords: number } {
  let words = 0;
  let functionWords = 0;
  let start = -1;
  const n = lower.length;
  for (let k = 0; k <= n; k++) {
    let inWord = false;
    let width = 1;
    if (k < n) {
      const c = lower.charCodeAt(k);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39) inWord = true;
      else if (c > 127) {
        const cp = lower.codePointAt(k) ?? c;
        width = cp > 0xffff ? 2 : 1;
        inWord = LETTER.test(String.fromCodePoint(cp));
      }
    }
    if (inWord) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      words++;
      if (k - start <= MAX_FUNCTION_WORD && FUNCTION_WORDS.has(lower.slice(start, k))) functionWords++;
      start = -1;
    }
    k += width - 1;
  }
  return { words, functionWords };
}

/** What the check counts in one claim (its first 2,000 characters). */
export interface LanguageCounts {
  words: number;
  functionWords: number;
  latin: number;
  letters: number;
}

/** The counts of `text[c.start, c.end)`. */
export function languageCounts(text: string, c: Span): LanguageCounts {
  let latin = 0;
  let letters = 0;
  const part = text.slice(c.start, Math.min(c.end, c.start + 2000));
  for (let k = 0; k < part.length; k++) {
    const code = part.charCodeAt(k);
    // ASCII letters need no Unicode look-up (most of an English text)
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      latin++;
    } else if (code > 127) {
      const ch = String.fromCodePoint(part.codePointAt(k) ?? code);
      if (ch.length === 2) k++;
      if (LETTER.test(ch)) {
        letters++;
        if (LATIN.test(ch)) latin++;
      }
    }
  }
  const counted = countWords(part.toLowerCase());
  return { words: counted.words, functionWords: counted.functionWords, latin, letters };
}

/**
 * A notice when the claims do not look like English; null when they do or the text is too short.
 * `counts`: each claim's counts when the caller keeps them (compare.ts remembers them per claim).
 */
export function languageNotice(text: string, claims: readonly Span[], counts: (k: number) => LanguageCounts = (k) => languageCounts(text, claims[k])): string | null {
  let words = 0;
  let functionWords = 0;
  let latin = 0;
  let letters = 0;
  for (let k = 0; k < claims.length; k++) {
    const c = counts(k);
    words += c.words;
    functionWords += c.functionWords;
    latin += c.latin;
    letters += c.letters;
    if (words > 5000) break;
  }
  if (letters === 0) return claims.length ? 'This text has no words to compare; labels are not meaningful.' : null;
  if (latin / letters < 0.5) return 'This text is mostly not in Latin script; Source Compare understands English only, so its labels are not reliable here.';
  if (words >= MIN_WORDS && functionWords / words < 0.12) return 'This text does not look like English; Source Compare understands English only, so its labels are not reliable here.';
  return null;
}
