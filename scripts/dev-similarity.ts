/**
 * Development figures for the similarity module (development sets, see ../shared/data/README.md):
 *   npx tsx scripts/dev-similarity.ts [--data ../shared/data/pairs]
 * MSRP train accuracy/F1 at MATCH_THRESHOLD, STS-B dev Spearman, SummaC balanced accuracy
 * (score = min over summary sentences of max over article sentences of support), speed, load time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureEngineTables } from '../src/host/tables';
import { pearson, spearman } from './stats';

ensureEngineTables(); // data/vectors.bin, data/lexicon.json into the engine

const args = process.argv.slice(2);
const DATA = args.includes('--data') ? args[args.indexOf('--data') + 1] : join(__dirname, '..', '..', 'shared', 'data', 'pairs');
interface Pair { id: string; a: string; b: string; gold: number }
const read = (f: string): Pair[] => readFileSync(join(DATA, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Pair);

function balAcc(scores: number[], labels: number[], t: number): number {
  let tp = 0; let tn = 0; let p = 0; let n = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i]) { p++; if (scores[i] >= t) tp++; } else { n++; if (scores[i] < t) tn++; }
  }
  return ((p ? tp / p : 0) + (n ? tn / n : 0)) / 2;
}
function bestBal(scores: number[], labels: number[]): { t: number; ba: number } {
  let best = { t: 0, ba: 0 };
  for (const t of [...new Set(scores)].sort((a, b) => a - b)) { const ba = balAcc(scores, labels, t); if (ba > best.ba) best = { t, ba }; }
  return best;
}
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (const s of line.split(/(?<=[.!?]['"\u2019\u201d]?)\s+/)) if (s.trim().length > 1) out.push(s.trim());
  }
  return out;
}

async function main() {
  const tl = Date.now();
  const sim = await import('../src/engine/similarity/index');
  const tImport = Date.now() - tl;
  const tf = Date.now();
  sim.prepare('warm up the table');
  const tDecode = Date.now() - tf;
  console.log(`load: import ${tImport} ms, first prepare (table decode) ${tDecode} ms; MATCH_THRESHOLD ${sim.MATCH_THRESHOLD}`);
  const T = sim.MATCH_THRESHOLD;

  const msrp = read('msrp-train.jsonl');
  let tp = 0; let fp = 0; let fn = 0; let ok = 0;
  for (const p of msrp) {
    const s = sim.similarity(sim.prepare(p.a), sim.prepare(p.b));
    const y = s >= T ? 1 : 0;
    if (y === p.gold) ok++;
    if (y && p.gold) tp++; else if (y) fp++; else if (p.gold) fn++;
  }
  console.log(`MSRP train: accuracy ${(ok / msrp.length).toFixed(4)}, F1 ${(2 * tp / (2 * tp + fp + fn)).toFixed(4)} (trained on; see train --cv)`);

  for (const f of ['stsb-train.jsonl', 'stsb-dev.jsonl']) {
    const sts = read(f);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const sc = sts.map((p) => sim.similarity(sim.prepare(p.a), sim.prepare(p.b)));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`${f}: Spearman ${spearman(sc, sts.map((p) => p.gold)).toFixed(4)}, Pearson ${pearson(sc, sts.map((p) => p.gold)).toFixed(4)}; ` +
      `${(sts.length / (ms / 1000)).toFixed(0)} pairs/s wall, ${(sts.length / (cpuMs / 1000)).toFixed(0)} pairs per CPU-second (prepare both + similarity)`);
    if (f === 'stsb-dev.jsonl') {
      const g = new Map<string, [number[], number[]]>();
      sts.forEach((p, i) => { const k = (p as unknown as { genre: string }).genre; if (!g.has(k)) g.set(k, [[], []]); g.get(k)![0].push(sc[i]); g.get(k)![1].push(p.gold); });
      for (const [k, [x, y]] of g) console.log(`  ${k}: Spearman ${spearman(x, y).toFixed(4)} (${x.length})`);
    }
  }

  const summ: Record<string, { scores: number[]; labels: number[] }> = {};
  for (const f of ['summac-polytope.jsonl', 'summac-summeval.jsonl']) {
    const set = read(f);
    const t0 = Date.now();
    const scores = set.map((p) => {
      const art = sentences(p.a).map((s) => sim.prepare(s));
      const sum = sentences(p.b).map((s) => sim.prepare(s));
      let mn = 1;
      for (const c of sum) {
        let mx = 0;
        for (const s of art) { const v = sim.support(s, c); if (v > mx) mx = v; }
        mn = Math.min(mn, mx);
      }
      return mn;
    });
    const labels = set.map((p) => p.gold);
    summ[f] = { scores, labels };
    const b = bestBal(scores, labels);
    console.log(`${f}: balanced accuracy ${balAcc(scores, labels, T).toFixed(4)} at MATCH_THRESHOLD; oracle ${b.ba.toFixed(4)} at ${b.t.toFixed(3)} (${Date.now() - t0} ms)`);
  }
  const [p, s] = [summ['summac-polytope.jsonl'], summ['summac-summeval.jsonl']];
  const tp2 = bestBal(p.scores, p.labels).t; const ts2 = bestBal(s.scores, s.labels).t;
  console.log(`SummaC cross-set thresholds: polytope at summeval's best ${balAcc(p.scores, p.labels, ts2).toFixed(4)}; summeval at polytope's best ${balAcc(s.scores, s.labels, tp2).toFixed(4)}`);
}
void main();
