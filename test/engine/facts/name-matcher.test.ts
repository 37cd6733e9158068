// The NameMatcher's memo tables (facts/names.ts): sameName() by a pair of name ids, each name
// worked out once. What a matcher remembers never changes an answer: one that has judged
// thousands of pairs (its tables turning over many times) answers as a fresh one does.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameMatcher } from '../../../src/engine/facts/names';
import { nameDenseArticle } from '../../support/scale';

/** Names as a roll gives them: "A, B, C and D" after "included" / "were". */
function namesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:included|were) ([^.]*?)(?:, [a-z][^,]*said)?\./g)) {
    for (const n of m[1]!.split(/, | and /)) if (n) out.add(n.trim());
  }
  return [...out];
}

const KNOWN: Array<[string, string, boolean]> = [
  ['Deir ez-Zor', 'Deir el-Zour', true], ['Deir ez-Zor', 'Deirezzor', true], ['Qaddafi', 'Gadhafi', true],
  ['al-Ahli', 'Ahli', true], ['IAC', 'InterActiveCorp', true], ['Tim Cook', 'Timothy Cook', true],
  ['Mayadin', 'Maysulun', false], ['Hamburg', 'Leipzig', false], ['Iran', 'Iranian', true],
  // the same words in another order; a company's acronym without its legal ending; other names of one body
  ['Jihad Salafi', 'Salafi Djihad', true], ['Lin Wei', 'Wei Lin', true], ['Lin Wei', 'Wei Chen', false],
  ['GE', 'General Electric Co', true], ['Pentagon', 'Defense Department', true], ['Pentagon', 'State Department', false],
];

test('sameName: known variants, from a fresh matcher and from a warm one alike', () => {
  const warm = new NameMatcher();
  const pool = namesOf(nameDenseArticle(20 * 1024, 7));
  for (const a of pool) for (const b of pool.slice(0, 40)) warm.sameName(a, b);
  for (const [a, b, same] of KNOWN) {
    assert.equal(new NameMatcher().sameName(a, b), same, `${a} / ${b}`);
    assert.equal(warm.sameName(a, b), same, `${a} / ${b} (warm)`);
  }
});

test('sameName: a matcher whose tables turned over many times answers as fresh matchers do', () => {
  const pool = namesOf(nameDenseArticle(40 * 1024, 3));
  assert.ok(pool.length > 150, `${pool.length} names`);
  const warm = new NameMatcher();
  // every ordered pair of the pool, twice: more pairs than the pair memo keeps per generation
  const pairs: Array<[string, string]> = [];
  for (const a of pool) for (const b of pool) pairs.push([a, b]);
  const first = pairs.map(([a, b]) => warm.sameName(a, b));
  const again = pairs.map(([a, b]) => warm.sameName(a, b));
  assert.deepEqual(again, first);
  // a sample checked against one-off matchers (each pair judged with empty tables)
  for (let k = 0; k < pairs.length; k += 97) {
    const [a, b] = pairs[k]!;
    assert.equal(new NameMatcher().sameName(a, b), first[k], `${a} / ${b}`);
  }
  assert.ok(first.some((x) => x) && first.some((x) => !x));
});

test('sameRef: a name worked out before the matcher ran out of ids and started afresh still answers right', () => {
  const m = new NameMatcher();
  const stale = m.ref('Tim Cook');
  // other names use up the rest of the ids (1 << 15 of them): the next new name starts the tables afresh
  for (let i = 1; i < 1 << 15; i++) m.ref(`Name${i} Person${i}`);
  // the fresh tables give the stale name's id (the first) to another name, and a judgement is kept under it
  const hamburg = m.ref('Hamburg');
  const timothy = m.ref('Timothy Cook');
  assert.equal(m.sameRef(hamburg, timothy), false);
  assert.equal(m.sameRef(stale, timothy), true);
  assert.equal(m.sameRef(timothy, stale), true);
  assert.equal(m.sameName('Tim Cook', 'Timothy Cook'), true);
});
