/**
 * Person, place and organisation names from capitalisation, titles, organisation words, a small
 * gazetteer and prepositions; plus name normalisation and `sameName` (transliteration variants,
 * acronyms, partial names).
 */
import type { Fact, FactType } from './types';
import { FlagMemo, Memo } from '../strings/memo';
import type { Token } from '../text/fact-tokens';
import { isUpper, isLetterOrMark } from '../text/chars';
import {
  ACRONYM_EXPANSIONS, GAZETTEER, NAME_ALIASES, NOT_NAMES, ORG_WORDS, PLACE_PREPS, PLACE_WORDS, SPEECH_VERBS, TITLE_MODIFIERS, TITLES,
} from '../lexicon/facts';
import { charMask, jaroWinkler, jaroWinklerBound, winklerPrefix } from '../strings/jaro-winkler';
import { foldLetters, phoneticKey } from '../strings/phonetic';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { CONNECTORS, CORPORATE_ENDINGS, INITIALS_SKIP, NAME_STOP, NAME_SUFFIXES, PARTICLES } from '../lexicon/names';
import { TUNING } from '../tuning';

/** Index (within the token text) where a lower-case hyphen tail starts ("Iran-backed" → 4), or -1. */
function hyphenTail(t: string): number {
  for (let k = 1; k < t.length - 1; k++) {
    if ((t[k] === '-' || t[k] === '‑') && isLetterOrMark(t[k + 1]) && !isUpper(t[k + 1])) {
      // "al-Ahli" style particle prefix is not a tail; a particle after a hyphen ("Deir el-Zour") neither
      return k;
    }
  }
  return -1;
}

function particlePrefixed(t: string): boolean {
  const h = t.indexOf('-');
  if (h <= 0 || h + 1 >= t.length) return false;
  return PARTICLES.has(t.slice(0, h).toLowerCase()) && isUpper(t[h + 1]);
}

function hasDigit(t: string): boolean {
  for (const ch of t) if (ch >= '0' && ch <= '9') return true;
  return false;
}

function isCandidate(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  // the capital first (most words have none), then the digit scan
  if (!isUpper(t.text[0]) && !particlePrefixed(t.text)) return false;
  return !hasDigit(t.text);
}

export function isAcronym(t: string): boolean {
  let letters = 0;
  for (const ch of t) {
    if (ch === '.') continue;
    if (!isLetterOrMark(ch) || !isUpper(ch)) return false;
    letters++;
  }
  return letters >= 2;
}

/** Entries kept by each memo table of a NameMatcher per generation (the tables only hold pure results). */
const MEMO_LIMIT = 4096;
/**
 * Name pairs remembered per generation. A roll of names compares every name of one claim with
 * every name of its counterpart: a few hundred names make tens of thousands of pairs, and a table
 * smaller than that kept forgetting them (name-dense text cost ten times news text per KB).
 */
const PAIR_MEMO_LIMIT = 1 << 16;
/** Longest input worth remembering: names and words are short, whole quotes or claims are not. */
const MEMO_MAX_LENGTH = 200;
/**
 * Name ids stay below this, so that a pair of them is one small integer (V8 keys a Map by such a
 * number without boxing it); the tables start afresh when a long-lived matcher runs out of ids.
 */
const ID_BITS = 15;
const MAX_NAME_ID = 1 << ID_BITS;

