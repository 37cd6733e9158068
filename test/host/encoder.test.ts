// The host's sentence encoder with the real model (models/minilm/, written by
// scripts/fetch-model.mjs) on both runtimes, and the fallback to none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cosine } from '../../src/engine/ports';
import { defaultModelDir, describeLoad, loadSentenceEncoder, type MiniLmEncoder } from '../../src/host/encoder';

const PARAPHRASE = [
  'The strike was deliberate and designed not to escalate the conflict in the region.',
  'The precision strike, the representative noted, was deliberate and intended to prevent an escalation of the conflict in the region.',
];
const UNRELATED = 'The harbour authority reopened the northern quay to fishing boats on Tuesday.';

test('the model files are found beside the build', () => {
  assert.ok(defaultModelDir(), 'models/minilm is missing: run node scripts/fetch-model.mjs');
});

test('onnxruntime-node: unit vectors, paraphrases close, deterministic whatever the batch, cached by text', async () => {
  const load = await loadSentenceEncoder({ runtimes: ['onnxruntime-node'] });
  assert.equal(load.runtime, 'onnxruntime-node', describeLoad(load));
  const enc = load.encoder;
  assert.ok(enc);
  assert.match(enc.name, /all-MiniLM-L6-v2.*onnxruntime-node/);
  assert.match(describeLoad(load), /onnxruntime-node/);
  const [a, b, c] = await enc.embed([...PARAPHRASE, UNRELATED]);
  for (const v of [a, b, c]) {
    assert.equal(v.length, 384);
    assert.ok(Math.abs(cosine(v, v) - 1) < 1e-5);
  }
  // Reference (sentence-transformers on the PyTorch weights): 0.639 and about 0.
  assert.ok(cosine(a, b) > 0.6, `paraphrase cosine ${cosine(a, b)}`);
  assert.ok(cosine(a, c) < 0.2, `unrelated cosine ${cosine(a, c)}`);

  await assertBatchIndependent(enc);

  await enc.embed([UNRELATED, 'The quay was closed.']);
  const before = enc.embeddedCount;
  const again = await enc.embed([UNRELATED, UNRELATED, 'The quay was closed.', 'A new sentence about the quay.']);
  assert.equal(enc.embeddedCount - before, 1, 'only the new text is embedded');
  assert.equal(again[0], again[1]);
});

/** Texts of nearby lengths share a padded batch: each one's vector equals its vector alone, bit for bit. */
async function assertBatchIndependent(enc: MiniLmEncoder): Promise<void> {
  const texts = [
    'The quay was closed.',
    'The quay was closed on Monday.',
    UNRELATED,
    'Fishing boats returned to the northern quay on Tuesday morning.',
    'Fishing boats returned to the northern quay on Tuesday morning after the storm had passed.',
    ...PARAPHRASE,
  ];
  enc.clearCache();
  const together = await enc.embed(texts);
  for (const [k, t] of texts.entries()) {
    enc.clearCache();
    const [alone] = await enc.embed([t]);
    assert.deepEqual(Array.from(together[k]), Array.from(alone), `text ${k} alone and in a batch`);
  }
  enc.clearCache();
}

test('onnxruntime-web (the fallback) gives the same vectors as onnxruntime-node', async () => {
  const node = await loadSentenceEncoder({ runtimes: ['onnxruntime-node'] });
  const web = await loadSentenceEncoder({ runtimes: ['onnxruntime-web'] });
  assert.equal(web.runtime, 'onnxruntime-web', describeLoad(web));
  assert.ok(node.encoder && web.encoder);
  assert.match(web.encoder.name, /onnxruntime-web/);
  const x = await node.encoder.embed([...PARAPHRASE, UNRELATED]);
  const y = await web.encoder.embed([...PARAPHRASE, UNRELATED]);
  x.forEach((v, i) => assert.ok(cosine(v, y[i]) > 0.9999, `text ${i}: ${cosine(v, y[i])}`));
  await assertBatchIndependent(web.encoder);
});

test('no model: no encoder, and the reason is reported', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'sc-no-model-'));
  try {
    const load = await loadSentenceEncoder({ modelDir: empty });
    assert.equal(load.encoder, null);
    assert.equal(load.runtime, 'none');
    assert.equal(load.failures.length, 2);
    assert.match(describeLoad(load), /none \(lexical similarity only\).*fetch-model/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
