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
import { ownString } from '../strings/own';
import { LEMMA_PAIRS } from '../similarity/data/lemmas.generated';

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

const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_UPPER = /\p{Lu}/u;
const RE_SPACE = /\s/u;
const RE_MARKS_ALL = /\p{M}+/gu;

const APOS = new Set(["'", '\u2019', '\u02bc', '\u2018']);
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a an the and or but if then else so than that this these those there here of to in on at by for from with ' +
  'about as into onto upon over under after before between through during since until while within along ' +
  'across against among around behind beyond off out up down be is am are was were been being have has had ' +
  'having do does did doing done will would shall should can could may might must i me my mine myself we us ' +
  'our ours ourselves you your yours yourself he him his himself she her hers herself it its itself they them ' +
  'their theirs themselves what which who whom whose when where why how all any both each few more most ' +
  'other some such only own same too very just also s \'s \'re \'ve \'ll \'d \'m ca wo sha one ones its ' +
  'get got gets because via per whether either yet still even ever although though however'
).split(' '));

export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'neither', 'nowhere', 'cannot', 'without',
]);

export function isNegation(t: Token): boolean {
  return t.kind === 'word' && NEGATIONS.has(t.lemma);
}

// British → American spelling (whole words; inflected forms are folded by stem below).
const BRITISH: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', colour: 'color',
  favour: 'favor', honour: 'honor', labour: 'labor', behaviour: 'behavior', neighbour: 'neighbor',
  rumour: 'rumor', harbour: 'harbor', armour: 'armor', vigour: 'vigor', endeavour: 'endeavor', humour: 'humor',
  centre: 'center', theatre: 'theater', metre: 'meter', litre: 'liter', fibre: 'fiber', calibre: 'caliber',
  programme: 'program', grey: 'gray', tyre: 'tire', aluminium: 'aluminum', manoeuvre: 'maneuver',
  jewellery: 'jewelry', cheque: 'check', kerb: 'curb', plough: 'plow', sceptical: 'skeptical', mould: 'mold',
  analyse: 'analyze', paralyse: 'paralyze', catalogue: 'catalog', dialogue: 'dialog', travelled: 'traveled',
  travelling: 'traveling', cancelled: 'canceled', cancelling: 'canceling', modelling: 'modeling',
  labelled: 'labeled', fuelled: 'fueled', counsellor: 'counselor', councillor: 'councilor', practise: 'practice',
  enrol: 'enroll', fulfil: 'fulfill', whilst: 'while', amongst: 'among', towards: 'toward', ageing: 'aging',
  judgement: 'judgment', paediatric: 'pediatric', anaesthetic: 'anesthetic', oestrogen: 'estrogen',
  foetus: 'fetus', diarrhoea: 'diarrhea', manoeuvres: 'maneuvers', storey: 'story', pyjamas: 'pajamas',
};
// -ise/-isation words that are British spellings of -ize (a closed list: "rise", "wise", "promise" are not).
const ISE_STEMS = new Set((
  'organ recogn real apolog critic emphas author legal modern civil stabil mobil normal minim maxim optim ' +
  'priorit privat national capital character special general summar symbol standard util final central ' +
  'mobil neutral harmon memor sympath terror categor famil visual vapor fertil steril subsid monopol ' +
  'polar radical hospital decentral destabil militar democrat demoral scrutin industrial urban global ' +
  'computer jeopard econom agon fantas hypothes idol ideal liberal local material patron penal publ ' +
  'revital sanit scandal colon'
).split(' '));

function foldBritish(w: string): string {
  const direct = BRITISH[w];
  if (direct) return direct;
  // -isation / -ise / -ised / -ises / -ising / -iser
  const m = w.length <= 30 && w.includes('is') ? /^([a-z]+?)is(ation|ations|e|ed|es|ing|er|ers)$/.exec(w) : null;
  if (m && ISE_STEMS.has(m[1])) return `${m[1]}iz${m[2]}`;
  if (w.endsWith('our') || w.endsWith('ours') || w.endsWith('oured') || w.endsWith('ouring')) {
    for (const b of ['colour', 'favour', 'honour', 'labour', 'behaviour', 'neighbour', 'rumour', 'harbour', 'armour', 'endeavour', 'humour']) {
      if (w.startsWith(b)) return BRITISH[b] + w.slice(b.length);
    }
  }
  if (w.startsWith('defence') || w.startsWith('offence') || w.startsWith('centre') || w.startsWith('programme')) {
    for (const b of ['defence', 'offence', 'centre', 'programme']) if (w.startsWith(b)) return BRITISH[b] + w.slice(b.length);
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// Lemma table (lazily built read-only cache keyed on constant data)
let lemmaMap: Map<string, string> | null = null;
function lemmaTable(): Map<string, string> {
  if (lemmaMap) return lemmaMap;
  const m = new Map<string, string>();
  for (const entry of LEMMA_PAIRS.split('|')) {
    const sp = entry.indexOf(' ');
    if (sp > 0) m.set(entry.slice(0, sp), entry.slice(sp + 1));
  }
  lemmaMap = m;
  return m;
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

// Character classes with an ASCII fast path (most news text); the Unicode property escapes decide
// the rest. Each takes one code point (one or two UTF-16 units) or a single unit.
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return RE_LETTER.test(ch);
}
function isMark(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x300 && RE_MARK.test(ch);
}
function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return RE_DIGIT.test(ch);
}
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return RE_SPACE.test(ch);
}
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return RE_UPPER.test(ch);
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

