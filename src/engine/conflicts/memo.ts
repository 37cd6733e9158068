/**
 * The fact conflicts of claim pairs compared lately, by what the comparison reads: the two claims'
 * texts, their articles' dates, the other article's name and whether the pair was matched. A host
 * that compares again after an edit (the extension's worker) keeps one in its context, so a re-run
 * compares the facts of only the pairs the edit changed.
 *
 * Kept relative to each claim's start, so a claim that moved (text inserted above it) finds its
 * pair's conflicts too. That is exact because a claim's facts and their comparison read only the
 * claim's own characters (facts/index.ts extractFacts, conflicts/index.ts compareFacts); a test
 * compares every report of an edited article against a comparison with nothing remembered.
 */
import { Memo } from '../strings/memo';
import { ownString } from '../strings/own';
import type { FactConflict } from './common';

/** Claim pairs per generation (at most twice as many are held): the pairs of two long articles. */
const PAIRS_SIZE = 8192;
/** Longer keys (two long claims) are not remembered: they would hold too much text. */
const KEY_MAX_LENGTH = 4096;

/** One claim of a pair as the memo keys it. */
export interface MemoSide {
  text: string;
  start: number;
  end: number;
  date: string | null;
}

export class ConflictMemo {
  private readonly memo = new Memo<readonly FactConflict[]>(PAIRS_SIZE, KEY_MAX_LENGTH);

  /** The conflicts of `here` against `there` (as `make` finds them), from the memo when it holds them. */
  conflicts(here: MemoSide, there: MemoSide, name: string, matched: boolean, make: () => FactConflict[]): FactConflict[] {
    const hereText = here.text.slice(here.start, here.end);
    const thereText = there.text.slice(there.start, there.end);
    const key = `${matched ? 1 : 0}\u0000${here.date ?? ''}\u0000${there.date ?? ''}\u0000${name}\u0000${hereText}\u0000${thereText}`;
    const kept = this.memo.get(key);
    if (kept !== undefined) return kept.map((f) => moved(f, here.start, there.start));
    const found = make();
    if (key.length <= KEY_MAX_LENGTH) {
      this.memo.setOwned(ownString(key), found.map((f) => ({
        kind: f.kind,
        here: { start: f.here.start - here.start, end: f.here.end - here.start, text: ownString(f.here.text) },
        there: { start: f.there.start - there.start, end: f.there.end - there.start, text: ownString(f.there.text) },
        message: ownString(f.message),
      })));
    }
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
