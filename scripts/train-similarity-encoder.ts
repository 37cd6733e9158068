/**
 * The similarity head for when a sentence encoder is present: the lexical pair features of
 * src/engine/similarity/features.ts plus the encoder's cosine, fitted exactly as
 * scripts/train-similarity.ts fits the lexical head (same MLP, targets, settings), on the shared
 * train sets only (stsb-train, msrp-train). Writes src/engine/similarity/data/model-encoder.generated.ts
 * (deterministic: same data and model → same file); the lexical head is left as it is.
 *
 *   npx tsx scripts/train-similarity-encoder.ts [--data ../shared/data/pairs] [--runtime onnxruntime-web]
 *
 * Prints, with the real model (models/minilm/, scripts/fetch-model.mjs):
 *   - cosine alone: STS-B dev Spearman; MSRP train accuracy at its best threshold, and 5-fold CV
 *     (threshold chosen on four fifths, scored on the fifth);
 *   - the head: MSRP 5-fold CV label accuracy (head and threshold fitted on STS-B train + four
 *     fifths of MSRP train), STS-B dev Spearman of the head fitted on both train sets;
 *   - encoder speed: load ms, sentences/s over every distinct sentence (batched as the host does).
 * STS-B dev is only scored, never fitted. Embeddings are cached in .cache/encoder-embeddings/
 * (keyed by the model file's sha256) so a re-run only refits; NOCACHE=1 embeds afresh. NOWRITE=1
 * prints the figures without writing the file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairFeatures, prepareText } from '../src/engine/similarity/features';
import { mlp, type MlpWeights } from '../src/engine/similarity/model';
import { SimilarityScratch } from '../src/engine/similarity/scratch';
import { cosine } from '../src/engine/ports';
import { MODEL_NAME, defaultModelDir, describeLoad, loadSentenceEncoder, type RuntimeName } from '../src/host/encoder';
import { bestThreshold, readJsonl, trainMlp, type Pair } from './train-similarity';
import { ensureEngineTables } from '../src/host/tables';
import { spearman } from './stats';

ensureEngineTables(); // data/vectors.bin, data/lexicon.json into the engine
/** One working memory for the whole run. */
const scratch = new SimilarityScratch();

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DATA = arg('--data') ?? join(__dirname, '..', '..', 'shared', 'data', 'pairs');
const RUNTIME = (arg('--runtime') ?? 'onnxruntime-node') as RuntimeName;
const T1 = Number(process.env.T1 ?? 0.9);
const T0 = Number(process.env.T0 ?? 0.3);
const K = 5;


/** Vectors of every text, from the cache file when it was written for the same model file. */
async function embedAll(texts: string[]): Promise<{ vectors: Map<string, Float32Array>; note: string }> {
  const dir = defaultModelDir();
  if (!dir) throw new Error('models/minilm is missing: run node scripts/fetch-model.mjs');
  const modelSha = createHash('sha256').update(readFileSync(join(dir, 'model.onnx'))).digest('hex').slice(0, 16);
  const cacheDir = join(__dirname, '..', '.cache', 'encoder-embeddings');
  const textsFile = join(cacheDir, `${modelSha}.texts.json`);
  const vecFile = join(cacheDir, `${modelSha}.f32`);
  const vectors = new Map<string, Float32Array>();
  if (!process.env.NOCACHE && existsSync(textsFile) && existsSync(vecFile)) {
    const cached = JSON.parse(readFileSync(textsFile, 'utf8')) as string[];
    const raw = readFileSync(vecFile);
    const all = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    cached.forEach((t, i) => vectors.set(t, all.slice(i * 384, i * 384 + 384)));
  }
  const missing = texts.filter((t) => !vectors.has(t));
  let note = `${texts.length} sentences from the cache (${modelSha})`;
  if (missing.length > 0) {
    const load = await loadSentenceEncoder({ runtimes: [RUNTIME] });
    if (!load.encoder) throw new Error(describeLoad(load));
    const started = performance.now();
    const out = await load.encoder.embed(missing);
    const ms = performance.now() - started;
    missing.forEach((t, i) => vectors.set(t, out[i]));
    note = `${describeLoad(load)}; embedded ${missing.length} sentences in ${(ms / 1000).toFixed(1)} s = ${(missing.length / (ms / 1000)).toFixed(0)} sentences/s`;
    mkdirSync(cacheDir, { recursive: true });
    const keys = [...vectors.keys()];
    const all = new Float32Array(keys.length * 384);
    keys.forEach((t, i) => all.set(vectors.get(t) as Float32Array, i * 384));
    writeFileSync(textsFile, JSON.stringify(keys));
    writeFileSync(vecFile, Buffer.from(all.buffer));
  }
  return { vectors, note };
}