/** What sameName() needs of one name, worked out once per name (see namesMatch). */
interface NameInfo {
  /** Never reused within one epoch of a NameMatcher: the key of a pair of names in its pair memo. */
  readonly id: number;
  /** The matcher's epoch (its tables started afresh) the id belongs to. */
  readonly epoch: number;
  /** The normalised name and its words. */
  readonly na: string;
  readonly words: readonly string[];
  /** Character masks of the words (bit c & 31 of each unit), for the bound in tokenSame. */
  readonly masks: readonly number[];
  /** The name as written, dots removed, trimmed: an acronym? (then also its lower case) */
  readonly rawAcronym: boolean;
  readonly rawLower: string;
  readonly rawHasSpace: boolean;
  /** Its capitals, lower-cased (InterActiveCorp → iac). */
  readonly capitals: string;
  /** Initials of its words when it has two or more ("" otherwise). */
  readonly initials: string;
  /** The initials of the name as written, legal ending left out ("General Electric Co" → "ge"). */
  readonly rawInitials: string;
  /** ACRONYM_EXPANSIONS of the written acronym, and of the normalised name. */
  readonly rawExpansion: string | undefined;
  readonly expansion: string | undefined;
  readonly aliasRow: number;
  /** The words run together, its charMask, and its phonetic key (made when first needed). */
  readonly joined: string;
  readonly joinedMask: number;
  joinedKey: string | undefined;
}

/**
 * Name folding and same-name judgement with their memo tables: the comparison folds every word of
 * a claim and every name pair, and the same words and names recur across claims and documents.
 * Owned by a comparison's context (see context.ts), never shared through module state.
 */
export class NameMatcher {
  private readonly normalized = new Memo<string>(MEMO_LIMIT, MEMO_MAX_LENGTH);
  private readonly infos = new Memo<NameInfo>(MEMO_LIMIT, MEMO_MAX_LENGTH);
  /** sameName(a, b) by the pair of the names' ids (an exact number; no key string to build). */
  private readonly same = new FlagMemo(PAIR_MEMO_LIMIT);
  private nextId = 0;
  private epoch = 0;

  /** Normalised comparable form of a name: folded words, particles and titles removed. */
  readonly normalize = (s: string): string => this.normalized.through(s, foldName);

  /** Transliteration / spelling variants, acronym ↔ full name, partial ↔ full name. */
  readonly sameName = (a: string, b: string): boolean => {
    const x = this.info(a);
    return this.sameRef(x, this.info(b));
  };

  /**
   * What sameName() works out about one name, once: for a caller that compares each of a few names
   * with many (compareNames), so that a pair costs the pair memo's look-up, not two name look-ups.
   */
  readonly ref = (name: string): NameRef => this.info(name);

  /** sameName() of two names given by ref(). */
  readonly sameRef = (x: NameRef, y: NameRef): boolean => {
    // a name worked out before the tables started afresh has an id that may now be another name's
    if (x.epoch !== this.epoch || y.epoch !== this.epoch) return namesMatch(x, y);
    // ordered: each pair of names is compared from both sides, and the judgement is asked that way
    const key = (x.id << ID_BITS) | y.id;
    const hit = this.same.get(key);
    return hit !== undefined ? hit : this.same.set(key, namesMatch(x, y));
  };

  private info(name: string): NameInfo {
    const hit = this.infos.get(name);
    if (hit !== undefined) return hit;
    if (this.nextId >= MAX_NAME_ID) {
      // ids are never reused while a pair memo could hold them: start both tables afresh
      this.infos.clear();
      this.same.clear();
      this.nextId = 0;
      this.epoch++;
    }
    return this.infos.set(name, nameInfo(this.nextId++, this.epoch, name, this.normalize(name)));
  }
}

/** One name as a NameMatcher worked it out (see NameMatcher.ref); opaque to callers. */
export type NameRef = NameInfo;

function nameInfo(id: number, epoch: number, name: string, na: string): NameInfo {
  const raw = name.replace(/\./g, '').trim();
  const words = na.split(' ');
  const masks = words.map(charMask);
  const rawAcronym = isAcronym(raw);
  const rawLower = raw.toLowerCase();
  const row = aliasRow(na);
  return {
    id,
    epoch,
    na,
    words,
    masks,
    rawAcronym,
    rawLower,
    rawHasSpace: raw.includes(' '),
    capitals: capitals(raw),
    initials: words.length >= 2 ? initials(withoutCorporateEnding(words)) : '',
    // of the name as written: a leading "General" is a title to the folded form, not to GE
    rawInitials: rawLower.includes(' ') ? initials(withoutCorporateEnding(rawLower.split(' ').filter((w) => w !== ''))) : '',
    rawExpansion: rawAcronym ? ACRONYM_EXPANSIONS.get(rawLower) : undefined,
    expansion: ACRONYM_EXPANSIONS.get(na),
    // "Defense Department" folds to "department" (a leading title word goes): the row may know it whole
    aliasRow: row >= 0 ? row : aliasRow(rawLower),
    joined: words.join(''),
    joinedMask: masks.reduce((m, x) => m | x, 0),
    joinedKey: undefined,
  };
}

