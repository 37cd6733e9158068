/**
 * Match scores of the claim pairs scored lately, by the two claims' texts. A claim's similarity
 * features are made from its own characters only (features.ts prepareText reads its span), so the
 * score of two claims is a function of their texts and the threshold (align.ts matchScore). A host
 * that compares again after an edit (the extension's worker) keeps one in its context: a re-run
 * scores again only the pairs with a claim the edit changed.
 *
 * Each claim text gets a small id (remembered while the text is in use), and a pair's key is the
 * two ids, so a look-up hashes a number, not two sentences: a 10 MB article's millions of candidate
 * pairs cost a multiply each here.
 */
import { KeyedMemo, Memo } from '../strings/memo';

/** Claim texts per generation that keep their ids (at most twice as many are held). */
const IDS_SIZE = 16_384;
/** Longer claim texts get an id of their own each time (never remembered: they would hold too much text). */
const ID_MAX_TEXT = 4096;
/** Pair scores per generation, per threshold. */
const SCORES_SIZE = 32_768;
/** Thresholds with a table of their own (the setting moved more often than this: the tables start afresh). */
const THRESHOLDS = 4;
/** Ids stay below this, so that two of them make one exact key (2^26 · 2^26 < 2^53). */
const ID_LIMIT = 2 ** 26;

export class ScoreMemo {
  private readonly ids = new Memo<number>(IDS_SIZE, ID_MAX_TEXT);
  private next = 1;
  private readonly scores = new Map<number, KeyedMemo<number, number>>();

  /** The id of a claim text (the same id for the same text while it is remembered). */
  id(text: string): number {
    if (this.next >= ID_LIMIT) this.clear();
    return this.ids.get(text) ?? this.ids.set(text, this.next++);
  }

  /** The score of claims `a` and `b` (ids) at `threshold`, from the memo or made by `make`. */
  score(threshold: number, a: number, b: number, make: () => number): number {
    let table = this.scores.get(threshold);
    if (table === undefined) {
      if (this.scores.size >= THRESHOLDS) this.scores.clear();
      this.scores.set(threshold, (table = new KeyedMemo<number, number>(SCORES_SIZE)));
    }
    const key = a * ID_LIMIT + b;
    const kept = table.get(key);
    return kept !== undefined ? kept : table.set(key, make());
  }

  private clear(): void {
    this.ids.clear();
    this.scores.clear();
    this.next = 1;
  }
}
