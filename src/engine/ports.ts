/**
 * Host ports: what the engine can use but never loads itself (it does no I/O and imports no
 * runtime). The host (CLI, extension worker, tests) builds the implementation and hands it in.
 */

/**
 * A sentence encoder: texts in, unit vectors out. Implemented by the host around a model runtime
 * (src/host/encoder.ts: all-MiniLM-L6-v2 on onnxruntime-node, else onnxruntime-web); when no
 * encoder is available the engine uses its lexical similarity alone.
 */
export interface SentenceEncoder {
  /** Model and runtime that ran, for the report, `--help` and the output channel. */
  readonly name: string;
  /** Length of every vector. */
  readonly dimensions: number;
  /**
   * One L2-normalised vector per text, in the order given. Deterministic: a text always gets the
   * same vector, whatever it is batched with; equal texts are embedded once and then cached.
   */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Cosine of two L2-normalised vectors (their dot product), in [−1, 1]. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