/** Normalised comparable form of a name, without a memo (for one-off calls; see NameMatcher). */
export function normalizeName(s: string): string {
  return foldName(s);
}

/** sameName without a context's memo (for one-off calls; see NameMatcher). */
export function sameName(a: string, b: string): boolean {
  return new NameMatcher().sameName(a, b);
}

/** normalizeName without the memo. */
function foldName(s: string): string {
  const words: string[] = [];
  // words are the runs between spaces, tabs, newlines and commas
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c !== 32 && c !== 10 && c !== 9 && c !== 44) continue;
    if (i > from) foldNameWord(s.slice(from, i), words);
    from = i + 1;
  }
  // standalone particles ("al Qaeda") and leading titles
  const out = words.filter((w) => !PARTICLES.has(w));
  while (out.length > 1 && TITLES.has(out[0])) out.shift();
  while (out.length > 1 && NAME_SUFFIXES.has(out[out.length - 1])) out.pop();
  return out.join(' ');
}

/** Appends the folded parts of one written word of a name to `words`. */
function foldNameWord(word: string, words: string[]): void {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  const lower = w.toLowerCase();
  // strip particle prefixes: al-Ahli → ahli
  const h = lower.indexOf('-');
  let body = lower;
  if (h > 0 && PARTICLES.has(lower.slice(0, h))) body = lower.slice(h + 1);
  if (h < 0) {
    // no hyphen: one part (the common case, without the split)
    const f = foldLetters(body);
    if (f.length > 0 && f !== 'the') words.push(f);
    return;
  }
  for (const p of body.split('-')) {
    const f = foldLetters(p);
    if (f.length === 0 || f === 'the') continue;
    words.push(f);
  }
}

/** "general electric co" → "general electric": a company's legal ending has no letter in its acronym (GE). */
function withoutCorporateEnding(words: readonly string[]): readonly string[] {
  let n = words.length;
  while (n > 2 && CORPORATE_ENDINGS.has(words[n - 1])) n--;
  return n === words.length ? words : words.slice(0, n);
}

function initials(words: readonly string[]): string {
  let s = '';
  for (const w of words) if (!INITIALS_SKIP.has(w) && w.length > 0) s += w[0];
  return s;
}

const WORD_JW = TUNING.names.wordJw;
const WORD_JW_MIN_LENGTH = TUNING.names.wordJwMinLength;
const WORD_JW_FLOOR = TUNING.names.wordJwFloor;
const JOINED_JW = TUNING.names.joinedJw;
const JOINED_MIN_LENGTH = TUNING.names.joinedMinLength;
/** Room for rounding between the bound and the exact figure (the bound only ever skips). */
const BOUND_SLACK = 1e-9;

/**
 * Whether jaroWinkler(x, y) may reach `floor`: the mask bound, then the bound again with the
 * actual common prefix (most pairs of different words share no first letter, and then the bound
 * without the prefix bonus rules nearly all of them out unmeasured).
 */
function mayReach(x: string, y: string, mx: number, my: number, floor: number): boolean {
  if (jaroWinklerBound(x.length, y.length, mx, my) < floor - BOUND_SLACK) return false;
  const p = winklerPrefix(x, y);
  return p === 4 || jaroWinklerBound(x.length, y.length, mx, my, p) >= floor - BOUND_SLACK;
}

