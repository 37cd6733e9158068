/** compareFacts (conflicts/index.ts) over every kind together: messages, offsets, determinism, quotes against negations. */
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

test('messages name the other document and spans are exact', () => {
  const a = 'Rebels carried out at least 40 raids near Kharabin on Monday.';
  const b = 'Rebels carried out at least 45 raids near Sufran on Friday.';
  const cs = cmp(a, b);
  assert.deepEqual(kinds(cs), ['date', 'number', 'place']);
  for (const c of cs) {
    assert.ok(c.message.endsWith('in b.txt'));
    assert.equal(c.here.text, a.slice(c.here.start, c.here.end));
    assert.equal(c.there.text, b.slice(c.there.start, c.there.end));
  }
});

test('offsets are document offsets when the claim is inside a larger text', () => {
  const docA = 'Intro line.\nTwo drones hit Lorvik.';
  const docB = 'Other intro here.\nThree drones hit Lorvik.';
  const sa = { start: docA.indexOf('Two'), end: docA.length };
  const sb = { start: docB.indexOf('Three'), end: docB.length };
  const cs = compareFacts({ text: docA, span: sa, facts: extractFacts(docA, sa, null) }, { text: docB, span: sb, facts: extractFacts(docB, sb, null), name: 'b.txt' });
  assert.equal(cs.length, 1);
  assert.equal(docA.slice(cs[0].here.start, cs[0].here.end), 'Two');
  assert.equal(docB.slice(cs[0].there.start, cs[0].there.end), 'Three');
});

test('deterministic: same input, same output', () => {
  const a = '"Hold the line," said Ana Brel near Kharabin on Monday, when 40 raids did not stop.';
  const b = '"Hold that line," said Ana Brel near Sufran on Friday, when 45 raids stopped.';
  assert.deepEqual(cmp(a, b), cmp(a, b));
});

test('a negation added inside an otherwise identical quote is also a negation conflict', () => {
  const cs = cmp('"The council has approved the plan," Brel said.', '"The council has not approved the plan," Brel said.');
  assert.deepEqual(kinds(cs), ['negation', 'quote']);
  // a reworded quote that happens to contain a negative is only a quote conflict
  const re = cmp('"Safety of the crews is my highest priority today," Brel said.', '"There is no higher priority than safety of the crews today," Brel said.');
  assert.deepEqual(kinds(re), ['quote']);
});

test('false alarms on real multi-source coverage: chambers, far dates, possession, transliterated names in quotes', () => {
  // a chamber and the legislature it belongs to are a difference of detail
  assert.deepEqual(kinds(cmp('The Senate voted on Wednesday to override the veto of the harbour bill.', 'Congress voted on Wednesday to override the veto of the harbour bill.')), []);
  // a weekday around the article date against an anniversary weeks away: another slot
  assert.deepEqual(kinds(cmp(
    'Lawmakers voted on Wednesday to let families of the flood victims sue the dam operator.',
    'Lawmakers voted to let families of those killed in the March 3 flood sue the dam operator.',
    '2031-04-10', '2031-04-10')).filter((k) => k === 'date'), []);
  // a weekday against a month alone: different slots
  assert.deepEqual(kinds(cmp('The mayor spoke on Thursday about the ferry contract.', 'The mayor spoke in June about the ferry contract.')), []);
  // "has no permit" against "showed his permit" is not a negation of the same predicate …
  assert.deepEqual(kinds(cmp('The builder said the firm does not have a permit for the tower.', 'The builder said the firm would show its permit for the tower.')).filter((k) => k === 'negation'), []);
  // … but against "has a permit" it is
  assert.ok(kinds(cmp('The builder said the firm does not have a permit for the tower.', 'The builder said the firm has a permit for the tower.')).includes('negation'));
  // one name transliterated two ways inside an otherwise identical quote
  assert.deepEqual(kinds(cmp('"We met al-Qaddafi twice," Ms Orla Venn said.', '"We met Gadhafi twice," Ms Orla Venn said.')), []);
});
