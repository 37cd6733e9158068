// Pairs mode (judgePair): how text `b` as a whole stands against source `a`. Texts written for this test.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimTexts, crossPair, EngineContext, judgePair, pairClaimTexts, type MeaningVectors } from '../../../src/engine';
import { describeLoad, loadSentenceEncoder } from '../../../src/host/encoder';

const SOURCE = [
  'A ferry carrying 212 passengers caught fire off the island of Calder on Sunday, the coast guard said.',
  'All passengers were taken off by lifeboats within an hour.',
  'Investigators believe the fire started in the engine room.',
  'The ferry operator said nearly 40 crew members were on board.',
].join(' ');

test('a paraphrase of one sentence agrees', () => {
  const j = judgePair('All passengers were taken off by lifeboats within an hour.', 'Within an hour, lifeboats took all the passengers off.');
  assert.equal(j.label, 'agreement');
  assert.ok(j.score >= 0.6 && j.score <= 1);
});

test('a changed number is a discrepancy with its kind', () => {
  const j = judgePair('A ferry carrying 212 passengers caught fire on Sunday.', 'A ferry carrying 312 passengers caught fire on Sunday.');
  assert.equal(j.label, 'discrepancy');
  assert.deepEqual(j.kinds, ['number']);
});

test('a summary made of what the source says agrees', () => {
  const j = judgePair(SOURCE, 'A ferry with 212 passengers caught fire off Calder on Sunday. All passengers were taken off by lifeboats within an hour.');
  assert.equal(j.label, 'agreement', JSON.stringify(j));
});

test('a summary that adds what the source never says is unique', () => {
  const j = judgePair(SOURCE, 'A ferry with 212 passengers caught fire off Calder on Sunday. The captain was arrested.');
  assert.equal(j.label, 'unique', JSON.stringify(j));
});

test('a summary that states a guess of the source as fact is not agreement', () => {
  const j = judgePair(SOURCE, 'The fire started in the engine room.');
  assert.notEqual(j.label, 'agreement', JSON.stringify(j));
});

test('empty texts give a result, not an error', () => {
  assert.deepEqual(judgePair('', ''), { label: 'agreement', score: 1, kinds: [] });
  assert.equal(judgePair('', 'Something happened.').label, 'unique');
});

// ---------------------------------------------------------------------------------------------
// By meaning: the real sentence encoder (models/minilm) through the host, as `pairs --meaning` runs it.
// ---------------------------------------------------------------------------------------------

async function vectorsFor(texts: string[]): Promise<MeaningVectors> {
  const load = await loadSentenceEncoder();
  assert.ok(load.encoder, describeLoad(load));
  const vectors = await load.encoder.embed(texts);
  const byText = new Map(texts.map((t, k) => [t, vectors[k]]));
  return { name: load.encoder.name, vectorOf: (t) => byText.get(t) };
}

test('pairClaimTexts: both claims of a one-sentence pair, none when either side is longer', () => {
  assert.deepEqual(pairClaimTexts('The pier closed on Monday.', ' The pier shut on Monday. '), ['The pier closed on Monday.', 'The pier shut on Monday.']);
  assert.deepEqual(pairClaimTexts(SOURCE, 'The pier shut on Monday.'), []);
  assert.deepEqual(pairClaimTexts('The pier shut on Monday.', SOURCE), []);
});

test('by meaning, a paraphrase sharing few words scores higher than by words, and a changed figure is still a discrepancy', async () => {
  const pairs: Array<[string, string]> = [
    ['The bridge was closed because engineers found cracks in it.', 'Engineers discovered fractures in the bridge, so it was shut.'],
    ["The company's profits rose sharply last year.", "Last year the firm's earnings increased steeply."],
    ['Rescuers pulled 14 miners alive from the flooded shaft.', 'Rescuers pulled 41 miners alive from the flooded shaft.'],
    ['The striker scored twice in the second half.', 'The museum will reopen its east wing next spring.'],
  ];
  const meaning = await vectorsFor(pairs.flatMap(([a, b]) => pairClaimTexts(a, b)));
  const [bridge, profits, miners, unrelated] = pairs.map(([a, b]) => ({ words: judgePair(a, b), meaning: judgePair(a, b, new EngineContext(), meaning) }));
  assert.equal(bridge.meaning.label, 'agreement');
  assert.ok(bridge.meaning.score > bridge.words.score);
  // no content word in common: 0 by words (never scored), a graded score by meaning
  assert.equal(profits.words.score, 0);
  assert.ok(profits.meaning.score > 0.3, String(profits.meaning.score));
  assert.equal(miners.meaning.label, 'discrepancy');
  assert.deepEqual(miners.meaning.kinds, ['number']);
  assert.equal(unrelated.meaning.label, 'unique');
  assert.ok(unrelated.meaning.score < 0.3, String(unrelated.meaning.score));
});

