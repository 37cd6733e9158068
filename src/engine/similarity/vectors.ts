/**
 * Compact word table: vocabulary in frequency order (→ IDF-like weights), int8 word vectors and
 * WordNet synonym groups, all derived by scripts/derive-lexicon.mjs. Decoded lazily on first use
 * into a read-only cache keyed on the constant data.
 */
import { DIM as DIM_DATA, SYN_GROUPS, VECTORS_B64, VOCAB, VOCAB_SIZE as VOCAB_SIZE_DATA } from './data/vectors.generated';

/** Copied once: an imported binding can compile to a getter call per read. */
export const DIM: number = DIM_DATA;
export const VOCAB_SIZE: number = VOCAB_SIZE_DATA;

interface Table {
  index: Map<string, number>;
  vectors: Int8Array;
  /** vocabulary index → synonym group ids */
  groups: Map<number, number[]>;
  /** 1 / Euclidean norm of each int8 row (0 for a zero row): a word's unit vector is its row times this. */
  invNorm: Float64Array;
}

let table: Table | null = null;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 decoder that runs in Node and in browser workers alike (no Buffer, no atob). */
export function decodeBase64(s: string): Uint8Array {
  // Node's Buffer when present (several times faster); same bytes either way.
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (B) return B.from(s, 'base64');
  return decodeBase64Portable(s);
}

export function decodeBase64Portable(s: string): Uint8Array {
  const lut = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lut[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const n = (lut[s.charCodeAt(i)] << 18) | (lut[s.charCodeAt(i + 1)] << 12) | (lut[s.charCodeAt(i + 2)] << 6) | lut[s.charCodeAt(i + 3)];
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n = (lut[s.charCodeAt(i)] << 18) | (lut[s.charCodeAt(i + 1)] << 12) | (rest === 3 ? lut[s.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}

export function getTable(): Table {
  if (table) return table;
  const words = VOCAB.split(' ');
  const index = new Map<string, number>();
  for (let i = 0; i < words.length; i++) index.set(words[i], i);
  const bytes = decodeBase64(VECTORS_B64);
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const groups = new Map<number, number[]>();
  let g = 0;
  for (const grp of SYN_GROUPS.split(';')) {
    for (const x of grp.split(',')) {
      const k = Number(x);
      const l = groups.get(k);
      if (l) l.push(g); else groups.set(k, [g]);
    }
    g++;
  }
  const invNorm = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const o = i * DIM;
    let n = 0;
    for (let d = 0; d < DIM; d++) { const x = vectors[o + d]; n += x * x; }
    invNorm[i] = n > 0 ? 1 / Math.sqrt(n) : 0;
  }
  table = { index, vectors, groups, invNorm };
  return table;
}

/** Frequency rank of a word in the table, or -1 when it is not there. */
export function wordIndex(word: string): number {
  const i = getTable().index.get(word);
  return i === undefined ? -1 : i;
}

/**
 * Writes the unit vector of vocabulary word `i` (its int8 row times invNorm, as floats) into
 * `out[offset, offset + DIM)`; with `acc`, also adds `weight` times those floats into it.
 */
export function writeUnitVector(i: number, out: Float32Array, offset: number, acc?: Float32Array, weight = 0): void {
  const t = getTable();
  const vs = t.vectors;
  const o = i * DIM;
  const s = t.invNorm[i];
  if (!acc) {
    for (let d = 0; d < DIM; d++) out[offset + d] = vs[o + d] * s;
    return;
  }
  for (let d = 0; d < DIM; d++) {
    const v = Math.fround(vs[o + d] * s); // the float stored in out
    out[offset + d] = v;
    acc[d] += weight * v;
  }
}

export function synonymGroups(i: number): readonly number[] {
  return getTable().groups.get(i) ?? [];
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d] * b[d];
  return s;
}
