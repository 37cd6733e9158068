/**
 * Claim segmentation: splits an article body into sentences (and, conservatively, clauses) with
 * exact UTF-16 offsets.
 *
 * Why hand-written loops instead of `Intl.Segmenter` or a regex: news text is full of periods that
 * do not end sentences (U.S., Gen., Oct. 17, John F. Kennedy, D-R.I.), quotations whose inner
 * sentences belong to one attributed claim, datelines and Markdown, and every step must stay
 * linear on hostile input. Each decision below looks at a bounded window around one candidate
 * terminator, so the whole pass is O(n).
 *
 * Decisions (see also the tests):
 * - Every line break ends a sentence; a blank line (or a heading, list item, rule, code fence)
 *   starts a new paragraph. `paragraph` and `sentence` are dense, 0-based, over emitted claims.
 * - Datelines ("WASHINGTON —", "KABUL, Afghanistan (AP) —") at the start of a paragraph are
 *   excluded: the claim starts after the dash.
 * - Markdown: headings are claims without the `#` marks; list markers, task boxes and `>` are
 *   excluded from spans; fenced code, HTML comments and horizontal rules yield no claims. A
 *   comment in the middle of a sentence stays inside that claim's range (a claim is one range).
 * - A short quotation (≤ 300 code units) is kept whole when it is attributed (`…," she said`,
 *   `She said: "…"`); otherwise its inner sentences split, and a closing quote always stays
 *   with the sentence it closes.
 * - Clauses: only at a semicolon outside quotation marks with ≥ 6 words on both sides.
 * - A claim longer than 2,000 code units is cut at whitespace (or hard-cut if there is none).
 */
import type { Span } from '../report/types';
import { ABBREVIATIONS, LOWER_ABBREVIATIONS, SENTENCE_OPENERS } from '../lexicon/abbreviations';
import { isAsciiDigitCode, isHighSurrogate, isSpaceCode } from './chars';

/** One claim: a trimmed, non-empty range of the article text. */
export interface ClaimSpan {
  start: number;
  end: number;
  /** 0-based index of the paragraph among paragraphs that have claims. */
  paragraph: number;
  /** 0-based index of the sentence in the article; clauses of one sentence share it. */
  sentence: number;
}

const MAX_CLAIM = 2000;
/** Below this length a long claim is hard-cut rather than searched further for whitespace. */
const MIN_CUT = 1000;
/** Longest quotation kept in one claim when attributed. */
const QUOTE_KEEP = 300;
const MIN_CLAUSE_WORDS = 6;
const MAX_TOKEN = 40;




interface State {
  out: ClaimSpan[];
  /** Raw paragraph number (bumped at every break, even ones without claims). */
  rawPara: number;
  lastRawPara: number;
  paragraph: number;
  sentence: number;
}

interface QuoteRegions {
  opens: number[];
  closes: number[];
  /** Attributed and short: inner sentence ends do not split. */
  keep: boolean[];
}

/**
 * Splits `text[body.start, body.end)` into claims. Never throws on string input; returns spans
 * sorted, disjoint, trimmed, non-empty, inside `body`.
 */
export function segmentClaims(text: string, body: Span): ClaimSpan[] {
  if (typeof text !== 'string') return [];
  const n = text.length;
  const bs = clampOffset(body?.start, 0, n);
  const be = clampOffset(body?.end, n, n);
  if (be <= bs) return [];
  const t = maskSkipped(text, bs, be);
  const st: State = { out: [], rawPara: 0, lastRawPara: -1, paragraph: -1, sentence: -1 };

  let inPara = false;
  let ls = bs;
  // The first line may start mid-line (after a `date …` marker): no Markdown markers there.
  let atLineStart = bs === 0 || isLineBreak(t.charCodeAt(bs - 1));
  while (ls < be) {
    let le = ls;
    while (le < be && !isLineBreak(t.charCodeAt(le))) le++;
    inPara = processLine(t, ls, le, atLineStart, inPara, st);
    if (le >= be) break;
    ls = le + (t.charCodeAt(le) === 13 && t.charCodeAt(le + 1) === 10 ? 2 : 1);
    atLineStart = true;
  }
  return st.out;
}

function clampOffset(v: unknown, dflt: number, n: number): number {
  if (typeof v !== 'number' || Number.isNaN(v)) return dflt;
  return Math.max(0, Math.min(n, Math.floor(v)));
}

