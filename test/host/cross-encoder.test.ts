// The host's paraphrase cross-encoder with the real model (models/minilm/cross.onnx and
// cross-head.json, built by scripts/fetch-model.mjs from the committed adapter) on both runtimes,
// and the fallback to none. Sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describePairJudge, loadPairJudge, readHead, type PairJudge } from '../../src/host/cross-encoder';

const PAIRS: Array<[string, string]> = [
  // the same in other words
  ['The ferry operator said the crossing was cancelled because of the storm.', 'Because of the storm, the crossing was called off, the ferry operator said.'],
  ['Shares of the mining group fell 4 percent in early trading on Tuesday.', 'The mining group’s shares dropped 4 percent in early Tuesday trading.'],
  // one side says much more, or something else
  ['The council approved the new budget on Monday.', 'The council approved the new budget on Monday after a six-hour debate in which the opposition walked out twice.'],
  ['The striker scored twice in the second half.', 'The museum will reopen its east wing next spring.'],
];

test('onnxruntime-node: paraphrases score high, unrelated pairs low; deterministic whatever the batch, cached by pair', async () => {
  const load = await loadPairJudge({ runtimes: ['onnxruntime-node'] });
  assert.equal(load.runtime, 'onnxruntime-node', describePairJudge(load));
  const judge = load.judge as PairJudge;
  assert.match(judge.name, /cross-encoder.*onnxruntime-node/);
  const ps = await judge.probabilities(PAIRS);
  for (const p of ps) assert.ok(p > 0 && p < 1);
  assert.ok(ps[0] > 0.5 && ps[1] > 0.5, `paraphrases ${ps[0]}, ${ps[1]}`);
  assert.ok(ps[3] < 0.2, `unrelated ${ps[3]}`);
  assert.ok(ps[2] < ps[0], `a much longer second sentence ${ps[2]} below a paraphrase ${ps[0]}`);
  // each pair alone gives the same probability bit for bit as in the batch
  for (const [k, pair] of PAIRS.entries()) {
    judge.clearCache();
    assert.equal((await judge.probabilities([pair]))[0], ps[k], `pair ${k} alone and in a batch`);
  }
  // the order of the sentences matters to the model, but not much for a paraphrase
  const [flipped] = await judge.probabilities([[PAIRS[0][1], PAIRS[0][0]]]);
  assert.ok(flipped > 0.5, `flipped paraphrase ${flipped}`);
});

test('onnxruntime-web (the fallback) gives the same probabilities as onnxruntime-node', async () => {
  const node = await loadPairJudge({ runtimes: ['onnxruntime-node'] });
  const web = await loadPairJudge({ runtimes: ['onnxruntime-web'] });
  assert.equal(web.runtime, 'onnxruntime-web', describePairJudge(web));
  const x = await (node.judge as PairJudge).probabilities(PAIRS);
  const y = await (web.judge as PairJudge).probabilities(PAIRS);
  x.forEach((p, i) => assert.ok(Math.abs(p - y[i]) < 1e-3, `pair ${i}: ${p} / ${y[i]}`));
});

test('no cross-encoder files or a broken head: no judge, and the reason is said', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'sc-no-cross-'));
  try {
    const load = await loadPairJudge({ modelDir: empty });
    assert.equal(load.judge, null);
    assert.match(describePairJudge(load), /none.*fetch-model/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  assert.throws(() => readHead('{"weight": [1, 2], "bias": 0}'), /384 weights/);
  assert.throws(() => readHead(JSON.stringify({ weight: Array(384).fill(null), bias: 0 })), /384 weights/);
  assert.equal(readHead(JSON.stringify({ weight: Array(384).fill(0.5), bias: -1 })).bias, -1);
});
