import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/engine/text/tokens';
import { findCertainty } from '../../../src/engine/facts/certainty';

const toks = (s: string) => tokenize(s, { start: 0, end: s.length });
const cert = (a: string, b: string): string[] => {
  const A = toks(a);
  const B = toks(b);
  return findCertainty(A, B).map((c) => `${c.hedged}:${c.hedge}:${(c.hedged === 'a' ? A : B)[c.marker].text}`);
};

test('certainty: expected, planned, possible or alleged against done', () => {
  assert.deepEqual(cert('Talks are expected to begin on Monday.', 'Talks began on Monday.'), ['a:expected:expected']);
  assert.deepEqual(cert('The firm plans to close the plant.', 'The firm closed the plant.'), ['a:planned:plans']);
  assert.deepEqual(cert('The minister resigned.', 'The minister may resign.'), ['b:possible:may']);
  assert.deepEqual(cert('The suspect reportedly fled to Spain.', 'The suspect fled to Spain.'), ['a:alleged:reportedly']);
  assert.deepEqual(cert('The ship is believed to have sunk.', 'The ship sank.'), ['a:alleged:believed']);
  assert.deepEqual(cert('The court is due to rule on Thursday.', 'The court ruled on Thursday.'), ['a:expected:due']);
  assert.deepEqual(cert('The bridge is to be reopened on Friday.', 'The bridge was reopened on Friday.'), ['a:expected:is']);
  assert.deepEqual(cert('The league is considering a ban on the club.', 'The league banned the club.'), ['a:planned:considering']);
  assert.deepEqual(cert('The factory was said to be producing weapons.', 'The factory was producing weapons.'), ['a:alleged:said']);
});

test('certainty: two hedges agree; a fact against a fact agrees', () => {
  assert.deepEqual(cert('Talks are expected to begin on Monday.', 'Talks are due to begin on Monday.'), []);
  assert.deepEqual(cert('The suspect reportedly fled.', 'The suspect is reported to have fled.'), []);
  assert.deepEqual(cert('The minister may resign.', 'The minister might resign.'), []);
  assert.deepEqual(cert('The bank is likely to raise rates.', 'The bank will probably raise rates.'), []);
  assert.deepEqual(cert('The plan was approved on Monday.', 'The council approved the plan on Monday.'), []);
  // a present or base form is not a report of something done
  assert.deepEqual(cert('Talks may begin on Monday.', 'Talks begin on Monday.'), []);
  // plain tense is not a hedge: a report written before the event and one written after
  assert.deepEqual(cert('The court will rule on Thursday.', 'The court ruled on Thursday.'), []);
  // a participle after a comma, or after "will be", is no report of an act
  assert.deepEqual(cert('The money may go to a fund controlled by the bank.', 'The money goes to a new fund, controlled by the bank.'), []);
  assert.deepEqual(cert('Passengers would be given a refund.', 'Passengers are to be given a refund.'), []);
});

test('certainty: a quotation mark inside the verb group does not end it', () => {
  assert.deepEqual(cert('It could be abused by members to beat the department.', 'It could be “abused” by lawmakers to beat the department.'), []);
});
