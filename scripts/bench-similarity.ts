/**
 * Speed of the similarity module: `npx tsx scripts/bench-similarity.ts [--runs N] [--median] [--json]`.
 * Prints the best (or with --median the median) of repeated warm runs on the seed pair (../shared/samples/000_*, 002_*):
 *   - prepare: µs per claim;
 *   - similarity: µs per claim pair (all pairs of the two articles' claims);
 *   - support: µs per (source, claim) pair, both directions;
 *   - long claims (~2,000 characters, sentences of both articles glued together): prepare µs per
 *     claim and similarity µs per pair;
 *   - compare() of the seed pair: ms per call.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compare } from '../src/engine';
import { parseArticle } from '../src/engine/text/parse';
import { segmentClaims } from '../src/engine/text/segment';
import * as sim from '../src/engine/similarity';
import { ensureEngineTables } from '../src/host/tables';

ensureEngineTables(); // data/vectors.bin, data/lexicon.json into the engine

const argv = process.argv.slice(2);
const RUNS = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 15;
const JSON_OUT = argv.includes('--json');
const SHARED = process.env.SOURCE_COMPARE_SHARED ? resolve(process.env.SOURCE_COMPARE_SHARED) : resolve(__dirname, '..', '..', 'shared');
const SAMPLES = join(SHARED, 'samples');
const SEEDS = ['000_bacd9c61c45bf323.txt', '002_d019ff9e3bed58ae.txt'];

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Time of `f()` in ms after 3 warm-up calls: the minimum over RUNS (robust when other processes share
 * the CPU), or the median with --median.
 */
const MEDIAN = argv.includes('--median');
function time(f: () => void, runs = RUNS): number {
  for (let i = 0; i < 3; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return MEDIAN ? median(t) : Math.min(...t);
}

const texts = SEEDS.map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
const spans = texts.map((t) => segmentClaims(t, parseArticle(t).body));
const claimCount = spans[0].length + spans[1].length;
const prepAll = (): sim.Prepared[][] => texts.map((t, d) => spans[d].map((s) => sim.prepare(t, { start: s.start, end: s.end })));
let prepared = prepAll();
const [A, B] = prepared;
const nPairs = A.length * B.length;

const out: Record<string, number | string> = {};
out.claims = `${A.length}×${B.length}`;

const prepMs = time(() => { prepared = prepAll(); });
out.prepareUsPerClaim = (prepMs * 1000) / claimCount;

let sink = 0;
const simMs = time(() => { for (const a of A) for (const b of B) sink += sim.similarity(a, b); });
out.similarityUsPerPair = (simMs * 1000) / nPairs;

const supMs = time(() => { for (const a of A) for (const b of B) { sink += sim.support(a, b); sink += sim.support(b, a); } });
out.supportUsPerPair = (supMs * 1000) / (2 * nPairs);

// Long claims: ~2,000 characters each, built from the seed articles' own sentences.
const sentences = texts.map((t, d) => spans[d].map((s) => t.slice(s.start, s.end)));
function glue(ss: string[], offset: number): string[] {
  const res: string[] = [];
  let cur = '';
  for (let k = 0; k < ss.length * 2; k++) {
    cur += (cur ? ' ' : '') + ss[(k + offset) % ss.length];
    if (cur.length >= 2000) { res.push(cur.slice(0, 2000)); cur = ''; }
  }
  return res;
}
const longA = glue(sentences[0], 0);
const longB = glue(sentences[1], 3);
let LA = longA.map((s) => sim.prepare(s));
const LB = longB.map((s) => sim.prepare(s));
const longPrepMs = time(() => { LA = longA.map((s) => sim.prepare(s)); });
out.longClaims = `${LA.length}×${LB.length} of ~2000 chars`;
out.longPrepareUsPerClaim = (longPrepMs * 1000) / LA.length;
const longSimMs = time(() => { for (const a of LA) for (const b of LB) sink += sim.similarity(a, b); });
out.longSimilarityUsPerPair = (longSimMs * 1000) / (LA.length * LB.length);
const longSupMs = time(() => { for (const a of LA) for (const b of LB) sink += sim.support(a, b); });
out.longSupportUsPerPair = (longSupMs * 1000) / (LA.length * LB.length);

const inputs = texts.map((text, d) => ({ path: SEEDS[d], text }));
out.compareMs = time(() => { sink += compare(inputs).summary.claims; });

if (sink === -1) console.log('');
if (JSON_OUT) console.log(JSON.stringify(out, null, 2));
else {
  for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(30)} ${typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v}`);
}
