/**
 * The host's sentence encoder: all-MiniLM-L6-v2 (int8 ONNX, models/minilm/ beside dist/) run by
 * onnxruntime-node, else by onnxruntime-web (WebAssembly), else none — the engine then keeps its
 * lexical similarity. Tokenized by our own WordPiece; mean pooling over the tokens and L2
 * normalisation, as sentence-transformers runs the model.
 *
 * Node only (fs, path, require). Nothing here touches the network: both runtimes and the model are
 * files on disk, and onnxruntime-node's install script (which would download) is never run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as Ort from 'onnxruntime-common';
import type { SentenceEncoder } from '../engine/ports';
import { claimTexts, textsToEmbed, type ArticleInput, type CompareOptions, type MeaningVectors } from '../engine';
import { WordPiece } from '../engine/similarity/wordpiece';

export type RuntimeName = 'onnxruntime-node' | 'onnxruntime-web';
export const RUNTIMES: readonly RuntimeName[] = ['onnxruntime-node', 'onnxruntime-web'];

export const MODEL_NAME = 'all-MiniLM-L6-v2 (int8, 4-bit word embeddings)';
export const DIMENSIONS = 384;

export interface EncoderOptions {
  /** Folder with model.onnx and vocab.txt; default: models/minilm found beside dist/ (or the repo root). */
  modelDir?: string;
  /** Runtimes to try, in order; default both (node first). An empty list loads no encoder. */
  runtimes?: readonly RuntimeName[];
  /** Threads for one inference (the machines this runs on have two cores). */
  threads?: number;
  /** Most texts whose vectors are kept (least recently used dropped first). */
  cacheSize?: number;
}

export interface EncoderLoad {
  /** The encoder, or null when no runtime could run the model. */
  encoder: MiniLmEncoder | null;
  /** Which runtime runs it, or 'none'. */
  runtime: RuntimeName | 'none';
  /** Why each runtime tried before it (or all of them) did not load. */
  failures: { runtime: RuntimeName; error: string }[];
  /** Time to load the runtime and the model, ms. */
  loadMs: number;
}

/** models/minilm beside dist/ (bundled: dist/cli.js, dist/worker.js) or two levels up (src/host under tsx). */
export function defaultModelDir(): string | undefined {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'models', 'minilm');
    if (existsSync(join(candidate, 'model.onnx'))) return candidate;
  }
  return undefined;
}

/** One line for `--help`, the report and the output channel. */
export function describeLoad(load: EncoderLoad): string {
  if (load.encoder) return `sentence encoder: ${load.encoder.name}, loaded in ${Math.round(load.loadMs)} ms`;
  const why = load.failures.map((f) => `${f.runtime}: ${f.error}`).join('; ');
  return `sentence encoder: none (lexical similarity only)${why ? ` — ${why}` : ''}`;
}

export type OrtModule = typeof Ort;

function loadRuntime(name: RuntimeName): OrtModule {
  // Plain require of a package esbuild leaves external: resolved from dist/node_modules (packaged)
  // or the repository's node_modules, and only when an encoder is wanted.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ort = (name === 'onnxruntime-node' ? require('onnxruntime-node') : require('onnxruntime-web')) as OrtModule;
  return ort;
}

