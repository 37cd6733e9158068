/**
 * The host's paraphrase cross-encoder: all-MiniLM-L6-v2 with trained low-rank adapters
 * (models/minilm/cross.onnx, built by scripts/fetch-model.mjs from the shipped encoder and the
 * committed adapter; scripts/train-cross-encoder.py) reads two sentences together — [CLS] a [SEP] b
 * [SEP] — and a linear head over the mean of its token states (cross-head.json) gives the
 * probability that b says what a says. It sees both sentences at once, so it weighs what one adds or
 * leaves out where two sentence vectors only compare topics.
 *
 * Same runtimes as the sentence encoder (onnxruntime-node, else onnxruntime-web), same guarantees:
 * nothing touches the network, a pair's probability does not depend on what it is batched with on
 * onnxruntime-node (padding is masked; on onnxruntime-web a batch holds pairs of one length only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Ort from 'onnxruntime-common';
import { pairsToJudge, type ArticleInput, type CompareOptions, type MeaningVectors } from '../engine';
import { WordPiece } from '../engine/similarity/wordpiece';
import { judgedPairs } from './judged-pairs';
import { defaultModelDir, DIMENSIONS, hiddenStates, lengthBatches, onFirstRuntime, RUNTIMES, type EncoderOptions, type OrtModule, type RuntimeName } from './encoder';

export const CROSS_MODEL_NAME = 'all-MiniLM-L6-v2 paraphrase cross-encoder (int8, trained on MSRP train)';

interface Head {
  weight: Float64Array;
  bias: number;
}

export interface PairJudgeLoad {
  judge: PairJudge | null;
  runtime: RuntimeName | 'none';
  failures: { runtime: RuntimeName; error: string }[];
}

/** One line for `--help` and warnings: which cross-encoder runs, or why none does. */
export function describePairJudge(load: PairJudgeLoad): string {
  if (load.judge) return `cross-encoder: ${load.judge.name}`;
  const why = load.failures.map((f) => `${f.runtime}: ${f.error}`).join('; ');
  return `cross-encoder: none${why ? ` — ${why}` : ''}`;
}

/** Reads cross-head.json: 384 weights and a bias, all finite. */
export function readHead(text: string): Head {
  const raw = JSON.parse(text) as { weight?: unknown; bias?: unknown };
  if (!Array.isArray(raw.weight) || raw.weight.length !== DIMENSIONS || !raw.weight.every((x) => typeof x === 'number' && Number.isFinite(x)) || typeof raw.bias !== 'number' || !Number.isFinite(raw.bias)) {
    throw new Error(`cross-head.json: expected ${DIMENSIONS} weights and a bias`);
  }
  return { weight: Float64Array.from(raw.weight as number[]), bias: raw.bias };
}

/** Loads the cross-encoder with the first runtime that can run it; never throws. */
export async function loadPairJudge(options: EncoderOptions = {}): Promise<PairJudgeLoad> {
  const dir = options.modelDir ?? defaultModelDir();
  const runtimes = options.runtimes ?? RUNTIMES;
  const files = dir ? ['cross.onnx', 'cross-head.json', 'vocab.txt'].map((f) => join(dir, f)) : [];
  if (!dir || !files.every((f) => existsSync(f))) {
    const error = `no cross-encoder files${dir ? ` in ${dir}` : ''} (run node scripts/fetch-model.mjs)`;
    return { judge: null, runtime: 'none', failures: runtimes.map((runtime) => ({ runtime, error })) };
  }
  let tokenizer: WordPiece;
  let model: Uint8Array;
  let head: Head;
  try {
    tokenizer = WordPiece.fromVocabText(readFileSync(files[2], 'utf8'));
    head = readHead(readFileSync(files[1], 'utf8'));
    model = readFileSync(files[0]);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { judge: null, runtime: 'none', failures: runtimes.map((runtime) => ({ runtime, error })) };
  }
  const found = await onFirstRuntime(runtimes, model, options.threads ?? 2, async (ort, session, runtime) => {
    const judge = new PairJudge(ort, session, tokenizer, head, runtime, options.cacheSize ?? 50_000);
    await judge.probabilities([['Source Compare', 'Source Compare']]);
    judge.clearCache();
    return judge;
  });
  return { judge: found.value, runtime: found.runtime, failures: found.failures };
}

