/**
 * The engine's one bounded memo table. Memo tables here only ever hold pure results (the same key
 * always has the same value), so what a table forgets costs time, never a different answer.
 *
 * Two generations: new entries go into `young`; when it is full, `young` becomes `old` and the
 * former `old` is dropped; a hit in `old` moves the entry back into `young`. That keeps the entries
 * in use (an LRU's property) at a Map look-up per hit, and never empties the whole table at once
 * (text that needs more entries than the limit keeps its most used half).
 */
import { ownString } from './own';

export class Memo<V> {
  private readonly table: KeyedMemo<string, V>;

  /**
   * @param limit entries per generation (at most twice as many are held)
   * @param maxKeyLength longer keys are not remembered (a pathological "word" must not stay in memory)
   */
  constructor(limit: number, private readonly maxKeyLength = 64) {
    this.table = new KeyedMemo<string, V>(limit);
  }

  get(key: string): V | undefined {
    return this.table.get(key);
  }

  /**
   * Remembers `value` under `key` and returns it. The key is copied (ownString) so that a table
   * never pins the article a key was sliced from; a string value is copied too.
   */
  set(key: string, value: V): V {
    if (key.length > this.maxKeyLength) return value;
    const kept = (typeof value === 'string' ? ownString(value) : value) as V;
    this.table.set(ownString(key), kept);
    return kept;
  }

  /** set() for a key and value that are already copies the caller owns (see ownString). */
  setOwned(key: string, value: V): V {
    if (key.length <= this.maxKeyLength) this.table.set(key, value);
    return value;
  }

  /** The memoised value of `key`, computing and remembering it with `make` on a miss. */
  through(key: string, make: (key: string) => V): V {
    const hit = this.get(key);
    return hit !== undefined ? hit : this.set(key, make(key));
  }

  get size(): number {
    return this.table.size;
  }

  /** Forgets every entry. */
  clear(): void {
    this.table.clear();
  }
}

/**
 * The two generations themselves (Memo adds the copying and length limit of string keys), keyed by
 * value for numbers and strings and by identity for objects, with no copying: for keys that are
 * already small (a pair of ids) or owned by the caller (a claim).
 */
export class KeyedMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** @param limit entries per generation (at most twice as many are held) */
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  set(key: K, value: V): V {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Forgets every entry. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
