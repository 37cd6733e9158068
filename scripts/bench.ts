/**
 * Performance bench: `npm run bench` (node --expose-gc --import tsx scripts/bench.ts [--json] [--quick] [--seed-only] [--scale-only]
 * [--diff-timeout=SECONDS]). Prints, in one run, medians over repeated warm runs:
 *   1. the engine vs `diff.diffWords` on the seed pair (../shared/samples/000_*, 002_*), in alternating chunks;
 *   2. the same on real inputs ~10× and ~100× larger (BASIL fox vs nyt, then + ECB+ ecb vs
 *      ecbplus), with growth per 10× input (from rounds alternating the three sizes); and a ~110k-words-a-side engine run (child process,
 *      with its peak RSS);
 *   3. cold start of `node dist/cli.js compare` on the seed pair;
 *   4. `pairs` throughput on ../shared/data/pairs/msrp-train.jsonl;
 *   5. peak memory, bundle / .vsix sizes, extension activation time;
 *   7. meaning (issue 10, `--meaning-only` for this alone): the sentence encoder's load time; the seed
 *      pair compared by meaning with the encoder loaded (embedding every claim afresh, then the engine),
 *      its ratio to diffWords on the same pair in this run and the engine's share of it; the same
 *      with every claim's vector already cached (an edit that changes nothing); `pairs --meaning`
 *      throughput on msrp-train.
 *   8. edits (issue 10, `--edit-only` for this alone): the engine re-run after an edit of the ~2,000-word
 *      fixture (test/fixtures/workspace/long-a.txt against long-b.txt) with the context of the run
 *      before (what the extension's worker does), against a fresh comparison of the same texts in
 *      the same rounds; the latency to decorations is measured in the real-VS-Code suite.
 *   6. scale (issue 13): `compare` on 200 one-KB articles (also with --compact) and 400, and on a
 *      10 MB article of short sentences against the seed (CLI, wall time and max RSS; also one where
 *      no two sentences are alike), and name-dense text against news text per KB (engine, 100 KB a
 *      side, alternating rounds). Inputs are generated (test/support/scale.ts), never copied.
 * The engine is timed as it ships: src/engine bundled by esbuild (see loadEngine).
 * Then a compact table with the targets beside each figure. `--json` prints the figures as JSON.
 * Missing data or a missing build prints "skipped (…)" instead of failing. Real text is read at
 * bench time only; nothing is copied into the repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { diffWords } from 'diff';
import type { ArticleInput, CompareOptions, Report } from '../src/engine';
import { nameDenseArticle, newsArticle, shortArticles, shortSentenceArticle } from '../test/support/scale';

// ------------------------------------------------------------------------------------------------
// Options and paths
// ------------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const QUICK = argv.includes('--quick');
/** Only the seed pair (1), for a quick look while working on the engine. */
const SEED_ONLY = argv.includes('--seed-only');
const CHILD_HUGE = argv.includes('--child-huge');
/** Only the scale figures (6). */
const SCALE_ONLY = argv.includes('--scale-only');
const MEANING_ONLY = argv.includes('--meaning-only');
const EDIT_ONLY = argv.includes('--edit-only');
const diffTimeoutArg = argv.find((a) => a.startsWith('--diff-timeout='));
const DIFF_TIMEOUT_MS = (diffTimeoutArg ? Number(diffTimeoutArg.slice('--diff-timeout='.length)) : 30) * 1000;
const RUNS_SMALL = QUICK ? 14 : 35;
/** Untimed warm-up runs before the seed pair's timed ones: per-comparison code runs once per call, so on
 * small inputs the JIT needs about a hundred calls to settle (a long-lived extension host is there). */
const WARM_SMALL = QUICK ? 20 : 100;
const RUNS_MEDIUM = QUICK ? 3 : 7;
const RUNS_HUGE = QUICK ? 1 : 3;
const HUGE_WORDS = 110_000;

const REPO = resolve(__dirname, '..');

/**
 * The engine as it ships: src/engine bundled by esbuild with the options of esbuild.js (production),
 * not the per-module transpilation tsx runs scripts with (its import getters and helpers cost ~15 %).
 */
interface BundledEngine {
  compare: (articles: ArticleInput[], options?: CompareOptions) => Report;
  EngineContext: new () => NonNullable<CompareOptions['context']>;
  textsToEmbed: (articles: ArticleInput[], options?: CompareOptions) => string[];
  pairsToJudge: (articles: ArticleInput[], options: CompareOptions & { meaning: NonNullable<CompareOptions['meaning']> }) => Array<[string, string]>;
  wasmKernelAvailable: () => boolean;
  ensureEngineTables: (dirs: readonly string[]) => void;
}
function loadEngine(): BundledEngine {
  const out = buildSync({
    stdin: {
      contents: "export { compare, EngineContext, pairsToJudge, textsToEmbed } from './src/engine';\nexport { wasmKernelAvailable } from './src/engine/similarity/kernel';\n" +
        "export { ensureEngineTables } from './src/host/tables';\n",
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, write: false, logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'source-compare-bench-'));
  const file = join(dir, 'engine.js');
  writeFileSync(file, out.outputFiles[0]!.contents);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(file) as BundledEngine;
    engine.ensureEngineTables([join(REPO, 'data')]); // the bundle's own copy of the table port
    return engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const { compare, EngineContext, pairsToJudge, textsToEmbed, wasmKernelAvailable } = loadEngine();
const SHARED = process.env.SOURCE_COMPARE_SHARED ? resolve(process.env.SOURCE_COMPARE_SHARED) : resolve(REPO, '..', 'shared');
const SAMPLES = join(SHARED, 'samples');
const DATA = join(SHARED, 'data');
const CLI = join(REPO, 'dist', 'cli.js');
const SKIP_DATA = 'skipped (../shared/data absent)';
const SKIP_SAMPLES = 'skipped (../shared/samples absent)';
const SKIP_CLI = 'skipped (dist/cli.js absent; run npm run build)';

function log(msg: string): void {
  // Progress goes to stderr so `--json` stdout stays clean.
  process.stderr.write(`bench: ${msg}\n`);
}

// ------------------------------------------------------------------------------------------------
// Text helpers
// ------------------------------------------------------------------------------------------------

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** Drops a leading `---` … `---` front-matter block. */
function stripFrontMatter(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return text;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '---') return lines.slice(i + 1).join('\n').replace(/^\s+/, '');
  }
  return text;
}

