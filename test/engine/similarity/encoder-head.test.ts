import '../../support/tables';
// The encoder similarity head with the real model: the cosine comes from the host's encoder
// (models/minilm/), the lexical features from the engine, exactly as the head was fitted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairFeatures, prepareText } from '../../../src/engine/similarity/features';
import { mlp } from '../../../src/engine/similarity/model';
import { SimilarityScratch } from '../../../src/engine/similarity/scratch';
import { prepare, similarity, MATCH_THRESHOLD } from '../../../src/engine/similarity';
import { ENCODER_MATCH_THRESHOLD, ENCODER_HEAD_MODEL, encoderSimilarity } from '../../../src/engine/similarity/encoder-head';
import { ENCODER_MODEL } from '../../../src/engine/similarity/data/model-encoder.generated';
import { cosine } from '../../../src/engine/ports';
import { MODEL_NAME, loadSentenceEncoder } from '../../../src/host/encoder';

// Said in other words (our own sentences, in the manner of the seed pair's reports); C is the same
// story but another event.
const A = 'The precision strike, the spokeswoman noted, was deliberate and intended to prevent an escalation of the fighting along the river.';
const B = 'The strike was deliberate and designed not to escalate the fighting along the river.';
const C = 'Aid convoys reached the river crossing two days after the strike, the ministry said.';

test('the head was fitted on this encoder', () => {
  assert.equal(ENCODER_HEAD_MODEL, MODEL_NAME);
});

test('with the encoder, a paraphrase scores higher and a same-story sentence lower than with the lexical head', async () => {
  const load = await loadSentenceEncoder({ runtimes: ['onnxruntime-node'] });
  assert.ok(load.encoder, load.failures.map((f) => f.error).join('; '));
  const [va, vb, vc] = await load.encoder.embed([A, B, C]);
  const pa = prepare(A); const pb = prepare(B); const pc = prepare(C);
  const para = encoderSimilarity(pa, pb, cosine(va, vb));
  const alike = encoderSimilarity(pb, pc, cosine(vb, vc));
  assert.ok(para > similarity(pa, pb), `paraphrase: encoder head ${para}, lexical ${similarity(pa, pb)}`);
  assert.ok(alike < similarity(pb, pc), `same story: encoder head ${alike}, lexical ${similarity(pb, pc)}`);
  assert.ok(alike < ENCODER_MATCH_THRESHOLD && similarity(pb, pc) < MATCH_THRESHOLD);
  // The same features, in the same order, as the training script.
  const s = new SimilarityScratch();
  const expected = mlp(ENCODER_MODEL.sim, [...pairFeatures(prepareText(A, undefined, s), prepareText(B, undefined, s), s), cosine(va, vb)], s);
  assert.ok(Math.abs(para - Math.min(1, Math.max(0, expected))) < 1e-12);
});

test('identical and empty claims as in the lexical head', () => {
  const p = prepare('Forty people left on Wednesday.');
  assert.equal(encoderSimilarity(p, prepare('Forty people left on Wednesday.'), 0.2), 1);
  assert.equal(encoderSimilarity(p, prepare('...'), 0.9), 0);
});
