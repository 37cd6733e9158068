// The one Jaro-Winkler: known values, bounds, symmetry of the value, scratch reuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { charMask, jaroWinkler, jaroWinklerBound, winklerPrefix } from '../../../src/engine/strings/jaro-winkler';

test('textbook values', () => {
  assert.equal(jaroWinkler('martha', 'martha'), 1);
  assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.9611) < 1e-3);
  assert.ok(Math.abs(jaroWinkler('dwayne', 'duane') - 0.84) < 1e-3);
  assert.ok(Math.abs(jaroWinkler('dixon', 'dicksonx') - 0.8133) < 1e-3);
  assert.equal(jaroWinkler('', 'abc'), 0);
  assert.equal(jaroWinkler('abc', 'xyz'), 0);
});

test('in [0, 1], and the same with or without a (reused, too small) scratch', () => {
  const scratch = { buf: new Uint8Array(2) };
  fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
    const v = jaroWinkler(a, b);
    assert.ok(v >= 0 && v <= 1);
    assert.equal(jaroWinkler(a, b, scratch), v);
  }));
});

// moved from facts/facts.test.ts ('phonetic key and Jaro-Winkler'; the phonetic half is in phonetic.test.ts)
test('Jaro-Winkler as the name matcher uses it', () => {
  assert.equal(jaroWinkler('martha', 'martha'), 1);
  assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.961) < 0.001);
  assert.equal(jaroWinkler('', 'x'), 0);
});

// moved from similarity/similarity.test.ts (now index.test.ts)
test('place-name transliteration variants align, different places do not', () => {
  assert.ok(jaroWinkler('zor', 'zour') > 0.9);
  assert.ok(jaroWinkler('mayadin', 'maysulun') < 0.88);
});

test('the bound from lengths, masks and the common prefix is never below the measure', () => {
  const bound = (a: string, b: string, p?: number): number => jaroWinklerBound(a.length, b.length, charMask(a), charMask(b), p);
  // small alphabets, so that many pairs share letters and prefixes
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'k', 'l', 'o', 'r', 'A', 'é'), minLength: 1, maxLength: 14 });
  fc.assert(fc.property(word, word, (a, b) => {
    const v = jaroWinkler(a, b);
    assert.ok(bound(a, b) >= v - 1e-12, `${a} / ${b}`);
    assert.ok(bound(a, b, winklerPrefix(a, b)) >= v - 1e-12, `${a} / ${b} (prefix)`);
  }), { numRuns: 2000 });
  assert.equal(winklerPrefix('kalovendra', 'kalovenka'), 4);
  assert.equal(winklerPrefix('talvane', 'tarvane'), 2);
  assert.equal(winklerPrefix('mira', 'oskar'), 0);
  assert.ok(bound('mira', 'oskar', 0) < 0.8, 'different first letters: below the floor unmeasured');
});
