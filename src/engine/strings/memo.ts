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

/** Slots a FlagMemo generation starts with (it doubles as it fills, up to twice its limit). */
const FLAG_MEMO_START = 64;

/**
 * A KeyedMemo of booleans keyed by a non-negative integer below 2^30 (a pair of ids), in typed
 * arrays with open addressing: a look-up is a multiply and a probe or two, with no Map entry to
 * hash, delete or re-insert. A roll of names asks the name matcher about tens of thousands of
 * pairs, and as a Map the pair memo's look-ups cost twice the judgements they saved.
 * Two generations as in KeyedMemo; a hit in `old` is copied into `young` (left in `old`, which is
 * dropped whole). Starts small, so a one-off matcher allocates next to nothing.
 */
export class FlagMemo {
  private young: FlagTable;
  private old: FlagTable;

  /** @param limit entries per generation (at most twice as many are held) */
  constructor(private readonly limit: number) {
    this.young = new FlagTable(FLAG_MEMO_START);
    this.old = new FlagTable(FLAG_MEMO_START);
  }

  get(key: number): boolean | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: number, value: boolean): boolean {
    if (this.young.size >= this.limit) {
      const spare = this.old;
      this.old = this.young;
      spare.reset();
      this.young = spare;
    }
    if (this.young.size * 2 >= this.young.capacity) this.young = this.young.grown();
    this.young.put(key, value);
    return value;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Forgets every entry. */
  clear(): void {
    this.young = new FlagTable(FLAG_MEMO_START);
    this.old = new FlagTable(FLAG_MEMO_START);
  }
}

/** One generation of a FlagMemo: keys + 1 (0 marks a free slot) and their values, linear probing. */
class FlagTable {
  size = 0;
  private keys: Int32Array;
  private values: Uint8Array;
  private shift: number;

  constructor(readonly capacity: number) {
    this.keys = new Int32Array(capacity);
    this.values = new Uint8Array(capacity);
    this.shift = 32 - Math.log2(capacity);
  }

  private slot(key: number): number {
    return Math.imul(key + 1, 0x9e3779b1) >>> this.shift;
  }

  get(key: number): boolean | undefined {
    const mask = this.capacity - 1;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key + 1) return this.values[i] === 1;
      if (k === 0) return undefined;
    }
  }

  /** Stores key → value; the table must have a free slot (FlagMemo keeps it at most half full). */
  put(key: number, value: boolean): void {
    const mask = this.capacity - 1;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === 0) { this.keys[i] = key + 1; this.values[i] = value ? 1 : 0; this.size++; return; }
      if (k === key + 1) { this.values[i] = value ? 1 : 0; return; }
    }
  }

  /** A table of twice the capacity holding the same entries. */
  grown(): FlagTable {
    const out = new FlagTable(this.capacity * 2);
    for (let i = 0; i < this.capacity; i++) if (this.keys[i] !== 0) out.put(this.keys[i] - 1, this.values[i] === 1);
    return out;
  }

  /** Empties the table, keeping its arrays. */
  reset(): void {
    this.keys.fill(0);
    this.size = 0;
  }
}
