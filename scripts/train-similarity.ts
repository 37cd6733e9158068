/**
 * Fits the similarity and support models on /work/shared/data/pairs/{stsb-train,msrp-train}.jsonl
 * and writes src/engine/similarity/data/model.generated.ts (deterministic: same data → same file).
 *
 *   npx tsx scripts/train-similarity.ts [--data ../shared/data/pairs] [--cv]
 *
 * Similarity head: MLP (one tanh hidden layer of HIDDEN units, sigmoid output) on the symmetric pair
 * features, trained full-batch with Adam on soft targets: STS-B gold/5; MSRP paraphrase → T1,
 * non-paraphrase → T0 (MSRP negatives are mostly related sentences). MATCH_THRESHOLD is the
 * threshold that maximises MSRP training accuracy. --cv first reports 5-fold cross-validated MSRP
 * accuracy (model and threshold fitted on STS-B train + 4/5 of MSRP, scored on the held-out fifth);
 * with NOWRITE=1 it stops there.
 * Support head: same MLP on directional features (how much of b is said by a, both directions of
 * every pair) with targets target^SUP_GAMMA (support needs all of the claim said, so partial
 * similarity counts less), plus synthetic unsupported claims (AUG_TARGET): a paraphrase with one
 * content word swapped for one from another pair, or with a clause of another sentence appended.
 * ONLY=sup refits the support head alone and keeps the committed similarity head.
 * Settings (env): T1 0.9, T0 0.3, HIDDEN 16, EPOCHS 600, L2 1e-4, SUP_GAMMA 1, AUG_TARGET 0.3.
 * STS-B dev and the SummaC sets are never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairFeatures, prepareText, supportFeatures } from '../src/engine/similarity/features';
import { mlp, type MlpWeights } from '../src/engine/similarity/model';
import { SimilarityScratch } from '../src/engine/similarity/scratch';
import { ensureEngineTables } from '../src/host/tables';

ensureEngineTables(); // data/vectors.bin, data/lexicon.json into the engine

/** One working memory for the whole run (the engine's comparisons each own one; see context.ts). */
const scratch = new SimilarityScratch();

const args = process.argv.slice(2);
const DATA = args.includes('--data') ? args[args.indexOf('--data') + 1] : join(__dirname, '..', '..', 'shared', 'data', 'pairs');
const T1 = Number(process.env.T1 ?? 0.9);
const T0 = Number(process.env.T0 ?? 0.3);
const HIDDEN = Number(process.env.HIDDEN ?? 16);
const EPOCHS = Number(process.env.EPOCHS ?? 600);
const AUG_TARGET = Number(process.env.AUG_TARGET ?? 0.3);
const SUP_GAMMA = Number(process.env.SUP_GAMMA ?? 1);
const L2 = Number(process.env.L2 ?? 1e-4);

export interface Pair { id: string; a: string; b: string; gold: number }
export function readJsonl(file: string): Pair[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Pair);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