const pairKey = (a: string, b: string): string => `${a.length}:${a}\u0000${b}`;

export class PairJudge {
  readonly name: string;
  private readonly cache = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly padded: boolean;

  constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
    private readonly tokenizer: WordPiece,
    private readonly head: Head,
    readonly runtime: RuntimeName,
    private readonly cacheSize: number,
  ) {
    this.name = `${CROSS_MODEL_NAME} on ${runtime}`;
    this.padded = runtime === 'onnxruntime-node';
  }

  clearCache(): void {
    this.cache.clear();
  }

  /** The probability that b says what a says, for each pair in order (one inference at a time). */
  probabilities(pairs: readonly (readonly [string, string])[]): Promise<number[]> {
    const run = this.queue.then(() => this.now(pairs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async now(pairs: readonly (readonly [string, string])[]): Promise<number[]> {
    const keys = pairs.map(([a, b]) => pairKey(a, b));
    const missing: number[] = [];
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (!this.cache.has(k) && !seen.has(k)) {
        seen.add(k);
        missing.push(i);
      }
    });
    if (missing.length > 0) {
      const fresh = await this.compute(missing.map((i) => pairs[i]));
      missing.forEach((i, k) => this.cache.set(keys[i], fresh[k]));
      for (const oldest of this.cache.keys()) {
        if (this.cache.size <= this.cacheSize) break;
        this.cache.delete(oldest);
      }
    }
    return keys.map((k) => this.cache.get(k) as number);
  }

  private async compute(pairs: readonly (readonly [string, string])[]): Promise<number[]> {
    const enc = pairs.map(([a, b]) => this.tokenizer.encodePair(a, b));
    const out = new Array<number>(pairs.length);
    for (const { rows, length } of lengthBatches(enc.map((e) => e.ids.length), this.padded)) {
      const ps = await this.run(rows.map((i) => enc[i]), length);
      rows.forEach((i, k) => (out[i] = ps[k]));
    }
    return out;
  }

  private async run(batch: readonly { ids: number[]; types: number[] }[], length: number): Promise<number[]> {
    const n = batch.length;
    const hidden = await hiddenStates(this.ort, this.session, batch, length, 'cross-encoder');
    const data = hidden.data as Float32Array;
    const out: number[] = [];
    for (let r = 0; r < n; r++) {
      // the head over the mean of the pair's token states (padding left out), in float64
      const count = batch[r].ids.length;
      let logit = 0;
      for (let c = 0; c < count; c++) {
        const base = (r * length + c) * DIMENSIONS;
        for (let d = 0; d < DIMENSIONS; d++) logit += data[base + d] * this.head.weight[d];
      }
      logit = logit / count + this.head.bias;
      out.push(1 / (1 + Math.exp(-logit)));
    }
    hidden.dispose?.();
    return out;
  }
}

/**
 * The sentence vectors `options.meaning` with the cross-encoder's answers to what compare() asks of
 * it for `articles` (the engine's pairsToJudge: claims said inside longer claims). Hand compare()
 * the same options, context included, with the vectors this returns.
 */
export async function comparisonJudgements(judge: PairJudge, articles: readonly ArticleInput[], options: CompareOptions & { meaning: MeaningVectors }): Promise<MeaningVectors> {
  const meaning = options.meaning;
  const pairs = pairsToJudge(articles, options);
  const pairProbability = judgedPairs(pairs, await judge.probabilities(pairs));
  return {
    name: `${meaning.name}; parts of longer claims read by the ${CROSS_MODEL_NAME.replace(/^all-MiniLM-L6-v2 /, '')}`,
    vectorOf: (t) => meaning.vectorOf(t),
    pairProbability,
  };
}
