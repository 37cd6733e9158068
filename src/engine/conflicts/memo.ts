/**
 * The fact conflicts of claim pairs compared lately, by what the comparison reads: the two claims'
 * texts (their ids, strings/text-ids), their articles' dates, the other article's name and whether the pair was matched. A host
 * that compares again after an edit (the extension's worker) keeps one in its context, so a re-run
 * compares the facts of only the pairs the edit changed.
 *
 * Kept relative to each claim's start, so a claim that moved (text inserted above it) finds its
 * pair's conflicts too. That is exact because a claim's facts and their comparison read only the
 * claim's own characters (facts/index.ts extractFacts, conflicts/index.ts compareFacts); a test
 * compares every report of an edited article against a comparison with nothing remembered.
 */
import { ownString } from '../strings/own';
import { IdKeyedMemo, type TextIds } from '../strings/text-ids';
import type { FactConflict } from './common';

/** Claim pairs per generation (at most twice as many are held): the pairs of two long articles. */
const PAIRS_SIZE = 8192;
/** One claim of a pair as the memo keys it: its text's id (strings/text-ids), where it starts, its article's date. */
export interface MemoSide {
  id: number;
  start: number;
  date: string | null;
}

export class ConflictMemo {
  private readonly memo: IdKeyedMemo<string, readonly FactConflict[]>;

  constructor(ids: TextIds) {
    this.memo = new IdKeyedMemo(ids, PAIRS_SIZE);
  }

  /** The conflicts of `here` against `there` (as `make` finds them), from the memo when it holds them (never for id 0). */
  conflicts(here: MemoSide, there: MemoSide, name: string, matched: boolean, make: () => FactConflict[]): FactConflict[] {
    if (here.id === 0 || there.id === 0) return make();
    const key = `${here.id}\u0000${there.id}\u0000${matched ? 1 : 0}\u0000${here.date ?? ''}\u0000${there.date ?? ''}\u0000${name}`;
    const kept = this.memo.get(key);
    if (kept !== undefined) return kept.map((f) => moved(f, here.start, there.start));
    const found = make();
    this.memo.set(ownString(key), found.map((f) => ({
      kind: f.kind,
      here: { start: f.here.start - here.start, end: f.here.end - here.start, text: ownString(f.here.text) },
      there: { start: f.there.start - there.start, end: f.there.end - there.start, text: ownString(f.there.text) },
      message: ownString(f.message),
    })));
    return found;
  }
}

/** A remembered conflict placed at its claims' present offsets. */
function moved(f: FactConflict, hereStart: number, thereStart: number): FactConflict {
  return {
    kind: f.kind,
    here: { start: f.here.start + hereStart, end: f.here.end + hereStart, text: f.here.text },
    there: { start: f.there.start + thereStart, end: f.there.end + thereStart, text: f.there.text },
    message: f.message,
  };
}
