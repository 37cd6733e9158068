/**
 * The cross-encoder's answers as MeaningVectors.pairProbability wants them: by the two claim texts,
 * for the pairs judged, and nothing for a pair not among them.
 */
export function judgedPairs(pairs: readonly (readonly [string, string])[], probabilities: readonly number[]): (a: string, b: string) => number | undefined {
  const byPair = new Map<string, Map<string, number>>();
  pairs.forEach(([a, b], k) => (byPair.get(a) ?? byPair.set(a, new Map()).get(a)!).set(b, probabilities[k]));
  return (a, b) => byPair.get(a)?.get(b);
}
