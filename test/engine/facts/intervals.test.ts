import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cmp, contains, eq, overlaps, parseDecimal, rat, show, unionsOverlap, widen } from '../../../src/engine/facts/intervals';

test('intervals: decimals are exact, beyond double precision', () => {
  const a = parseDecimal('12345678901234567891')!;
  const b = parseDecimal('12345678901234567892')!;
  assert.equal(Number('12345678901234567891') === Number('12345678901234567892'), true); // what doubles would say
  assert.equal(cmp(a, b), -1);
  assert.equal(eq(parseDecimal('12,345,678,901,234,567,891')!, a), true);
  assert.equal(show(parseDecimal('0.1')!), '0.1');
  assert.equal(eq(parseDecimal('2.50')!, rat(5, 2)), true);
  assert.equal(parseDecimal('12a'), null);
});

test('intervals: overlap honours open ends; containment; unions', () => {
  const x = { lo: rat(40), hi: rat(50) };
  assert.equal(overlaps(x, { lo: rat(50), hi: rat(60) }), true);
  assert.equal(overlaps(x, { lo: rat(50), hi: rat(60), loOpen: true }), false);
  assert.equal(overlaps(x, { lo: null, hi: rat(39) }), false);
  assert.equal(overlaps(x, { lo: null, hi: null }), true);
  assert.equal(contains(x, { lo: rat(41), hi: rat(49) }), true);
  assert.equal(contains(x, widen(x, rat(1))), false);
  assert.equal(unionsOverlap([{ lo: 0, hi: 10 }, { lo: 20, hi: 30 }], [{ lo: 10, hi: 20 }]), false);
  assert.equal(unionsOverlap([{ lo: 0, hi: 10 }, { lo: 20, hi: 30 }], [{ lo: 25, hi: 26 }]), true);
});
