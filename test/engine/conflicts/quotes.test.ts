/** The quote comparison (conflicts/quotes.ts) through compareFacts: house style, fragments, rewordings, attribution, the diff message. */
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

test('quotes: house style and bracketed insertions agree, fragments agree', () => {
  assert.deepEqual(cmp('“The Minister (Ana Brel) will defend U.S. interests,” Ana Brel said.', '"The Minister will defend US interests," Ana Brel said.'), []);
  assert.deepEqual(cmp('Officials said the raid aimed at "disrupting and degrading the supply lines of the group".', 'The raid aimed at “degrading the supply lines”, officials said.'), []);
  assert.deepEqual(cmp('We heard "a couple" of shots.', 'We heard "couple" of shots.'), []);
  assert.deepEqual(cmp('"Our defence is ready," Brel said.', '"Our defense is ready," Brel said.'), []);
});

test('quotes: a reworded quote is a quote discrepancy pointing at both quotes', () => {
  const a = '"The safety of our crews is my highest priority, and I have ordered today’s patrols," said Minister Ana Brel.';
  const b = '“No priority is higher than the safety of our crews, and I ordered today’s patrol,” minister Ana Brel said.';
  const cs = cmp(a, b);
  const q = cs.find((c) => c.kind === 'quote');
  assert.ok(q, JSON.stringify(cs));
  assert.ok(q.message.startsWith('Quote worded differently: “'));
  assert.equal(q.here.start, a.indexOf('"'));
  assert.equal(q.there.start, b.indexOf('“'));
  assert.equal(q.there.end, b.indexOf('”') + 1);
});

test('attribution: the same quote given to different speakers', () => {
  const cs = cmp('"We will not retreat from the river," said Colonel Marta Ilves.', '"We will not retreat from the river," said Colonel Jonas Pekk.');
  assert.ok(cs.some((c) => c.kind === 'attribution'), JSON.stringify(cs));
  // "he said" is not a speaker to compare
  assert.deepEqual(cmp('"We will not retreat from the river," said Colonel Marta Ilves.', '"We will not retreat from the river," he said.'), []);
});

test('false alarms: quotes with elisions, editorial insertions, contractions and compounds agree', () => {
  const a = '"Mr Oduya would have been entitled to these bonus payments irrespective of ... (how) he left the bank," Mr Brenn said.';
  const b = '"Mr Oduya would have been entitled to these (pension) payments irrespective of the circumstances in which he left the bank," Mr Brenn said.';
  assert.deepEqual(kinds(cmp(a, b)), []);
  assert.deepEqual(kinds(cmp('"It is probably not the easiest time," he said.', '"It\'s probably not the easiest time," he said.')), []);
  assert.deepEqual(kinds(cmp('"We are confident the lives of our war-fighters are safe," Ada Brenn said.', '"We\'re confident the lives of our warfighters are safe," Ada Brenn said.')), []);
  assert.deepEqual(kinds(cmp('"Third-quarter data confirm that demand is rising," Brenn said.', '"Third quarter data confirm that demand is rising," Brenn said.')), []);
  // an elision does not hide a negation: words on both sides of the gap must match
  assert.ok(kinds(cmp('"The new levee would have held ... in any storm," Brenn said.', '"The new levee would not have held in any storm," Brenn said.')).includes('quote'));
  // a reworded quote is still a quote discrepancy
  assert.deepEqual(kinds(cmp('"This is a wide-ranging investigation," Brenn said.', '"This is a widening investigation," Brenn said.')), ['quote']);
});

test('false alarms: speakers with initials or a role before the name', () => {
  assert.deepEqual(kinds(cmp('"This deal makes sense for both banks," said Oskar L. Valdemar, the chairman.', '"This deal makes sense for both banks," Valdemar said.')), []);
  assert.deepEqual(kinds(cmp('"Recall is not one of them," Varna adviser Ada Brenn said.', '"Recall is not one of them," said Varna adviser Ada Brenn.')), []);
});

test('false alarms: a speaker and their organisation, titles joined by "and", a description, "But he"', () => {
  const q = '"The river board showed courage in the face of real pressure,"';
  // "of" inside the speaker keeps the person and the group together
  assert.deepEqual(kinds(cmp(`${q} Ilse Varga of Friends of the Delta said.`, `${q} said Ilse Varga, a campaigner for Friends of the Delta.`)), []);
  // "President and CEO" are both titles: the speaker is the name after them
  assert.deepEqual(kinds(cmp(`${q} said Varna Council President and CEO Tomas Reyl.`, `${q} Reyl said.`)), []);
  // "The Dutch insurance group said" describes a speaker; it names no one to compare
  assert.deepEqual(kinds(cmp(`The Dutch insurance group said: ${q}`, `${q} Kestrel said.`)), []);
  // "But he added" is a pronoun; "But" is no speaker
  assert.deepEqual(kinds(cmp(`${q} Tomas Reyl said.`, `But he added: ${q}`)), []);
  // a name with a particle is one speaker, however it is joined
  assert.deepEqual(kinds(cmp(`${q} Omar al Haddad said.`, `${q} Omar al-Haddad said.`)), []);
  // two different people still differ
  assert.ok(kinds(cmp(`${q} Ilse Varga of Friends of the Delta said.`, `${q} said Tomas Reyl.`)).includes('attribution'));
});

test('a reworded quote is described in the words and spelling the articles used', () => {
  const cs = cmp('"Safety of Westmere residents is our highest priority," Mayor Ada Brenn said.', '"Nothing matters more to us than the safety of Westmere residents," Mayor Ada Brenn said.');
  const quote = cs.find((c) => c.kind === 'quote');
  assert.ok(quote, JSON.stringify(cs));
  assert.match(quote.message, /our highest priority/);
  assert.match(quote.message, /Nothing matters more/);
});

test('quotes: the message is a word-level diff of the two quotes, not stitched fragments', () => {
  const a = '"We have never seen the river rise this fast, and we are asking everyone to move to higher ground now," said Governor Elena Marsh.';
  const b = '"We have never seen the river rise so quickly, and we are asking everyone to move to higher ground," said Governor Elena Marsh.';
  const q = cmp(a, b).find((c) => c.kind === 'quote');
  assert.ok(q);
  assert.match(q.message, /^Quote worded differently: “We have never seen the river rise \[this fast → so quickly\] and we are asking everyone to move to higher ground \[−now\]”/);
  assert.ok(!q.message.includes('…'), q.message);
  assert.ok(!/““|””/.test(q.message), q.message);
});

test('quotes: an editorial insertion is named as one', () => {
  const a = '"American leadership is the highest priority of the President, and he has ordered the patrols," said Ana Brel.';
  const b = '"American leadership is the highest priority of the President (Joe Biden), and he ordered the patrols," said Ana Brel.';
  const q = cmp(a, b).find((c) => c.kind === 'quote');
  assert.ok(q);
  assert.match(q.message, /editorial insertion \(Joe Biden\)/);
});

test('quotes: a short remark and a long one of the same speaker that share a few words are two remarks, not one reworded', () => {
  const long = '"His aunt in Velora said the papers were lost in the fire, and she was there and saw the fire. He does not have the birth papers or he has not shown them to anyone," Dario Venn said.';
  const short = '"I want to see the birth papers," Dario Venn said.';
  assert.deepEqual(cmp(long, short).filter((c) => c.kind === 'quote'), []);
  // quotes of like length by the same speaker still pair at the looser bar
  assert.deepEqual(cmp('"We will rebuild the bridge by spring," Dario Venn said.', '"We will rebuild the old ferry pier by summer," Dario Venn said.').map((c) => c.kind), ['quote']);
});
