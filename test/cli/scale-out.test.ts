/**
 * `pairs` split across processes joins back byte for byte (README "Scale-out"): output line N
 * answers input line N, and no answer depends on where its line was in the input, so a batch cut
 * into pieces — by GNU parallel (`--pipe --keep-order`) on one machine, by Spark's `RDD.pipe()`
 * on a cluster — gives, concatenated in order, exactly what one process gives.
 *
 * The split is done twice: by a small splitter here (always: contiguous pieces of lines, one
 * `pairs` process each, outputs joined in order — what `--pipe --keep-order` and a partitioned
 * `pipe()` do), and by GNU parallel itself when it is installed (`apt-get install parallel`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { CLI, cliMissing, runCli } from '../support/cli';
import { floodArticle, prng } from '../support/text';

const skip = cliMissing();

/** A batch with everything a real one may hold: judged pairs, blank and bad lines, odd ids, CRLF, a BOM. */
function batch(): string {
  const r = prng(5);
  const sentences = floodArticle(8, 20).split(/(?<=\.)\s+/).filter((s) => s.length > 20);
  const lines: string[] = [];
  for (let i = 0; i < 90; i++) {
    const a = sentences[i % sentences.length]!;
    const b = r() < 0.5 ? a.replace(/\d+/, (d) => String(Number(d) + 1)) : sentences[(i * 7) % sentences.length]!;
    const kind = i % 15;
    if (kind === 3) lines.push('');
    else if (kind === 5) lines.push('{"id": "broken", "a": "unterminated');
    else if (kind === 7) lines.push(`{"id": ${12345678901234567890n + BigInt(i)}, "a": ${JSON.stringify(a)}, "b": ${JSON.stringify(b)}}`);
    else if (kind === 9) lines.push(`{"id": {"doc": ${i}}, "a": ${JSON.stringify(a)}}`);
    else if (kind === 11) lines.push(`${JSON.stringify({ id: `crlf-${i}`, a, b })}\r`);
    else lines.push(JSON.stringify({ id: `p${i}`, a, b }));
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

/** Runs `pairs` on `input`, or on `pieces` contiguous pieces of its lines at once, joined in order. */
async function splitRun(input: string, pieces: number): Promise<string> {
  const lines = input.split(/(?<=\n)/);
  const size = Math.ceil(lines.length / pieces);
  const chunks = Array.from({ length: pieces }, (_, k) => lines.slice(k * size, (k + 1) * size).join('')).filter(Boolean);
  const outs = await Promise.all(chunks.map((chunk) => new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, [CLI, 'pairs'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('close', (code) => (code === 0 ? done(Buffer.concat(out).toString('utf8')) : fail(new Error(`pairs exit ${code}`))));
    child.stdin.end(chunk);
  })));
  return outs.join('');
}

test('pairs split into pieces (--pipe --keep-order, emulated) gives the single process\'s output byte for byte', { skip, timeout: 120_000 }, async () => {
  const input = batch();
  const single = await runCli(['pairs'], { input, timeoutMs: 60_000 });
  assert.equal(single.code, 0, single.stderr);
  assert.equal(single.stdout.split('\n').length - 1, input.split('\n').length - 1, 'one output line per input line');
  assert.ok(single.stdout.includes('"error":"blank line"') && single.stdout.includes('"error":"invalid JSON'), 'the batch holds error lines');
  for (const pieces of [2, 3, 7]) {
    assert.equal(await splitRun(input, pieces), single.stdout, `${pieces} pieces`);
  }
});

const parallelMissing = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0
  ? undefined
  : 'GNU parallel is not installed (apt-get install -y parallel); the emulated split above still ran';

test('pairs under GNU parallel --pipe --keep-order gives the single process\'s output byte for byte', { skip: skip ?? parallelMissing, timeout: 120_000 }, async () => {
  const input = batch();
  const single = await runCli(['pairs'], { input, timeoutMs: 60_000 });
  assert.equal(single.code, 0, single.stderr);
  for (const records of ['7', '25']) {
    const r = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '-N', records, '-j', '3', process.execPath, CLI, 'pairs'], {
      input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 100_000,
    });
    assert.equal(r.status, 0, `parallel exit ${r.status}: ${r.stderr}`);
    assert.equal(r.stdout, single.stdout, `parallel -N ${records}`);
  }
});
