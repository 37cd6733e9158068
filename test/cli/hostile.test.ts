/**
 * Byte-level hostile inputs through the built CLI (`node dist/cli.js compare A B --format json`):
 * each run either exits 0 with a valid report (structurally checked against the decoded text) or
 * exits 1 with exactly one `source-compare: …` line on stderr and no stack trace. Binary input
 * must be refused that way; UTF-16 with a BOM must be decoded and compared like its UTF-8 twin.
 * Timeouts are generous bounds (the 10 MB case gets minutes), not speed targets.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput, Report } from '../../src/engine';
import { byteCases } from '../support/hostile';
import { checkReport } from '../support/invariants';
import { cliMissing, hasStackFrames, runCli, tempDir } from '../support/cli';
import type { RunResult } from '../support/cli';
import { ARTICLE_A, ARTICLE_B } from '../support/text';

const skip = cliMissing();
let tmp: { dir: string; cleanup: () => void };
before(() => { tmp = tempDir(); });
after(() => tmp.cleanup());

function assertOneLineError(r: RunResult, what: string): void {
  assert.equal(r.code, 1, `${what}: exit 1 (got ${r.code}); stderr: ${r.stderr.slice(0, 300)}`);
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  assert.equal(lines.length, 1, `${what}: exactly one stderr line, got:\n${r.stderr.slice(0, 500)}`);
  assert.match(lines[0]!, /^source-compare: \S/, `${what}: message starts with "source-compare: "`);
  assert.ok(!hasStackFrames(r.stderr), `${what}: no stack trace`);
  assert.equal(r.stdout, '', `${what}: nothing on stdout`);
}

function parseReport(json: string, what: string): Report {
  try {
    return JSON.parse(json) as Report;
  } catch (e) {
    assert.fail(`${what}: stdout is not JSON (${(e as Error).message}): ${json.slice(0, 200)}`);
  }
}

let n = 0;
for (const c of byteCases()) {
  test(`CLI on hostile files: ${c.name}`, { skip, timeout: (c.timeout ?? 30_000) + 10_000 }, async () => {
    const k = n++;
    const paths = c.files.map((bytes, i) => {
      const p = join(tmp.dir, `case${k}-${i}.txt`);
      writeFileSync(p, bytes);
      return p;
    });
    const big = c.files.some((b) => b.length > 1024 * 1024);
    const out = join(tmp.dir, `case${k}.json`);
    const args = ['compare', ...paths, '--format', 'json', ...(big ? ['--out', out] : [])];
    const r = await runCli(args, { timeoutMs: c.timeout ?? 30_000 });
    assert.ok(!r.timedOut, `${c.name}: did not finish within ${(c.timeout ?? 30_000) / 1000} s`);
    assert.ok(!hasStackFrames(r.stderr), `${c.name}: no stack trace on stderr:\n${r.stderr.slice(0, 500)}`);
    assert.ok(r.code === 0 || r.code === 1, `${c.name}: exit 0 or 1, got ${r.code} (${r.signal ?? ''}); stderr: ${r.stderr.slice(0, 300)}`);
    if (c.expect === 'refuse') assert.equal(r.code, 1, `${c.name}: binary input must be refused`);
    if (c.expect === 'accept') assert.equal(r.code, 0, `${c.name}: must be accepted; stderr: ${r.stderr.slice(0, 300)}`);
    if (r.code === 1) {
      assertOneLineError(r, c.name);
      return;
    }
    // Accepted: warnings are allowed on stderr, but each is one `source-compare:` line.
    for (const line of r.stderr.split('\n').filter(Boolean)) assert.match(line, /^source-compare: /, `${c.name}: stderr line ${line}`);
    const report = parseReport(big ? readFileSync(out, 'utf8') : r.stdout, c.name);
    const articles: ArticleInput[] = paths.map((p, i) => ({ path: p, text: c.decoded![i]! }));
    checkReport(report, articles);
  });
}

test('CLI: UTF-16 LE/BE with BOM gives the same claims as the UTF-8 file', { skip, timeout: 60_000 }, async () => {
  const { utf16le, utf16be } = await import('../support/hostile');
  const files = {
    u8a: Buffer.from(ARTICLE_A, 'utf8'), u8b: Buffer.from(ARTICLE_B, 'utf8'),
    lea: utf16le(ARTICLE_A), leb: utf16le(ARTICLE_B),
    bea: utf16be(ARTICLE_A), beb: utf16be(ARTICLE_B),
  };
  const p: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) { p[name] = join(tmp.dir, `enc-${name}.txt`); writeFileSync(p[name]!, bytes); }
  // Paths differ between the runs and appear in paths, messages and reasons: replace them.
  const strip = (r: Report) => {
    let json = JSON.stringify(r.documents);
    r.documents.forEach((d, i) => { json = json.split(JSON.stringify(d.path).slice(1, -1)).join(`<doc ${i}>`); });
    return JSON.parse(json) as unknown;
  };
  const reports: Report[] = [];
  for (const [a, b] of [['u8a', 'u8b'], ['lea', 'leb'], ['bea', 'beb'], ['lea', 'beb']] as const) {
    const r = await runCli(['compare', p[a]!, p[b]!, '--format', 'json'], { timeoutMs: 30_000 });
    assert.equal(r.code, 0, `${a} vs ${b}: exit 0; stderr ${r.stderr}`);
    const report = parseReport(r.stdout, `${a} vs ${b}`);
    checkReport(report, [{ path: p[a]!, text: ARTICLE_A }, { path: p[b]!, text: ARTICLE_B }]);
    reports.push(report);
  }
  for (const r of reports.slice(1)) {
    assert.deepEqual(strip(r), strip(reports[0]!), 'decoded UTF-16 compares exactly like UTF-8');
    assert.deepEqual(r.summary, reports[0]!.summary);
  }
});

test('CLI: UTF-16 without a BOM and a directory are refused with one line', { skip, timeout: 30_000 }, async () => {
  const bomless = join(tmp.dir, 'bomless-utf16.txt');
  writeFileSync(bomless, Buffer.from(ARTICLE_A, 'utf16le'));
  const a = join(tmp.dir, 'plain-a.txt');
  writeFileSync(a, ARTICLE_A);
  for (const args of [[bomless, a], [a, tmp.dir], [a, join(tmp.dir, 'does-not-exist.txt')]]) {
    const r = await runCli(['compare', ...args, '--format', 'json'], { timeoutMs: 20_000 });
    assertOneLineError(r, args.join(' '));
  }
});

test('CLI: every output format survives hostile text (emoji, RTL, quotes, NUL)', { skip, timeout: 60_000 }, async () => {
  const { EMOJI_A, EMOJI_B, QUOTES_A, RTL_TEXT, withNuls } = await import('../support/hostile');
  const a = join(tmp.dir, 'fmt-a.txt');
  const b = join(tmp.dir, 'fmt-b.txt');
  writeFileSync(a, `${EMOJI_A}\n\n${QUOTES_A}\n\n<script>alert(1)</script> & "<b>"\n`);
  writeFileSync(b, `${EMOJI_B}\n\n${RTL_TEXT}\n\n${withNuls('He said 40. It rained. ')}\n`);
  for (const format of ['json', 'text', 'markdown', 'html']) {
    const r = await runCli(['compare', a, b, '--format', format], { timeoutMs: 20_000 });
    assert.equal(r.code, 0, `${format}: exit 0; stderr ${r.stderr}`);
    assert.ok(r.stdout.length > 0, `${format}: output is not empty`);
    assert.ok(!hasStackFrames(r.stderr), `${format}: no stack trace`);
    if (format === 'html') assert.ok(!r.stdout.includes('<script>alert(1)</script>'), 'html output escapes article text');
    const out = join(tmp.dir, `fmt.${format}`);
    const w = await runCli(['compare', a, b, '--format', format, '--out', out], { timeoutMs: 20_000 });
    assert.equal(w.code, 0, `${format} --out: exit 0; stderr ${w.stderr}`);
    assert.equal(w.stdout, '', `${format} --out: nothing on stdout`);
    assert.equal(readFileSync(out, 'utf8'), r.stdout, `${format}: --out writes what stdout shows`);
  }
});
