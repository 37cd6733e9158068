// Pairs mode (judgePair): how text `b` as a whole stands against source `a`. Texts written for this test.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePair } from '../../../src/engine';

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