/** Two words of names are one (an inflection, a short form, a spelling variant); mx, my: their charMasks. */
function tokenSame(x: string, y: string, mx: number, my: number): boolean {
  if (x === y) return true;
  const short = x.length <= y.length ? x : y;
  const long = x.length <= y.length ? y : x;
  // demonyms and inflections: Iran / Iranian, Syria / Syrian
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return true;
  // short forms and abbreviations: Tim / Timothy, Ron / Ronald, Colo. / Colorado
  if (short.length >= 3 && long.startsWith(short)) return true;
  if (oneLetterLeftOut(short, long)) return true;
  // below the floor nothing below can say yes: most pairs of different names end here, unmeasured
  if (x.length === 0 || y.length === 0 || !mayReach(x, y, mx, my, WORD_JW_FLOOR)) return false;
  const jw = jaroWinkler(x, y);
  if (jw >= WORD_JW && short.length >= WORD_JW_MIN_LENGTH) return true;
  if (jw < WORD_JW_FLOOR) return false;
  const kx = phoneticKey(x);
  return kx.length >= 2 && kx === phoneticKey(y);
}

/** `long` is `short` with one more letter somewhere (both long enough to be read as one word). */
function oneLetterLeftOut(short: string, long: string): boolean {
  if (long.length !== short.length + 1 || short.length < TUNING.names.oneLetterMinLength) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  for (let k = i; k < short.length; k++) if (short[k] !== long[k + 1]) return false;
  return true;
}

/** sameName of two names, from what nameInfo() worked out about each. */
function namesMatch(A: NameInfo, B: NameInfo): boolean {
  const na = A.na;
  const nb = B.na;
  if (na.length === 0 || nb.length === 0) return false;
  if (na === nb) return true;
  // acronyms (an acronym has no space)
  if (A.rawAcronym && (A.rawExpansion === nb || (B.initials !== '' && B.initials === A.rawLower) || (B.rawInitials !== '' && B.rawInitials === A.rawLower))) return true;
  if (B.rawAcronym && (B.rawExpansion === na || (A.initials !== '' && A.initials === B.rawLower) || (A.rawInitials !== '' && A.rawInitials === B.rawLower))) return true;
  if (A.aliasRow >= 0 && A.aliasRow === B.aliasRow) return true;
  // camel-case acronyms: IAC / InterActiveCorp
  if (A.rawAcronym && !B.rawHasSpace && B.capitals === A.rawLower) return true;
  if (B.rawAcronym && !A.rawHasSpace && A.capitals === B.rawLower) return true;
  if ((A.expansion !== undefined && A.expansion === nb) || (B.expansion !== undefined && B.expansion === na)) return true;
  // every word of the shorter name matches a word of the longer one, in order
  const [S, L] = A.words.length <= B.words.length ? [A, B] : [B, A];
  const s = S.words;
  const l = L.words;
  let k = 0;
  let matched = 0;
  for (let i = 0; i < s.length; i++) {
    let found = false;
    while (k < l.length) {
      const t = k++;
      if (tokenSame(s[i], l[t], S.masks[i], L.masks[t])) { found = true; break; }
    }
    if (!found) break;
    matched++;
  }
  if (matched === s.length) return true;
  // the same words in another order ("Hu Jintao" / "Jintao Hu", "Djihad Salafist" / "Salafist Jihad")
  if (s.length >= 2 && s.length === l.length && sameWordsAnyOrder(S, L)) return true;
  // whole-string fallback for run-together transliterations (Deir ez-Zor / Deirezzor)
  const ja = A.joined;
  const jb = B.joined;
  if (ja.length < JOINED_MIN_LENGTH || jb.length === 0) return false;
  if (!mayReach(ja, jb, A.joinedMask, B.joinedMask, JOINED_JW)) return false;
  if (jaroWinkler(ja, jb) < JOINED_JW) return false;
  return (A.joinedKey ??= phoneticKey(ja)) === (B.joinedKey ??= phoneticKey(jb));
}

