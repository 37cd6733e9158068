/** Name slots by position (conflicts/slots.ts) and names that describe a noun (conflicts/names.ts modifier), through compareFacts. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts, tokenize } from '../../../src/engine/facts';
import { compareFacts } from '../../../src/engine/conflicts';
import type { FactConflict } from '../../../src/engine/conflicts';
import { modifier } from '../../../src/engine/conflicts/names';
import { lineUp } from '../../../src/engine/conflicts/slots';
import { diffArrays } from 'diff';

function cmp(a: string, b: string): FactConflict[] {
  const fa = extractFacts(a, { start: 0, end: a.length }, null);
  const fb = extractFacts(b, { start: 0, end: b.length }, null);
  return compareFacts({ text: a, span: { start: 0, end: a.length }, facts: fa }, { text: b, span: { start: 0, end: b.length }, facts: fb, name: 'b.txt' });
}
const names = (cs: FactConflict[]): string[] => cs.filter((c) => c.kind === 'person' || c.kind === 'place' || c.kind === 'organization').map((c) => `${c.here.text}/${c.there.text}`);

test('slots: a name replaced by a name of another kind in the same place of a list is a conflict', () => {
  assert.deepEqual(names(cmp('The ferry line will add stops in Valdoria, Brenmark and Ostrava, among others.', 'The ferry line will add stops in Valdoria, Harlow Grain Cooperative and Ostrava, among others.')), ['Brenmark/Harlow Grain Cooperative']);
  // the same list in other words: agreement
  assert.deepEqual(names(cmp('The ferry line will add stops in Valdoria, Brenmark and Ostrava, among others.', 'The ferry line is adding stops in Valdoria, Brenmark and Ostrava, among others.')), []);
});

test('slots: a person against a place right after the same opening words is a conflict', () => {
  assert.deepEqual(names(cmp('On March 3, Mayor Tilda Voss said the depot would reopen in spring.', 'On March 3, Kessler County said the depot would reopen in spring.')), ['Tilda Voss/Kessler County']);
  assert.deepEqual(names(cmp('On March 3, Mayor Tilda Voss said the depot would reopen in spring.', 'On March 3, Tilda Voss said the depot would reopen in the spring.')), []);
});

test('slots: the portfolio word of a title belongs to the title, so the name after it still lines up', () => {
  assert.deepEqual(names(cmp('The vaccine received approval from the U.S. Brask Medicines Agency yesterday.', 'The vaccine received approval from the U.S. Agriculture Secretary Ilse Varn on Friday.')), ['Brask Medicines Agency/Ilse Varn']);
  assert.deepEqual(names(cmp('The vaccine received approval from Agriculture Secretary Ilse Varn yesterday.', 'The vaccine received approval from Secretary Ilse Varn on Friday.')), []);
});

test('slots: names that only open or close both claims, lone uncued words and different prepositions are no slot', () => {
  // both names close their claims after different words: nothing lines up beside them
  assert.deepEqual(names(cmp('The orchestra will tour next year with Ilse Marrow.', 'Next year the orchestra tours the coast of Varnholm.')), []);
  // a lone uncued word may be a first name or a surname of the other's name
  assert.deepEqual(names(cmp('In 2001, Tomas helped found the reading club at the library, said Ada Brill.', 'In 2001, Quill started a reading club named after a poet, club head Ada Brill said.')), []);
  // the same claims with a name that says what it is: one slot
  assert.deepEqual(names(cmp('In 2001, Tomas Quill helped found the reading club at the library, said Ada Brill.', 'In 2001, Kessler County started a reading club named after a poet, club head Ada Brill said.')), ['Tomas Quill/Kessler County']);
  // "to X" / "from Y": two roles
  assert.deepEqual(names(cmp('The plan would likely elect 22 members and delegates to Brenmark Assembly, instead of the current 17.', 'The plan would elect 22 members and delegates from Ostrava Valley, versus the current 17.')), []);
  assert.deepEqual(names(cmp('The plan would likely elect 22 members and delegates to Brenmark Assembly, instead of the current 17.', 'The plan would elect 22 members and delegates to Ostrava Valley, versus the current 17.')), ['Brenmark Assembly/Ostrava Valley']);
});

test('names: a name describing a noun against a name standing for itself is no conflict', () => {
  assert.deepEqual(names(cmp('The trial lasted two weeks, during which Halvorsen represented himself.', 'The trial lasted two weeks, during which the Kessler County man represented himself.')), []);
  assert.deepEqual(names(cmp('"Sales grew fast," said Ada Brill, Corvane\'s chief financial officer.', '"Sales grew fast," Ada Brill told the Valdoria Herald Tribune.')), []);
  // both describing a noun: still one slot
  assert.deepEqual(names(cmp('The trial lasted two weeks, during which the Kessler County man represented himself.', 'The trial lasted two weeks, during which the Marrow County man represented himself.')), ['Kessler County/Marrow County']);
});

test('names: two lone words describing the same noun fill one slot', () => {
  assert.deepEqual(names(cmp('The Voss administration on Monday announced a new rule for the harbour.', 'Harbour chief Ada Brill said the Quill administration will reverse the rule.')), ['Voss/Quill']);
  // the same noun with the same name: agreement
  assert.deepEqual(names(cmp('The Voss administration on Monday announced a new rule for the harbour.', 'Harbour chief Ada Brill said the Voss administration announced the rule.')), []);
});

test('names: modifier reads possessives and article + name + common noun', () => {
  const at = (text: string, name: string): boolean => {
    const toks = tokenize(text, 0, text.length);
    const f = extractFacts(text, { start: 0, end: text.length }, null).find((x) => x.text === name);
    assert.ok(f, `no fact ${name}`);
    return modifier(f, toks);
  };
  assert.equal(at("Corvane's chief officer spoke.", 'Corvane'), true);
  assert.equal(at('He was a Brenmark Council officer.', 'Brenmark Council'), true);
  assert.equal(at('The Brenmark Council said it would vote.', 'Brenmark Council'), false);
  assert.equal(at('The Brenmark Council voted.', 'Brenmark Council'), false);
  assert.equal(at('They met Ada Brill in Ostrava.', 'Ada Brill'), false);
  assert.equal(at('The issue was examined by the Herald yesterday.', 'Herald'), false);
});

test('lineUp lines up a longest common subsequence, in order, of equal keys (as long as the general diff finds)', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 300; round++) {
    const a = Array.from({ length: rand(30) }, () => `w${rand(8)}`);
    const b = Array.from({ length: rand(30) }, () => `w${rand(8)}`);
    const [pa, pb] = lineUp(a, b);
    assert.equal(pa.length, pb.length);
    for (let k = 0; k < pa.length; k++) {
      assert.equal(a[pa[k]], b[pb[k]]);
      if (k > 0) assert.ok(pa[k] > pa[k - 1] && pb[k] > pb[k - 1]);
    }
    const common = diffArrays(a, b).filter((c) => !c.added && !c.removed).reduce((n, c) => n + (c.count ?? c.value.length), 0);
    assert.equal(pa.length, common, `round ${round}`);
  }
  assert.deepEqual(lineUp([], ['x']), [[], []]);
  assert.deepEqual(lineUp(['a', 'b', 'c'], ['b', 'c', 'a']), [[1, 2], [0, 1]]);
});
