/**
 * `pairs` mode: order kept, bad lines become error lines and the run goes on, stdin and --input,
 * streaming with backpressure (in-process, with a slow writer).
 */
import '../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { fixture, runCli, assertOneLineError } from './helpers';
import { judgeLine, runPairs, type PairsMeaning } from '../../src/cli/pairs';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/main';

const PAIRS = fixture('pairs.jsonl');

function parseLines(stdout: string): Record<string, unknown>[] {
  assert.ok(stdout.endsWith('\n'));
  return stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
}

function assertJudgement(line: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(line), ['id', 'label', 'score', 'kinds']);
  assert.ok(['agreement', 'discrepancy', 'unique'].includes(line.label as string));
  assert.equal(typeof line.score, 'number');
  assert.ok((line.score as number) >= 0 && (line.score as number) <= 1);
  assert.ok(Array.isArray(line.kinds));
}

function checkFixtureOutput(stdout: string): void {
  const out = parseLines(stdout);
  // 10 input lines, 10 output lines: blank lines and bad lines get error lines, in place.
  assert.deepEqual(out.map((l) => l.id), ['p1', null, 'p2', null, 'p4', 'p5', null, null, 6, null]);
  for (const i of [0, 2, 8, 9]) assertJudgement(out[i]);
  for (const i of [1, 3, 4, 5, 6, 7]) assert.deepEqual(Object.keys(out[i]), ['id', 'error']);
  assert.equal(out[1].error, 'blank line');
  assert.match(out[3].error as string, /^invalid JSON/);
  assert.match(out[4].error as string, /^"b" must be a string, got missing/);
  assert.match(out[5].error as string, /^"b" must be a string, got a number/);
  assert.equal(out[6].error, 'blank line', 'a line of spaces is blank');
  assert.match(out[7].error as string, /^expected a JSON object/);
}

describe('pairs', () => {
  it('--input FILE: one line per input line, in order; bad lines give error lines', () => {
    const r = runCli(['pairs', '--input', PAIRS]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    checkFixtureOutput(r.stdout);
  });

  it('reads standard input (no --input, or --input -)', () => {
    const input = readFileSync(PAIRS);
    checkFixtureOutput(runCli(['pairs'], { input }).stdout);
    checkFixtureOutput(runCli(['pairs', '--input=-'], { input }).stdout);
  });

  it('keeps the order of a larger batch, handles CRLF and a BOM', () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `n${i}`, a: `The ferry left at ${i} o'clock.`, b: `The ferry left at ${i + (i % 3)} o'clock.` }));
    const r = runCli(['pairs'], { input: `\uFEFF${lines.join('\r\n')}\r\n` });
    assert.equal(r.code, 0, r.stderr);
    const out = parseLines(r.stdout);
    assert.deepEqual(out.map((l) => l.id), lines.map((_, i) => `n${i}`));
    out.forEach(assertJudgement);
  });

  it('empty input gives empty output; each blank line gives a "blank line" error line', () => {
    const empty = runCli(['pairs'], { input: '' });
    assert.equal(empty.code, 0);
    assert.equal(empty.stdout, '');
    const r = runCli(['pairs'], { input: '\n \r\n' });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '{"id":null,"error":"blank line"}\n{"id":null,"error":"blank line"}\n');
  });

  it('--meaning: the same lines and errors in the same places; answers do not depend on how the input is cut into blocks', () => {
    const r = runCli(['pairs', '--meaning', '--input', PAIRS]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    checkFixtureOutput(r.stdout);
    // 300 lines: more than one block of 256; the same answers as one process per half (two blocks
    // of other sizes), and as -m, byte for byte
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, a: `The ferry to Calder left ${i % 7 === 0 ? 'late' : 'on time'} with ${i} passengers on board.`, b: `With ${i + (i % 5 === 0 ? 1 : 0)} passengers aboard, the Calder ferry departed ${i % 3 === 0 ? 'late' : 'on schedule'}.` }));
    const whole = runCli(['pairs', '--meaning'], { input: `${lines.join('\n')}\n` });
    assert.equal(whole.code, 0, whole.stderr);
    const first = runCli(['pairs', '-m'], { input: `${lines.slice(0, 120).join('\n')}\n` });
    const second = runCli(['pairs', '-m'], { input: `${lines.slice(120).join('\n')}\n` });
    assert.equal(first.stdout + second.stdout, whole.stdout);
    const out = parseLines(whole.stdout);
    assert.equal(out.length, 300);
    out.forEach(assertJudgement);
    assert.ok(out.some((l) => l.label === 'discrepancy' && (l.kinds as string[]).includes('number')));
    // by meaning the scores differ from by words (the encoder ran)
    const words = parseLines(runCli(['pairs'], { input: `${lines.join('\n')}\n` }).stdout);
    assert.ok(out.some((l, i) => l.score !== words[i].score));
  });

  it('errors: missing input file, directory, stray argument, unknown option', () => {
    assertOneLineError(runCli(['pairs', '--input', 'no-such.jsonl']), 1, /cannot read no-such\.jsonl: no such file or directory/);
    assertOneLineError(runCli(['pairs', '--input', '.']), 1, /is a directory/);
    assertOneLineError(runCli(['pairs', PAIRS]), 2, /pairs takes no file arguments/);
    assertOneLineError(runCli(['pairs', '--format', 'json']), 2, /unknown option '--format' for pairs/);
    assertOneLineError(runCli(['pairs', '--input']), 2, /--input needs a value/);
  });
});

