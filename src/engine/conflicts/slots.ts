/**
 * Name slots by position: two names fill one slot when the rest of the two claims, lined up word by
 * word, puts them in the same place ("On April 11, Mayor X said …" / "On April 11, Y conceded …";
 * "… in Australia, Vietnam, X" / "… in Australia, Vietnam, Y"), whatever kinds of name they are.
 * The claims are lined up with one word diff (`diffArrays`) over their words, where every name is
 * one symbol: a name both claims share is the same symbol on both sides, a name without a
 * counterpart is the symbol "a name here". Two such symbols that the diff lines up, each right
 * next to a word (or a name) that it also lines up, are one slot.
 */
import { diffArrays } from 'diff';
import type { Fact } from '../facts/types';
import type { Token } from '../text/fact-tokens';
import { TITLE_MODIFIERS, TITLES } from '../lexicon/facts';
import { SLOT_PUNCT, SLOT_SKIP } from '../lexicon/names';
import { ROLE_PREPOSITIONS } from '../lexicon/stopwords';

/** What a position of the lined-up sequence holds besides words. */
const OPEN = '\u0002';
const START = '\u0003start';
const END = '\u0003end';

export interface SlotView {
  /** The claim's tokens (fact view). */
  tokens: readonly Token[];
  /** Names paired with a name of the other claim, each with the pair's number. */
  shared: ReadonlyMap<Fact, number>;
  /** Names without a counterpart that may fill a slot. */
  open: readonly Fact[];
}

interface Sequence {
  keys: string[];
  /** The open name at each position (undefined elsewhere). */
  names: Array<Fact | undefined>;
}

/** The claim as the lined-up sequence: its words (articles and titles left out), commas, and one symbol per name. */
function sequence(v: SlotView): Sequence {
  const keys: string[] = [START];
  const names: Array<Fact | undefined> = [undefined];
  const spans: Array<[Fact, string]> = [];
  for (const [f, n] of v.shared) spans.push([f, `\u0001${n}`]);
  for (const f of v.open) spans.push([f, OPEN]);
  spans.sort((x, y) => x[0].start - y[0].start);
  let s = 0;
  let last: Fact | undefined;
  for (const [k, t] of v.tokens.entries()) {
    while (s < spans.length && spans[s][0].end <= t.start) s++;
    // a name's tokens (a possessive's token reaches past the name's end)
    if (s < spans.length && t.start >= spans[s][0].start && t.start < spans[s][0].end) {
      const [f, key] = spans[s];
      if (last === f) continue;
      last = f;
      keys.push(key);
      names.push(key === OPEN ? f : undefined);
      continue;
    }
    const w = t.kind === 'punct' ? t.text : t.lower.replace(/\./g, '');
    if (t.kind === 'punct' ? !SLOT_PUNCT.has(w) : w.length === 0 || SLOT_SKIP.has(w) || TITLES.has(w)) continue;
    // a portfolio or court word of a title is the title's too ("U.S. Agriculture Secretary X")
    if (t.kind !== 'punct' && TITLE_MODIFIERS.has(w) && TITLES.has(v.tokens[k + 1]?.lower.replace(/\./g, '') ?? '')) continue;
    keys.push(w);
    names.push(undefined);
  }
  keys.push(END);
  names.push(undefined);
  return { keys, names };
}

/** Longest pair of claims whose table of common subsequences is filled in (cells); longer ones use diffArrays. */
const TABLE_CELLS = 1 << 20;

/**
 * The positions of `a` and `b` that a longest common subsequence lines up, in order. A table of
 * suffix lengths over integer keys, walked from the start (a claim pair has a few dozen words a
 * side: far cheaper than a general diff); past TABLE_CELLS, diffArrays.
 */
export function lineUp(a: readonly string[], b: readonly string[]): [number[], number[]] {
  const pa: number[] = [];
  const pb: number[] = [];
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > TABLE_CELLS) {
    let i = 0;
    let j = 0;
    for (const c of diffArrays(a as string[], b as string[])) {
      const k = c.count ?? c.value.length;
      if (c.added) { j += k; continue; }
      if (c.removed) { i += k; continue; }
      for (let q = 0; q < k; q++) { pa.push(i + q); pb.push(j + q); }
      i += k;
      j += k;
    }
    return [pa, pb];
  }
  const ids = new Map<string, number>();
  const code = (w: string): number => {
    let v = ids.get(w);
    if (v === undefined) ids.set(w, (v = ids.size));
    return v;
  };
  const x = Int32Array.from(a, code);
  const y = Int32Array.from(b, code);
  // L[i][j]: length of a longest common subsequence of a[i..] and b[j..]
  const w = m + 1;
  const L = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      L[i * w + j] = x[i] === y[j] ? L[(i + 1) * w + j + 1] + 1 : Math.max(L[(i + 1) * w + j], L[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      pa.push(i++);
      pb.push(j++);
    } else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) i++;
    else j++;
  }
  return [pa, pb];
}

export interface SlotPair {
  h: Fact;
  t: Fact;
}

/**
 * The open names of `h` and `t` that the lined-up claims put in one slot: a neighbour lines up too,
 * right beside both names or past commas only. The claims' ends do not count: both names opening
 * (or closing) their claims is no evidence of one slot.
 */
export function alignedSlots(h: SlotView, t: SlotView): SlotPair[] {
  if (h.open.length === 0 || t.open.length === 0) return [];
  const a = sequence(h);
  const b = sequence(t);
  // positions of a and b that the diff lines up (same key), in order
  const [pa, pb] = lineUp(a.keys, b.keys);
  const out: SlotPair[] = [];
  const commasOnly = (s: Sequence, from: number, to: number): boolean => {
    for (let k = from + 1; k < to; k++) if (!SLOT_PUNCT.has(s.keys[k])) return false;
    return true;
  };
  // a lined-up neighbour inside the claims (both names opening or closing their claims says nothing of the slot)
  const anchor = (k: number): boolean => a.keys[pa[k]] !== START && a.keys[pa[k]] !== END;
  for (let k = 0; k < pa.length; k++) {
    const hf = a.names[pa[k]];
    const tf = b.names[pb[k]];
    if (hf === undefined || tf === undefined) continue;
    // the lined-up neighbour on either side, with only commas (not lined up) or nothing between
    const left = k > 0 && commasOnly(a, pa[k - 1], pa[k]) && commasOnly(b, pb[k - 1], pb[k]) && anchor(k - 1);
    const right = k + 1 < pa.length && commasOnly(a, pa[k], pa[k + 1]) && commasOnly(b, pb[k], pb[k + 1]) && anchor(k + 1);
    if (!left && !right) continue;
    // two different prepositions before the names give them two roles ("… Democrats to Congress," / "… Democrats from Texas,")
    const ha = a.keys[pa[k] - 1];
    const tb = b.keys[pb[k] - 1];
    if (ha !== tb && ROLE_PREPOSITIONS.has(ha) && ROLE_PREPOSITIONS.has(tb)) continue;
    out.push({ h: hf, t: tf });
  }
  return out;
}
