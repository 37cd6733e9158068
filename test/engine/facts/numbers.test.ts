/** Number facts (facts/numbers.ts), read through extractFacts: qualifiers, units, words, money, scores. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../../../src/engine/facts';
import type { Fact } from '../../../src/engine/facts';

const all = (text: string, date: string | null = null): Fact[] => extractFacts(text, { start: 0, end: text.length }, date);
const of = (fs: Fact[], type: string): Fact[] => fs.filter((f) => f.type === type);

test('numbers: qualifiers, units, words, fractions, money, multipliers', () => {
  const fs = of(all('Officials counted at least 40 such raids, more than 10,000 refugees, two-thirds of them children, and two F-15s; the fund lost $2.5 billion, about 11 percent.'), 'number');
  const by = (t: string): Fact | undefined => fs.find((f) => f.text === t);
  assert.equal(by('at least 40')?.value, '40');
  assert.equal(by('at least 40')?.qualifier, 'at least');
  assert.equal(by('at least 40')?.unit, 'raid');
  assert.equal(by('more than 10,000')?.value, '10000');
  assert.equal(by('more than 10,000')?.qualifier, 'more than');
  assert.equal(by('two-thirds')?.value, '0.667');
  assert.equal(by('two')?.value, '2');
  assert.equal(by('two')?.unit, 'f-15');
  assert.equal(by('$2.5 billion')?.value, '2500000000');
  assert.equal(by('$2.5 billion')?.unit, '$');
  assert.equal(by('about 11 percent')?.unit, '%');
  assert.equal(by('about 11 percent')?.qualifier, 'about');
});

test('numbers: hyphenated figures and scores', () => {
  const fs = of(all('The 47-hour standoff ended 3-1 after a $6.8-billion deal.'), 'number');
  assert.deepEqual(fs.map((f) => f.value), ['47', '3-1', '6800000000']);
  assert.equal(fs[0].unit, 'hour');
});
