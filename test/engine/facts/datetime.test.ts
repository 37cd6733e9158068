import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWhens, relateWhens, type When } from '../../../src/engine/facts/datetime';

const whens = (s: string, date: string | null = null): When[] => readWhens(s, 0, s.length, date);
const one = (s: string, date: string | null = null): When => {
  const all = whens(s, date);
  assert.equal(all.length, 1, `one expression in ${JSON.stringify(s)}: ${all.map((w) => w.text).join(' | ')}`);
  return all[0];
};
const rel = (a: string, b: string, date: string | null = null): string => relateWhens(one(a, date), one(b, date));

test('datetime: day and month, written every way', () => {
  assert.equal(rel('on the third of May', 'on May 4'), 'differ');
  assert.equal(rel('on May 3', 'on the third of May'), 'same');
  assert.equal(rel('on the first of June', 'on June 1'), 'same');
  assert.equal(rel('on 12 March 2024', 'on March 12, 2024'), 'same');
  assert.equal(rel('on 12 March 2024', 'on 21 March 2024'), 'differ');
  assert.equal(rel('ended on 4 July', 'ended on July 4th'), 'same');
  assert.equal(rel('in September 2019', 'in Sept. 2019'), 'same');
  assert.equal(rel('in September 2019', 'in September 2018'), 'differ');
});

test('datetime: parts of months and years, seasons, decades', () => {
  assert.equal(rel('in late June', 'in early August'), 'differ');
  assert.equal(rel('in late June', 'on June 27'), 'same');
  assert.equal(rel('in mid-October', 'on October 29'), 'differ');
  assert.equal(rel('in mid-October', 'on October 15'), 'same');
  assert.equal(rel('at the end of July', 'on July 28'), 'same');
  assert.equal(rel('in the spring of 2023', 'in the autumn of 2023'), 'differ');
  assert.equal(rel('in the spring of 2023', 'in April 2023'), 'same');
  assert.equal(rel('in the winter of 2021', 'in July 2021'), 'differ');
  assert.equal(rel('in early 2021', 'in February 2021'), 'same');
  assert.equal(rel('in the 1990s', 'in 2004'), 'differ');
  assert.equal(rel('in the 1990s', 'in 1994'), 'same');
  assert.equal(rel('in 1887', 'in the late 1880s'), 'same');
  assert.equal(rel('in 1887', 'in 1897'), 'differ');
});

test('datetime: times of day, a.m./p.m., noon, midnight and zones', () => {
  assert.equal(rel('at 7 a.m.', 'at 7 p.m.'), 'differ');
  assert.equal(rel('at 7 a.m.', 'at 7am'), 'same');
  assert.equal(rel('at 8 p.m.', 'at 20:00'), 'same');
  assert.equal(rel('at 9.30am', 'at 09:30'), 'same');
  assert.equal(rel('at noon on Sunday', 'at 12 p.m. on Sunday'), 'same');
  assert.equal(rel('at midnight on Sunday', 'at noon on Sunday'), 'differ');
  assert.equal(rel('at 14:00 GMT', 'at 2 p.m. GMT'), 'same');
  assert.equal(rel('at 14:00 GMT', 'at 16:00 GMT'), 'differ');
  assert.equal(rel('at 14:00 GMT', 'at 15:00 CET'), 'same'); // one hour east
  assert.equal(rel('at about 7 p.m.', 'at 7.20 p.m.'), 'same');
  assert.equal(rel('on Sunday morning', 'at 7 p.m. on Sunday'), 'differ');
});

test('datetime: weekdays resolve against the article date, never the clock', () => {
  // 2026-06-01 is a Monday: "Thursday" is May 28 or June 4
  assert.equal(rel('on Thursday', 'on June 4', '2026-06-01'), 'same');
  assert.equal(rel('on Thursday', 'on May 28', '2026-06-01'), 'same');
  assert.equal(rel('on Thursday', 'on June 6', '2026-06-01'), 'differ');
  assert.equal(rel('on Friday', 'on June 3', '2026-06-01'), 'differ');
  // without an article date a weekday is only a weekday
  assert.equal(one('on Thursday').weekday, 4);
  assert.equal(rel('on Thursday', 'on June 6'), 'incomparable');
  assert.equal(rel('on Monday', 'on Wednesday'), 'differ');
  assert.equal(rel('yesterday', 'on May 31', '2026-06-01'), 'same');
});

test('datetime: what is not a date is not read', () => {
  assert.equal(whens('The council may vote on it.').length, 0);
  assert.equal(whens('Rates rose to 4.25% and the team won 2-1.').length, 0);
  assert.equal(whens('They will march on the capital.').length, 0);
});

test('datetime: offsets index the original text through invisible characters', () => {
  const text = 'The trial opened on 12\u200c March 2024 in Tarvik.';
  const w = one(text);
  assert.equal(text.slice(w.start, w.end), w.text);
  assert.ok(w.text.includes('March 2024'));
  assert.equal(rel(text, 'on 12 March 2024'), 'same');
});

test('datetime: spans of years', () => {
  assert.equal(rel('from 1976 to 1980', 'in 1980'), 'same');
  assert.equal(rel('between 2001 and 2003', 'in 2004'), 'differ');
  assert.equal(one('the 1998-2002 period').text, '1998-2002');
});