export function trainMlp(X: number[][], y: number[], sw: number[], hidden = HIDDEN, epochs = EPOCHS, seed = 7): MlpWeights {
  const n = X.length;
  const F = X[0].length;
  const mean = new Array<number>(F).fill(0);
  const std = new Array<number>(F).fill(0);
  for (const x of X) for (let k = 0; k < F; k++) mean[k] += x[k] / n;
  for (const x of X) for (let k = 0; k < F; k++) std[k] += (x[k] - mean[k]) ** 2 / n;
  for (let k = 0; k < F; k++) std[k] = Math.sqrt(std[k]) || 1;
  const Z = new Float64Array(n * F);
  for (let i = 0; i < n; i++) for (let k = 0; k < F; k++) Z[i * F + k] = (X[i][k] - mean[k]) / std[k];
  const r = rng(seed);
  // parameter vector: w1 (hidden*F) | b1 (hidden) | w2 (hidden) | b2 (1)
  const P = hidden * F + 2 * hidden + 1;
  const th = new Float64Array(P);
  for (let q = 0; q < hidden * F; q++) th[q] = ((r() - 0.5) * 2) / Math.sqrt(F);
  for (let h = 0; h < hidden; h++) th[hidden * F + hidden + h] = ((r() - 0.5) * 2) / Math.sqrt(hidden);
  const oB1 = hidden * F; const oW2 = oB1 + hidden; const oB2 = oW2 + hidden;
  const m = new Float64Array(P); const v = new Float64Array(P); const g = new Float64Array(P);
  const lr = 0.01; const be1 = 0.9; const be2 = 0.999; const eps = 1e-8;
  const swSum = sw.reduce((s, x) => s + x, 0);
  const hid = new Float64Array(hidden);
  for (let ep = 1; ep <= epochs; ep++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const zo = i * F;
      let o = th[oB2];
      for (let h = 0; h < hidden; h++) {
        let s = th[oB1 + h];
        const wo = h * F;
        for (let k = 0; k < F; k++) s += th[wo + k] * Z[zo + k];
        hid[h] = Math.tanh(s);
        o += th[oW2 + h] * hid[h];
      }
      const p = 1 / (1 + Math.exp(-o));
      const d = ((p - y[i]) * sw[i]) / swSum; // d(cross-entropy)/d(logit)
      g[oB2] += d;
      for (let h = 0; h < hidden; h++) {
        g[oW2 + h] += d * hid[h];
        const dh = d * th[oW2 + h] * (1 - hid[h] * hid[h]);
        g[oB1 + h] += dh;
        const wo = h * F;
        for (let k = 0; k < F; k++) g[wo + k] += dh * Z[zo + k];
      }
    }
    const c1 = 1 - be1 ** ep; const c2 = 1 - be2 ** ep;
    for (let q = 0; q < P; q++) {
      const gq = g[q] + (q < oB1 || (q >= oW2 && q < oB2) ? L2 * th[q] : 0);
      m[q] = be1 * m[q] + (1 - be1) * gq;
      v[q] = be2 * v[q] + (1 - be2) * gq * gq;
      th[q] -= (lr * m[q] / c1) / (Math.sqrt(v[q] / c2) + eps);
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const w1: number[][] = [];
  for (let h = 0; h < hidden; h++) w1.push(Array.from(th.subarray(h * F, h * F + F), round));
  return {
    mean: mean.map(round), std: std.map(round), w1,
    b1: Array.from(th.subarray(oB1, oB1 + hidden), round), w2: Array.from(th.subarray(oW2, oW2 + hidden), round), b2: round(th[oB2]),
  };
}

export function bestThreshold(scores: number[], labels: number[]): { t: number; acc: number } {
  const idx = scores.map((s, i) => i).sort((i, j) => scores[i] - scores[j]);
  let pos = labels.reduce((s, v) => s + v, 0);
  // threshold below everything: all predicted 1
  let correct = pos;
  let best = { t: 0, acc: correct / labels.length };
  for (let r = 0; r < idx.length; r++) {
    const i = idx[r];
    correct += labels[i] ? -1 : 1; // i now predicted 0
    const next = r + 1 < idx.length ? scores[idx[r + 1]] : 1;
    if (next === scores[i]) continue;
    const t = (scores[i] + next) / 2;
    if (correct / labels.length > best.acc) best = { t, acc: correct / labels.length };
  }
  void pos;
  return best;
}

function main() {
  const t0 = Date.now();
  const sts = readJsonl(join(DATA, 'stsb-train.jsonl'));
  const msrp = readJsonl(join(DATA, 'msrp-train.jsonl'));
  const simX: number[][] = []; const simY: number[] = []; const simW: number[] = [];
  const supX: number[][] = []; const supY: number[] = []; const supW: number[] = [];
  const msrpIdx: number[] = [];
  const add = (a: string, b: string, target: number, weight: number, isMsrp: boolean) => {
    const pa = prepareText(a, undefined, scratch); const pb = prepareText(b, undefined, scratch);
    if (isMsrp) msrpIdx.push(simX.length);
    simX.push(pairFeatures(pa, pb)); simY.push(target); simW.push(weight);
    // Support needs all of the claim said: partial similarity counts for less (target^SUP_GAMMA).
    const st = target ** SUP_GAMMA;
    supX.push(supportFeatures(pa, pb)); supY.push(st); supW.push(weight);
    supX.push(supportFeatures(pb, pa)); supY.push(st); supW.push(weight);
  };
  for (const p of sts) add(p.a, p.b, p.gold / 5, 1, false);
  for (const p of msrp) add(p.a, p.b, p.gold ? T1 : T0, 1, true);
  // Support head only: synthetic claims that say one thing the source does not (one content word of a
  // paraphrase swapped for a content word of another pair, the way a summary gets a fact wrong).
  const r = rng(11);
  const pool = [...sts, ...msrp];
  const paraphrases = [...sts.filter((p) => p.gold >= 4), ...msrp.filter((p) => p.gold === 1)];
  for (const p of paraphrases) {
    const words = p.b.split(' ');
    const idx = words.map((w, i) => i).filter((i) => /^[A-Za-z]{4,}$/.test(words[i]));
    if (!idx.length) continue;
    const other = pool[Math.floor(r() * pool.length)].b.split(' ').filter((w) => /^[A-Za-z]{4,}$/.test(w));
    if (!other.length) continue;
    const i = idx[Math.floor(r() * idx.length)];
    const repl = other[Math.floor(r() * other.length)];
    if (repl.toLowerCase() === words[i].toLowerCase() || p.a.toLowerCase().includes(repl.toLowerCase())) continue;
    words[i] = repl;
    supX.push(supportFeatures(prepareText(p.a, undefined, scratch), prepareText(words.join(' '), undefined, scratch))); supY.push(AUG_TARGET); supW.push(1);
    // ... and claims that add a clause the source does not have (a summary fusing in something unsaid).
    const donor = pool[Math.floor(r() * pool.length)].a.replace(/[.!?]+\s*$/, '').split(' ');
    if (donor.length >= 4) {
      const k = Math.min(donor.length, 4 + Math.floor(r() * 6));
      const start = Math.floor(r() * (donor.length - k + 1));
      const clause = donor.slice(start, start + k).join(' ');
      if (!p.a.includes(clause)) {
        const claim = `${p.b.replace(/[.!?]+\s*$/, '')} ${r() < 0.5 ? 'and' : 'after'} ${clause}.`;
        supX.push(supportFeatures(prepareText(p.a, undefined, scratch), prepareText(claim, undefined, scratch))); supY.push(AUG_TARGET); supW.push(1);
      }
    }
  }
  console.error(`features: ${simX.length} pairs in ${Date.now() - t0} ms`);
  const msrpLabels = msrp.map((p) => p.gold);

  if (args.includes('--cv')) {
    let correct = 0;
    const K = 5;
    for (let f = 0; f < K; f++) {
      const trainRows: number[] = []; const testM: number[] = [];
      for (let i = 0; i < simX.length; i++) {
        const mi = i - sts.length;
        if (mi >= 0 && mi % K === f) testM.push(mi); else trainRows.push(i);
      }
      const m = trainMlp(trainRows.map((i) => simX[i]), trainRows.map((i) => simY[i]), trainRows.map((i) => simW[i]));
      const trM = trainRows.filter((i) => i >= sts.length);
      const th = bestThreshold(trM.map((i) => mlp(m, simX[i], scratch)), trM.map((i) => msrpLabels[i - sts.length])).t;
      for (const mi of testM) if ((mlp(m, simX[sts.length + mi], scratch) >= th ? 1 : 0) === msrpLabels[mi]) correct++;
      console.error(`fold ${f}: threshold ${th.toFixed(3)}`);
    }
    console.log(`MSRP 5-fold CV accuracy: ${(correct / msrp.length).toFixed(4)} (T1 ${T1}, T0 ${T0}, hidden ${HIDDEN}, epochs ${EPOCHS}, L2 ${L2})`);
    if (process.env.NOWRITE) return;
  }

  if (process.env.ONLY === 'sup') {
    // experiment mode: keep the committed similarity head and threshold, refit the support head only
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { MODEL } = require('../src/engine/similarity/data/model.generated') as typeof import('../src/engine/similarity/data/model.generated');
    const sup = trainMlp(supX, supY, supW);
    writeModel(MODEL.threshold, MODEL.sim, sup);
    return;
  }
  const sim = trainMlp(simX, simY, simW);
  const sup = trainMlp(supX, supY, supW);
  const th = bestThreshold(msrpIdx.map((i) => mlp(sim, simX[i], scratch)), msrpLabels);
  console.log(`MSRP train accuracy ${th.acc.toFixed(4)} at threshold ${th.t.toFixed(4)} (${Date.now() - t0} ms)`);
  writeModel(Math.round(th.t * 1e4) / 1e4, sim, sup);
}

function writeModel(threshold: number, sim: MlpWeights, sup: MlpWeights) {
  const out = `// GENERATED by scripts/train-similarity.ts from stsb-train.jsonl + msrp-train.jsonl — do not edit.\n` +
    `// MLP ${sim.w1[0].length}→${sim.w1.length}→1 (similarity) and ${sup.w1[0].length}→${sup.w1.length}→1 (support); targets STS-B gold/5, MSRP ${T1}/${T0}.\n` +
    `import type { MlpWeights } from '../model';\n` +
    `export const MODEL: { threshold: number; sim: MlpWeights; sup: MlpWeights } = ${JSON.stringify({ threshold, sim, sup })};\n`;
  writeFileSync(join(__dirname, '..', 'src', 'engine', 'similarity', 'data', 'model.generated.ts'), out);
}

if (require.main === module) main();
