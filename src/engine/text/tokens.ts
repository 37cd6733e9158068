/**
 * Tokeniser and lemmatiser for English news text.
 *
 * Tokens carry exact UTF-16 offsets into the text given (what VS Code counts), a normalised form
 * (lower case, typographic quotes/dashes folded, diacritics removed, U.S./US folded, British
 * spellings folded to American) and a lemma (inflection removed with a WordNet-derived table for the
 * vocabulary and suffix rules beyond it). Hand-written scanner: no regular expression runs over
 * the whole text, so no backtracking hazard.
 */
import type { Span } from '../report/types';
import { Memo } from '../strings/memo';
import { ownString } from '../strings/own';
import { isInvisible, stripInvisible } from './fold';
import { engineTables } from '../lexicon/tables';
import { NEGATIONS } from '../lexicon/negation';
import { americanSpelling } from '../lexicon/spelling';
import { STOP_WORDS } from '../lexicon/stopwords';
import { isDigit, isLetter, isMark, isSpaceCode, isUpper } from './chars';

export interface Token {
  /** UTF-16 offsets into the text given. */
  start: number;
  end: number;
  text: string;
  /** Lower case, typographic quotes/dashes folded, diacritics removed, US/U.S. folded to "us". */
  norm: string;
  /** Inflection removed: attacks→attack, killed→kill, was→be, children→child. */
  lemma: string;
  /** Function word (negations are NOT stop words: see isNegation). */
  stop: boolean;
  kind: 'word' | 'number' | 'punct';
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const RE_MARKS_ALL = /\p{M}+/gu;

const APOS = new Set(["'", '\u2019', '\u02bc', '\u2018']);



export function isNegation(t: Token): boolean {
  return t.kind === 'word' && NEGATIONS.has(t.lemma);
}


// ---------------------------------------------------------------------------------------------
// Lemma table: decoded from data/lexicon.json and installed by the host (../lexicon/tables).
function lemmaTable(): ReadonlyMap<string, string> {
  return engineTables().lemmas;
}

const CLITICS: Record<string, string> = {
  "n't": 'not', "'s": "'s", "'re": 'be', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'be',
  ca: 'can', wo: 'will', sha: 'shall', cannot: 'can',
};
const UNINFLECTED_S = /(?:ss|us|is|ous|ics|news|ias)$/;

/** Lemma of a lower-case normalised word. */
export function lemmatize(norm: string): string {
  const c = CLITICS[norm];
  if (c) return c;
  const t = lemmaTable().get(norm);
  if (t !== undefined) return t;
  if (norm.length <= 3 || norm.length > 40 || !/^[a-z]+$/.test(norm)) return norm;
  // Out-of-vocabulary words: conservative suffix rules.
  if (norm.endsWith('ies') && norm.length > 4) return `${norm.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(norm)) return norm.slice(0, -2);
  if (norm.endsWith('s') && !UNINFLECTED_S.test(norm)) return norm.slice(0, -1);
  return norm;
}

function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0)); // no whitespace lies outside the BMP
}
/** True when every UTF-16 unit of s is ASCII. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

function cpAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i];
}

/** Lower case, fold quotes/dashes, strip diacritics. */
function baseNorm(s: string): string {
  // ASCII: NFKD and the typographic folds change nothing but the backtick.
  if (isAscii(s)) return s.includes('`') ? s.toLowerCase().replace(/`/g, "'") : s.toLowerCase();
  let out = s.normalize('NFKD').replace(RE_MARKS_ALL, '').toLowerCase();
  out = out.replace(/[\u2018\u2019\u02bc\u201b`\u00b4]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"');
  return out;
}

/** What a token's text alone decides: its forms and flags. */
interface Forms {
  norm: string;
  lemma: string;
  stop: boolean;
  cap: boolean;
}

/** Entries per generation of each TokenForms table, and the longest token text remembered. */
const FORMS_MEMO_SIZE = 25_000;
const FORMS_MEMO_MAX_LENGTH = 64;

/**
 * Forms of recently seen (text, kind) pairs: words repeat within and across articles, and folding
 * and lemmatising them is most of the tokeniser's work. Pure-function memo tables owned by a
 * comparison's context (see context.ts); tokenize() without one computes every token afresh.
 */
export class TokenForms {
  private readonly tables: Record<Token['kind'], Memo<Forms>> = {
    word: new Memo(FORMS_MEMO_SIZE, FORMS_MEMO_MAX_LENGTH),
    number: new Memo(FORMS_MEMO_SIZE, FORMS_MEMO_MAX_LENGTH),
    punct: new Memo(FORMS_MEMO_SIZE, FORMS_MEMO_MAX_LENGTH),
  };

  /** The forms of a token text (remembered). */
  of(raw: string, kind: Token['kind']): Forms {
    const memo = this.tables[kind];
    const hit = memo.get(raw);
    if (hit) return hit;
    if (raw.length > FORMS_MEMO_MAX_LENGTH) return forms(raw, kind); // a pathological "word" is not kept
    const own = ownString(raw); // the forms and the key must not pin the article (see own.ts)
    return memo.setOwned(own, forms(own, kind));
  }
}

/** The k-th token into out[k]: a new object past the end of `out`, else the object there refilled. */
function emit(out: Token[], k: number, text: string, start: number, end: number, kind: Token['kind'], memo: TokenForms | undefined): void {
  if (k >= out.length) {
    out.push(makeToken(text, start, end, kind, memo));
    return;
  }
  const t = out[k];
  const raw = text.slice(start, end);
  const f = formsOf(stripInvisible(raw), kind, memo);
  t.start = start;
  t.end = end;
  t.text = raw;
  t.norm = f.norm;
  t.lemma = f.lemma;
  t.stop = f.stop;
  t.kind = kind;
  t.cap = f.cap;
}

function makeToken(text: string, start: number, end: number, kind: Token['kind'], memo: TokenForms | undefined): Token {
  const raw = text.slice(start, end);
  const f = formsOf(stripInvisible(raw), kind, memo);
  return { start, end, text: raw, norm: f.norm, lemma: f.lemma, stop: f.stop, kind, cap: f.cap };
}

/** The forms of a token text, from the memo when there is one. */
function formsOf(raw: string, kind: Token['kind'], memo: TokenForms | undefined): Forms {
  return memo ? memo.of(raw, kind) : forms(raw, kind);
}

function forms(raw: string, kind: Token['kind']): Forms {
  const first = cpAt(raw, 0);
  const cap = isUpper(first);
  let norm = baseNorm(raw);
  let lemma = norm;
  let stop = false;
  if (kind === 'word') {
    const letters = norm.replace(/\./g, '');
    const allCaps = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    if (norm.includes('.')) norm = letters; // U.S. → us, U.N. → un
    else norm = americanSpelling(norm);
    lemma = allCaps && letters.length <= 5 ? norm : lemmatize(norm);
    stop = !allCaps && STOP_WORDS.has(norm) && !NEGATIONS.has(lemma);
    if (NEGATIONS.has(lemma)) stop = false;
  } else if (kind === 'number') {
    lemma = norm.replace(/,/g, '');
  } else {
    stop = true;
  }
  return { norm, lemma, stop, cap };
}

/**
 * Splits text (or text.slice(span.start, span.end)) into word, number and punctuation tokens.
 * Offsets are UTF-16 indices into `text`. Whitespace makes no token.
 */
export function tokenize(text: string, span?: Span, memo?: TokenForms): Token[] {
  const out: Token[] = [];
  tokenizeInto(text, span, out, memo);
  return out;
}

/**
 * tokenize() into `pool`, reusing the token objects already there (their fields are overwritten):
 * returns the number of tokens, pool[0 … n). For callers that keep no token past their own use.
 */
export function tokenizeReusing(text: string, span: Span | undefined, pool: Token[], memo?: TokenForms): number {
  return tokenizeInto(text, span, pool, memo);
}

function tokenizeInto(text: string, span: Span | undefined, out: Token[], memo: TokenForms | undefined): number {
  let count = 0;
  const lo = Math.max(0, Math.min(text.length, span ? span.start : 0));
  const hi = Math.max(lo, Math.min(text.length, span ? span.end : text.length));
  let i = lo;
  while (i < hi) {
    const ch = cpAt(text, i);
    if (i + ch.length > hi) break; // half a surrogate pair at the span's end
    // invisible characters (soft hyphen, zero-width, bidi controls, BOM) are not text: skipped like spaces
    if (isSpace(ch) || isInvisible(ch.charCodeAt(0))) { i += ch.length; continue; }
    if (isLetter(ch)) {
      const start = i;
      // Dotted acronym: U.S., U.N., e.g. — single letters each followed by a period.
      let j = i;
      let segs = 0;
      while (j + 1 < hi && isLetter(text[j]) && text[j + 1] === '.') {
        segs++;
        j += 2;
        if (!(j + 1 < hi && isLetter(text[j]) && text[j + 1] === '.')) break;
      }
      if (segs >= 2 && !(j < hi && isLetter(text[j]))) {
        emit(out, count++, text, start, j, 'word', memo);
        i = j;
        continue;
      }
      // Ordinary word: letters, marks, digits, inner apostrophes before a letter (not clitics).
      j = i;
      while (j < hi) {
        const c = cpAt(text, j);
        if (j + c.length > hi) break;
        if (isLetter(c) || isMark(c) || isDigit(c) || c === '\u200d' || c === '\u200c') { j += c.length; continue; }
        // inside a word ("gov\u00adernor"): part of the word's span, left out of its forms
        if (isInvisible(c.charCodeAt(0)) && j + 1 < hi && (isLetter(cpAt(text, j + 1)) || isDigit(cpAt(text, j + 1)))) { j += 1; continue; }
        if (APOS.has(c) && j + 1 < hi && isLetter(text[j + 1])) {
          // split clitics: 's 're 've 'll 'd 'm ; keep O'Brien, ma'am
          const rest = cliticAt(text, j + 1, hi);
          if (rest) break;
          if ((text[j + 1] === 't' || text[j + 1] === 'T') && (text[j - 1] === 'n' || text[j - 1] === 'N') &&
            !(j + 2 < hi && isLetter(text[j + 2]))) break;
          j += 1;
          continue;
        }
        break;
      }
      // n't: split "didn't" → "did" + "n't"
      if (j < hi && APOS.has(text[j]) && j + 1 < hi && (text[j + 1] === 't' || text[j + 1] === 'T') && j - 1 >= start &&
        (text[j - 1] === 'n' || text[j - 1] === 'N') && !(j + 2 < hi && isLetter(text[j + 2]))) {
        if (j - 1 > start) emit(out, count++, text, start, j - 1, 'word', memo);
        emit(out, count++, text, j - 1, j + 2, 'word', memo);
        i = j + 2;
        continue;
      }
      if (j === start) j = start + ch.length; // always make progress
      emit(out, count++, text, start, j, 'word', memo);
      i = j;
      continue;
    }
    if (APOS.has(ch) && i + 1 < hi && isLetter(text[i + 1])) {
      const len = cliticAt(text, i + 1, hi);
      if (len) {
        emit(out, count++, text, i, i + 1 + len, 'word', memo);
        i += 1 + len;
        continue;
      }
    }
    if (isDigit(ch)) {
      const start = i;
      let j = i;
      while (j < hi) {
        const c = cpAt(text, j);
        if (j + c.length > hi) break;
        if (isDigit(c)) { j += c.length; continue; }
        if ((c === ',' || c === '.' || c === ':') && j + 1 < hi && isDigit(text[j + 1])) { j += 2; continue; }
        // inside a figure ("1\u200b200"): part of its span, left out of its forms
        if (isInvisible(c.charCodeAt(0)) && j + 1 < hi && isDigit(cpAt(text, j + 1))) { j += 1; continue; }
        break;
      }
      if (j === start) j = start + ch.length; // always make progress
      // ordinal / unit suffix glued to the figure: 83rd, 1990s, 5pm, 10km
      let k = j;
      while (k < hi && k - j < 4 && /[a-zA-Z]/.test(text[k])) k++;
      if (k > j && !(k < hi && isLetter(text[k]))) j = k;
      emit(out, count++, text, start, j, 'number', memo);
      i = j;
      continue;
    }
    // Punctuation / symbol / emoji: one code point plus following marks, variation selectors, ZWJ sequences.
    let j = i + ch.length;
    while (j < hi) {
      const c = cpAt(text, j);
      if (j + c.length > hi) break;
      if (isMark(c) || c === '\ufe0f' || c === '\ufe0e' || (c >= '\u{1f3fb}' && c <= '\u{1f3ff}' && c.length === 2)) { j += c.length; continue; }
      if (c === '\u200d' && j + 1 < hi) {
        const n = cpAt(text, j + 1);
        if (j + 1 + n.length <= hi && !isSpace(n)) { j += 1 + n.length; continue; }
      }
      break;
    }
    emit(out, count++, text, i, j, 'punct', memo);
    i = j;
  }
  return count;
}

/** Length of a clitic (without the apostrophe) starting at i, or 0. */
function cliticAt(text: string, i: number, hi: number): number {
  for (const c of ['s', 're', 've', 'll', 'd', 'm']) {
    if (i + c.length <= hi && text.slice(i, i + c.length).toLowerCase() === c && !(i + c.length < hi && isLetter(text[i + c.length]))) return c.length;
  }
  return 0;
}