/** Handles one line; returns whether a paragraph is open afterwards. */
function processLine(t: string, ls: number, le: number, atLineStart: boolean, inPara: boolean, st: State): boolean {
  let a = skipSpaces(t, ls, le);
  if (a >= le) return breakPara(inPara, st);
  let heading = false;
  let listItem = false;
  let ce = le;
  if (atLineStart) {
    if (isRule(t, a, le)) return breakPara(inPara, st);
    // Blockquote markers, possibly nested ("> > text").
    while (a < le && t.charCodeAt(a) === 62 /* > */) a = skipSpaces(t, a + 1, le);
    if (a >= le) return breakPara(inPara, st);
    const h = headingContent(t, a, le);
    if (h) {
      heading = true;
      a = h.start;
      ce = h.end;
    } else {
      const li = listMarkerEnd(t, a, le);
      if (li > a) {
        listItem = true;
        a = skipSpaces(t, li, le);
      }
    }
  }
  if (heading || listItem) {
    // Headings and list items are paragraphs of their own.
    if (inPara) st.rawPara++;
    inPara = false;
  }
  if (!inPara && !heading) a = skipDateline(t, a, ce);
  segmentRange(t, a, ce, st);
  if (heading) {
    st.rawPara++;
    return false;
  }
  return true;
}