/** MSRP accuracy of `scores` with the threshold chosen on the other folds (row i is in fold i % K). */
function cvThresholdAccuracy(scores: number[], labels: number[]): number {
  let correct = 0;
  for (let f = 0; f < K; f++) {
    const tr = scores.map((_, i) => i).filter((i) => i % K !== f);
    const t = bestThreshold(tr.map((i) => scores[i]), tr.map((i) => labels[i])).t;
    for (let i = f; i < scores.length; i += K) if ((scores[i] >= t ? 1 : 0) === labels[i]) correct++;
  }
  return correct / scores.length;
}

async function main() {
  const t0 = Date.now();
  const sts = readJsonl(join(DATA, 'stsb-train.jsonl'));
  const msrp = readJsonl(join(DATA, 'msrp-train.jsonl'));
  const dev = readJsonl(join(DATA, 'stsb-dev.jsonl'));
  const texts = [...new Set([...sts, ...msrp, ...dev].flatMap((p) => [p.a, p.b]))];
  const { vectors, note } = await embedAll(texts);
  console.log(`encoder: ${note}`);
  const cos = (p: Pair) => cosine(vectors.get(p.a) as Float32Array, vectors.get(p.b) as Float32Array);

  const msrpLabels = msrp.map((p) => p.gold);
  const msrpCos = msrp.map(cos);
  const alone = bestThreshold(msrpCos, msrpLabels);
  console.log(`cosine alone: STS-B dev Spearman ${spearman(dev.map(cos), dev.map((p) => p.gold)).toFixed(4)}; ` +
    `STS-B train ${spearman(sts.map(cos), sts.map((p) => p.gold)).toFixed(4)}; ` +
    `MSRP train accuracy ${alone.acc.toFixed(4)} at ${alone.t.toFixed(3)}, 5-fold CV ${cvThresholdAccuracy(msrpCos, msrpLabels).toFixed(4)}`);

  // Lexical features + cosine, the rows in the lexical script's order: STS-B train, then MSRP train.
  const row = (p: Pair) => [...pairFeatures(prepareText(p.a, undefined, scratch), prepareText(p.b, undefined, scratch), scratch), cos(p)];
  const X = [...sts.map(row), ...msrp.map(row)];
  const y = [...sts.map((p) => p.gold / 5), ...msrp.map((p) => (p.gold ? T1 : T0))];
  const w = X.map(() => 1);
  const devX = dev.map(row);
  console.log(`features: ${X.length} pairs (${X[0].length} features) in ${Date.now() - t0} ms`);

  let correct = 0;
  for (let f = 0; f < K; f++) {
    const trainRows = X.map((_, i) => i).filter((i) => i < sts.length || (i - sts.length) % K !== f);
    const m = trainMlp(trainRows.map((i) => X[i]), trainRows.map((i) => y[i]), trainRows.map((i) => w[i]));
    const trM = trainRows.filter((i) => i >= sts.length);
    const th = bestThreshold(trM.map((i) => mlp(m, X[i], scratch)), trM.map((i) => msrpLabels[i - sts.length])).t;
    for (let mi = f; mi < msrp.length; mi += K) if ((mlp(m, X[sts.length + mi], scratch) >= th ? 1 : 0) === msrpLabels[mi]) correct++;
  }
  const cv = correct / msrp.length;
  const sim = trainMlp(X, y, w);
  const th = bestThreshold(msrp.map((_, i) => mlp(sim, X[sts.length + i], scratch)), msrpLabels);
  const devRho = spearman(devX.map((x) => mlp(sim, x, scratch)), dev.map((p) => p.gold));
  console.log(`head (lexical + cosine): MSRP 5-fold CV accuracy ${cv.toFixed(4)}; MSRP train accuracy ${th.acc.toFixed(4)} at ${th.t.toFixed(4)}; STS-B dev Spearman ${devRho.toFixed(4)} (${Date.now() - t0} ms)`);
  if (!process.env.NOWRITE) writeModel(Math.round(th.t * 1e4) / 1e4, sim, { cv, devRho });
}

function writeModel(threshold: number, sim: MlpWeights, figures: { cv: number; devRho: number }) {
  const out = `// GENERATED by scripts/train-similarity-encoder.ts from stsb-train.jsonl + msrp-train.jsonl — do not edit.\n` +
    `// Similarity head for when the sentence encoder runs: MLP ${sim.w1[0].length}→${sim.w1.length}→1 on the lexical pair\n` +
    `// features (features.ts, in their order) followed by the encoder's cosine; targets STS-B gold/5, MSRP ${T1}/${T0}.\n` +
    `// MSRP 5-fold CV accuracy ${figures.cv.toFixed(4)}, STS-B dev Spearman ${figures.devRho.toFixed(4)}.\n` +
    `import type { MlpWeights } from '../model';\n` +
    `export const ENCODER_MODEL: { encoder: string; threshold: number; sim: MlpWeights } = ${JSON.stringify({ encoder: MODEL_NAME, threshold, sim })};\n`;
  writeFileSync(join(__dirname, '..', 'src', 'engine', 'similarity', 'data', 'model-encoder.generated.ts'), out);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
