// Rank statistics shared by the development scripts (scripts/eval.mjs keeps its own: it runs in
// plain Node without tsx).

/** Ranks 0..n-1 with ties given the average of the ranks they span. */
export function ranks(v: readonly number[]): number[] {
  const idx = v.map((_, i) => i).sort((i, j) => v[i] - v[j]);
  const r = new Array<number>(v.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && v[idx[j + 1]] === v[idx[i]]) j++;
    for (let k = i; k <= j; k++) r[idx[k]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length; const mx = x.reduce((s, v) => s + v, 0) / n; const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0; let sxx = 0; let syy = 0;
  for (let i = 0; i < n; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ** 2; syy += (y[i] - my) ** 2; }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson correlation of average ranks (correct with ties). */
export const spearman = (x: readonly number[], y: readonly number[]): number => pearson(ranks(x), ranks(y));