test('by meaning, texts of several claims are judged as by words, and a claim without a vector falls back to words', async () => {
  const summary = 'A ferry with 212 passengers caught fire off Calder on Sunday. Lifeboats took everyone off within an hour.';
  const none: MeaningVectors = { name: 'none', vectorOf: () => undefined };
  assert.deepEqual(judgePair(SOURCE, summary, new EngineContext(), await vectorsFor(claimTexts(SOURCE).concat(claimTexts(summary)))), judgePair(SOURCE, summary));
  const a = 'The bridge was closed because engineers found cracks in it.';
  const b = 'Engineers discovered fractures in the bridge, so it was shut.';
  assert.deepEqual(judgePair(a, b, new EngineContext(), none), judgePair(a, b));
});

test('by meaning with the cross-encoder: its probability joins the decision, not the score; a fact conflict still decides first', async () => {
  const a = 'The ferry operator said the crossing was cancelled because of the storm.';
  const b = 'Because of the storm, the crossing was called off, the ferry operator said.';
  const vectors = await vectorsFor(pairClaimTexts(a, b));
  const withP = (p: number): MeaningVectors => ({ ...vectors, pairProbability: (x, y) => (x === a && y === b ? p : undefined) });
  const plain = judgePair(a, b, new EngineContext(), vectors);
  const sure = judgePair(a, b, new EngineContext(), withP(0.99));
  const doubt = judgePair(a, b, new EngineContext(), withP(0.01));
  // the reported score is the encoder head's in every case
  assert.equal(sure.score, plain.score);
  assert.equal(doubt.score, plain.score);
  assert.equal(sure.label, 'agreement');
  assert.equal(doubt.label, 'unique', 'the cross-encoder reading both at once says they differ');
  // a changed figure is a discrepancy however sure the cross-encoder is that the two say the same
  const c = 'The ferry operator said the crossing was cancelled because of the storm, stranding 300 people.';
  const d = 'Because of the storm, the crossing was called off, stranding 30 people, the ferry operator said.';
  const v2 = await vectorsFor(pairClaimTexts(c, d));
  const j = judgePair(c, d, new EngineContext(), { ...v2, pairProbability: () => 0.99 });
  assert.equal(j.label, 'discrepancy');
  assert.deepEqual(j.kinds, ['number']);
});

test('crossPair names only the pairs whose decision waits on the cross-encoder; judging only those gives the same answers', async () => {
  const pairs: Array<[string, string]> = [
    ['The ferry operator said the crossing was cancelled because of the storm.', 'Because of the storm, the crossing was called off, the ferry operator said.'],
    ['The ferry operator said the crossing was cancelled because of the storm.', 'The ferry operator said the crossing was cancelled because of the storm.'],
    ['Rescuers pulled 14 miners alive from the flooded shaft.', 'Rescuers pulled 41 miners alive from the flooded shaft.'],
    ['The striker scored twice in the second half.', 'The museum will reopen its east wing next spring.'],
    ['The council approved the budget on Monday.', 'On Monday the council passed the budget after a long debate.'],
  ];
  const vectors = await vectorsFor(pairs.flatMap(([a, b]) => pairClaimTexts(a, b)));
  const ctx = new EngineContext();
  const asked = pairs.map(([a, b]) => crossPair(a, b, ctx, vectors));
  // identical sentences agree and a changed figure is a discrepancy whatever the probability; an
  // unrelated pair is unique whatever it is
  assert.equal(asked[1], null);
  assert.equal(asked[2], null);
  assert.equal(asked[3], null);
  assert.ok(asked.some((p) => p !== null), 'a paraphrase in other words waits on the cross-encoder');
  for (const p of asked) if (p) assert.deepEqual(pairClaimTexts(p[0], p[1]), p);
  for (const prob of [0, 0.3, 0.7, 1]) {
    const all: MeaningVectors = { ...vectors, pairProbability: () => prob };
    const some: MeaningVectors = { ...vectors, pairProbability: (x, y) => (asked.some((p) => p !== null && p[0] === x && p[1] === y) ? prob : undefined) };
    for (const [a, b] of pairs) assert.deepEqual(judgePair(a, b, ctx, some), judgePair(a, b, ctx, all), `${a} / ${b} at ${prob}`);
  }
});
