/** The negation comparison (conflicts/negation.ts) through compareFacts: a negated main predicate against the same predicate. */
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

test('negation: one side negates the main predicate', () => {
  const cs = cmp('The first strike did not convince the council to halt the raids.', 'The first strike convinced the council to halt the raids.');
  assert.deepEqual(kinds(cs), ['negation']);
  assert.equal(cs[0].here.text, 'not convince');
  assert.equal(cs[0].there.text, 'convinced');
  assert.deepEqual(kinds(cmp('The bridge is safe for traffic.', 'The bridge is not safe for traffic.')), ['negation']);
  assert.deepEqual(kinds(cmp('Officials have confirmed the figures.', 'Officials have never confirmed the figures.')), ['negation']);
});

test('negation: paraphrased negatives and quoted negations agree', () => {
  assert.deepEqual(cmp('Officials believe no civilian casualties occurred.', 'Officials believe no civilians were killed.'), []);
  assert.deepEqual(cmp('"We did not start this," Brel said.', '"We did not start this," Brel said.'), []);
  // a negative only in an added clause about something else is a detail
  assert.deepEqual(cmp('The convoy reached Lorvik at dawn.', 'The convoy reached Lorvik at dawn, though no aid was unloaded.'), []);
});

test('false alarms: negation continued by "nor", "declined to" against "no comment"', () => {
  assert.deepEqual(kinds(cmp('Searches have not found stockpiles or significant evidence of a program.', 'Stockpiles have not turned up, nor has significant evidence of a program.')), []);
  assert.deepEqual(kinds(cmp('Her lawyer, Ada Brenn, declined to comment.', 'Her lawyer, Ada Brenn, said she had no comment.')), []);
});

test('false alarms: contractions without their apostrophe, "failing to" / "failure to", "nor" before its verb', () => {
  assert.deepEqual(kinds(cmp('"I don\'t know anyone on the board who wants it," Reyl said.', 'Reyl said: I dont know anyone on the board who wants it.')), []);
  assert.deepEqual(kinds(cmp('Details haven\'t been finalized, the port said.', 'Details havent been finalized, the port said.')), []);
  assert.ok(kinds(cmp('Details have been finalized, the port said.', 'Details havent been finalized, the port said.')).includes('negation'), 'a bare contraction still negates');
  assert.deepEqual(kinds(cmp('The board named an engineer, Ilves, for failing to report the crack.', 'The board named an engineer, Ilves, for not reporting the crack.')), []);
  assert.deepEqual(kinds(cmp('The leak came from the pump\'s failure to properly close a valve.', 'The leak came because the pump did not properly close a valve.')), []);
  assert.deepEqual(kinds(cmp('No rival picked the mayor as a partner, nor was the mayor asked the question.', 'No rival picked the mayor as a partner and the mayor was not asked the question.')), []);
});

test('"there is no permit" is the opposite of there being one, not of showing one', () => {
  assert.deepEqual(kinds(cmp("Let's say there's no permit for the tower.", 'The builder said the firm would show its permit for the tower.')).filter((k) => k === 'negation'), []);
  assert.ok(kinds(cmp('The inspectors said there is no permit for the tower.', 'The inspectors said there is a permit for the tower.')).includes('negation'));
});

test('a negation said twice on one side and once on the other is no conflict; a second predicate left un-negated is', () => {
  const a = 'The mayor lied many times to the council, and nothing happened to her, the critic said.';
  const b = 'The mayor lied many times to the council, nothing happened to her, and again: nothing happened, the critic said.';
  assert.deepEqual(kinds(cmp(a, b)), []);
  assert.deepEqual(kinds(cmp(b, a)), []);
  const c = cmp('Nothing happened to the ferry at first, and nothing happened to it later.', 'Nothing happened to the ferry at first, but then something happened to it later.');
  assert.deepEqual(kinds(c), ['negation']);
  assert.equal(c[0].there.text, 'happened');
  assert.ok(c[0].there.start > 'Nothing happened'.length, 'the un-negated "happened", not the negated one');
});

test('negation: the stated predicate is another form of the same word, not a word that starts alike', () => {
  assert.deepEqual(cmp('Leaders fear the scandal could cost them control of the Senate.', 'He admitted that no senator had called him about the scandal.').filter((c) => c.kind === 'negation'), []);
  assert.deepEqual(cmp('The agency denied the request on Monday.', 'The agency never denied the request on Monday.').map((c) => c.kind), ['negation']);
});

test('"no" before a noun denies that noun of its own verb, not the noun wherever it appears', () => {
  // the other side names the noun with another verb: no conflict
  assert.deepEqual(kinds(cmp('Surgeons found only scar tissue where the growths had been.', 'No growths were detected; scar tissue was found in their place.')), []);
  assert.deepEqual(kinds(cmp('Rescuers said some of the riders were thrown clear of the ferry.', 'Rescuers said no rider was trapped, but some were thrown clear of the ferry.')), []);
  // the same verb on the other side: the denial stands
  assert.ok(kinds(cmp('Officials said no sailors were injured in the fire at Brask.', 'Officials said four sailors were injured in the fire at Brask.')).includes('negation'));
  assert.ok(kinds(cmp('The council said no permit has been issued for the tower.', 'The council said a permit has been issued for the tower.')).includes('negation'));
  assert.ok(kinds(cmp('No ferry will sail from Lorvik on Monday.', 'A ferry will sail from Lorvik on Monday.')).includes('negation'));
});
