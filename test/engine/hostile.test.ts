/**
 * Hostile input corpus through compare(): every case must give a structurally correct report
 * (test/support/invariants.ts) — no throw, offsets in range, text === slice, claims sorted and
 * disjoint, unique ids, summary = label counts, symmetric matches pointing at existing claims,
 * discrepancy spans slicing to their text in the right document. No label assertions here (those
 * are in self-compare.test.ts). Timeouts are generous bounds, not speed targets.
 */
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { compare } from '../../src/engine';
import type { ArticleInput } from '../../src/engine';
import { checkReport } from '../support/invariants';
import { stringCases } from '../support/hostile';

for (const c of stringCases()) {
  test(`compare() on hostile input: ${c.name}`, { timeout: c.timeout ?? 30_000 }, () => {
    const articles: ArticleInput[] = c.texts.map((text, i) => ({ path: `hostile-${i}.txt`, text }));
    const report = compare(articles);
    checkReport(report, articles);
    // Every claim of every document is listed: text that is not whitespace yields at least one
    // claim somewhere unless the engine decided it is all metadata (not possible for these cases).
    for (const [i, doc] of report.documents.entries()) {
      if (articles[i]!.text.trim().length > 40) assert.ok(doc.claims.length > 0, `document ${i} of "${c.name}" has no claims`);
    }
  });
}

test('compare() on whitespace-only and empty inputs yields no claims there', () => {
  const articles: ArticleInput[] = [{ path: 'e.txt', text: '' }, { path: 'w.txt', text: ' \n\t\r\n \u00a0\n' }];
  const report = compare(articles);
  checkReport(report, articles);
  assert.equal(report.documents[0]!.claims.length, 0);
  assert.equal(report.documents[1]!.claims.length, 0);
  assert.equal(report.summary.claims, 0);
});

test('compare() with a single article and with no article does not throw a non-Error', () => {
  // The API takes "articles"; fewer than two is either a valid (all-unique) report or a clear Error.
  for (const articles of [[], [{ path: 'one.txt', text: 'The river rose two metres on Wednesday.' }]] as ArticleInput[][]) {
    try {
      const report = compare(articles);
      checkReport(report, articles);
    } catch (e) {
      assert.ok(e instanceof Error, `compare(${articles.length} articles) threw a non-Error: ${String(e)}`);
    }
  }
});

/** Generous bound for one judgePair() call on a hostile text (ms); pairs mode judges sentences. */
const JUDGE_BOUND_MS = 20_000;

test('judgePair() on hostile strings returns a valid judgement within a generous bound', { timeout: 600_000 }, async () => {
  // In a child process: a synchronous call cannot be interrupted in-process, so the child is
  // killed when one call passes the bound, and the test names that call.
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'support', 'judge-child.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const done: Array<{ what: string; ms: number; ok: boolean }> = [];
  let current: string | undefined;
  let killed: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let buf = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    buf += b.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const ev = JSON.parse(buf.slice(0, nl)) as { event: string; what: string; ms: number; ok: boolean };
      buf = buf.slice(nl + 1);
      if (timer) clearTimeout(timer);
      if (ev.event === 'start') {
        current = ev.what;
        const which = ev.what;
        timer = setTimeout(() => { killed = which; child.kill('SIGKILL'); }, JUDGE_BOUND_MS);
      } else {
        done.push(ev);
        current = undefined;
      }
    }
  });
  child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8'); });
  const [code] = (await once(child, 'close')) as [number | null];
  if (timer) clearTimeout(timer);
  assert.equal(killed, undefined, `${killed} did not finish within ${JUDGE_BOUND_MS / 1000} s`);
  assert.equal(code, 0, `child failed${current ? ` in ${current}` : ''}: ${err.split('\n').slice(0, 6).join('\n')}`);
  assert.ok(done.length > 0);
  for (const d of done) assert.ok(d.ok, `${d.what}: invalid judgement`);
});

test('compare() on name-dense text (rolls of many different names) gives a valid report', { timeout: 120_000 }, async () => {
  const { nameDenseArticle } = await import('../support/scale');
  const articles: ArticleInput[] = [{ path: 'roll-a.txt', text: nameDenseArticle(30 * 1024, 1) }, { path: 'roll-b.txt', text: nameDenseArticle(30 * 1024, 2) }];
  const report = compare(articles);
  checkReport(report, articles);
  assert.ok(report.summary.claims > 50);
});

