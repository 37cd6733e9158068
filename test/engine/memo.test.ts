/**
 * The bounded memo tables behind name matching (src/engine/facts/memo.ts): what was used recently
 * survives any number of other insertions (the old tables started over when full, and a
 * name-dense article recomputed its names again and again), and the tables stay bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LruMemo, PairMemo } from '../../src/engine/facts/memo';
import { sameName } from '../../src/engine/facts/names';

test('LruMemo: an entry used within the last `limit` insertions is kept; an unused one goes', () => {
  const m = new LruMemo<number>(100);
  m.set('hot', 1);
  m.set('cold', 2);
  for (let i = 0; i < 10_000; i++) {
    m.set(`k${i}`, i);
    if (i % 50 === 0) assert.equal(m.get('hot'), 1, `hot entry kept after ${i} insertions`);
  }
  assert.equal(m.get('cold'), undefined, 'an entry nobody asked for is evicted');
  assert.equal(m.get('k9999'), 9999);
});

test('LruMemo: keys longer than the limit are not kept; values are returned either way', () => {
  const m = new LruMemo<string>(10, 5);
  assert.equal(m.set('short', 'x'), 'x');
  assert.equal(m.set('longer key', 'y'), 'y');
  assert.equal(m.get('short'), 'x');
  assert.equal(m.get('longer key'), undefined);
});

test('PairMemo: ordered pairs, recently used ones kept, bounded', () => {
  const m = new PairMemo<boolean>(64);
  m.set('Mira Talvane', 'M. Talvane', true);
  assert.equal(m.get('Mira Talvane', 'M. Talvane'), true);
  assert.equal(m.get('M. Talvane', 'Mira Talvane'), undefined, 'the pair is ordered');
  for (let i = 0; i < 5000; i++) {
    m.set(`a${i}`, `b${i}`, false);
    if (i % 20 === 0) assert.equal(m.get('Mira Talvane', 'M. Talvane'), true);
  }
  let kept = 0;
  for (let i = 0; i < 5000; i++) if (m.get(`a${i}`, `b${i}`) !== undefined) kept++;
  assert.ok(kept <= 2 * 64, `at most 2 × limit pairs kept (${kept})`);
});

test('sameName gives the same answers with the memo warm, cold and overflowing', () => {
  const pairs: Array<[string, string, boolean]> = [
    ['Deir ez-Zor', 'Deir el-Zour', true],
    ['NDMA', 'National Disaster Management Agency', true],
    ['Qasr al-Nahr', 'Qasr el-Nahr', true],
    ['Mira Talvane', 'Oskar Brenholt', false],
    ['Belovo', 'Dravik', false],
  ];
  for (let round = 0; round < 3; round++) {
    for (const [a, b, same] of pairs) assert.equal(sameName(a, b), same, `${a} / ${b} (round ${round})`);
    // many other names in between: far more than the tables hold
    for (let i = 0; i < 40_000; i++) sameName(`Person${i} Vanterhold`, `Person${i + 1} Vantrehold`);
  }
});
