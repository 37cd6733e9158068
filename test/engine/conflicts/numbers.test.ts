/** The number comparison (conflicts/numbers.ts) through compareFacts: one count, two values; qualifiers, bounds, ranges and units. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../../../src/engine/facts';
import { compareFacts } from '../../../src/engine/conflicts';
import type { FactConflict } from '../../../src/engine/conflicts';

function cmp(a: string, b: string, dateA: string | null = null, dateB: string | null = null): FactConflict[] {
  const fa = extractFacts(a, { start: 0, end: a.length }, dateA);
  const fb = extractFacts(b, { start: 0, end: b.length }, dateB);
  return compareFacts({ text: a, span: { start: 0, end: a.length }, facts: fa }, { text: b, span: { start: 0, end: b.length }, facts: fb, name: 'b.txt' });
}
const kinds = (cs: FactConflict[]): string[] => cs.map((c) => c.kind).sort();

test('numbers: different value for the same count; qualifiers on the same value agree', () => {
  const cs = cmp('Two F-15 jets dropped bombs.', 'Three F-15 jets dropped bombs.');
  assert.deepEqual(kinds(cs), ['number']);
  assert.equal(cs[0].message, 'Number differs: “Two” here, “Three” in b.txt');
  assert.deepEqual(kinds(cmp('Rebels carried out at least 40 raids.', 'Rebels carried out at least 45 raids.')), ['number']);
  assert.deepEqual(cmp('The toll was about 10,000 people.', 'The toll was more than 10,000 people.'), []);
  assert.deepEqual(cmp('Two-thirds of them were children.', 'Two-thirds of the victims were children.'), []);
  assert.deepEqual(cmp('Prices rose 10.6 percent.', 'Prices rose 11 percent.'), []);
  // a figure only one side gives is a detail, not a conflict
  assert.deepEqual(cmp('Rebels fired rockets at the base.', 'Rebels fired 12 rockets at the base.'), []);
});

test('false alarms: numbers with bounds, ranges and other units', () => {
  // a bound and a plain figure near it agree; far from it they do not
  assert.deepEqual(kinds(cmp('More than 2,000 volunteers joined the cleanup.', 'Some 2,100 volunteers joined the cleanup.')), []);
  assert.deepEqual(kinds(cmp('The toll was at least 767 dead.', 'The toll was 770 dead.')), []);
  assert.deepEqual(kinds(cmp('The deficit was less than $1 billion.', 'The deficit was $952 million.')), []);
  assert.deepEqual(kinds(cmp('The river rose more than 1 percent to 3 metres.', 'The river rose 3 percent to 3 metres.')), ['number']);
  // two bounds of the same kind still differ
  assert.deepEqual(kinds(cmp('At least 23 troops have been killed.', 'At least 26 troops have been killed.')), ['number']);
  // a figure inside a range agrees with it; ranges agree only end to end
  assert.deepEqual(kinds(cmp('Trans fat makes up 1 percent to 3 percent of the fat eaten.', 'Trans fat makes up 2.5 percent of the fat eaten.')), []);
  assert.deepEqual(kinds(cmp('Dongles will cost between $100 and $150 each.', 'Dongles will cost $100 to $225 each.')), ['number']);
  assert.deepEqual(kinds(cmp('The House voted 256 to 170 to pass the bill.', 'The House voted 256-170 to pass the bill.')), []);
  // a change and its result are not a range
  assert.deepEqual(kinds(cmp('Tuition will rise by $300 to $2,800.', 'Tuition will rise by $300 to $2,801.')), ['number']);
  // miles against kilometres, a percentage against a bare count, "one of" as a pronoun
  assert.deepEqual(kinds(cmp('He was seized about 90 miles north of Varna.', 'He was seized about 150 kilometres north of Varna.')), []);
  assert.deepEqual(kinds(cmp('Officials said only six have been re-evaluated.', 'Officials said only 1.5 per cent have been re-evaluated.')), []);
  assert.deepEqual(kinds(cmp('The calf, named after one of the researchers, was born in May.', 'The calf, named after a researcher, is 7 months old.')).filter((k) => k === 'number'), []);
  assert.deepEqual(kinds(cmp('She was five and a half months pregnant.', 'She was 5 1/2 months pregnant.')), []);
  assert.deepEqual(kinds(cmp('We destroyed about one-half of the network.', 'We destroyed about one half of the network.')), []);
  // spellings of one unit pair; a changed value is still caught
  assert.deepEqual(kinds(cmp('He has lost 17 kilograms since October.', 'He has lost 25 kilos since October.')), ['number']);
});
