/**
 * The parts of a long claim that each say something of their own, for finding a short claim of
 * another report said inside it ("This depot was known to be used by the militias, according to
 * officials" inside "…bombs on a storage facility near Maysulun that was known to be used by the
 * revolutionary guard, US officials said").
 *
 * A clause boundary is a comma, semicolon, colon or spaced dash, or a word that opens a clause
 * (lexicon CLAUSE_OPENERS: "that", "which", "but", "while" …). A piece with too few content words to
 * say something of its own ("In Wednesday's strike", "US officials said") joins the piece after it,
 * or, last of all, the one before. A claim's parts are the runs of one or more consecutive pieces
 * short of the whole claim; a claim that stays one piece has none.
 */
import type { Span } from '../report/types';
import type { Token } from './tokens';
import { CLAUSE_BREAKS, CLAUSE_OPENERS } from '../lexicon/grammar';

/** A dash with space on both sides ("the mayor - who took office"), not a hyphen inside a word. */
function spaced(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before === undefined || before.end < tokens[k].start) && (after === undefined || after.start > tokens[k].end);
}

/**
 * The claim's clauses (`tokens`: its tokens, from tokenize, in order), each with at least
 * `minWords` content words; [] when it is one clause. At most `maxClauses`: the rest join the last.
 */
export function clauseSpans(tokens: readonly Token[], minWords: number, maxClauses: number): Span[] {
  interface Piece { first: number; last: number; words: number }
  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (cur !== null && (CLAUSE_BREAKS.has(t.norm) || (t.norm === '-' && spaced(tokens, k)))) {
        pieces.push(cur);
        cur = null;
      }
      continue;
    }
    if (cur !== null && CLAUSE_OPENERS.has(t.norm)) {
      pieces.push(cur);
      cur = null;
    }
    if (cur === null) cur = { first: k, last: k, words: 0 };
    cur.last = k;
    if (!t.stop) cur.words++;
  }
  if (cur !== null) pieces.push(cur);
  // too short to stand alone: join the next piece (or, last of all, the one before)
  const merged: Piece[] = [];
  let carry: { first: number; words: number } | null = null;
  for (const p of pieces) {
    const first: number = carry ? carry.first : p.first;
    const words: number = (carry ? carry.words : 0) + p.words;
    if (words < minWords) {
      carry = { first, words };
      continue;
    }
    merged.push({ first, last: p.last, words });
    carry = null;
  }
  if (carry !== null && merged.length > 0) {
    const last = merged[merged.length - 1];
    last.last = pieces[pieces.length - 1].last;
    last.words += carry.words;
  }
  while (merged.length > Math.max(1, maxClauses)) {
    const extra = merged.pop() as Piece;
    merged[merged.length - 1].last = extra.last;
  }
  if (merged.length < 2) return [];
  return merged.map((p) => ({ start: tokens[p.first].start, end: tokens[p.last].end }));
}

/**
 * The parts of a claim with these clauses: every run of consecutive clauses short of all of them,
 * in order of start, then of end.
 */
export function clauseParts(clauses: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let first = 0; first < clauses.length; first++) {
    for (let last = first; last < clauses.length; last++) {
      if (first === 0 && last === clauses.length - 1) continue;
      out.push({ start: clauses[first].start, end: clauses[last].end });
    }
  }
  return out;
}
