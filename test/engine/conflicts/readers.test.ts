import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFacts } from '../../../src/engine/conflicts';
import { extractFacts } from '../../../src/engine/facts';
import { judgePair } from '../../../src/engine';

/** The kinds compareFacts finds between claim `b` and claim `a` (each one sentence), with article dates. */
function kinds(a: string, b: string, date: string | null = null): string[] {
  const fa = extractFacts(a, { start: 0, end: a.length }, date);
  const fb = extractFacts(b, { start: 0, end: b.length }, date);
  const found = compareFacts({ text: b, span: { start: 0, end: b.length }, facts: fb, date }, { text: a, span: { start: 0, end: a.length }, facts: fa, date, name: 'a' });
  return [...new Set(found.map((f) => f.kind))].sort();
}

test('readers: amounts that overlap as intervals withdraw a number conflict; a different unit is one', () => {
  assert.deepEqual(kinds('The line will cost £2.1bn, the ministry said.', 'The line will cost 2.1 billion pounds, the ministry said.'), []);
  assert.deepEqual(kinds('The firm lost 7m euros last year.', 'The firm lost 7 million euros last year.'), []);
  assert.deepEqual(kinds('About 45 people were evacuated.', 'Between 40 and 50 people were evacuated.'), []);
  assert.deepEqual(kinds('About 90 people were evacuated.', 'Between 40 and 50 people were evacuated.'), ['number']);
  assert.deepEqual(kinds('The race covers 10 kilometres along the river.', 'The race covers 10 miles along the river.'), ['number']);
  assert.deepEqual(kinds('The ledger recorded 12345678901234567891 units.', 'The ledger recorded 12345678901234567892 units.'), ['number']);
  assert.deepEqual(kinds('The storm damaged \uff11\uff12\uff10 homes.', 'The storm damaged 120 homes.'), []);
});

test('readers: dates and times as intervals, weekdays against the article date', () => {
  assert.deepEqual(kinds('The council will vote on the third of May.', 'The council will vote on May 4.'), ['date']);
  assert.deepEqual(kinds('The council will vote on May 3.', 'The council will vote on the third of May.'), []);
  assert.deepEqual(kinds('The ferry leaves at 7 a.m. every day.', 'The ferry leaves at 7 p.m. every day.'), ['date']);
  assert.deepEqual(kinds('Work began in late June.', 'Work began in early August.'), ['date']);
  assert.deepEqual(kinds('The summit opens on Thursday in Lisbon.', 'The summit opens on June 4 in Lisbon.', '2026-06-01'), []);
  assert.deepEqual(kinds('The summit opens on Thursday in Lisbon.', 'The summit opens on June 6 in Lisbon.', '2026-06-01'), ['date']);
});

test('readers: opposites, certainty and roles are reported with their kinds', () => {
  assert.deepEqual(kinds('Exports increased in the third quarter.', 'Exports decreased in the third quarter.'), ['negation']);
  assert.deepEqual(kinds('The ministry confirmed the report.', 'The ministry refused to confirm the report.'), ['negation']);
  assert.deepEqual(kinds('The yard lost the contract.', 'The yard failed to win the contract.'), []);
  assert.deepEqual(kinds('Peace talks are expected to begin in Geneva on Monday.', 'Peace talks began in Geneva on Monday.'), ['certainty']);
  assert.deepEqual(kinds('Peace talks are expected to begin in Geneva on Monday.', 'Peace talks are due to begin in Geneva on Monday.'), []);
  assert.deepEqual(kinds('Hamburg beat Leipzig 2-1 on Saturday.', 'Leipzig beat Hamburg 2-1 on Saturday.'), ['role']);
  assert.deepEqual(kinds('Hamburg beat Leipzig 2-1 on Saturday.', 'Leipzig were beaten 2-1 by Hamburg on Saturday.'), []);
});

test('readers: several facts in one claim, each tied to its name', () => {
  assert.deepEqual(kinds('The storm killed 12 people in Varna and 3 in Belovo.', 'The storm killed 3 people in Varna.'), ['number']);
  assert.deepEqual(kinds('The storm killed 12 people in Varna and 3 in Belovo.', 'The storm killed 3 people in Belovo.'), []);
  assert.deepEqual(kinds('A vote is expected to begin in the Senate on Wednesday, followed by the House on Thursday.', 'The House voted on Wednesday.'), ['date']);
  assert.deepEqual(kinds('Exports rose 4% in May and 6% in June.', 'Exports rose 6% in June.'), []);
});