/** Whitespace-separated word count (linear scan). */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Concatenates texts (as paragraphs) from the pool, in order, until `target` words. */
function fill(pool: readonly string[], target: number, cycle = false): { text: string; words: number; repeated: boolean } {
  const parts: string[] = [];
  let words = 0;
  let repeated = false;
  for (let i = 0; pool.length > 0 && words < target; i++) {
    if (i >= pool.length) {
      if (!cycle) break;
      repeated = true;
    }
    const t = pool[i % pool.length]!;
    parts.push(t.trim());
    words += countWords(t);
  }
  return { text: parts.join('\n\n') + '\n', words, repeated };
}

function basil(outlet: string): string[] {
  const dir = join(DATA, 'basil');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort()
    .map((d) => join(dir, d, `${outlet}.md`))
    .filter((p) => existsSync(p))
    .map((p) => stripFrontMatter(readText(p)));
}

function ecb(sub: 'ecb' | 'ecbplus'): string[] {
  const dir = join(DATA, 'ecb', 'docs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(`${sub}.txt`) && (sub === 'ecbplus' || !f.endsWith('ecbplus.txt')))
    .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))
    .map((f) => readText(join(dir, f)));
}

// ------------------------------------------------------------------------------------------------
// Timing helpers
// ------------------------------------------------------------------------------------------------

let peakRss = process.memoryUsage().rss;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time budget per measurement: slow cases take fewer repetitions (at least one timed run). */
const BUDGET_MS = QUICK ? 10_000 : 30_000;

/**
 * Median ms of up to `runs` timed calls after up to `warm` untimed ones. A call slower than 1 s
 * needs no warm-up (it counts as a sample), and repetitions stop once the budget is spent.
 */
function timeMedian(fn: () => unknown, runs: number, warm = 2): { ms: number; runs: number } {
  const ts: number[] = [];
  const start = performance.now();
  for (let i = 0; i < warm; i++) {
    const t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    sampleRss();
    if (t > 1000) { ts.push(t); break; }
  }
  while (ts.length < runs && (ts.length === 0 || performance.now() - start < BUDGET_MS)) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
    sampleRss();
  }
  return { ms: median(ts), runs: ts.length };
}

interface DiffTiming { ms: number; runs: number; stopped: boolean }

/** diffWords with a timeout: stops at the first run that hits it. */
function timeDiffWords(a: string, b: string, runs: number, warm: number): DiffTiming {
  let stopped = false;
  const t = timeMedian(() => {
    if (stopped) return;
    if (diffWords(a, b, { timeout: DIFF_TIMEOUT_MS }) === undefined) stopped = true;
  }, runs, warm);
  return { ms: t.ms, runs: t.runs, stopped };
}

function pair(a: string, b: string): ArticleInput[] {
  return [{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }];
}

// ------------------------------------------------------------------------------------------------
// Child mode: one ~110k-words-a-side engine run, reporting its own peak RSS.
// ------------------------------------------------------------------------------------------------

function hugeSides(): { a: string; b: string; wordsA: number; wordsB: number; repeated: boolean } | null {
  const poolA = [...basil('fox'), ...basil('hpo'), ...ecb('ecb')];
  const poolB = [...basil('nyt'), ...ecb('ecbplus')];
  if (!poolA.length || !poolB.length) return null;
  const a = fill(poolA, HUGE_WORDS, true);
  const b = fill(poolB, HUGE_WORDS, true);
  return { a: a.text, b: b.text, wordsA: a.words, wordsB: b.words, repeated: a.repeated || b.repeated };
}

if (CHILD_HUGE) {
  const sides = hugeSides();
  if (!sides) {
    process.stdout.write(JSON.stringify({ skipped: SKIP_DATA }) + '\n');
  } else {
    // Warm the engine on a small input first, so the figure is the comparison, not start-up.
    compare(pair('The river rose two metres on Wednesday.', 'The river rose on Wednesday.'));
    const rssBefore = process.resourceUsage().maxRSS;
    const t0 = performance.now();
    const report = compare(pair(sides.a, sides.b));
    const ms = performance.now() - t0;
    process.stdout.write(JSON.stringify({
      ms,
      wordsA: sides.wordsA,
      wordsB: sides.wordsB,
      repeated: sides.repeated,
      claims: report.summary.claims,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      maxRssBeforeMB: rssBefore / 1024,
    }) + '\n');
  }
  process.exit(0);
}

// ------------------------------------------------------------------------------------------------
// Child processes (CLI): wall clock and max RSS.
// ------------------------------------------------------------------------------------------------

const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function spawnTimed(args: string[]): Promise<{ ms: number; code: number | null; stdoutLines: number; stderr: string }> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (b: Buffer) => { for (const x of b) if (x === 10) lines++; });
    child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8'); });
    child.on('close', (code) => done({ ms: performance.now() - t0, code, stdoutLines: lines, stderr: err }));
  });
}