test('compare() on 60 short articles (clusters of one invented event) gives a valid report', { timeout: 180_000 }, async () => {
  const { shortArticles } = await import('../support/scale');
  const articles: ArticleInput[] = shortArticles(60).map((text, i) => ({ path: `short-${i}.txt`, text }));
  const report = compare(articles);
  checkReport(report, articles);
  // articles of one event find each other; articles of different events mostly do not
  const first = report.documents[0]!;
  const partners = new Set(first.claims.flatMap((c) => c.matches.map((m) => m.document)));
  assert.ok([1, 2, 3].some((d) => partners.has(d)), 'an article of the same event is matched');
});

// ------------------------------------------------------------------------------------------------
// Scale (issue 13) with a memory ceiling: one comparison in a child process under a V8 heap
// ceiling, which also reports its peak resident memory (a claim's vectors live outside the heap).
// Smaller than the bench's cases (npm run bench: 10 MB, 100 KB a side) so that each runs in
// seconds, large enough that the memory once held per claim would pass the ceilings.
// ------------------------------------------------------------------------------------------------

interface ScaleRun { claims: number; unique: number; maxRssMB: number; startMB: number }

// Ceilings (2026-12-01, 1 MB = 43,000 claims repeated / 27,700 distinct): before the claims'
// vectors were laid out only when scored, the repeated case needed a heap over 192 MB and grew its
// resident memory by ~350 MB; now it runs in 96 MB and grows by ~85-110 MB. The distinct case
// (nothing shared) needs 160 MB (was 192) and grows by ~210-240 MB (was ~270): the ceiling there
// keeps today's figure with room, it does not separate the two.
const SHORT_KB = 1024;
const SHORT_HEAP_MB = 128;
const SHORT_RSS_MB = 200;
const DISTINCT_HEAP_MB = 192;
const DISTINCT_RSS_MB = 320;
const NAMES_HEAP_MB = 160;
const NAMES_RSS_MB = 200;

async function scaleChild(which: 'short' | 'distinct' | 'names', kb: number, heapMB: number): Promise<ScaleRun> {
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMB}`, '--import', 'tsx', join(__dirname, '..', 'support', 'scale-child.ts'), which, String(kb)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8'); });
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  assert.equal(code, 0, `${which} ${kb} KB under a ${heapMB} MB heap: exit ${code} ${signal ?? ''}: ${err.split('\n').filter((l) => /heap|memory|Error/i.test(l)).slice(0, 3).join(' | ') || err.slice(0, 300)}`);
  return JSON.parse(out.trim().split('\n').pop()!) as ScaleRun;
}

test('compare() on 1 MB of short sentences (most repeated) against an article: valid, within a memory ceiling', { timeout: 120_000 }, async () => {
  const r = await scaleChild('short', SHORT_KB, SHORT_HEAP_MB);
  assert.ok(r.claims > 40_000, `${r.claims} claims`);
  assert.ok(r.maxRssMB - r.startMB < SHORT_RSS_MB, `peak resident memory grew by ${(r.maxRssMB - r.startMB).toFixed(0)} MB (ceiling ${SHORT_RSS_MB} MB)`);
});

test('compare() on 1 MB of short sentences, no two alike, against an article: valid, within a memory ceiling', { timeout: 120_000 }, async () => {
  const r = await scaleChild('distinct', SHORT_KB, DISTINCT_HEAP_MB);
  assert.ok(r.claims > 25_000, `${r.claims} claims`);
  assert.ok(r.maxRssMB - r.startMB < DISTINCT_RSS_MB, `peak resident memory grew by ${(r.maxRssMB - r.startMB).toFixed(0)} MB (ceiling ${DISTINCT_RSS_MB} MB)`);
});

test('compare() on name-dense text (100 KB a side): valid, within a memory ceiling', { timeout: 120_000 }, async () => {
  const r = await scaleChild('names', 100, NAMES_HEAP_MB);
  assert.ok(r.claims > 300, `${r.claims} claims`);
  assert.ok(r.maxRssMB - r.startMB < NAMES_RSS_MB, `peak resident memory grew by ${(r.maxRssMB - r.startMB).toFixed(0)} MB (ceiling ${NAMES_RSS_MB} MB)`);
});