test('readers: names — acronyms and titles are not other organisations; unrelated claims have no place conflict', () => {
  assert.deepEqual(kinds('A weak outlook from General Electric Co. sent its shares down.', 'A weak outlook from GE sent its shares down.'), []);
  assert.deepEqual(kinds('The UN Secretary-General condemned the attack.', 'The head of the United Nations condemned the attack.'), []);
  assert.deepEqual(kinds('Saudi Arabia has objected to the proposed pipeline route.', 'The pipeline company faces U.S. government investigations over its accounts.'), []);
  assert.deepEqual(kinds('Toyota recalled 40,000 cars over faulty brakes.', 'Honda recalled 40,000 cars over faulty brakes.').length, 1);
  assert.deepEqual(kinds('Zelenskyy met the delegation in Kyiv.', 'Zelensky met the delegation in Kyiv.'), []);
});

test('readers: invisible characters change nothing, pairs mode reads the date line', () => {
  assert.equal(judgePair('The gov\u00adernor signed the bill on Tuesday.', 'The governor signed the bill on Tuesday.').label, 'agreement');
  assert.equal(judgePair('Ham\u00adburg beat Leip\u00adzig 3-0 in the cup.', 'Leipzig beat Hamburg 3-0 in the cup.').label, 'discrepancy');
  // the same day written two ways is no conflict (matching the two as one claim is the similarity's part)
  assert.notEqual(judgePair('date 2026-06-01\nThe mayor will announce the budget on Friday.', 'date 2026-06-01\nThe mayor will announce the budget on June 5.').label, 'discrepancy');
  assert.deepEqual(judgePair('date 2026-06-01\nThe mayor will announce the budget on Friday.', 'date 2026-06-01\nThe mayor will announce the budget on June 3.').kinds, ['date']);
});

test('readers: a name or date conflict between claims about two events is withdrawn', () => {
  // weakly matched claims of one story: compare mode checks them for conflicts too
  assert.deepEqual(kinds('President Kell announced Sunday that the defence minister will leave on January 1, weeks earlier than planned.', 'Officials said the minister went to the palace with his letter already written, after the decision Kell announced on Wednesday.'), []);
  assert.deepEqual(kinds('He sent a letter to Governor Abbot Lind to tell him about his resignation.', 'It has been an honour to serve, he added: God bless you all.'), []);
});

test('readers: a title or a party is not a person', () => {
  assert.deepEqual(kinds('GOP Rep. Blake Farenthold resigned after the allegations.', 'Blake Farenthold, the Texas Republican, resigned after the allegations.'), []);
});

test('readers: a changed time is one time conflict, not numbers besides', () => {
  assert.deepEqual(kinds('The polls open at 7 a.m. on Tuesday.', 'The polls open at 8 a.m. on Tuesday.'), ['date']);
  assert.deepEqual(kinds('Early voting runs from 8 a.m. to 5 p.m. on weekdays.', 'Early voting runs from 7 a.m. to 7 p.m. on weekdays.'), ['date']);
  // a figure outside the time is still its own conflict
  assert.deepEqual(kinds('Some 40 stations open at 7 a.m. on Tuesday.', 'Some 45 stations open at 8 a.m. on Tuesday.'), ['date', 'number']);
});

test('readers: the figures of a time of day are never compared as amounts; a time keeps its own comparison beside its day', () => {
  // "from 1 to 6 p.m." is a span of the afternoon: not "1" against "8" and "6" against "5"
  assert.deepEqual(kinds('Voting in Brask runs from 1 to 6 p.m. on March 7.', 'Voting in Brask runs from 8 a.m. to 5 p.m. on March 7.'), ['date']);
  // the same day on both sides settles the day, not the time said with it on one side
  assert.deepEqual(kinds('Polls open from 8 a.m. to 5 p.m. in Brask; counting ends March 9.', 'Polls open from 7 a.m. to 7 p.m. March 9 in Brask; counting ends March 9.'), ['date']);
  assert.deepEqual(kinds('Polls open from 8 a.m. to 5 p.m. in Brask; counting ends March 9.', 'Polls open from 8 a.m. to 5 p.m. March 9 in Brask; counting ends March 9.'), []);
});

test('readers: two posts of one person, each with its body, are two facts, not one organisation that differs', () => {
  assert.deepEqual(kinds('Survival is about 10 percent, said Dr Ilse Varn, executive director of the Brask Heart Institute.', 'Survival is about 10 percent, said Varn, a professor at the Lorvik University Hospital.'), []);
  // the same post with two bodies is a conflict
  assert.deepEqual(kinds('The ferry was late, said Ilse Varn, a spokeswoman for the Brask Port Authority.', 'The ferry was late, said Ilse Varn, a spokeswoman for the Lorvik Harbour Board.'), ['organization']);
});
