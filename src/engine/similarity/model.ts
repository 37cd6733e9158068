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

export function mlp(m: MlpWeights, f: readonly number[]): number {
  let z = m.b2;
  for (let h = 0; h < m.w1.length; h++) {
    const row = m.w1[h];
    let s = m.b1[h];
    for (let k = 0; k < row.length; k++) s += row[k] * ((f[k] - m.mean[k]) / m.std[k]);
    z += m.w2[h] * Math.tanh(s);
  }
  const y = 1 / (1 + Math.exp(-z));
  return Number.isFinite(y) ? y : 0;
}