describe('pairs: in-process', () => {
  it('judgeLine never throws, even when the judge does', () => {
    const r = judgeLine('{"id":"x","a":"a","b":"b"}', () => { throw new Error('boom'); });
    assert.deepEqual(r, { id: '"x"', error: 'could not judge this pair (boom)' });
    assert.deepEqual(judgeLine('"just a string"'), { id: 'null', error: 'expected a JSON object {"id", "a", "b"}, got a string' });
    assert.deepEqual(judgeLine('{"id":{"x": 1},"a":1,"b":"b"}'), { id: '{"x":1}', error: '"a" must be a string, got a number' });
    assert.deepEqual(judgeLine('{"id":"o","a":{},"b":"b"}'), { id: '"o"', error: '"a" must be a string, got an object' });
  });

  it('waits for a slow writer (backpressure) and still writes every line in order', async () => {
    const n = 300;
    const input = Readable.from([Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, a: 'x y z', b: 'x y' })).join('\n')]);
    const got: string[] = [];
    let maxBuffered = 0;
    const output = new Writable({
      highWaterMark: 64,
      write(chunk, _enc, cb) {
        got.push(String(chunk));
        setImmediate(cb);
      },
    });
    const origWrite = output.write.bind(output);
    output.write = ((chunk: string) => {
      const ok = origWrite(chunk);
      maxBuffered = Math.max(maxBuffered, output.writableLength);
      return ok;
    }) as typeof output.write;
    const stats = await runPairs(input, output, () => ({ label: 'unique', score: 0.5, kinds: [] }));
    assert.equal(stats.lines, n);
    assert.equal(got.length, n);
    assert.deepEqual(got.map((l) => JSON.parse(l).id), Array.from({ length: n }, (_, i) => i));
    assert.ok(maxBuffered < 1024, `never more than a line or two queued (max ${maxBuffered} bytes)`);
  });

  it('with meaning: lines are answered in blocks, in order; binary input still answers the lines before it', async () => {
    const asked: number[] = [];
    const meaning: PairsMeaning = {
      vectorsFor: async (texts) => {
        asked.push(texts.length);
        return { name: 'stub', vectorOf: () => undefined };
      },
    };
    const line = (i: number): string => JSON.stringify({ id: i, a: 'The pier closed on Monday.', b: 'The pier shut on Monday.' });
    const lines = Array.from({ length: 300 }, (_, i) => line(i));
    const got: string[] = [];
    const sink = new Writable({ write(c, _e, cb) { got.push(String(c)); cb(); } });
    const stats = await runPairs(Readable.from([`${lines.join('\n')}\n\n`]), sink, undefined, undefined, meaning);
    assert.equal(stats.lines, 301);
    assert.deepEqual(asked, [512, 88], 'two blocks: 256 pairs, then 44 and a blank line');
    const out = got.join('').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((l) => l.id), [...Array.from({ length: 300 }, (_, i) => i), null]);
    const before: string[] = [];
    const sink2 = new Writable({ write(c, _e, cb) { before.push(String(c)); cb(); } });
    await assert.rejects(runPairs(Readable.from([`${line(0)}\n${line(1)}\n\u0000\n`]), sink2, undefined, undefined, meaning), /NUL byte/);
    assert.equal(before.join('').trimEnd().split('\n').length, 2);
  });

  it('main() runs pairs on an injected stdin and stdout', async () => {
    const chunks: string[] = [];
    const err: string[] = [];
    const io: CliIO = {
      stdin: Readable.from(['{"id":"a1","a":"The ferry sank.","b":"The ferry sank."}\n', 'oops\n']),
      stdout: new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb(); } }),
      stderr: new Writable({ write(c, _e, cb) { err.push(String(c)); cb(); } }),
      env: {},
      stdoutIsTTY: false,
    };
    assert.equal(await main(['pairs'], io), 0);
    const lines = chunks.join('').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assertJudgement(lines[0]);
    assert.equal(lines[1].id, null);
    assert.deepEqual(err, []);
  });
});
