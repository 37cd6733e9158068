/**
 * The one Jaro-Winkler similarity of the engine (name matching in facts and in the alignment).
 * Compares UTF-16 units; the prefix bonus counts at most four units at 0.1 each.
 */

/** Jaro-Winkler similarity in [0, 1]. `scratch` (any size; grown here when short) avoids allocation in hot loops. */
export function jaroWinkler(a: string, b: string, scratch?: { buf: Uint8Array }): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  let marks: Uint8Array;
  if (scratch) {
    if (scratch.buf.length < la + lb) scratch.buf = new Uint8Array(Math.max(la + lb, 2 * scratch.buf.length));
    marks = scratch.buf;
    marks.fill(0, 0, la + lb);
  } else {
    marks = new Uint8Array(la + lb);
  }
  // marks[i]: a[i] matched; marks[la + j]: b[j] matched
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (!marks[la + j] && ca === b.charCodeAt(j)) { marks[i] = marks[la + j] = 1; m++; break; }
    }
  }
  if (m === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!marks[i]) continue;
    while (!marks[la + k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return jaro + p * 0.1 * (1 - jaro);
}