function breakPara(inPara: boolean, st: State): boolean {
  if (inPara) st.rawPara++;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/** `---`, `***`, `___`, `===` (setext underline), spaces allowed between. */
function isRule(t: string, a: number, le: number): boolean {
  const ch = t.charCodeAt(a);
  if (ch !== 45 && ch !== 42 && ch !== 95 && ch !== 61) return false;
  let count = 0;
  for (let i = a; i < le; i++) {
    const c = t.charCodeAt(i);
    if (c === ch) count++;
    else if (c !== 32 && c !== 9) return false;
  }
  return count >= 3;
}

function headingContent(t: string, a: number, le: number): Span | null {
  let i = a;
  while (i < le && t.charCodeAt(i) === 35 /* # */ && i - a < 7) i++;
  const level = i - a;
  if (level < 1 || level > 6) return null;
  if (i < le && t.charCodeAt(i) !== 32 && t.charCodeAt(i) !== 9) return null;
  const start = skipSpaces(t, i, le);
  let end = le;
  while (end > start && isSpaceCode(t.charCodeAt(end - 1))) end--;
  // Optional closing sequence: "## Title ##".
  let h = end;
  while (h > start && t.charCodeAt(h - 1) === 35) h--;
  if (h < end && (h === start || isSpaceCode(t.charCodeAt(h - 1)))) end = h;
  return { start, end };
}

/** End of a list marker (`- `, `* `, `+ `, `1. `, `1) `, plus a task box `[ ] `) at `a`, or `a`. */
function listMarkerEnd(t: string, a: number, le: number): number {
  const c = t.charCodeAt(a);
  let i = a;
  if (c === 45 || c === 42 || c === 43) {
    i = a + 1;
  } else if (isAsciiDigitCode(c)) {
    while (i < le && isAsciiDigitCode(t.charCodeAt(i)) && i - a < 9) i++;
    const d = t.charCodeAt(i);
    if (d !== 46 && d !== 41) return a;
    i++;
  } else {
    return a;
  }
  if (i < le && !(t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) return a;
  const b = skipSpaces(t, i, le);
  if (b + 3 <= le && t.charCodeAt(b) === 91 && t.charCodeAt(b + 2) === 93) {
    const x = t.charCodeAt(b + 1);
    if ((x === 32 || x === 120 || x === 88) && (b + 3 === le || isSpaceCode(t.charCodeAt(b + 3)))) return b + 3;
  }
  return i;
}

/**
 * Returns `text` with fenced code blocks and HTML comments inside the body replaced by spaces
 * (line breaks kept), so offsets stay the same and those parts yield no claims.
 */
function maskSkipped(text: string, bs: number, be: number): string {
  const hasComment = text.indexOf('<!--', bs) >= 0;
  const hasFence = text.indexOf('```', bs) >= 0 || text.indexOf('~~~', bs) >= 0;
  if (!hasComment && !hasFence) return text;
  const ranges: Span[] = hasFence ? fenceRanges(text, bs, be) : [];
  if (hasComment) {
    const fences = ranges.slice();
    let p = bs;
    let fi = 0;
    for (;;) {
      const open = text.indexOf('<!--', p);
      if (open < 0 || open >= be) break;
      while (fi < fences.length && fences[fi].end <= open) fi++;
      if (fi < fences.length && fences[fi].start <= open) {
        p = fences[fi].end;
        continue;
      }
      const close = text.indexOf('-->', open + 4);
      if (close < 0 || close + 3 > be) break; // unterminated: left as text
      ranges.push({ start: open, end: close + 3 });
      p = close + 3;
    }
    ranges.sort((x, y) => x.start - y.start);
  }
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const r of ranges) {
    const s = Math.max(r.start, cursor);
    if (s >= r.end) continue;
    parts.push(text.slice(cursor, s));
    pushBlank(text, s, r.end, parts);
    cursor = r.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

function pushBlank(text: string, s: number, e: number, parts: string[]): void {
  let run = s;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (i > run) parts.push(' '.repeat(i - run));
      parts.push(text[i]);
      run = i + 1;
    }
  }
  if (e > run) parts.push(' '.repeat(e - run));
}

/** Fenced code blocks (``` or ~~~, CommonMark rules, an unclosed fence runs to the end). */
function fenceRanges(text: string, bs: number, be: number): Span[] {
  const out: Span[] = [];
  let ls = bs;
  let open = -1;
  let fenceChar = 0;
  let fenceLen = 0;
  while (ls < be) {
    let le = ls;
    while (le < be && !isLineBreak(text.charCodeAt(le))) le++;
    let a = ls;
    while (a < le && a - ls < 3 && text.charCodeAt(a) === 32) a++;
    const c = text.charCodeAt(a);
    let run = a;
    if (c === 96 || c === 126) while (run < le && text.charCodeAt(run) === c) run++;
    const len = run - a;
    if (open < 0) {
      if (len >= 3) {
        open = ls;
        fenceChar = c;
        fenceLen = len;
      }
    } else if (c === fenceChar && len >= fenceLen && skipSpaces(text, run, le) >= le) {
      out.push({ start: open, end: le });
      open = -1;
    }
    if (le >= be) break;
    ls = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  if (open >= 0) out.push({ start: open, end: be });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------------------------

/**
 * "WASHINGTON —", "KABUL, Afghanistan (AP) —", "LONDON, Nov. 9 (Reuters) -", "(AP) —": returns
 * where the claim starts after the dateline, or `a` when there is none. The place must be in
 * capitals unless an agency tag in parentheses marks the dateline.
 */
function skipDateline(t: string, a: number, ce: number): number {
  const limit = Math.min(ce, a + 100);
  let dashS = -1;
  let dashE = -1;
  for (let k = a; k < limit; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x2014 || c === 0x2013 || c === 0x2015) {
      dashS = k;
      dashE = k + 1;
      break;
    }
    if (c === 45) {
      if (t.charCodeAt(k + 1) === 45 && k + 1 < ce) {
        dashS = k;
        dashE = k + 2;
        break;
      }
      if (k > a && isSpaceCode(t.charCodeAt(k - 1)) && (k + 1 >= ce || isSpaceCode(t.charCodeAt(k + 1)))) {
        dashS = k;
        dashE = k + 1;
        break;
      }
    }
    // Sentence punctuation or quotes before the dash: not a dateline.
    if (c === 34 || c === 0x201c || c === 0x201d || c === 33 || c === 63 || c === 58 || c === 59) return a;
  }
  if (dashS <= a) return a;
  if (!isDatelinePrefix(t, a, dashS)) return a;
  const m = skipSpaces(t, dashE, ce);
  if (m >= ce || isLowerAt(t, m)) return a;
  return m;
}

function isDatelinePrefix(t: string, a: number, b: number): boolean {
  let tokens = 0;
  let depth = 0;
  let hasParen = false;
  let firstAllCaps = false;
  let i = a;
  while (i < b) {
    i = skipSpaces(t, i, b);
    if (i >= b) break;
    const s = i;
    while (i < b && !isSpaceCode(t.charCodeAt(i))) i++;
    tokens++;
    if (tokens > 8) return false;
    const c0 = t.charCodeAt(s);
    if (depth === 0 && c0 !== 40 /* ( */ && !isUpperAt(t, s) && !isAsciiDigitCode(c0)) return false;
    let letters = 0;
    let lower = false;
    for (let k = s; k < i; k++) {
      const c = t.charCodeAt(k);
      if (c === 40) { depth++; hasParen = true; } else if (c === 41) depth = Math.max(0, depth - 1);
      else if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) letters++;
    }
    if (tokens === 1) firstAllCaps = !lower && letters >= 2;
  }
  return tokens > 0 && depth === 0 && (firstAllCaps || hasParen);
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

/** Pairs double quotation marks on one line (straight by alternation, typographic by kind). */
function quoteRegions(t: string, a: number, b: number): QuoteRegions {
  const q: QuoteRegions = { opens: [], closes: [], keep: [] };
  let open = -1;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === 34) {
      if (open < 0) open = i;
      else { q.opens.push(open); q.closes.push(i); open = -1; }
    } else if (c === 0x201c || c === 0xab || c === 0x201e) {
      open = i; // an unclosed earlier opener (quote continuing to the next paragraph) is dropped
    } else if (c === 0x201d || c === 0xbb) {
      if (open >= 0) { q.opens.push(open); q.closes.push(i); open = -1; }
    }
  }
  for (let r = 0; r < q.opens.length; r++) q.keep.push(isAttributedQuote(t, a, b, q.opens[r], q.closes[r]));
  return q;
}