/** A session of `model` on `runtime`, sized for machines with two shared cores. */
async function createSession(ort: OrtModule, runtime: RuntimeName, model: Uint8Array, threads: number): Promise<Ort.InferenceSession> {
  if (runtime === 'onnxruntime-node') {
    // No spinning between inferences: the cores are shared (the editor, other processes), and a
    // spinning pool of two threads measured slower than one under load.
    return ort.InferenceSession.create(model, { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all', extra: { session: { intra_op: { allow_spinning: '0' } } } });
  }
  // Threads in WebAssembly need a worker per thread and cross-origin isolation: one thread.
  ort.env.wasm.numThreads = 1;
  return ort.InferenceSession.create(model, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
}

/** Loads the encoder with the first runtime that can run the model; never throws. */
export async function loadSentenceEncoder(options: EncoderOptions = {}): Promise<EncoderLoad> {
  const started = performance.now();
  const dir = options.modelDir ?? defaultModelDir();
  const runtimes = options.runtimes ?? RUNTIMES;
  if (!dir || !existsSync(join(dir, 'model.onnx')) || !existsSync(join(dir, 'vocab.txt'))) {
    const error = `no model files${dir ? ` in ${dir}` : ''} (run node scripts/fetch-model.mjs)`;
    return { encoder: null, runtime: 'none', failures: runtimes.map((runtime) => ({ runtime, error })), loadMs: performance.now() - started };
  }
  let tokenizer: WordPiece;
  let model: Uint8Array;
  try {
    tokenizer = WordPiece.fromVocabText(readFileSync(join(dir, 'vocab.txt'), 'utf8'));
    model = readFileSync(join(dir, 'model.onnx'));
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { encoder: null, runtime: 'none', failures: runtimes.map((runtime) => ({ runtime, error })), loadMs: performance.now() - started };
  }
  const found = await onFirstRuntime(runtimes, model, options.threads ?? 2, async (ort, session, runtime) => {
    const encoder = new MiniLmEncoder(ort, session, tokenizer, runtime, options.cacheSize ?? 50_000);
    await encoder.embed(['Source Compare']); // a model that loads but cannot run fails here, not later
    encoder.clearCache();
    return encoder;
  });
  return { encoder: found.value, runtime: found.runtime, failures: found.failures, loadMs: performance.now() - started };
}

/**
 * `make` with a session of `model` on the first of `runtimes` where both load and `make` succeeds
 * (it should run the model once: a model that loads but cannot run fails there, not later), and
 * why each runtime tried before failed.
 */
export async function onFirstRuntime<T>(
  runtimes: readonly RuntimeName[],
  model: Uint8Array,
  threads: number,
  make: (ort: OrtModule, session: Ort.InferenceSession, runtime: RuntimeName) => Promise<T>,
): Promise<{ value: T | null; runtime: RuntimeName | 'none'; failures: { runtime: RuntimeName; error: string }[] }> {
  const failures: { runtime: RuntimeName; error: string }[] = [];
  for (const runtime of runtimes) {
    try {
      const ort = loadRuntime(runtime);
      const value = await make(ort, await createSession(ort, runtime, model, threads), runtime);
      return { value, runtime, failures };
    } catch (e) {
      failures.push({ runtime, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    }
  }
  return { value: null, runtime: 'none', failures };
}

/**
 * The sentence vectors of every claim of `texts` (as the engine segments them), for
 * CompareOptions.meaning; or the line that says why there are none (describeLoad).
 */
export async function meaningVectors(texts: readonly string[], options: EncoderOptions = {}): Promise<MeaningVectors | string> {
  const load = await loadSentenceEncoder(options);
  return load.encoder ? claimVectors(load.encoder, texts) : describeLoad(load);
}

/**
 * The vectors compare() looks at for `articles` with `options`: those of the claims the words leave
 * without a counterpart (the engine's textsToEmbed); every other claim is never looked at, so it is
 * not embedded. Hand compare() the same options, context included: it then reuses this run's work.
 */
export function comparisonVectors(encoder: SentenceEncoder, articles: readonly ArticleInput[], options: CompareOptions = {}): Promise<MeaningVectors> {
  return textVectors(encoder, textsToEmbed(articles, options));
}

/** The vectors of every claim of `texts` (as the engine segments them) by an encoder already loaded. */
export function claimVectors(encoder: SentenceEncoder, texts: readonly string[]): Promise<MeaningVectors> {
  return textVectors(encoder, texts.flatMap((t) => claimTexts(t)));
}

/** The vectors of these texts themselves (each embedded once), looked up by text. */
export async function textVectors(encoder: SentenceEncoder, texts: readonly string[]): Promise<MeaningVectors> {
  const all = [...new Set(texts)];
  const vectors = await encoder.embed(all);
  const byText = new Map(all.map((t, k) => [t, vectors[k]]));
  return { name: encoder.name, vectorOf: (t) => byText.get(t) };
}

/** Rows and tokens per inference: enough to keep two cores busy, small enough to stay responsive. */
const BATCH_ROWS = 32;
const BATCH_TOKENS = 4096;
/** A batch's shortest text fills at least this share of its padded length (padding is work too). */
const PADDING_FILL = 0.85;

/**
 * Inputs of these token counts cut into batches: shortest first; a batch ends at BATCH_ROWS rows,
 * at BATCH_TOKENS padded tokens, or where padding would waste more than 15% of it (`padded`), or
 * at the next length (not `padded`). Each batch: the inputs' indices and the padded length.
 */
export function lengthBatches(lengths: readonly number[], padded: boolean): { rows: number[]; length: number }[] {
  const order = lengths.map((_, i) => i).sort((x, y) => lengths[x] - lengths[y] || x - y);
  const out: { rows: number[]; length: number }[] = [];
  for (let start = 0; start < order.length;) {
    const shortest = lengths[order[start]];
    let end = start + 1;
    while (end < order.length && end - start < BATCH_ROWS) {
      const longest = lengths[order[end]];
      if ((end - start + 1) * longest > BATCH_TOKENS || shortest < longest * (padded ? PADDING_FILL : 1)) break;
      end++;
    }
    out.push({ rows: order.slice(start, end), length: lengths[order[end - 1]] });
    start = end;
  }
  return out;
}

/**
 * The model's last hidden states (rows × length × 384) for rows of token ids padded to `length`,
 * the attention mask off on the padding; segment ids 0 unless a row gives its own. `what` names the
 * model in the error an unexpected output gives.
 */
export async function hiddenStates(ort: OrtModule, session: Ort.InferenceSession, rows: readonly { ids: readonly number[]; types?: readonly number[] }[], length: number, what: string): Promise<Ort.Tensor> {
  const n = rows.length;
  const inputIds = new BigInt64Array(n * length);
  const mask = new BigInt64Array(n * length);
  const types = new BigInt64Array(n * length);
  rows.forEach((row, r) => row.ids.forEach((id, c) => {
    inputIds[r * length + c] = BigInt(id);
    mask[r * length + c] = 1n;
    if (row.types) types[r * length + c] = BigInt(row.types[c]);
  }));
  const dims = [n, length];
  const result = await session.run({
    input_ids: new ort.Tensor('int64', inputIds, dims),
    attention_mask: new ort.Tensor('int64', mask, dims),
    token_type_ids: new ort.Tensor('int64', types, dims),
  });
  const hidden = result.last_hidden_state;
  if (!hidden || hidden.dims.length !== 3 || hidden.dims[2] !== DIMENSIONS) throw new Error(`${what}: unexpected model output`);
  return hidden;
}

export class MiniLmEncoder implements SentenceEncoder {
  readonly name: string;
  readonly dimensions = DIMENSIONS;
  private readonly cache = new Map<string, Float32Array>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
    private readonly tokenizer: WordPiece,
    readonly runtime: RuntimeName,
    private readonly cacheSize: number,
  ) {
    this.name = `${MODEL_NAME} on ${runtime}`;
    this.padded = runtime === 'onnxruntime-node';
  }

  /** Whether texts of different lengths share a batch (see compute). */
  private readonly padded: boolean;

  /** Texts embedded since the cache was last cleared (a re-run with the same texts embeds none). */
  embeddedCount = 0;

  clearCache(): void {
    this.cache.clear();
    this.embeddedCount = 0;
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    // One inference at a time on the session; callers queue.
    const run = this.queue.then(() => this.embedNow(texts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async embedNow(texts: readonly string[]): Promise<Float32Array[]> {
    const found = new Map<string, Float32Array>();
    const missing: string[] = [];
    const pending = new Set<string>();
    for (const t of texts) {
      if (found.has(t) || pending.has(t)) continue;
      const hit = this.cache.get(t);
      if (hit) {
        // Refresh its place: a Map keeps insertion order and the oldest entries are dropped first.
        this.cache.delete(t);
        this.cache.set(t, hit);
        found.set(t, hit);
      } else {
        pending.add(t);
        missing.push(t);
      }
    }
    if (missing.length > 0) {
      const fresh = await this.compute(missing);
      missing.forEach((t, i) => {
        found.set(t, fresh[i]);
        this.cache.set(t, fresh[i]);
      });
      this.embeddedCount += missing.length;
      for (const oldest of this.cache.keys()) {
        if (this.cache.size <= this.cacheSize) break;
        this.cache.delete(oldest);
      }
    }
    return texts.map((t) => found.get(t) as Float32Array);
  }

  /**
   * Batches texts of similar token counts, padded to the longest of the batch with the attention
   * mask off on the padding: a text's vector is then the same bit for bit whatever it is batched
   * with (the tests compare a text alone with the same text in a padded batch, on both runtimes),
   * so results are deterministic across runs and edits. Texts are taken shortest first; a batch
   * ends at BATCH_ROWS rows, at BATCH_TOKENS padded tokens, or where padding would waste
   * more than 15% of it. On onnxruntime-web a padded batch is not bit-exact (its kernels sum in
   * another order), so there a batch holds texts of one length only.
   */
  private async compute(texts: readonly string[]): Promise<Float32Array[]> {
    const ids = texts.map((t) => this.tokenizer.encode(t));
    const out = new Array<Float32Array>(texts.length);
    for (const { rows, length } of lengthBatches(ids.map((x) => x.length), this.padded)) {
      const vectors = await this.run(rows.map((i) => ids[i]), length);
      rows.forEach((i, k) => (out[i] = vectors[k]));
    }
    return out;
  }

  private async run(batch: number[][], length: number): Promise<Float32Array[]> {
    const n = batch.length;
    const hidden = await hiddenStates(this.ort, this.session, batch.map((ids) => ({ ids })), length, 'sentence encoder');
    const data = hidden.data as Float32Array;
    const vectors: Float32Array[] = [];
    for (let r = 0; r < n; r++) {
      // Mean over the text's tokens ([CLS] and [SEP] included, as sentence-transformers' pooling
      // does; the padding after them left out), in float64.
      const sum = new Float64Array(DIMENSIONS);
      for (let c = 0; c < batch[r].length; c++) {
        const base = (r * length + c) * DIMENSIONS;
        for (let d = 0; d < DIMENSIONS; d++) sum[d] += data[base + d];
      }
      let norm = 0;
      for (let d = 0; d < DIMENSIONS; d++) norm += sum[d] * sum[d];
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      const v = new Float32Array(DIMENSIONS);
      for (let d = 0; d < DIMENSIONS; d++) v[d] = sum[d] * scale;
      vectors.push(v);
    }
    hidden.dispose?.();
    return vectors;
  }
}
