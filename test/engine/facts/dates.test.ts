/** Date facts (facts/dates.ts), read through extractFacts: weekdays against the article date, month-day, years, relative words. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../../../src/engine/facts';
import type { Fact } from '../../../src/engine/facts';

const all = (text: string, date: string | null = null): Fact[] => extractFacts(text, { start: 0, end: text.length }, date);
const of = (fs: Fact[], type: string): Fact[] => fs.filter((f) => f.type === type);

test('dates: weekday resolved against the article date, never the clock', () => {
  const text = 'In Wednesday’s strike, the jets hit the depot.';
  const [d] = of(all(text, '2023-11-09'), 'date');
  assert.equal(d.value, '2023-11-08');
  assert.equal(d.text, 'Wednesday’s');
  assert.equal(of(all(text, null), 'date')[0].value, 'weekday:wednesday');
  // the same weekday as the article date is that day
  assert.equal(of(all('On Thursday the talks began.', '2023-11-09'), 'date')[0].value, '2023-11-09');
});

test('dates: month-day, years, relative expressions', () => {
  const fs = of(all('Attacks since October 17 rose, as in 1998; yesterday and last month saw more. Talks resumed on March 3, 2021.', '2023-11-09'), 'date');
  const v = fs.map((f) => f.value);
  assert.deepEqual(v, ['--10-17', '1998', '2023-11-08', '2023-10', '2021-03-03']);
  const noDate = of(all('It happened yesterday.', null), 'date');
  assert.equal(noDate[0].value, 'relative:yesterday');
  // "may" as a verb is not a month
  assert.equal(of(all('The council may vote soon.'), 'date').length, 0);
});