/** Max RSS (MB) of `node args…` via /usr/bin/time -v, or via a resourceUsage() preload. */
function childMaxRssMB(args: string[]): { mb: number | null; how: string } {
  if (TIME_BIN) {
    const r = spawnSync(TIME_BIN, ['-v', process.execPath, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    if (m) return { mb: Number(m[1]) / 1024, how: '/usr/bin/time -v' };
  }
  const probe = "process.on('exit',()=>{process.stderr.write('\\nMAXRSS_KB='+process.resourceUsage().maxRSS+'\\n')})";
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  return { mb: m ? Number(m[1]) / 1024 : null, how: 'process.resourceUsage().maxRSS' };
}

// ------------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------------

interface SizeRun {
  label: string;
  wordsA: number;
  wordsB: number;
  engineMs: number;
  engineRuns: number;
  diffMs: number;
  diffRuns: number;
  diffStopped: boolean;
  ratio: number | null;
}

interface Figures {
  engine: 'stub' | 'real';
  seed: SizeRun | { skipped: string };
  x10: SizeRun | { skipped: string };
  x100: SizeRun | { skipped: string };
  growthPer10x: { engine10: number | null; engine100: number | null; diff10: number | null; diff100: number | null; diff100Stopped: boolean };
  /** Engine medians from growthRounds() and the growth between them (the figures the targets apply to). */
  growthRounds: { seedMs: number; x10Ms: number; x100Ms: number; engine10: number | null; engine100: number | null } | null;
  huge: { ms: number; wordsA: number; wordsB: number; repeated: boolean; maxRssMB: number; claims: number } | { skipped: string };
  coldCli: { medianMs: number; runs: number; maxRssMB: number | null; rssHow: string } | { skipped: string };
  pairs: { pairs: number; seconds: number; perSecond: number; maxRssMB: number | null; errors: string | null } | { skipped: string };
  memory: { benchPeakRssMB: number; benchMaxRssMB: number };
  sizes: { extensionJsBytes: number | null; cliJsBytes: number | null; vsix: Array<{ file: string; bytes: number }> };
  activationMs: number | string;
  scale: ScaleFigures | { skipped: string };
  meaning: MeaningFigures | { skipped: string };
  edit: EditFigures;
}

interface EditFigures { words: number; edits: number; warmMs: number; freshMs: number; ratio: number }

/**
 * Re-runs after an edit of the ~2,000-word fixture: each round inserts a new sentence in the middle
 * of the article (every later claim moves) and compares with the context of the run before, then
 * compares the same texts with a fresh context. Medians of both.
 */
function editFigures(): EditFigures {
  const a = readText(join(REPO, 'test', 'fixtures', 'workspace', 'long-a.txt'));
  const b = readText(join(REPO, 'test', 'fixtures', 'workspace', 'long-b.txt'));
  const middle = a.indexOf('. ', a.length >> 1) + 2;
  const ctx = new EngineContext();
  compare(pair(a, b), { context: ctx }); // the comparison open before the edits
  const warm: number[] = [];
  const fresh: number[] = [];
  const EDITS = 21;
  for (let k = 0; k < EDITS; k++) {
    const edited = `${a.slice(0, middle)}The harbour master resigned after ${k + 2} years. ${a.slice(middle)}`;
    let t = performance.now();
    compare(pair(edited, b), { context: ctx });
    warm.push(performance.now() - t);
    t = performance.now();
    compare(pair(edited, b));
    fresh.push(performance.now() - t);
  }
  const warmMs = median(warm);
  const freshMs = median(fresh);
  return { words: countWords(a), edits: EDITS, warmMs, freshMs, ratio: warmMs / freshMs };
}

function editRows(add: AddRow, e: EditFigures): void {
  add(`edit of the ${e.words}-word fixture: engine re-run, context kept (median of ${e.edits})`, ms(e.warmMs));
  add('  a fresh comparison of the same texts (baseline)', ms(e.freshMs));
  add('  re-run / fresh', pct(e.ratio));
}

interface CliRun { seconds: number; maxRssMB: number | null; code: number | null; outMB: number; error: string | null }
interface ScaleFigures {
  many200: CliRun;
  /** The same 200 articles with --compact (silent corroboration entries left out). */
  many200compact: CliRun;
  many400: CliRun | { skipped: string };
  big: CliRun | { skipped: string };
  /** 10 MB of short sentences of which no two are alike (no Prepared shared, no scan remembered). */
  bigDistinct: CliRun | { skipped: string };
  names: { newsMsPerKB: number; namesMsPerKB: number; ratio: number; kb: number; rounds: number };
}

function isSkipped(x: unknown): x is { skipped: string } {
  return typeof x === 'object' && x !== null && 'skipped' in x;
}

/**
 * A full collection before a phase (when node runs with --expose-gc, as `npm run bench` does): no
 * phase pays for the garbage an earlier one left. Runs within a phase collect as they normally would.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Median engine and diffWords times on one input, in two phases. The engine is cheap next to
 * diffWords at these sizes, so it gets ENGINE_RUNS_FACTOR times the runs (a steadier median).
 */
const ENGINE_RUNS_FACTOR = 3;
function runSize(label: string, a: string, b: string, runs: number, warm: number): SizeRun {
  const wordsA = countWords(a);
  const wordsB = countWords(b);
  log(`${label}: ${wordsA} vs ${wordsB} words — engine (${runs * ENGINE_RUNS_FACTOR} runs)…`);
  const arts = pair(a, b);
  settle();
  const e = timeMedian(() => compare(arts), runs * ENGINE_RUNS_FACTOR, warm * ENGINE_RUNS_FACTOR);
  log(`${label}: diffWords (up to ${runs} runs, timeout ${DIFF_TIMEOUT_MS / 1000} s)…`);
  settle();
  const d = timeDiffWords(a, b, runs, warm);
  return { label, wordsA, wordsB, engineMs: e.ms, engineRuns: e.runs, diffMs: d.ms, diffRuns: d.runs, diffStopped: d.stopped, ratio: d.stopped ? null : e.ms / d.ms };
}

/**
 * runSize() for small inputs, timed in alternating chunks: CHUNK runs of the engine, then CHUNK of
 * diffWords, and so on, the first run of every chunk untimed. Both see the same stretch of machine
 * time (a burst of load elsewhere cannot skew their ratio), yet each runs back to back with its own
 * data in the caches and its own garbage to collect, as in a block of runs.
 */
const CHUNK = 8;
function runSizeInterleaved(label: string, a: string, b: string, runs: number, warm: number): SizeRun {
  const wordsA = countWords(a);
  const wordsB = countWords(b);
  log(`${label}: ${wordsA} vs ${wordsB} words — engine and diffWords in alternating chunks of ${CHUNK} (${warm} warm-up runs each)…`);
  const arts = pair(a, b);
  settle();
  for (let i = 0; i < warm; i++) { compare(arts); diffWords(a, b, { timeout: DIFF_TIMEOUT_MS }); }
  const es: number[] = [];
  const ds: number[] = [];
  let stopped = false;
  while (es.length < runs) {
    for (let i = 0; i < CHUNK; i++) {
      const t0 = performance.now();
      compare(arts);
      if (i > 0 && es.length < runs) es.push(performance.now() - t0);
    }
    for (let i = 0; i < CHUNK && !stopped; i++) {
      const t0 = performance.now();
      if (diffWords(a, b, { timeout: DIFF_TIMEOUT_MS }) === undefined) stopped = true;
      if (i > 0 && ds.length < runs) ds.push(performance.now() - t0);
    }
    sampleRss();
  }
  const engineMs = median(es);
  const diffMs = median(ds);
  return { label, wordsA, wordsB, engineMs, engineRuns: es.length, diffMs, diffRuns: ds.length, diffStopped: stopped, ratio: stopped ? null : engineMs / diffMs };
}

/**
 * The engine at the three sizes in alternating rounds (seed ×ROUND_SEED, ~10× ×ROUND_X10, ~100× ×1,
 * the first run of each size in a round untimed), medians per size: the growth figures compare the
 * sizes over the same stretch of machine time, as the seed's ratio compares engine and diffWords.
 */
const GROWTH_ROUNDS = QUICK ? 3 : 9;
const ROUND_SEED = 9;
const ROUND_X10 = 3;
function growthRounds(sizes: Array<[string, string]>): number[] {
  const arts = sizes.map(([a, b]) => pair(a, b));
  const per = [ROUND_SEED, ROUND_X10, 2];
  const times: number[][] = sizes.map(() => []);
  log(`growth: ${GROWTH_ROUNDS} rounds of the engine at the three sizes…`);
  settle();
  for (let round = 0; round < GROWTH_ROUNDS; round++) {
    arts.forEach((x, k) => {
      for (let i = 0; i < per[k]!; i++) {
        const t0 = performance.now();
        compare(x);
        if (i > 0) times[k]!.push(performance.now() - t0);
      }
    });
    sampleRss();
  }
  return times.map(median);
}

/** Growth per 10× words from t1 at w1 words to t2 at w2 words. */
function growthOf(t1: number, w1: number, t2: number, w2: number): number | null {
  const w = w2 / w1;
  return w > 1 && t1 > 0 ? (t2 / t1) ** (1 / Math.log10(w)) : null;
}

/** Time growth normalised to a 10× larger input: (t2/t1)^(1 / log10(w2/w1)). */
function growth(r1: SizeRun | { skipped: string }, r2: SizeRun | { skipped: string }, key: 'engineMs' | 'diffMs'): number | null {
  if (isSkipped(r1) || isSkipped(r2)) return null;
  return growthOf(r1[key], r1.wordsA + r1.wordsB, r2[key], r2.wordsA + r2.wordsB);
}

function fileSize(p: string): number | null {
  try { return statSync(p).size; } catch { return null; }
}

/** Read once at start-up: the engine loaded by this process, not whatever is on disk at the end. */
const ENGINE_KIND: 'stub' | 'real' = engineIsStub() ? 'stub' : 'real';

function engineIsStub(): boolean {
  try {
    return readFileSync(join(REPO, 'src', 'engine', 'compare.ts'), 'utf8').includes('TEMPORARY naive implementation');
  } catch { return false; }
}

/** `node dist/cli.js args…` once: wall time, max RSS (via /usr/bin/time when present), output size. */
function cliRun(args: string[], out: string): CliRun {
  const t0 = performance.now();
  const cmd = TIME_BIN ? [TIME_BIN, ['-v', process.execPath, CLI, ...args]] as const : [process.execPath, [CLI, ...args]] as const;
  const r = spawnSync(cmd[0], cmd[1], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - t0) / 1000;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const error = r.status === 0 ? null : (r.stderr ?? '').split('\n').find((l) => l.startsWith('source-compare:') || /Error/.test(l)) ?? `exit ${r.status}`;
  return { seconds, maxRssMB: m ? Number(m[1]) / 1024 : null, code: r.status, outMB: (fileSize(out) ?? 0) / 1024 / 1024, error };
}

/**
 * Engine ms per KB of name-dense and of news text, on pairs of generated texts of `kb` KB a side:
 * medians over rounds that alternate the two (so a burst of load elsewhere hits both alike), the
 * first run of each kind in a round untimed. At 20 KB a side (the first version of this figure) a
 * run took ~0.15 s and the ratio swung from 0.8× to 3.9× between runs of a day: fixed costs and
 * other jobs on the machine weighed as much as the text. At 100 KB a run takes ~0.7–1.5 s, every
 * memo table is past its warm-up, and the ratio repeats within about ±0.2.
 */
const NAMES_KB = 100;
function namesVsNews(kb: number): ScaleFigures['names'] {
  const news = pair(newsArticle(kb * 1024, 1), newsArticle(kb * 1024, 2));
  const names = pair(nameDenseArticle(kb * 1024, 1), nameDenseArticle(kb * 1024, 2));
  const rounds = QUICK ? 2 : 5;
  const tNews: number[] = [];
  const tNames: number[] = [];
  settle();
  for (let round = 0; round < rounds; round++) {
    for (const [arts, out] of [[news, tNews], [names, tNames]] as const) {
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        compare(arts);
        if (i > 0) out.push(performance.now() - t0);
      }
    }
    sampleRss();
  }
  const newsMsPerKB = median(tNews) / (2 * kb);
  const namesMsPerKB = median(tNames) / (2 * kb);
  return { newsMsPerKB, namesMsPerKB, ratio: namesMsPerKB / newsMsPerKB, kb, rounds };
}

function scaleFigures(seedPaths: string[] | null): ScaleFigures | { skipped: string } {
  if (!existsSync(CLI)) return { skipped: SKIP_CLI };
  const dir = mkdtempSync(join(tmpdir(), 'source-compare-scale-'));
  try {
    const many = shortArticles(400).map((text, i) => {
      const p = join(dir, `a${String(i).padStart(3, '0')}.txt`);
      writeFileSync(p, text);
      return p;
    });
    const out = join(dir, 'report.json');
    log('scale: compare 200 one-KB articles (CLI, --format json --out)…');
    const many200 = cliRun(['compare', ...many.slice(0, 200), '--format', 'json', '--out', out], out);
    log('scale: the same with --compact…');
    const many200compact = cliRun(['compare', ...many.slice(0, 200), '--format', 'json', '--compact', '--out', out], out);
    let many400: ScaleFigures['many400'] = { skipped: 'skipped (--quick)' };
    if (!QUICK) {
      log('scale: compare 400 one-KB articles…');
      many400 = cliRun(['compare', ...many, '--format', 'json', '--out', out], out);
    }
    let big: ScaleFigures['big'] = { skipped: SKIP_SAMPLES };
    let bigDistinct: ScaleFigures['bigDistinct'] = { skipped: QUICK ? 'skipped (--quick)' : SKIP_SAMPLES };
    if (seedPaths) {
      const bigPath = join(dir, 'short-sentences-10mb.txt');
      writeFileSync(bigPath, shortSentenceArticle(10 * 1024 * 1024));
      log('scale: a 10 MB article of short sentences against the seed (CLI)…');
      big = cliRun(['compare', bigPath, seedPaths[0]!, '--format', 'json', '--out', out], out);
      if (!QUICK) {
        writeFileSync(bigPath, shortSentenceArticle(10 * 1024 * 1024, 202, true));
        log('scale: a 10 MB article of short sentences, no two alike, against the seed (CLI)…');
        bigDistinct = cliRun(['compare', bigPath, seedPaths[0]!, '--format', 'json', '--out', out], out);
      }
    }
    log(`scale: name-dense text against news text, per KB (engine, ${NAMES_KB} KB a side)…`);
    return { many200, many200compact, many400, big, bigDistinct, names: namesVsNews(NAMES_KB) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// (7) meaning: the sentence encoder on the seed pair, and pairs --meaning
// ------------------------------------------------------------------------------------------------

interface MeaningFigures {
  encoder: string;
  loadMs: number;
  claims: number;
  /** Claims embedded: those the words leave without a counterpart (textsToEmbed). */
  embedded: number;
  /**
   * Medians over MEANING_RUNS runs, the encoder's cache emptied before each: the engine is the run
   * by words that finds the claims to embed plus the comparison with their vectors.
   */
  embedMs: number;
  engineMs: number;
  totalMs: number;
  /** diffWords on the seed pair, from (1) of this run. */
  diffMs: number | null;
  ratio: number | null;
  engineShare: number;
  /** Embedding (every vector cached) and engine: a re-run after an edit that changed nothing. */
  cachedTotalMs: number;
  /**
   * The seed pair as `compare --meaning` runs it in the CLI: the above, then the cross-encoder on
   * the parts of longer claims the engine asks about (pairsToJudge) and the comparison with its
   * answers; medians, both caches emptied before each run. Null without the cross-encoder files.
   */
  withParts: { asked: number; judgeMs: number; engineMs: number; totalMs: number; ratio: number | null } | null;
  pairs: Figures['pairs'];
}

/**
 * `pairs` (with `flags`) over msrp-train: pairs per second including start-up, the output line
 * count checked; with `rss`, a second run for its max RSS.
 */
async function pairsThroughput(flags: string[], rss = false): Promise<Figures['pairs']> {
  const msrp = join(DATA, 'pairs', 'msrp-train.jsonl');
  if (!existsSync(CLI)) return { skipped: SKIP_CLI };
  if (!existsSync(msrp)) return { skipped: SKIP_DATA };
  log(`pairs ${flags.join(' ')} throughput on msrp-train.jsonl…`);
  const n = readText(msrp).split('\n').filter((l) => l.trim()).length;
  const args = [CLI, 'pairs', ...flags, '--input', msrp];
  const r = await spawnTimed(args);
  if (r.code !== 0) return { skipped: `failed (exit ${r.code}: ${r.stderr.trim().split('\n')[0]})` };
  return {
    pairs: n,
    seconds: r.ms / 1000,
    perSecond: n / (r.ms / 1000),
    maxRssMB: rss ? childMaxRssMB(args).mb : null,
    errors: r.stdoutLines === n ? null : `${r.stdoutLines} output lines for ${n} inputs`,
  };
}

const MEANING_RUNS = 7;
/** diffWords' median on the seed pair, set by main from (1) before meaningFigures runs. */
let seedDiffMs: number | null = null;

async function meaningFigures(seedPaths: string[] | null): Promise<MeaningFigures | { skipped: string }> {
  if (!seedPaths) return { skipped: SKIP_SAMPLES };
  log('meaning: the sentence encoder on the seed pair…');
  // the host's encoder, and the source engine's tables for its claimTexts (the bundle has its own)
  const { describeLoad, loadSentenceEncoder, textVectors } = await import('../src/host/encoder');
  const { ensureEngineTables } = await import('../src/host/tables');
  ensureEngineTables([join(REPO, 'data')]);
  const load = await loadSentenceEncoder();
  if (!load.encoder) return { skipped: `no encoder (${describeLoad(load)})` };
  const encoder = load.encoder;
  const articles: ArticleInput[] = seedPaths.map((p) => ({ path: p, text: readText(p) }));
  const embed: number[] = [];
  const engine: number[] = [];
  let claims = 0;
  let embedded = 0;
  // as the CLI and the worker do: the run by words names the claims to embed, the comparison by
  // meaning after it shares its context
  const byMeaning = async (context: NonNullable<CompareOptions['context']>): Promise<{ wordsMs: number; embedMs: number; compareMs: number; report: Report; wanted: number }> => {
    const t0 = performance.now();
    const wanted = textsToEmbed(articles, { context });
    const t1 = performance.now();
    const vectors = await textVectors(encoder, wanted);
    const t2 = performance.now();
    const report = compare(articles, { meaning: vectors, context });
    const t3 = performance.now();
    return { wordsMs: t1 - t0, embedMs: t2 - t1, compareMs: t3 - t2, report, wanted: wanted.length };
  };
  for (let r = 0; r < MEANING_RUNS + 1; r++) {
    encoder.clearCache();
    const run = await byMeaning(new EngineContext());
    claims = run.report.documents.reduce((n, d) => n + d.claims.length, 0);
    embedded = run.wanted;
    if (r === 0) continue; // warm-up
    embed.push(run.embedMs);
    engine.push(run.wordsMs + run.compareMs);
  }
  const cached: number[] = [];
  const kept = new EngineContext(); // the worker's context, kept across edits
  for (let r = 0; r < MEANING_RUNS; r++) {
    const run = await byMeaning(kept);
    cached.push(run.wordsMs + run.embedMs + run.compareMs);
  }
  const embedMs = median(embed);
  const engineMs = median(engine);
  const totalMs = embedMs + engineMs;
  // as the CLI's compare --meaning goes on: the cross-encoder reads the parts the engine asks about
  const { loadPairJudge } = await import('../src/host/cross-encoder');
  const { judgedPairs } = await import('../src/host/judged-pairs');
  const { judge } = await loadPairJudge();
  let withParts: MeaningFigures['withParts'] = null;
  if (judge) {
    const judgeTimes: number[] = [];
    const engineTimes: number[] = [];
    const totals: number[] = [];
    let asked = 0;
    for (let r = 0; r < MEANING_RUNS + 1; r++) {
      encoder.clearCache();
      judge.clearCache();
      const context = new EngineContext();
      const t0 = performance.now();
      const wanted = textsToEmbed(articles, { context });
      const t1 = performance.now();
      const vectors = await textVectors(encoder, wanted);
      const t2 = performance.now();
      const pairs = pairsToJudge(articles, { meaning: vectors, context });
      const t3 = performance.now();
      const ps = await judge.probabilities(pairs);
      const t4 = performance.now();
      compare(articles, { meaning: { ...vectors, pairProbability: judgedPairs(pairs, ps) }, context });
      const t5 = performance.now();
      asked = pairs.length;
      if (r === 0) continue; // warm-up
      judgeTimes.push(t4 - t3);
      engineTimes.push((t1 - t0) + (t3 - t2) + (t5 - t4));
      totals.push(t5 - t0);
    }
    const total = median(totals);
    withParts = { asked, judgeMs: median(judgeTimes), engineMs: median(engineTimes), totalMs: total, ratio: seedDiffMs ? total / seedDiffMs : null };
  }
  const pairs = await pairsThroughput(['--meaning']);
  return {
    encoder: encoder.name, loadMs: load.loadMs, claims, embedded, embedMs, engineMs, totalMs,
    diffMs: seedDiffMs, ratio: seedDiffMs ? totalMs / seedDiffMs : null, engineShare: engineMs / totalMs,
    cachedTotalMs: median(cached), withParts, pairs,
  };
}

function meaningRows(add: (what: string, value: string, target?: string, ok?: boolean | null) => void, m: MeaningFigures | { skipped: string }): void {
  if (isSkipped(m)) { add('meaning (sentence encoder)', m.skipped); return; }
  add(`meaning: encoder load (${m.encoder})`, ms(m.loadMs), '≤ 300 ms', m.loadMs <= 300);
  add(`  seed pair by meaning: embed ${m.embedded} of ${m.claims} claims + engine (median of ${MEANING_RUNS})`, `${ms(m.embedMs)} + ${ms(m.engineMs)}`);
  add('  … / diffWords on the seed pair (this run)', m.ratio === null ? 'n/a' : fx(m.ratio), '≤ 3×', m.ratio === null ? null : m.ratio <= 3);
  add('  engine share of that time', pct(m.engineShare), '≤ 30%', m.engineShare <= 0.3);
  add('  the same, every vector cached (a re-run)', ms(m.cachedTotalMs));
  if (m.withParts === null) add('  seed pair as compare -m (parts of longer claims)', 'no cross-encoder files');
  else {
    const w = m.withParts;
    add(`  seed pair as compare -m: + cross-encoder on ${w.asked} parts (median of ${MEANING_RUNS})`, `${ms(w.totalMs)} (${ms(w.judgeMs)} judging, engine ${ms(w.engineMs)})`);
    add('  … / diffWords on the seed pair (this run)', w.ratio === null ? 'n/a' : fx(w.ratio));
  }
  if (isSkipped(m.pairs)) add('  pairs --meaning throughput (msrp-train)', m.pairs.skipped);
  else add(`  pairs --meaning throughput (${m.pairs.pairs} pairs, incl. start-up)`, `${m.pairs.perSecond.toFixed(0)} pairs/s`, '≥ 300/s', m.pairs.perSecond >= 300);
}

async function main(): Promise<void> {
  const seedA = existsSync(SAMPLES) ? readdirSync(SAMPLES).find((f) => f.startsWith('000_') && f.endsWith('.txt')) : undefined;
  const seedB = existsSync(SAMPLES) ? readdirSync(SAMPLES).find((f) => f.startsWith('002_') && f.endsWith('.txt')) : undefined;
  const seedPaths = seedA && seedB ? [join(SAMPLES, seedA), join(SAMPLES, seedB)] : null;
  const dataOk = existsSync(join(DATA, 'basil'));

  if (SCALE_ONLY) {
    const scale = scaleFigures(seedPaths);
    if (JSON_OUT) { process.stdout.write(JSON.stringify({ schema: 'source-compare/bench@1', scale }, null, 2) + '\n'); return; }
    const rows: string[] = [];
    scaleRows((what, value, target = '', ok = null) => rows.push(`${what.padEnd(56)} ${value.padStart(28)}  ${target.padEnd(8)} ${status(ok)}`.trimEnd()), scale);
    process.stdout.write(rows.join('\n') + '\n');
    return;
  }

  if (EDIT_ONLY) {
    const e = editFigures();
    if (JSON_OUT) { process.stdout.write(JSON.stringify({ schema: 'source-compare/bench@1', edit: e }, null, 2) + '\n'); return; }
    const rows: string[] = [];
    editRows((what, value, target = '', ok = null) => rows.push(`${what.padEnd(72)} ${value.padStart(10)}  ${target.padEnd(8)} ${status(ok)}`.trimEnd()), e);
    process.stdout.write(rows.join('\n') + '\n');
    return;
  }

  // (1) seed pair
  let seed: SizeRun | { skipped: string } = { skipped: SKIP_SAMPLES };
  let seedWords = { a: 483, b: 489 };
  if (seedPaths) {
    const [a, b] = seedPaths.map(readText) as [string, string];
    seed = runSizeInterleaved('seed pair', a, b, RUNS_SMALL, WARM_SMALL);
    seedWords = { a: seed.wordsA, b: seed.wordsB };
  }

  if (MEANING_ONLY) {
    if (!isSkipped(seed)) seedDiffMs = seed.diffMs;
    const m = await meaningFigures(seedPaths);
    if (JSON_OUT) { process.stdout.write(JSON.stringify({ schema: 'source-compare/bench@1', meaning: m }, null, 2) + '\n'); return; }
    const rows: string[] = [];
    meaningRows((what, value, target = '', ok = null) => rows.push(`${what.padEnd(64)} ${value.padStart(14)}  ${target.padEnd(8)} ${status(ok)}`.trimEnd()), m);
    process.stdout.write(rows.join('\n') + '\n');
    return;
  }

  if (SEED_ONLY) {
    if (!isSkipped(seed)) process.stdout.write(`seed pair: engine ${seed.engineMs.toFixed(2)} ms, diffWords ${seed.diffMs.toFixed(2)} ms, ratio ${((seed.ratio ?? 0) * 100).toFixed(1)}% (target ≤ 20%)\n`);
    else process.stdout.write(`seed pair: ${seed.skipped}\n`);
    return;
  }

  // (2) ~10× and ~100×
  let x10: SizeRun | { skipped: string } = { skipped: SKIP_DATA };
  let x100: SizeRun | { skipped: string } = { skipped: SKIP_DATA };
  let rounds: Figures['growthRounds'] = null;
  if (dataOk) {
    const fox = basil('fox');
    const other = basil('nyt').length ? basil('nyt') : basil('hpo');
    const a10 = fill(fox, 10 * seedWords.a);
    const b10 = fill(other, 10 * seedWords.b);
    x10 = runSize('~10× (BASIL fox vs nyt)', a10.text, b10.text, RUNS_MEDIUM, 1);
    const a100 = fill([...fox, ...ecb('ecb')], 100 * seedWords.a);
    const b100 = fill([...other, ...ecb('ecbplus')], 100 * seedWords.b);
    x100 = runSize('~100× (+ ECB+ ecb vs ecbplus)', a100.text, b100.text, RUNS_HUGE, 1);
    if (seedPaths && !isSkipped(seed) && !isSkipped(x10) && !isSkipped(x100)) {
      const [sa, sb] = seedPaths.map(readText) as [string, string];
      const [t1, t10, t100] = growthRounds([[sa, sb], [a10.text, b10.text], [a100.text, b100.text]]) as [number, number, number];
      const w1 = seed.wordsA + seed.wordsB;
      const w10 = x10.wordsA + x10.wordsB;
      const w100 = x100.wordsA + x100.wordsB;
      rounds = { seedMs: t1, x10Ms: t10, x100Ms: t100, engine10: growthOf(t1, w1, t10, w10), engine100: growthOf(t10, w10, t100, w100) };
    }
  }
  const diff100Stopped = !isSkipped(x100) && x100.diffStopped;
  const growthPer10x = {
    engine10: growth(seed, x10, 'engineMs'),
    engine100: growth(x10, x100, 'engineMs'),
    diff10: !isSkipped(x10) && x10.diffStopped ? null : growth(seed, x10, 'diffMs'),
    diff100: growth(x10, x100, 'diffMs'), // a lower bound when diffWords was stopped
    diff100Stopped,
  };

  // ~110k words a side, in a child process (clean peak RSS).
  let huge: Figures['huge'] = { skipped: SKIP_DATA };
  if (dataOk) {
    log(`~${HUGE_WORDS / 1000}k words a side: engine in a child process…`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child-huge'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 20 * 60_000 });
    try {
      const j = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>;
      huge = isSkipped(j) ? j : { ms: j.ms as number, wordsA: j.wordsA as number, wordsB: j.wordsB as number, repeated: j.repeated as boolean, maxRssMB: j.maxRssMB as number, claims: j.claims as number };
    } catch {
      huge = { skipped: `failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${(r.stderr || '').split('\n').slice(0, 3).join(' ').slice(0, 200)}` };
    }
  }

  // (3) cold CLI start
  let coldCli: Figures['coldCli'] = { skipped: SKIP_CLI };
  if (!existsSync(CLI)) coldCli = { skipped: SKIP_CLI };
  else if (!seedPaths) coldCli = { skipped: SKIP_SAMPLES };
  else {
    log('cold start of dist/cli.js compare (5 spawns)…');
    const ts: number[] = [];
    let failure: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await spawnTimed([CLI, 'compare', ...seedPaths, '--format', 'json']);
      if (r.code !== 0) failure = `exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`;
      ts.push(r.ms);
    }
    const rss = childMaxRssMB([CLI, 'compare', ...seedPaths, '--format', 'json']);
    coldCli = failure ? { skipped: `failed (${failure})` } : { medianMs: median(ts), runs: 5, maxRssMB: rss.mb, rssHow: rss.how };
  }

  // (4) pairs throughput
  const pairs = await pairsThroughput([], true);

  // (5) memory, sizes, activation
  sampleRss();
  const memory = { benchPeakRssMB: peakRss / 1024 / 1024, benchMaxRssMB: process.resourceUsage().maxRSS / 1024 };
  const vsix = readdirSync(REPO).filter((f) => f.endsWith('.vsix')).map((f) => ({ file: f, bytes: fileSize(join(REPO, f)) ?? 0 }));
  const sizes = { extensionJsBytes: fileSize(join(REPO, 'dist', 'extension.js')), cliJsBytes: fileSize(CLI), vsix };
  const actFile = join(REPO, '.vscode-test', 'activation-ms.txt');
  let activationMs: number | string = 'n/a (run npm run test:extension)';
  if (existsSync(actFile)) {
    const v = Number(readText(actFile).trim());
    activationMs = Number.isFinite(v) ? v : `unreadable (${actFile})`;
  }

  // (6) scale
  const scale = scaleFigures(seedPaths);

  // (7) meaning
  if (!isSkipped(seed)) seedDiffMs = seed.diffMs;
  const meaning = await meaningFigures(seedPaths);

  // (8) edits
  const edit = editFigures();

  const figures: Figures = { engine: ENGINE_KIND, seed, x10, x100, growthPer10x, growthRounds: rounds, huge, coldCli, pairs, memory, sizes, activationMs, scale, meaning, edit };
  if (JSON_OUT) {
    process.stdout.write(JSON.stringify({ schema: 'source-compare/bench@1', kernel: wasmKernelAvailable() ? 'wasm-simd' : 'js', diffTimeoutMs: DIFF_TIMEOUT_MS, runs: { small: RUNS_SMALL, medium: RUNS_MEDIUM, huge: RUNS_HUGE }, ...figures }, null, 2) + '\n');
    return;
  }
  printTable(figures);
}

// ------------------------------------------------------------------------------------------------
// Table
// ------------------------------------------------------------------------------------------------

const ms = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
const mb = (x: number | null): string => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);
const fx = (x: number | null, digits = 1): string => (x === null ? 'n/a' : `${x.toFixed(digits)}×`);
const pct = (x: number): string => `${x * 100 >= 1 ? (x * 100).toFixed(1) : (x * 100).toPrecision(2)}%`;
const status = (ok: boolean | null): string => (ok === null ? '' : ok ? 'ok' : 'MISS');

type AddRow = (what: string, value: string, target?: string, ok?: boolean | null) => void;

function scaleRows(add: AddRow, scale: Figures['scale']): void {
  if (isSkipped(scale)) add('scale (issue 13)', scale.skipped);
  else {
    const run = (what: string, r: CliRun | { skipped: string }, maxS: number | null, maxMB: number | null): void => {
      if (isSkipped(r)) { add(what, r.skipped); return; }
      if (r.error) { add(what, `failed: ${r.error.slice(0, 60)}`, 'exit 0', false); return; }
      add(`${what}: wall time`, `${r.seconds.toFixed(1)} s`, maxS === null ? '' : `≤ ${maxS} s`, maxS === null ? null : r.seconds <= maxS);
      add(`${what}: max RSS`, mb(r.maxRssMB), maxMB === null ? '' : `≤ ${maxMB >= 1024 ? `${maxMB / 1024} GB` : `${maxMB} MB`}`, maxMB === null || r.maxRssMB === null ? null : r.maxRssMB <= maxMB);
      add(`${what}: JSON written`, `${r.outMB.toFixed(0)} MB`);
    };
    run('200 one-KB articles (CLI)', scale.many200, 20, 1024);
    run('  the same with --compact', scale.many200compact, null, null);
    run('400 one-KB articles (CLI)', scale.many400, null, null);
    run('10 MB of short sentences vs seed (CLI)', scale.big, 30, 1536);
    run('  10 MB, no two sentences alike', scale.bigDistinct, null, null);
    const n = scale.names;
    add(`name-dense vs news text (${n.kb} KB a side, engine, ${n.rounds} rounds)`, `${n.namesMsPerKB.toFixed(1)} vs ${n.newsMsPerKB.toFixed(1)} ms/KB = ${fx(n.ratio)}`, '≤ 2×', n.ratio <= 2);
  }

}

function printTable(f: Figures): void {
  const rows: Array<[string, string, string, string]> = [];
  const add = (what: string, value: string, target = '', ok: boolean | null = null) => rows.push([what, value, target, status(ok)]);

  for (const r of [f.seed, f.x10, f.x100] as const) {
    if (isSkipped(r)) { add(r === f.seed ? 'seed pair' : r === f.x10 ? '~10× input' : '~100× input', r.skipped); continue; }
    add(`${r.label}: words a | b`, `${r.wordsA} | ${r.wordsB}`);
    add(`  engine (median of ${r.engineRuns}, warm)`, ms(r.engineMs));
    add(`  diff.diffWords (median of ${r.diffRuns})`, r.diffStopped ? `> ${(DIFF_TIMEOUT_MS / 1000).toFixed(0)} s (stopped)` : ms(r.diffMs));
    const isSeed = r === f.seed;
    add('  engine / diffWords', r.ratio === null ? (r.diffStopped ? `< ${pct(r.engineMs / DIFF_TIMEOUT_MS)}` : 'n/a') : pct(r.ratio),
      isSeed ? '≤ 20%' : '', isSeed && r.ratio !== null ? r.ratio <= 0.2 : null);
  }
  const g = f.growthPer10x;
  const r = f.growthRounds;
  if (r) {
    add(`growth per 10× input, engine 1×→10× (rounds: ${ms(r.seedMs)} → ${ms(r.x10Ms)})`, fx(r.engine10), '≤ 12×', r.engine10 === null ? null : r.engine10 <= 12);
    add(`growth per 10× input, engine 10×→100× (rounds: → ${ms(r.x100Ms)})`, fx(r.engine100), '≤ 12×', r.engine100 === null ? null : r.engine100 <= 12);
    add('  the same from the separate runs above', `${fx(g.engine10)} · ${fx(g.engine100)}`);
  } else {
    add('growth per 10× input, engine 1×→10×', fx(g.engine10), '≤ 12×', g.engine10 === null ? null : g.engine10 <= 12);
    add('growth per 10× input, engine 10×→100×', fx(g.engine100), '≤ 12×', g.engine100 === null ? null : g.engine100 <= 12);
  }
  add('growth per 10× input, diffWords 1×→10×', fx(g.diff10));
  add('growth per 10× input, diffWords 10×→100×', g.diff100 === null ? 'n/a' : `${g.diff100Stopped ? '≥ ' : ''}${fx(g.diff100)}`);
  if (isSkipped(f.huge)) add(`~${HUGE_WORDS / 1000}k vs ~${HUGE_WORDS / 1000}k words`, f.huge.skipped);
  else {
    add(`~110k vs ~110k words (${f.huge.wordsA} | ${f.huge.wordsB}${f.huge.repeated ? ', real text repeated' : ''})`, ms(f.huge.ms), '< 10 s', f.huge.ms < 10_000);
    add('  peak RSS of that run', mb(f.huge.maxRssMB), '< 1 GB', f.huge.maxRssMB < 1024);
  }
  if (isSkipped(f.coldCli)) add('cold CLI compare (seed pair)', f.coldCli.skipped);
  else {
    add('cold CLI compare (seed pair, median of 5)', ms(f.coldCli.medianMs), '< 1.5 s', f.coldCli.medianMs < 1500);
    add(`  CLI max RSS (${f.coldCli.rssHow})`, mb(f.coldCli.maxRssMB));
  }
  if (isSkipped(f.pairs)) add('pairs throughput (msrp-train)', f.pairs.skipped);
  else {
    add(`pairs throughput (${f.pairs.pairs} pairs, incl. start-up)`, `${f.pairs.perSecond.toFixed(0)} pairs/s`, '≥ 300/s', f.pairs.perSecond >= 300);
    add('  pairs max RSS', mb(f.pairs.maxRssMB));
    if (f.pairs.errors) add('  pairs output', f.pairs.errors, 'one line per input', false);
  }
  add('bench process peak RSS (sampled | maxRSS)', `${mb(f.memory.benchPeakRssMB)} | ${mb(f.memory.benchMaxRssMB)}`);
  add('dist/extension.js', f.sizes.extensionJsBytes === null ? 'absent (run npm run build)' : `${(f.sizes.extensionJsBytes / 1024).toFixed(0)} KB`);
  add('dist/cli.js', f.sizes.cliJsBytes === null ? 'absent (run npm run build)' : `${(f.sizes.cliJsBytes / 1024).toFixed(0)} KB`);
  if (!f.sizes.vsix.length) add('.vsix', 'none in repo root', '≤ 40 MB');
  for (const v of f.sizes.vsix) add(v.file, `${(v.bytes / 1024 / 1024).toFixed(2)} MB`, '≤ 40 MB', v.bytes <= 40 * 1024 * 1024);
  add('extension activation', typeof f.activationMs === 'number' ? ms(f.activationMs) : f.activationMs);
  scaleRows(add, f.scale);
  meaningRows(add, f.meaning);
  editRows(add, f.edit);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'target'][i]!.length));
  const line = (r: readonly string[]) => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]}`.trimEnd();
  const out: string[] = [];
  out.push(`Source Compare bench — engine: ${f.engine === 'stub' ? 'TEMPORARY STUB (figures are placeholders)' : 'real'} (src/engine bundled as shipped), alignment kernel: ${wasmKernelAvailable() ? 'WebAssembly SIMD' : 'JavaScript'}; node ${process.version}; medians of up to ${RUNS_SMALL} (seed, after ${WARM_SMALL} warm-up runs), ${RUNS_MEDIUM} (~10×), ${RUNS_HUGE} (~100×) warm runs (engine: ${ENGINE_RUNS_FACTOR}× as many), ${BUDGET_MS / 1000} s budget each; diffWords timeout ${DIFF_TIMEOUT_MS / 1000} s`);
  out.push(line(['figure', 'value', 'target', '']));
  out.push(line([w[0]!, w[1]!, w[2]!].map((n) => '-'.repeat(n)).concat('----')));
  for (const r of rows) out.push(line(r));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
