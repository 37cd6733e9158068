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