/** Each word of one name matches a different word of the other (names of as many words). */
function sameWordsAnyOrder(S: NameInfo, L: NameInfo): boolean {
  const used = new Array<boolean>(L.words.length).fill(false);
  for (let i = 0; i < S.words.length; i++) {
    let hit = -1;
    for (let t = 0; t < L.words.length && hit < 0; t++) if (!used[t] && tokenSame(S.words[i], L.words[t], S.masks[i], L.masks[t])) hit = t;
    if (hit < 0) return false;
    used[hit] = true;
  }
  return true;
}

function isDemonym(l: string): boolean {
  if (GAZETTEER.has(l)) return false;
  return l.length > 4 && (l.endsWith('an') || l.endsWith('ese') || l.endsWith('ish') || l.endsWith('i') || l.endsWith('ic'));
}

function aliasRow(n: string): number {
  for (let r = 0; r < NAME_ALIASES.length; r++) if (NAME_ALIASES[r].includes(n)) return r;
  return -1;
}

function capitals(raw: string): string {
  let s = '';
  for (const ch of raw) if (isLetterOrMark(ch) && isUpper(ch)) s += ch.toLowerCase();
  return s;
}

function classify(names: NameMatcher, words: readonly Token[], prev: Token | undefined, next: Token | undefined, titled: boolean, prev2?: Token): { type: FactType; cued: boolean } {
  const lowers = words.map((w) => w.lower);
  const joined = names.normalize(words.map((w) => w.text).join(' '));
  const rawJoined = lowers.join(' ');
  for (const l of lowers) if (ORG_WORDS.has(l)) return { type: 'organization', cued: true };
  if (titled) return { type: 'person', cued: true };
  if (GAZETTEER.has(rawJoined) || GAZETTEER.has(joined)) return { type: 'place', cued: true };
  if (PLACE_WORDS.has(lowers[lowers.length - 1]) && lowers.length > 1) return { type: 'place', cued: true };
  if (words.length === 1 && isAcronym(words[0].text)) return { type: 'organization', cued: true };
  // "the town of Belovo", "the province of Qasr al-Nahr"
  if (prev?.lower === 'of' && prev2 && PLACE_WORDS.has(prev2.lower)) return { type: 'place', cued: true };
  if (next && SPEECH_VERBS.has(next.lower)) return { type: 'person', cued: true };
  if (prev && SPEECH_VERBS.has(prev.lower)) return { type: 'person', cued: true };
  if (prev && PLACE_PREPS.has(prev.lower) && prev.lower !== 'to' && prev.lower !== 'from') return { type: 'place', cued: true };
  if (words.length >= 2) return { type: 'person', cued: false };
  return { type: 'organization', cued: false };
}

/** A capitalised run starting at token k (single spaces) contains an organisation word. */
function orgRunAhead(toks: readonly Token[], k: number, used: readonly boolean[]): boolean {
  for (let n = 0; n < 6 && k < toks.length && !used[k] && isCandidate(toks[k]); n++, k++) {
    if (ORG_WORDS.has(toks[k].lower)) return true;
    if (toks[k + 1] && toks[k + 1].start !== toks[k].end + 1) break;
  }
  return false;
}

/**
 * toks[a] is a name of its own in front of another: a dotted acronym or a country before two or
 * more capitalised words that are not a place ("U.S. Charles Bloom", not "U.S. Virgin Islands"),
 * or a dotted acronym before an organisation ("U.S. Supreme Court", not "London Stock Exchange").
 */
function leadingTag(toks: readonly Token[], a: number, b: number): boolean {
  const first = toks[a];
  const dotted = first.text.includes('.') && isAcronym(first.text);
  if (b === a || (!dotted && !GAZETTEER.has(first.lower))) return false;
  let org = false;
  for (let k = a + 1; k <= b; k++) if (ORG_WORDS.has(toks[k].lower) || isAcronym(toks[k].text)) org = true;
  // an organisation keeps a place in its name ("London Stock Exchange"), not a dotted tag ("U.S. Supreme Court")
  if (org ? !dotted : b - a < 2) return false;
  return !PLACE_WORDS.has(toks[b].lower) && !GAZETTEER.has(toks.slice(a, b + 1).map((t) => t.lower).join(' '));
}

