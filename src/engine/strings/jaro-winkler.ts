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

/** Bit (c & 31) of every UTF-16 unit of `w`: the character mask jaroWinklerBound() takes. */
export function charMask(w: string): number {
  let m = 0;
  for (let c = 0; c < w.length; c++) m |= 1 << (w.charCodeAt(c) & 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * An upper bound of jaroWinkler(x, y) from the lengths and character masks (charMask): a unit of
 * one string whose mask bit the other lacks cannot be matched, so the matches m are at most the
 * length less such bits; then Jaro ≤ (m/|x| + m/|y| + 1) / 3, and the prefix bonus adds 0.1 a unit
 * of the common prefix (`prefix`, when known: see winklerPrefix; at most four) times (1 − Jaro).
 */
export function jaroWinklerBound(lx: number, ly: number, mx: number, my: number, prefix = 4): number {
  const m = Math.min(lx - popcount(mx & ~my), ly - popcount(my & ~mx));
  if (m <= 0) return 0;
  const jaro = (m / lx + m / ly + 1) / 3;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** The common prefix of x and y that the Winkler bonus counts (UTF-16 units, at most four). */
export function winklerPrefix(x: string, y: string): number {
  let p = 0;
  while (p < 4 && p < x.length && p < y.length && x.charCodeAt(p) === y.charCodeAt(p)) p++;
  return p;
}
