/** Direct quotes with explicit attribution, and the house-style normalisation used to compare them. */
import type { Fact } from './types';
import type { Token } from '../text/fact-tokens';
import { isLetterOrMark, isUpper } from '../text/chars';
import { PRONOUNS, SPEAKER_OPENERS, SPEECH_VERBS, TITLES } from '../lexicon/facts';
import { ARTICLES } from '../lexicon/grammar';
import type { NameMatcher } from './names';
import { americanSpelling } from '../lexicon/spelling';
import { CONNECTORS } from '../lexicon/names';
import { digitValue, stripInvisible } from '../text/fold';
import { tokenize, type Token as TextToken } from '../text/tokens';

export interface QuoteRange { start: number; end: number; innerStart: number; innerEnd: number }

/** Quotation spans in text[start, end): “…”, "…", «…», and ‘…’ at word boundaries. */
export function findQuotes(text: string, start: number, end: number): QuoteRange[] {
  const out: QuoteRange[] = [];
  let open = -1;
  let closer = '';
  for (let i = start; i < end; i++) {
    // every mark below is '"' or at least '«' (U+00AB): skip the rest without a one-character string
    const code = text.charCodeAt(i);
    if (code !== 34 && code < 0xab) continue;
    const c = text[i];
    if (open < 0) {
      if (c === '“') { open = i; closer = '”'; }
      else if (c === '"') { open = i; closer = '"'; }
      else if (c === '«') { open = i; closer = '»'; }
      else if (c === '‘' && (i === start || !isLetterOrMark(text[i - 1])) && isLetterOrMark(text[i + 1] ?? '')) { open = i; closer = '’'; }
    } else if (c === closer || (closer === '”' && c === '"') || (closer === '"' && c === '”')) {
      if (closer === '’' && isLetterOrMark(text[i + 1] ?? '')) continue; // apostrophe inside a word
      let letters = false;
      for (let k = open + 1; k < i && !letters; k++) if (isLetterOrMark(text[k])) letters = true;
      if (letters) out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      open = -1;
    } else if (c === '“' && closer === '”') {
      open = i; // unbalanced: restart at the newer opening mark
    }
  }
  return out;
}


/** Marks an elision ("...") or an editorial insertion ("[touch-screen]") inside a quote's words. */
export const QUOTE_GAP = '…';

const CONTRACTIONS: ReadonlyMap<string, string[]> = new Map([
  ["won't", ['will', 'not']], ["can't", ['can', 'not']], ["cannot", ['can', 'not']], ["shan't", ['shall', 'not']],
  ["let's", ['let', 'us']], ["it's", ['it', 'is']], ["that's", ['that', 'is']], ["there's", ['there', 'is']],
  ["here's", ['here', 'is']], ["what's", ['what', 'is']], ["who's", ['who', 'is']], ["he's", ['he', 'is']],
  ["she's", ['she', 'is']], ["where's", ['where', 'is']],
  // apostrophe dropped in transcription
  ['isnt', ['is', 'not']], ['dont', ['do', 'not']], ['doesnt', ['does', 'not']], ['didnt', ['did', 'not']],
  ['wasnt', ['was', 'not']], ['arent', ['are', 'not']], ['werent', ['were', 'not']], ['hasnt', ['has', 'not']],
  ['havent', ['have', 'not']], ['couldnt', ['could', 'not']], ['wouldnt', ['would', 'not']], ['shouldnt', ['should', 'not']],
]);

/** A contraction written out ("we're" → we are, "isn't" → is not), so that house style does not count as rewording. */
function expandContraction(w: string): string[] {
  const c = CONTRACTIONS.get(w);
  if (c !== undefined) return c;
  const ap = w.indexOf("'");
  if (ap <= 0) return [w];
  const head = w.slice(0, ap);
  const tail = w.slice(ap + 1);
  if (tail === 't' && head.endsWith('n') && head.length > 2) return [head.slice(0, -1), 'not'];
  if (tail === 're') return [head, 'are'];
  if (tail === 've') return [head, 'have'];
  if (tail === 'll') return [head, 'will'];
  if (tail === 'm' && head === 'i') return ['i', 'am'];
  return [w];
}