function isAttributedQuote(t: string, a: number, b: number, o: number, c: number): boolean {
  if (c - o > QUOTE_KEEP) return false;
  // `"…," she said` / `"…?" he asked`: the quote ends with a comma or lowercase text follows.
  let k = c - 1;
  while (k > o && (t.charCodeAt(k) === 39 || t.charCodeAt(k) === 0x2019)) k--;
  if (t.charCodeAt(k) === 44) return true;
  const m = skipSpaces(t, c + 1, Math.min(b, c + 12));
  if (m < b && (isLowerAt(t, m) || t.charCodeAt(m) === 44)) return true;
  // `She said: "…"` / `she said, "…"`.
  let p = o - 1;
  while (p >= a && p > o - 12 && isSpaceCode(t.charCodeAt(p))) p--;
  if (p >= a && (t.charCodeAt(p) === 44 || t.charCodeAt(p) === 58)) return true;
  return false;
}

/** Finds the sentences of t[a, b) (one line's content) and emits them. */
function segmentRange(t: string, a: number, b: number, st: State): void {
  if (a >= b) return;
  const q = quoteRegions(t, a, b);
  let r = 0;
  let sentStart = a;
  let i = a;
  while (i < b) {
    if (!isTerminator(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let dots = 0;
    let ellipsis = false;
    let exclaim = false;
    while (j < b) {
      const c = t.charCodeAt(j);
      if (c === 46) dots++;
      else if (c === 0x2026) ellipsis = true;
      else if (c === 33 || c === 63) exclaim = true;
      else break;
      j++;
    }
    if (dots > 1) ellipsis = true;
    let k = j;
    while (k < b && isCloser(t.charCodeAt(k))) k++;
    if (k < b && !isSpaceCode(t.charCodeAt(k))) {
      // "3.5", "U.S.-backed", "example.com", "win.\"He": not an end.
      i = j;
      continue;
    }
    let m = skipSpaces(t, k, b);
    if (m >= b) break; // the line ends the sentence anyway
    if (m > k && isDetachedCloser(t, m, q)) {
      // `… New York. ” Next` (tokenised text): the detached closing quote still ends this one.
      k = m + 1;
      while (k < b && isCloser(t.charCodeAt(k))) k++;
      if (k < b && !isSpaceCode(t.charCodeAt(k))) {
        i = k;
        continue;
      }
      m = skipSpaces(t, k, b);
      if (m >= b) break;
    }
    while (r < q.closes.length && q.closes[r] < i) r++;
    const insideKept = r < q.closes.length && q.opens[r] < i && q.closes[r] >= k && q.keep[r];
    if (!insideKept && isBoundary(t, sentStart, i, m, dots, ellipsis, exclaim)) {
      emitSentence(t, sentStart, k, q, st);
      sentStart = m;
    }
    i = m;
  }
  emitSentence(t, sentStart, b, q, st);
}

function isDetachedCloser(t: string, m: number, q: QuoteRegions): boolean {
  const c = t.charCodeAt(m);
  if (c === 0x201d || c === 0xbb) return true;
  if (c !== 34) return false;
  const r = lowerBound(q.closes, m);
  return r < q.closes.length && q.closes[r] === m;
}

/**
 * Whether the terminator run starting at `i` ends a sentence, given the first non-space
 * character after it at `m`.
 */
function isBoundary(t: string, sentStart: number, i: number, m: number, dots: number, ellipsis: boolean, exclaim: boolean): boolean {
  const nc = t.charCodeAt(m);
  // Tokenised text ("… with burnley . andros townsend …"): a period standing alone between spaces
  // ends a sentence even before a lowercase word.
  if (dots === 1 && !exclaim && i > sentStart && isSpaceCode(t.charCodeAt(i - 1)) && m > i + 1 && isLowerAt(t, m)) return true;
  // Lower-cased text ("… while the bus is in motion. as the bus slows …"): a period right after a
  // plain lower-case word that is no abbreviation ends a sentence even before a lower-case word.
  if (dots === 1 && !exclaim && isLowerAt(t, m) && endsPlainWord(t, sentStart, i)) return true;
  // Sentences do not start with a lowercase letter or with these.
  if (isLowerAt(t, m)) return false;
  if (nc === 44 || nc === 59 || nc === 58 || nc === 46 || nc === 41 || nc === 93 || nc === 125 || nc === 37 || nc === 45 || nc === 0x2026) return false;
  if (exclaim && !ellipsis) return true;
  if (ellipsis) return isUpperAt(t, m) || isOpeningQuote(nc);
  if (dots !== 1) return true;
  // A single period: look at the token before it.
  let s = i;
  while (s > sentStart && i - s <= MAX_TOKEN) {
    const c = t.charCodeAt(s - 1);
    if (isSpaceCode(c) || isOpener(c)) break;
    s--;
  }
  if (i - s > MAX_TOKEN || s === i) return true;
  let tok = t.slice(s, i);
  const hyphen = tok.lastIndexOf('-');
  if (hyphen >= 0 && hyphen < tok.length - 1) tok = tok.slice(hyphen + 1); // D-R.I., D-Calif.
  const kind = ABBREVIATIONS.get(tok) ?? (isDottedAcronym(tok) || isSingleUpper(tok) ? 'conditional' : null);
  if (kind === null) return true;
  if (kind === 'never') return false;
  if (kind === 'numeric' && isAsciiDigitCode(nc)) return false;
  return opensSentence(t, m);
}

/**
 * Whether the text just before the period at `i` is a plain lower-case word of three or more
 * letters that is not a known abbreviation ("motion." yes; "approx.", "etc.", "e.g.", "U.S." no).
 */
function endsPlainWord(t: string, sentStart: number, i: number): boolean {
  let s = i;
  while (s > sentStart && i - s <= MAX_TOKEN) {
    const c = t.charCodeAt(s - 1);
    if (!(c >= 97 && c <= 122)) break;
    s--;
  }
  if (i - s < 3 || i - s > MAX_TOKEN) return false;
  if (s > sentStart && !isSpaceCode(t.charCodeAt(s - 1))) return false; // "e.g", "U.S", "-backed"
  const word = t.slice(s, i);
  return !ABBREVIATIONS.has(word) && !ABBREVIATIONS.has(word[0].toUpperCase() + word.slice(1)) && !LOWER_ABBREVIATIONS.has(word);
}


/** After an ambiguous abbreviation: does the text at `m` read as a new sentence? */
function opensSentence(t: string, m: number): boolean {
  const c = t.charCodeAt(m);
  if (isOpeningQuote(c)) return true;
  if (isAsciiDigitCode(c)) return false;
  if (!isUpperAt(t, m)) return !(c < 128); // non-Latin script: no way to tell, split
  let e = m;
  while (e < t.length && e - m < 16) {
    const d = t.charCodeAt(e);
    if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 39 || d === 0x2019)) break;
    e++;
  }
  // "L. A. Superior Court", "J. R. R. Tolkien": an initial follows, not a sentence.
  if (e === m + 1 && t.charCodeAt(e) === 46) return false;
  return SENTENCE_OPENERS.has(t.slice(m, e).replace('\u2019', "'"));
}

