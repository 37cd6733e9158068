/**
 * Bounded memo tables for pure results (name folding, name and word comparisons), least recently
 * used out first. Starting over when full (the tables' first design) threw away the names a
 * name-dense article keeps asking about, so every comparison after the table filled recomputed
 * them: name-dense text cost several times news text per KB.
 *
 * The recency is kept by generations rather than by a linked list: new results go into the young
 * table; when it holds `limit` entries it becomes the old table and the previous old one is dropped;
 * a hit in the old table is copied into the young one. So whatever was used within the last
 * `limit` insertions stays, at most 2 × `limit` entries are held, and a hit costs one or two
 * lookups — no reordering on every hit, which on these hot paths cost more than it saved.
 *
 * Keys and string values are copied before they are kept: a name cut from an article must not pin
 * the article (see own.ts).
 */
import { ownString } from '../own';

/** Results by one string key. */
export class LruMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  /** About `limit` recent entries (at most 2 × limit); keys longer than `maxKeyLength` are never kept. */
  constructor(readonly limit: number, readonly maxKeyLength = Infinity) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.keep(key, aged);
    return aged;
  }

  /** Stores and returns `value`. */
  set(key: string, value: V): V {
    if (key.length > this.maxKeyLength) return value;
    const kept = (typeof value === 'string' ? ownString(value) : value) as V;
    this.keep(ownString(key), kept);
    return kept;
  }

  private keep(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/**
 * Results by an ordered pair of strings, without building a joined key per lookup (hashing a fresh
 * string of two names on every call was most of a hit's cost). Same generations as `LruMemo`.
 */
export class PairMemo<V> {
  private young = new Map<string, Map<string, V>>();
  private old = new Map<string, Map<string, V>>();
  private youngSize = 0;

  /** About `limit` recent pairs (at most 2 × limit); pairs longer than `maxLength` together are never kept. */
  constructor(readonly limit: number, readonly maxLength = Infinity) {}

  get(a: string, b: string): V | undefined {
    const hit = this.young.get(a)?.get(b);
    if (hit !== undefined) return hit;
    const aged = this.old.get(a)?.get(b);
    if (aged !== undefined) this.keep(a, b, aged);
    return aged;
  }

  /** Stores and returns `value`. */
  set(a: string, b: string, value: V): V {
    if (a.length + b.length > this.maxLength) return value;
    this.keep(a, b, value);
    return value;
  }

  private keep(a: string, b: string, value: V): void {
    if (this.youngSize >= this.limit) {
      this.old = this.young;
      this.young = new Map();
      this.youngSize = 0;
    }
    let row = this.young.get(a);
    if (row === undefined) this.young.set(ownString(a), (row = new Map()));
    if (!row.has(b)) this.youngSize++;
    row.set(ownString(b), value);
  }
}