/** A figure as a quote word: thousands separators dropped, a decimal point written "·" (not a word end). */
function figure(text: string): string {
  let out = '';
  for (const ch of stripInvisible(text)) {
    const v = digitValue(ch.codePointAt(0) ?? 0); // every script's digits as ASCII: "１２０" is "120"
    out += v >= 0 ? String(v) : ch === ',' ? '' : ch === '.' ? '·' : ch;
  }
  return out;
}

/** quoteWords: a gap word, unless gaps are off or one was just added. */
function addGap(words: string[], gaps: boolean): void {
  if (gaps && words[words.length - 1] !== QUOTE_GAP) words.push(QUOTE_GAP);
}

/** quoteWords: appends the normalised form of the written word `cur` (if any) and returns '' (the next word). */
function flushWord(cur: string, words: string[]): string {
  if (cur.length === 0) return '';
  let w = cur.toLowerCase();
  w = w.replace(/[’‘ʼ]/g, "'");
  // strip dots (U.S. → us) and leading / trailing apostrophes
  let clean = w.includes('.') ? w.split('.').join('') : w;
  while (clean.startsWith("'")) clean = clean.slice(1);
  while (clean.endsWith("'")) clean = clean.slice(0, -1);
  if (clean.length > 0) for (const x of expandContraction(clean)) words.push(americanSpelling(x));
  return '';
}

/**
 * Words of a quote after house-style normalisation (editorial insertions, punctuation, case, spelling,
 * contractions), read from the one tokeniser's tokens (touching tokens make one written word). With `gaps`, an elision ("...") or an editorial insertion leaves a QUOTE_GAP word.
 */
export function quoteWords(s: string, opts: { gaps?: boolean } = {}): string[] {
  const words: string[] = [];
  const gaps = opts.gaps === true;
  let cur = '';
  let depth = 0;
  let end = -1; // end of the token last read into `cur`: a token that starts there touches it
  const toks = tokenize(s);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const touching = t.start === end;
    const next = toks[k + 1] as TextToken | undefined;
    const nextTouches = next !== undefined && next.start === t.end;
    if (t.kind !== 'punct') {
      if (depth > 0) continue;
      if (!touching) cur = flushWord(cur, words);
      if (t.kind === 'number' && t.text.includes(':')) {
        // a clock time is two figures: "10:30" → "10", "30"
        const parts = t.text.split(':');
        for (let p = 0; p < parts.length; p++) { if (p > 0) cur = flushWord(cur, words); cur += figure(parts[p]); }
      } else cur += t.kind === 'number' ? figure(t.text) : stripInvisible(t.text);
      end = t.end;
      continue;
    }
    const c = t.text;
    // an editorial insertion stands in for words the speaker said: a gap, not words of the quote
    if (c === '(' || c === '[') { cur = flushWord(cur, words); if (depth === 0) addGap(words, gaps); depth++; continue; }
    if (c === ')' || c === ']') { cur = flushWord(cur, words); if (depth > 0) depth--; continue; }
    if (depth > 0) continue;
    if (c === '…' || (c === '.' && nextTouches && next.text === '.' && toks[k + 2]?.text === '.' && toks[k + 2].start === next.end)) {
      cur = flushWord(cur, words);
      addGap(words, gaps);
      while (toks[k + 1]?.text === '.' && toks[k + 1].start === toks[k].end) k++;
      continue;
    }
    if (c === "'" || c === '’' || c === '%' || c === '$') {
      if (!touching) cur = flushWord(cur, words);
      cur += c;
      end = t.end;
      continue;
    }
    const nextLead = nextTouches ? next.text[0] : '';
    if (c === '.' && cur.length > 0 && touching && next?.kind === 'word' && isLetterOrMark(nextLead)) { cur += c; end = t.end; continue; } // U.S
    if ((c === ',' || c === '.') && cur.length > 0 && touching && nextLead >= '0' && nextLead <= '9') { cur += c === '.' ? '·' : ''; end = t.end; continue; }
    cur = flushWord(cur, words);
  }
  flushWord(cur, words);
  // leading / trailing gaps say nothing: the fragment rule covers a quote that starts or ends early
  while (words[0] === QUOTE_GAP) words.shift();
  while (words[words.length - 1] === QUOTE_GAP) words.pop();
  // "per cent" → "percent"
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'per' && words[i + 1] === 'cent') { out.push('percent'); i++; continue; }
    out.push(words[i]);
  }
  return out;
}