/** "U.S", "U.K", "a.m", "J.R.R", "R.I", "Ph.D": pieces of 1–2 letters joined by periods. */
function isDottedAcronym(tok: string): boolean {
  if (tok.length < 3 || tok.length > 12) return false;
  let piece = 0;
  let dots = 0;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c === 46) {
      if (piece === 0) return false;
      dots++;
      piece = 0;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (++piece > 2) return false;
    } else return false;
  }
  return dots > 0 && piece > 0;
}

function isSingleUpper(tok: string): boolean {
  const c = tok.charCodeAt(0);
  return tok.length === 1 && c >= 65 && c <= 90;
}

// ---------------------------------------------------------------------------------------------
// Emitting claims
// ---------------------------------------------------------------------------------------------

/** Emits one sentence t[a, b): clause split, trimming, length cap, non-claim filter. */
function emitSentence(t: string, a: number, b: number, q: QuoteRegions, st: State): void {
  const sentence = st.sentence + 1;
  let emitted = false;
  // Clauses: semicolons outside quotations with enough words on both sides.
  // (Bounded scan, not indexOf: indexOf past `b` would make many short sentences quadratic.)
  let total = 0;
  for (let i = a; i < b; i++) {
    if (t.charCodeAt(i) === 59) {
      total = countWords(t, a, b);
      break;
    }
  }
  if (total >= 2 * MIN_CLAUSE_WORDS) {
    let words = 0;
    let cutWords = 0;
    let pieceStart = a;
    let inWord = false;
    let r = lowerBound(q.closes, a);
    for (let i = a; i < b; i++) {
      const c = t.charCodeAt(i);
      if (c === 59) {
        inWord = false;
        while (r < q.closes.length && q.closes[r] < i) r++;
        const quoted = r < q.closes.length && q.opens[r] < i;
        if (!quoted && words - cutWords >= MIN_CLAUSE_WORDS && total - words >= MIN_CLAUSE_WORDS) {
          emitted = emitPiece(t, pieceStart, i + 1, sentence, st) || emitted;
          pieceStart = i + 1;
          cutWords = words;
        }
      } else if (isSpaceCode(c)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    emitted = emitPiece(t, pieceStart, b, sentence, st) || emitted;
  } else {
    emitted = emitPiece(t, a, b, sentence, st);
  }
  if (emitted) st.sentence = sentence;
}

/** Trims, caps the length and filters t[a, b); returns whether anything was emitted. */
function emitPiece(t: string, a: number, b: number, sentence: number, st: State): boolean {
  let s = a;
  let e = b;
  while (s < e && isTrimmable(t.charCodeAt(s))) s++;
  while (e > s && isTrimmable(t.charCodeAt(e - 1))) e--;
  let emitted = false;
  while (e - s > MAX_CLAIM) {
    let cut = s + MAX_CLAIM;
    let w = cut;
    while (w > s + MIN_CUT && !isTrimmable(t.charCodeAt(w))) w--;
    if (w > s + MIN_CUT) cut = w;
    else if (isHighSurrogate(t.charCodeAt(cut - 1))) cut--;
    emitted = pushClaim(t, s, cut, sentence, st) || emitted;
    s = cut;
    while (s < e && isTrimmable(t.charCodeAt(s))) s++;
  }
  return pushClaim(t, s, e, sentence, st) || emitted;
}

function pushClaim(t: string, s: number, e: number, sentence: number, st: State): boolean {
  while (s < e && isTrimmable(t.charCodeAt(s))) s++;
  while (e > s && isTrimmable(t.charCodeAt(e - 1))) e--;
  if (e <= s || !hasLetterOrDigit(t, s, e)) return false;
  if (st.rawPara !== st.lastRawPara) {
    st.paragraph++;
    st.lastRawPara = st.rawPara;
  }
  st.out.push({ start: s, end: e, paragraph: st.paragraph, sentence });
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hasLetterOrDigit(t: string, s: number, e: number): boolean {
  let nonAscii = false;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) nonAscii = true;
  }
  return nonAscii && LETTER_OR_DIGIT.test(t.slice(s, e));
}

function countWords(t: string, a: number, b: number): number {
  let words = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === 59 || isSpaceCode(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

function lowerBound(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

function skipSpaces(t: string, i: number, end: number): number {
  while (i < end && isSpaceCode(t.charCodeAt(i))) i++;
  return i;
}


/** Trimmed from claim edges: whitespace plus the zero-width space. */
function isTrimmable(c: number): boolean {
  return isSpaceCode(c) || c === 0x200b;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}


function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Characters that may follow a terminator and still belong to its sentence. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 0xbb
    || c === 0x203a || c === 42 || c === 95;
}

/** Characters that may precede a token (an abbreviation is read after them). */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x2018 || c === 0x201c || c === 0xab || c === 0x201e;
}

function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2018 || c === 0x201c || c === 0xab || c === 0x201e || c === 40 || c === 91;
}


function isLowerAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCodePoint(t.codePointAt(i) ?? c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(t.codePointAt(i) ?? c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
