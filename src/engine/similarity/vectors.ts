/**
 * Compact word table: vocabulary in frequency order (→ IDF-like weights), int8 word vectors and
 * WordNet synonym groups, all derived by scripts/derive-lexicon.mjs, decoded and installed by the
 * host through the port in ../lexicon/tables.
 */
import { DIM as DIM_DATA, VOCAB_SIZE as VOCAB_SIZE_DATA, engineTables, type EngineTables } from '../lexicon/tables';

/** Copied once: an imported binding can compile to a getter call per read. */
export const DIM: number = DIM_DATA;
export const VOCAB_SIZE: number = VOCAB_SIZE_DATA;

export function getTable(): EngineTables {
  return engineTables();
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