/**
 * Turns an attribution phrase into a speaker: a name when there is one, a generic phrase, or null
 * for pronouns. "of" between capitalised words stays inside the name ("Jon Sohn of Friends of the
 * Earth", "Bank of America"); a capitalised word that only qualifies a common noun is no name
 * ("the US investment bank" is a description, not "The US").
 */
function speakerFrom(phrase: readonly Token[]): string | null {
  let first = 0;
  while (first < phrase.length - 1 && SPEAKER_OPENERS.has(phrase[first].lower)) first++;
  const words = phrase.slice(first);
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return null;
  const cap = (k: number): boolean => k >= 0 && k < words.length && isNameWord(words[k].text) && !SPEECH_VERBS.has(words[k].lower);
  // capitalised tail without titles
  const e = words.length - 1;
  let s = e;
  for (;;) {
    if (cap(s)) s--;
    // "of" and name particles between capitalised words ("Muqtada al Sadr", "Ibn Saud")
    else if ((words[s]?.lower === 'of' || CONNECTORS.has(words[s]?.lower ?? '')) && cap(s - 1) && cap(s + 1)) s--;
    else if (words[s]?.lower === 'the' && words[s - 1]?.lower === 'of' && cap(s - 2) && cap(s + 1)) s -= 2;
    else break;
  }
  s++;
  // the titles before the name, and what links them ("Secretary of State Colin Powell")
  const tail = s;
  while (s <= e && (TITLES.has(words[s].lower) || ((words[s].lower === 'of' || words[s].lower === 'the') && s > tail && s < e))) s++;
  if (s <= e) return words.slice(s, e + 1).map((w) => w.text).join(' ');
  // capitalised head ("Austin, the defence secretary")
  let h = 0;
  while (h < words.length && (ARTICLES.has(words[h].lower) || (TITLES.has(words[h].lower) && !isUpper(words[h].text[0])))) h++;
  let end = h;
  while (end < words.length && isNameWord(words[end].text)) end++;
  let k = h;
  while (k < end && TITLES.has(words[k].lower)) k++;
  // a name the phrase goes on past, in lower case, qualifies what follows ("US investment bank")
  if (k < end && (end === words.length || TITLES.has(words[end].lower))) return words.slice(k, end).map((w) => w.text).join(' ');
  const generic = words.map((w) => w.lower).filter((w) => !ARTICLES.has(w)).join(' ');
  return generic.length > 0 ? generic : null;
}

/** A capitalised word, or a particle joined to one ("al-Sadr", "bin-Laden"). */
function isNameWord(text: string): boolean {
  if (isUpper(text[0])) return true;
  const h = text.indexOf('-');
  return h > 0 && CONNECTORS.has(text.slice(0, h).toLowerCase()) && text.length > h + 1 && isUpper(text[h + 1]);
}

/** A dot that ends an initial or an abbreviated title inside a name ("Brian L. Halla", "Gov. Davis"). */
function nameDot(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const pv = toks[k - 1];
  if (t.text !== '.' || !pv || pv.end !== t.start || pv.kind !== 'word') return false;
  const nx = toks[k + 1];
  if (!nx || nx.kind !== 'word' || !isUpper(nx.text[0])) return false;
  return (pv.text.length === 1 && isUpper(pv.text)) || TITLES.has(pv.lower);
}

function wordsRun(toks: readonly Token[], from: number, dir: 1 | -1, max: number): Token[] {
  const run: Token[] = [];
  for (let k = from; k >= 0 && k < toks.length && run.length < max; k += dir) {
    if (toks[k].kind === 'punct') {
      if (nameDot(toks, k)) continue;
      break;
    }
    run.push(toks[k]);
  }
  if (dir === -1) run.reverse();
  return run;
}

