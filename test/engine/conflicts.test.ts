import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../../src/engine/facts';
import { compareFacts, sameName } from '../../src/engine/conflicts';
import type { FactConflict } from '../../src/engine/conflicts';

function cmp(a: string, b: string, dateA: string | null = null, dateB: string | null = null): FactConflict[] {
  const fa = extractFacts(a, { start: 0, end: a.length }, dateA);
  const fb = extractFacts(b, { start: 0, end: b.length }, dateB);
  return compareFacts({ text: a, span: { start: 0, end: a.length }, facts: fa }, { text: b, span: { start: 0, end: b.length }, facts: fb, name: 'b.txt' });
}
const kinds = (cs: FactConflict[]): string[] => cs.map((c) => c.kind).sort();

test('place conflict in the same slot, transliteration variant agrees', () => {
  const a = 'Jets struck a fuel depot near Kharabin in Wadi el-Qasr, officials said.';
  const b = 'Jets struck a fuel storage site near Sufran in Wadi al-Kasr, officials said.';
  const cs = cmp(a, b);
  assert.deepEqual(kinds(cs), ['place']);
  assert.equal(cs[0].message, 'Place differs: “Kharabin” here, “Sufran” in b.txt');
  assert.equal(cs[0].here.text, a.slice(cs[0].here.start, cs[0].here.end));
  assert.equal(cs[0].there.text, b.slice(cs[0].there.start, cs[0].there.end));
});

test('acronym and full name, partial names agree', () => {
  assert.deepEqual(cmp('The depot was used by the Northern Lantern Brigade, said Oskar Valdemar.', 'The depot was used by the NLB, said Valdemar.'), []);
  assert.ok(sameName('NLB', 'Northern Lantern Brigade'));
});

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
