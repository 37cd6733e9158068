/**
 * Match scores of the claim pairs scored lately, by the two claims' ids (strings/text-ids). A
 * claim's similarity features are made from its own characters only (features.ts prepareText reads
 * its span), so the score of two claims is a function of their texts and the threshold (align.ts
 * matchScore). A host that compares again after an edit (the extension's worker) keeps one in its
 * context: a re-run scores again only the pairs with a claim the edit changed.
 *
 * Direct-mapped: each pair has one slot in a table of typed arrays, and a pair that lands on a slot
 * in use takes it over. A look-up is a multiply and two compares, so a comparison that never scores
 * a pair twice (the CLI's one run over 200 articles) pays next to nothing for it; a lost entry only
 * costs scoring the pair again.
 */
import type { TextIds } from '../strings/text-ids';

/** Slots per threshold (a power of two): the candidate pairs of two long articles, with room. */
const SLOTS = 1 << 16;
/** Thresholds with a table of their own (the setting moved more often than this: the tables start afresh). */
const THRESHOLDS = 4;

class ScoreTable {
  readonly a = new Int32Array(SLOTS);
  readonly b = new Int32Array(SLOTS);
  readonly score = new Float64Array(SLOTS);
}

export class ScoreMemo {
  private readonly tables = new Map<number, ScoreTable>();
  private epoch = 0;

  constructor(private readonly ids: TextIds) {}

  /** The score of claims `a` and `b` (ids from the context's TextIds; 0: not remembered) at `threshold`, from the memo or made by `make`. */
  score(threshold: number, a: number, b: number, make: () => number): number {
    if (a === 0 || b === 0) return make(); // a claim not remembered
    if (this.epoch !== this.ids.epoch) { this.tables.clear(); this.epoch = this.ids.epoch; }
    let t = this.tables.get(threshold);
    if (t === undefined) {
      if (this.tables.size >= THRESHOLDS) this.tables.clear();
      this.tables.set(threshold, (t = new ScoreTable()));
    }
    const slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
    if (t.a[slot] === a && t.b[slot] === b) return t.score[slot];
    const s = make();
    t.a[slot] = a;
    t.b[slot] = b;
    t.score[slot] = s;
    return s;
  }
}