/** Explicit attribution next to a quote: "…," said X / "…," X said / X said: "…" / according to X. */
export function findSpeaker(toks: readonly Token[], q: QuoteRange): string | null {
  // after the quote
  let a = 0;
  let hi = toks.length;
  while (a < hi) {
    const mid = (a + hi) >> 1;
    if (toks[mid].start < q.end) a = mid + 1; else hi = mid;
  }
  let k = a;
  while (k < toks.length && toks[k].kind === 'punct' && (toks[k].text === ',' || toks[k].text === '—' || toks[k].text === '-')) k++;
  if (k < toks.length && toks[k].kind === 'word') {
    if (SPEECH_VERBS.has(toks[k].lower)) {
      const run = wordsRun(toks, k + 1, 1, 8);
      // stop at the first lower-case word after a name ("said Austin in a statement")
      let cut = run.length;
      let from = 0;
      let sawName = false;
      for (let r = 0; r < run.length; r++) {
        const cap = isUpper(run[r].text[0]);
        if (cap) sawName = true;
        // "said Davis adviser Roger Salazar": the name after the role is the speaker
        else if (sawName && TITLES.has(run[r].lower) && run[r + 1] !== undefined && isUpper(run[r + 1].text[0])) { from = r + 1; }
        // "said IAB President and CEO Greg Stuart": titles joined by "and" lead to the name
        else if (sawName && run[r].lower === 'and' && r > 0 && TITLES.has(run[r - 1].lower) && run[r + 1] !== undefined && TITLES.has(run[r + 1].lower)) { continue; }
        else if (sawName || !(TITLES.has(run[r].lower) || ARTICLES.has(run[r].lower))) { cut = r; break; }
      }
      return speakerFrom(run.slice(from, cut));
    }
    if (toks[k].lower === 'according' && toks[k + 1]?.lower === 'to') return speakerFrom(wordsRun(toks, k + 2, 1, 8));
    const run = wordsRun(toks, k, 1, 9);
    for (let r = 0; r < run.length; r++) {
      if (SPEECH_VERBS.has(run[r].lower)) return r === 0 ? null : speakerFrom(run.slice(0, r));
    }
  }
  // before the quote
  let lo = 0;
  let top = toks.length;
  while (lo < top) {
    const mid = (lo + top) >> 1;
    if (toks[mid].end <= q.start) lo = mid + 1; else top = mid;
  }
  let b = lo - 1;
  if (b >= 0 && toks[b].kind === 'punct' && (toks[b].text === ':' || toks[b].text === ',')) b--;
  if (b >= 0 && toks[b].kind === 'word') {
    let v = b;
    if (!SPEECH_VERBS.has(toks[v].lower) && v > 0 && SPEECH_VERBS.has(toks[v - 1].lower) && toks[v - 1].lower === 'told') v--; // X told reporters: "…"
    if (SPEECH_VERBS.has(toks[v].lower)) return speakerFrom(wordsRun(toks, v - 1, -1, 8));
  }
  return null;
}

export function extractQuotes(text: string, toks: readonly Token[], ranges: readonly QuoteRange[]): Fact[] {
  const out: Fact[] = [];
  for (const q of ranges) {
    const inner = text.slice(q.innerStart, q.innerEnd);
    // elisions and editorial insertions are kept as gaps: the comparison lets them stand for words
    const words = quoteWords(inner, { gaps: true });
    if (words.length === 0) continue;
    const sp = findSpeaker(toks, q);
    out.push({
      type: 'quote', start: q.start, end: q.end, text: text.slice(q.start, q.end), value: words.join(' '),
      speaker: sp, innerStart: q.innerStart, innerEnd: q.innerEnd,
    });
  }
  return out;
}

/** Speaker comparison helper: both speakers are proper names and they differ. */
export function speakersDiffer(a: string | null | undefined, b: string | null | undefined, names: NameMatcher): boolean {
  if (!a || !b) return false;
  if (!isUpper(a[0]) || !isUpper(b[0])) return false;
  if (names.normalize(a) === names.normalize(b)) return false;
  if (nameWithin(a, b) || nameWithin(b, a)) return false;
  return !names.sameName(a, b);
}

/** Every word of name `a` is a word of the longer `b` ("Jon Sohn" in "Jon Sohn of Friends of the Earth"). */
function nameWithin(a: string, b: string): boolean {
  const words = (n: string): string[] => n.toLowerCase().split(' ').filter((w) => w !== '' && w !== 'of' && w !== 'the');
  const inB = new Set(words(b));
  const wa = words(a);
  return wa.length > 0 && wa.length < inB.size && wa.every((w) => inB.has(w));
}
