/**
 * The built CLI and the extension's engine worker read their derived data (word vectors,
 * vocabulary, lemmas) from dist/data/, beside dist/cli.js and dist/worker.js, instead of carrying it
 * inside the bundles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineReply, EngineRequest } from '../../src/extension/engineProtocol';
import { CLI, ROOT, assertOneLineError, runCli } from './helpers';

const skip = existsSync(CLI) ? false : 'dist/cli.js absent (run npm run build)';
const SAMPLES = ['samples/varna-flood-herald.md', 'samples/varna-flood-courier.txt'].map((f) => join(ROOT, f));

test('dist/cli.js stays under 1 MB: the data files ship beside it, byte for byte as committed', { skip }, () => {
  assert.ok(statSync(CLI).size < 1_000_000, `dist/cli.js is ${statSync(CLI).size} bytes`);
  for (const f of ['vectors.bin', 'lexicon.json']) {
    assert.ok(readFileSync(join(ROOT, 'dist', 'data', f)).equals(readFileSync(join(ROOT, 'data', f))), `dist/data/${f}`);
  }
  assert.equal(runCli(['compare', ...SAMPLES, '--format', 'json']).code, 0);
});

test('a CLI without its data files says so in one line (exit 3); --help still works', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-nodata-'));
  try {
    const cli = join(dir, 'cli.js');
    copyFileSync(CLI, cli);
    const run = (args: string[]): { code: number | null; stdout: string; stderr: string } => {
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    assertOneLineError(run(['compare', ...SAMPLES]), 3, /data files \(vectors\.bin, lexicon\.json\) are missing: looked in .*sc-nodata-/);
    assertOneLineError(run(['pairs']), 3, /data files .* are missing/);
    assert.equal(run(['--help']).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the engine worker without its data files replies with one clear error line, not a stack', { skip }, () => {
  const WORKER = join(ROOT, 'dist', 'worker.js');
  const dir = mkdtempSync(join(tmpdir(), 'sc-nodata-'));
  try {
    const request: EngineRequest = { id: 1, inputs: SAMPLES.map((p) => ({ path: p, text: readFileSync(p, 'utf8') })), options: {} };
    type Worker = { runRequest(r: EngineRequest): EngineReply };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shipped = require(WORKER) as Worker;
    assert.equal(shipped.runRequest(request).ok, true, 'with dist/data beside it');
    copyFileSync(WORKER, join(dir, 'worker.js'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const reply = (require(join(dir, 'worker.js')) as Worker).runRequest(request);
    if (reply.ok) assert.fail('a reply without data files');
    assert.equal(reply.cancelled, false);
    assert.match(reply.error, /^TablesError: Source Compare's data files \(vectors\.bin, lexicon\.json\) are missing: looked in .*sc-nodata-/);
    assert.ok(!reply.error.includes('\n'), 'one line');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