/** A stock symbol: ".SPX", "<.IXIC>", "AA.N", "(nyse: PEP)". */
function isTicker(toks: readonly Token[], i: number): boolean {
  const pv = toks[i - 1];
  if (pv && pv.text === '.' && pv.end === toks[i].start) {
    const pv2 = toks[i - 2];
    if (!pv2 || pv2.end < pv.start || pv2.text === '<' || pv2.text === '(') return true;
  }
  if (pv && pv.text === ':' && toks[i - 2] && (toks[i - 2].lower === 'nyse' || toks[i - 2].lower === 'nasdaq')) return true;
  return false;
}

/** "D-Neb", "R-Tenn", "I-Vt": a party initial and a state. */
function isPartyTag(t: string): boolean {
  return t.length >= 4 && (t[0] === 'D' || t[0] === 'R' || t[0] === 'I') && t[1] === '-' && isUpper(t[2]);
}

/** text.slice(from, to) === ' ', without the slice. */
function oneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

/** Words that never begin or end a name: NOT_NAMES, months, weekdays and NAME_STOP in one table. */
const EDGE_STOP: ReadonlySet<string> = new Set([...NOT_NAMES, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...NAME_STOP]);

/** A word that is never part of a name at its edges. */
function bad(t: Token): boolean {
  return EDGE_STOP.has(t.lower);
}

