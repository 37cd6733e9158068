// The one bounded memo type: holds at most twice its limit, keeps what is in use, forgets the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memo } from '../../../src/engine/strings/memo';

test('a memo returns what was set and computes a miss once', () => {
  const memo = new Memo<number>(4);
  let calls = 0;
  const make = (k: string): number => { calls++; return k.length; };
  assert.equal(memo.through('abc', make), 3);
  assert.equal(memo.through('abc', make), 3);
  assert.equal(calls, 1);
  assert.equal(memo.get('zzz'), undefined);
});

test('a memo never holds more than two generations of its limit', () => {
  const memo = new Memo<number>(3);
  for (let i = 0; i < 100; i++) memo.set(`k${i}`, i);
  assert.ok(memo.size <= 6, `size ${memo.size}`);
  assert.equal(memo.get('k99'), 99);
  assert.equal(memo.get('k0'), undefined);
});

test('an entry in use survives while newer ones come and go (not started over when full)', () => {
  const memo = new Memo<string>(4);
  memo.set('hot', 'H');
  for (let i = 0; i < 50; i++) {
    assert.equal(memo.get('hot'), 'H', `lost after ${i} insertions`);
    memo.set(`cold${i}`, 'c');
  }
});

test('keys longer than the limit are not remembered, and kept keys do not pin their source text', () => {
  const memo = new Memo<number>(4, 8);
  assert.equal(memo.set('a-very-long-key', 1), 1);
  assert.equal(memo.get('a-very-long-key'), undefined);
  const article = 'x'.repeat(1000) + 'fourteenchars!';
  const key = article.slice(1000);
  const wide = new Memo<number>(4, 64);
  wide.set(key, 7);
  assert.equal(wide.get('fourteenchars!'), 7);
});

test('a keyed memo (numbers by value, objects by identity) keeps two generations and can be cleared', async () => {
  const { KeyedMemo } = await import('../../../src/engine/strings/memo');
  const memo = new KeyedMemo<number, string>(3);
  for (let i = 0; i < 100; i++) memo.set(i, `v${i}`);
  assert.ok(memo.size <= 6, `size ${memo.size}`);
  assert.equal(memo.get(99), 'v99');
  assert.equal(memo.get(0), undefined);
  const a = { n: 1 };
  const byObject = new KeyedMemo<object, number>(4);
  byObject.set(a, 1);
  assert.equal(byObject.get(a), 1);
  assert.equal(byObject.get({ n: 1 }), undefined, 'an equal object is another key');
  byObject.clear();
  assert.equal(byObject.size, 0);
  assert.equal(byObject.get(a), undefined);
});

test('a flag memo (booleans by integer key) answers as a Map would, keeps two generations and can be cleared', async () => {
  const { FlagMemo } = await import('../../../src/engine/strings/memo');
  const memo = new FlagMemo(100);
  const truth = (k: number): boolean => (k * 2654435761) % 7 < 3;
  // keys spread over the whole range (pairs of 15-bit ids), enough to grow the tables and turn them over
  const keys = Array.from({ length: 1000 }, (_, i) => (((i + 1) * 7919) << 15 | ((i + 1) * 104729 & 0x7fff)) & 0x3fffffff);
  keys.push(0, (1 << 30) - 1);
  for (const k of keys) assert.equal(memo.set(k, truth(k)), truth(k));
  assert.ok(memo.size <= 200, `size ${memo.size}`);
  for (const k of keys.slice(-100)) assert.equal(memo.get(k), truth(k), `key ${k}`);
  assert.equal(memo.get(keys[0]!), undefined, 'the oldest entries are forgotten');
  // an entry in use survives while newer ones come and go
  memo.set(12345, true);
  for (let i = 0; i < 1000; i++) {
    assert.equal(memo.get(12345), true, `lost after ${i} insertions`);
    memo.set(1_000_000 + i, false);
  }
  assert.equal(memo.get(1_000_999), false);
  memo.clear();
  assert.equal(memo.size, 0);
  assert.equal(memo.get(12345), undefined);
});