/**
 * Forms of recently seen (text, kind) pairs: words repeat within and across articles, and folding
 * and lemmatising them is most of the tokeniser's work. A pure-function memo (the same text always
 * has the same forms), emptied when it grows large.
 */
const formsMemo: Record<Token['kind'], Map<string, Forms>> = { word: new Map(), number: new Map(), punct: new Map() };
const FORMS_MEMO_SIZE = 50_000;
const FORMS_MEMO_MAX_LENGTH = 64;

/** The k-th token into out[k]: a new object past the end of `out`, else the object there refilled. */
function emit(out: Token[], k: number, text: string, start: number, end: number, kind: Token['kind']): void {
  if (k >= out.length) {
    out.push(makeToken(text, start, end, kind));
    return;
  }
  const t = out[k];
  const raw = text.slice(start, end);
  const f = formsOf(raw, kind);
  t.start = start;
  t.end = end;
  t.text = raw;
  t.norm = f.norm;
  t.lemma = f.lemma;
  t.stop = f.stop;
  t.kind = kind;
  t.cap = f.cap;
}

function makeToken(text: string, start: number, end: number, kind: Token['kind']): Token {
  const raw = text.slice(start, end);
  const f = formsOf(raw, kind);
  return { start, end, text: raw, norm: f.norm, lemma: f.lemma, stop: f.stop, kind, cap: f.cap };
}

/** The forms of a token text (remembered; see formsMemo). */
function formsOf(raw: string, kind: Token['kind']): Forms {
  const memo = formsMemo[kind];
  let f = memo.get(raw);
  if (!f) {
    if (raw.length > FORMS_MEMO_MAX_LENGTH) return forms(raw, kind); // a pathological "word" is not kept
    const own = ownString(raw); // the forms and the key must not pin the article (see own.ts)
    f = forms(own, kind);
    if (memo.size >= FORMS_MEMO_SIZE) memo.clear();
    memo.set(own, f);
  }
  return f;
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
    else norm = foldBritish(norm);
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
export function tokenize(text: string, span?: Span): Token[] {
  const out: Token[] = [];
  tokenizeInto(text, span, out);
  return out;
}

/**
 * tokenize() into `pool`, reusing the token objects already there (their fields are overwritten):
 * returns the number of tokens, pool[0 … n). For callers that keep no token past their own use.
 */
export function tokenizeReusing(text: string, span: Span | undefined, pool: Token[]): number {
  return tokenizeInto(text, span, pool);
}

function tokenizeInto(text: string, span: Span | undefined, out: Token[]): number {
  let count = 0;
  const lo = Math.max(0, Math.min(text.length, span ? span.start : 0));
  const hi = Math.max(lo, Math.min(text.length, span ? span.end : text.length));
  let i = lo;
  while (i < hi) {
    const ch = cpAt(text, i);
    if (i + ch.length > hi) break; // half a surrogate pair at the span's end
    if (isSpace(ch)) { i += ch.length; continue; }
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
        emit(out, count++, text, start, j, 'word');
        i = j;
        continue;
      }
      // Ordinary word: letters, marks, digits, inner apostrophes before a letter (not clitics).
      j = i;
      while (j < hi) {
        const c = cpAt(text, j);
        if (j + c.length > hi) break;
        if (isLetter(c) || isMark(c) || isDigit(c) || c === '\u200d' || c === '\u200c') { j += c.length; continue; }
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
        if (j - 1 > start) emit(out, count++, text, start, j - 1, 'word');
        emit(out, count++, text, j - 1, j + 2, 'word');
        i = j + 2;
        continue;
      }
      if (j === start) j = start + ch.length; // always make progress
      emit(out, count++, text, start, j, 'word');
      i = j;
      continue;
    }
    if (APOS.has(ch) && i + 1 < hi && isLetter(text[i + 1])) {
      const len = cliticAt(text, i + 1, hi);
      if (len) {
        emit(out, count++, text, i, i + 1 + len, 'word');
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
        break;
      }
      if (j === start) j = start + ch.length; // always make progress
      // ordinal / unit suffix glued to the figure: 83rd, 1990s, 5pm, 10km
      let k = j;
      while (k < hi && k - j < 4 && /[a-zA-Z]/.test(text[k])) k++;
      if (k > j && !(k < hi && isLetter(text[k]))) j = k;
      emit(out, count++, text, start, j, 'number');
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
    emit(out, count++, text, i, j, 'punct');
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