export function extractNames(text: string, toks: readonly Token[], used: readonly boolean[], names: NameMatcher): Fact[] {
  const out: Fact[] = [];
  let i = 0;
  while (i < toks.length) {
    if (used[i] || !isCandidate(toks[i]) || isTicker(toks, i)) { i++; continue; }
    let j = i;
    while (j + 1 < toks.length) {
      const cur = toks[j];
      if (hyphenTail(cur.text) >= 0 || cur.lower !== cur.text.toLowerCase()) break; // possessive or "-backed" ends a name
      const n = toks[j + 1];
      if (!used[j + 1] && isCandidate(n) && oneSpace(text, cur.end, n.start)) { j++; continue; }
      const n2 = toks[j + 2];
      // a middle initial and its full stop ("Robert S. Mueller"): the name goes on past the stop
      if (j > i && n.text === '.' && n.start === cur.end && cur.text.length === 1 && isUpper(cur.text) && !used[j + 2] && isCandidate(n2) && !bad(n2) && oneSpace(text, n.end, n2.start)) { j += 2; continue; }
      // "of" joins only after an organisation, title or place word ("Department of Defense", "Gulf of Mexico")
      const ofOk = n.lower !== 'of' || ORG_WORDS.has(cur.lower) || TITLES.has(cur.lower) || PLACE_WORDS.has(cur.lower);
      // "Securities and Exchange Commission", "Centers for Disease Control": "and" joins when an
      // organisation word follows, "for" / "with" when one comes before
      if ((n.lower === 'and' && orgRunAhead(toks, j + 2, used)) || ((n.lower === 'for' || n.lower === 'with') && (ORG_WORDS.has(cur.lower) || ORG_WORDS.has(cur.lower.replace(/s$/, ''))))) {
        if (!used[j + 2] && isCandidate(n2) && oneSpace(text, cur.end, n.start) && oneSpace(text, n.end, n2.start)) { j += 2; continue; }
      }
      if (ofOk && (CONNECTORS.has(n.lower) || n.text === '&') && (n.text === '&' || n.text !== n.text.toUpperCase()) && !used[j + 2] && isCandidate(n2)
        && oneSpace(text, cur.end, n.start) && oneSpace(text, n.end, n2.start)) { j += 2; continue; }
      break;
    }
    const seqEnd = j;
    // trim leading / trailing words that are not names
    let a = i;
    let b = j;
    // "New" starts a name when more of it follows ("New York", "New Hampshire")
    while (a <= b && bad(toks[a]) && !(toks[a].lower === 'new' && a < b)) a++;
    while (b >= a && bad(toks[b])) b--;
    // sentence-initial adverbs / participles ("Separately", "Speaking")
    if (a <= b && a === i && toks[a].sentenceStart && a === b && !isAcronym(toks[a].text)) {
      const tail = hyphenTail(toks[a].text);
      const l = tail >= 0 ? toks[a].lower.slice(0, tail) : toks[a].lower;
      if (l.endsWith('ly') || l.endsWith('ing') || l.endsWith('ed')) a++;
    }
    // nationality adjectives before a common noun ("the Korean company", "Iranian forces")
    const after = toks[a + 1];
    if (a === b && isDemonym(toks[a].lower) && after !== undefined && after.kind === 'word' && !isUpper(after.text[0])
      && !NOT_NAMES.has(after.lower) && !SPEECH_VERBS.has(after.lower) && !PLACE_PREPS.has(after.lower)) a++;
    if (a > b) { i = seqEnd + 1; continue; }
    // titles: "Defense Secretary Lloyd Austin" → person "Lloyd Austin"; "U.S. Capitol Police Chief X" → org + person
    let firstTitle = -1;
    let lastTitle = -1;
    for (let k = a; k < b; k++) {
      if (TITLES.has(toks[k].lower) || (toks[k].lower.endsWith('.') && TITLES.has(toks[k].lower.slice(0, -1)))) {
        if (firstTitle < 0) firstTitle = k;
        lastTitle = k;
      }
    }
    // "U.S. Agriculture Secretary X", "District Judge X": the portfolio or court is part of the title
    while (firstTitle > a && TITLE_MODIFIERS.has(toks[firstTitle - 1].lower)) firstTitle--;
    let orgTail = false;
    for (let k = lastTitle + 1; k <= b && lastTitle >= 0; k++) if (ORG_WORDS.has(toks[k].lower)) orgTail = true;
    const pieces: Array<[number, number, boolean]> = [];
    if (lastTitle >= 0 && !orgTail) {
      if (firstTitle > a) {
        let pe = firstTitle - 1;
        while (pe >= a && bad(toks[pe])) pe--;
        if (pe >= a) pieces.push([a, pe, false]);
      }
      pieces.push([lastTitle + 1, b, true]);
    } else {
      // whole sequence is titles only ("Opposition Leader") → skip
      let allTitles = true;
      for (let k = a; k <= b; k++) if (!TITLES.has(toks[k].lower)) allTitles = false;
      if (allTitles) {
        // nothing to compare
      } else if (leadingTag(toks, a, b)) {
        // "the U.N. Michael Calvert", "the U.S. Juhan Parts": a country or body before a person's
        // name is a name of its own, so the person is compared as a person (not as a longer "U.N.")
        pieces.push([a, a, false], [a + 1, b, false]);
      } else pieces.push([a, b, false]);
    }
    for (const piece of pieces) {
      let [s, e] = piece;
      const titled = piece[2];
      while (s <= e && bad(toks[s]) && !(toks[s].lower === 'new' && s < e)) s++;
      while (e >= s && bad(toks[e])) e--;
      if (s > e) continue;
      let endOff = toks[e].end;
      const tail = hyphenTail(toks[e].text);
      if (tail >= 0) endOff = toks[e].start + tail;
      else if (toks[e].lower !== toks[e].text.toLowerCase()) endOff = toks[e].end - 2; // possessive
      if (endOff <= toks[s].start) continue;
      const nameText = text.slice(toks[s].start, endOff);
      const value = names.normalize(nameText);
      if (value.length === 0) continue;
      const { type, cued } = classify(names, toks.slice(s, e + 1), toks[s - 1], toks[seqEnd + 1], titled, toks[s - 2]);
      if (value.length < 2) continue; // single letters ("S. & P.") are not comparable names
      if (s === e && isPartyTag(toks[s].text)) continue; // "(D-Neb.)", "R-Tenn": party and state, not a name
      const f: Fact = { type, start: toks[s].start, end: endOff, text: nameText, value, cued };
      if (!cued && s === e && toks[s].sentenceStart) f.weak = true;
      out.push(f);
    }
    i = seqEnd + 1;
  }
  return out;
}
