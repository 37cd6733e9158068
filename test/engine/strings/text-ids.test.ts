// Claim ids and the memos keyed by them (strings/text-ids, similarity/score-memo, facts/memo, conflicts/memo).
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextIds } from '../../../src/engine/strings/text-ids';
import { ScoreMemo } from '../../../src/engine/similarity/score-memo';
import { FactMemo } from '../../../src/engine/facts/memo';
import { extractFacts } from '../../../src/engine/facts';

test('a text keeps its id; other texts get others', () => {
  const ids = new TextIds();
  const a = ids.id('The bridge reopened on Monday.');
  assert.equal(ids.id('The bridge reopened on Monday.'), a);
  assert.notEqual(ids.id('The bridge reopened on Tuesday.'), a);
  // a very long text is never remembered: a new id each time (its memo entries are never found)
  const long = 'word '.repeat(2000);
  assert.notEqual(ids.id(long), ids.id(long));
});

test('the score memo gives what scoring gives, for every pair, however many share a slot', () => {
  const ids = new TextIds();
  const memo = new ScoreMemo(ids);
  const truth = (a: number, b: number, th: number): number => ((a * 7919 + b * 104729) % 1000) / 1000 + th;
  let made = 0;
  // 300,000 lookups over 200,000 pairs: far more pairs than slots, so slots are taken over
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < 100_000; k++) {
      const a = 1 + ((k * 31) % 5000);
      const b = 1 + ((k * 17 + round) % 4000);
      const th = round === 2 ? 0.5 : 0.4;
      assert.equal(memo.score(th, a, b, () => { made++; return truth(a, b, th); }), truth(a, b, th));
    }
  }
  assert.ok(made < 300_000, 'some look-ups were answered from the memo');
});

test('when the ids start afresh, the memos keyed by them forget what they held', () => {
  const ids = new TextIds(4); // ids 1..3, then a new epoch
  const scores = new ScoreMemo(ids);
  const facts = new FactMemo(ids);
  const a = ids.id('A was here.');
  const b = ids.id('B was here.');
  assert.equal(scores.score(0.5, a, b, () => 0.9), 0.9);
  const text = 'Rescuers saved 41 people.';
  const f41 = facts.facts(a, 0, null, () => extractFacts(text, { start: 0, end: text.length }, null));
  assert.ok(f41.some((f) => f.value === '41'));
  ids.id('C was here.');
  const reused = ids.id('D was here.'); // past the limit: the ids start again from 1
  assert.equal(ids.epoch, 1);
  assert.equal(reused, a, 'an old id now names another text');
  assert.equal(scores.score(0.5, reused, b, () => 0.1), 0.1, 'not the old pair’s score');
  const other = 'Rescuers saved 14 people.';
  assert.ok(facts.facts(reused, 0, null, () => extractFacts(other, { start: 0, end: other.length }, null)).some((f) => f.value === '14'), 'not the old claim’s facts');
});

test('facts from the memo are at the claim’s present offsets, and copies', () => {
  const ids = new TextIds();
  const memo = new FactMemo(ids);
  const claim = 'Rescuers saved 41 people on "a long night", the mayor said.';
  const first = `Intro. ${claim}`;
  const moved = `A much longer introduction. ${claim}`;
  const id = ids.id(claim);
  const at = (doc: string) => doc.indexOf(claim);
  memo.facts(id, at(first), null, () => extractFacts(first, { start: at(first), end: first.length }, null));
  const again = memo.facts(id, at(moved), null, () => assert.fail('read again'));
  assert.deepEqual(again, extractFacts(moved, { start: at(moved), end: moved.length }, null));
  for (const f of again) assert.equal(moved.slice(f.start, f.end), f.text);
  again[0].start = -1;
  assert.notEqual(memo.facts(id, at(moved), null, () => []).at(0)?.start, -1, 'what a caller does to a fact does not reach the memo');
});
