/** The date comparison (conflicts/dates.ts) through compareFacts: weekdays and relative dates resolved against each article date. */
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

test('dates: relative weekday resolved against each article date', () => {
  // article b is dated a day later: "yesterday" there is the same Wednesday
  assert.deepEqual(cmp('In Wednesday’s strike, jets hit the depot.', 'Jets hit the depot yesterday.', '2023-11-09', '2023-11-09'), []);
  assert.deepEqual(kinds(cmp('In Wednesday’s strike, jets hit the depot.', 'Jets hit the depot on Tuesday.', '2023-11-09', '2023-11-09')), ['date']);
  // unresolved: weekday names compared
  assert.deepEqual(kinds(cmp('The talks ended on Monday.', 'The talks ended on Friday.')), ['date']);
  assert.deepEqual(cmp('The talks ended on Monday.', 'The talks ended on Monday, May 6.'), []);
  assert.deepEqual(kinds(cmp('Attacks have continued since October 17.', 'Attacks have continued since October 19.')), ['date']);
  assert.deepEqual(cmp('Attacks have continued since October 17.', 'Attacks have continued since October 17, 2023.'), []);
});
