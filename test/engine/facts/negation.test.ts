/** Negation facts (facts/negation.ts): a cue with its predicate. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../../../src/engine/facts';
import type { Fact } from '../../../src/engine/facts';

const all = (text: string, date: string | null = null): Fact[] => extractFacts(text, { start: 0, end: text.length }, date);
const of = (fs: Fact[], type: string): Fact[] => fs.filter((f) => f.type === type);

test('negation: cue with its predicate, "No." is not a cue', () => {
  const fs = of(all('The first strike did not convince the council. It ranked No. 5. They never agreed, and there were no civilian casualties.'), 'negation');
  assert.deepEqual(fs.map((f) => f.value), ['not convince', 'not agreed', 'not civilian']);
  const [c] = of(all("The raid didn't work."), 'negation');
  assert.equal(c.value, 'not work');
  assert.equal(c.aux, 'did');
});

test('negation: "three no votes" counts votes against, it denies nothing', () => {
  assert.deepEqual(of(all('Three no votes would kill the plan, and 12 no votes were cast.'), 'negation'), []);
  assert.deepEqual(of(all('There were no votes against it.'), 'negation').map((f) => f.value), ['not votes']);
});
