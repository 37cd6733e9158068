/**
 * Small ids for texts (claims), the same id for the same text while the text is remembered: the
 * context's memos (facts, match scores, fact conflicts) key a claim, or a pair of claims, by ids
 * instead of hashing sentences. Ids only ever grow; when they would pass ID_LIMIT the table starts
 * afresh with a new `epoch`, and a memo keyed by ids forgets everything it holds from an older one.
 */
import { KeyedMemo, Memo } from './memo';

/** Texts per generation that keep their ids (at most twice as many are held). */
const TEXTS_SIZE = 16_384;
/** Longer texts get a new id each time (never remembered: they would hold too much text). */
const TEXT_MAX_LENGTH = 4096;
/** Ids stay below this, so that two of them make one exact number (2^26 · 2^26 < 2^53). */
export const ID_LIMIT = 2 ** 26;

export class TextIds {
  private ids = new Memo<number>(TEXTS_SIZE, TEXT_MAX_LENGTH);
  private next = 1;
  /** Bumped each time the ids start afresh. */
  epoch = 0;

  /** @param limit ids stay below it (ID_LIMIT; a test makes it small to see the table start afresh) */
  constructor(private readonly limit = ID_LIMIT) {}

  /** The id of `text`: at least 1, below ID_LIMIT. */
  id(text: string): number {
    if (this.next >= this.limit) {
      this.ids = new Memo<number>(TEXTS_SIZE, TEXT_MAX_LENGTH);
      this.next = 1;
      this.epoch++;
    }
    return this.ids.get(text) ?? this.ids.set(text, this.next++);
  }
}

/**
 * A KeyedMemo of values keyed by text ids (or by keys made of them) that forgets everything it holds
 * when the ids start afresh: an old id may then name another text. Id 0 is "not remembered".
 */
export class IdKeyedMemo<K, V> {
  private readonly memo: KeyedMemo<K, V>;
  private epoch = 0;

  /** @param limit entries per generation (at most twice as many are held) */
  constructor(private readonly ids: TextIds, limit: number) {
    this.memo = new KeyedMemo<K, V>(limit);
  }

  get(key: K): V | undefined {
    if (this.epoch !== this.ids.epoch) { this.memo.clear(); this.epoch = this.ids.epoch; }
    return this.memo.get(key);
  }

  set(key: K, value: V): void {
    this.memo.set(key, value);
  }
}

/** Values by text id (what a claim's text alone determines), forgotten when the ids start afresh. */
export class IdMemo<V> {
  private readonly memo: IdKeyedMemo<number, V>;

  /** @param limit entries per generation (at most twice as many are held) */
  constructor(ids: TextIds, limit: number) {
    this.memo = new IdKeyedMemo<number, V>(ids, limit);
  }

  /**
   * The value of text `id`, made by `make` (and what `keep` makes of it remembered) when not held;
   * id 0 (a text not remembered) is always made afresh.
   */
  through(id: number, make: () => V, keep: (v: V) => V = (v) => v): V {
    if (id === 0) return make();
    const hit = this.memo.get(id);
    if (hit !== undefined) return hit;
    const v = make();
    this.memo.set(id, keep(v));
    return v;
  }
}
