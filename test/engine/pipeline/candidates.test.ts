/**
 * The candidate index (pipeline/candidates.ts): symmetric by construction (the pairs of (i, j) are
 * the pairs of (j, i), reversed), exact copies always candidates, a pair's candidates independent of
 * the other documents in the index.
 */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CandidateIndex } from '../../../src/engine/pipeline/candidates';
import { prepare } from '../../../src/engine/similarity';

const swapped = (pairs: Array<[number, number]>): Array<[number, number]> =>
  pairs.map(([x, y]): [number, number] => [y, x]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
const key = (p: [number, number]): string => `${p[0]}:${p[1]}`;

const WORDS = ['ferry', 'harbour', 'Lisk', 'passengers', 'rescue', 'boats', 'storm', 'council', 'mayor', 'Ana', 'Brel',
  'said', 'the', 'on', 'Tuesday', '212', '214', 'bridge', 'closed', 'repairs', 'fuel', 'depot', 'Kharabin', 'drones'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
const doc = fc.array(sentence, { maxLength: 30 });

test('pairs(i, j) are pairs(j, i) reversed, ascending and each once', () => {
  fc.assert(fc.property(doc, doc, (a, b) => {
    const index = new CandidateIndex([a.map((s) => prepare(s)), b.map((s) => prepare(s))]);
    const ab = index.pairs(0, 1);
    assert.deepEqual(index.pairs(1, 0), swapped(ab));
    for (let t = 1; t < ab.length; t++) assert.ok(ab[t - 1][0] < ab[t][0] || (ab[t - 1][0] === ab[t][0] && ab[t - 1][1] < ab[t][1]), 'ascending, no repeats');
    for (const [x, y] of ab) assert.ok(x >= 0 && x < a.length && y >= 0 && y < b.length);
  }), { numRuns: 150 });
});

test('symmetric on repeated boilerplate too (frequent keys, many copies, ties)', () => {
  const boiler = 'Follow the Lisk Herald on social media for updates.';
  const a = [...Array.from({ length: 40 }, () => boiler), 'The ferry carried 212 passengers on Tuesday.', ...Array.from({ length: 40 }, (_, i) => `The council met on day ${i} of the storm.`)];
  const b = ['The ferry carried 214 passengers on Tuesday.', ...Array.from({ length: 25 }, () => boiler), ...Array.from({ length: 30 }, (_, i) => `The council met on day ${i + 5} of the storm.`)];
  const index = new CandidateIndex([a.map((s) => prepare(s)), b.map((s) => prepare(s))]);
  assert.deepEqual(index.pairs(1, 0), swapped(index.pairs(0, 1)));
  const pairs = new Set(index.pairs(0, 1).map(key));
  assert.ok(pairs.has(`40:0`), 'the two ferry claims are candidates');
});

test('an exact copy is always a candidate, however common its words', () => {
  const filler = Array.from({ length: 60 }, (_, i) => `The council said the storm closed the bridge on day ${i}.`);
  const copy = 'The council said the storm closed the bridge.';
  const a = [...filler.slice(0, 30), copy, ...filler.slice(30)];
  const b = [...filler.slice(10, 50), copy, ...filler.slice(5, 9)];
  const index = new CandidateIndex([a.map((s) => prepare(s)), b.map((s) => prepare(s))]);
  assert.ok(index.pairs(0, 1).some(([x, y]) => x === 30 && y === 40), 'copy found from either side');
  assert.ok(index.directed(0, 1).some(([x, y]) => x === 30 && y === 40), 'and one-sided');
  assert.ok(index.directed(1, 0).some(([x, y]) => x === 40 && y === 30));
  // every claim of a that b repeats word for word is paired with a copy
  const pairs = new Set(index.pairs(0, 1).map(key));
  for (let y = 0; y < 40; y++) assert.ok(pairs.has(`${y + 10 < 30 ? y + 10 : y + 11}:${y}`), `copy of b[${y}]`);
});

test('a claim whose words are all common still gets a candidate', () => {
  const common = Array.from({ length: 50 }, (_, i) => `Rescue boats and the ferry crew searched the harbour, officials said, in shift ${i}.`);
  const a = [...common, 'Rescue boats searched the harbour.'];
  const b = ['The ferry crew and rescue boats searched the harbour overnight.', ...common.slice(0, 20)];
  const index = new CandidateIndex([a.map((s) => prepare(s)), b.map((s) => prepare(s))]);
  assert.ok(index.pairs(0, 1).some(([x]) => x === 50));
  assert.deepEqual(index.pairs(1, 0), swapped(index.pairs(0, 1)));
});

test('a pair\'s candidates do not depend on the other documents in the index', () => {
  fc.assert(fc.property(doc, doc, doc, (a, b, c) => {
    const [pa, pb, pc] = [a, b, c].map((d) => d.map((s) => prepare(s)));
    const two = new CandidateIndex([pa, pb]);
    const three = new CandidateIndex([pc, pa, pb]);
    assert.deepEqual(three.pairs(1, 2), two.pairs(0, 1));
    assert.deepEqual(three.directed(2, 1), two.directed(1, 0));
  }), { numRuns: 60 });
});

test('no words in common, no candidates; empty documents are fine', () => {
  const index = new CandidateIndex([
    [prepare('The ferry carried 212 passengers.')],
    [prepare('Mira Talvane won the regional chess championship.')],
    [],
  ]);
  assert.deepEqual(index.pairs(0, 1), []);
  assert.deepEqual(index.pairs(0, 2), []);
  assert.deepEqual(index.directed(2, 0), []);
});
