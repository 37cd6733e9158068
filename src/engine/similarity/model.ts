/** Tiny MLP (one tanh hidden layer, sigmoid output) evaluated on standardised features. */
export interface MlpWeights {
  /** Feature means and standard deviations used for standardisation. */
  mean: number[];
  std: number[];
  /** hidden × inputs */
  w1: number[][];
  b1: number[];
  w2: number[];
  b2: number;
}

/**
 * The model's output for features `f`. `scratch.mlp` holds the standardised inputs (a small typed
 * array costs more to create than to fill); it belongs to the caller's comparison.
 */
export function mlp(m: MlpWeights, f: ArrayLike<number>, scratch: { mlp: Float64Array }): number {
  // Standardise once (the same values the per-unit expression computed).
  const nIn = m.mean.length;
  if (scratch.mlp.length < nIn) scratch.mlp = new Float64Array(nIn);
  const z = scratch.mlp;
  for (let k = 0; k < nIn; k++) z[k] = (f[k] - m.mean[k]) / m.std[k];
  let out = m.b2;
  for (let h = 0; h < m.w1.length; h++) {
    const row = m.w1[h];
    let s = m.b1[h];
    for (let k = 0; k < row.length; k++) s += row[k] * z[k];
    out += m.w2[h] * Math.tanh(s);
  }
  const y = 1 / (1 + Math.exp(-out));
  return Number.isFinite(y) ? y : 0;
}
