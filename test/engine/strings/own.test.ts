/** ownString (strings/own.ts): the same characters, held as a string of their own. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ownString } from '../../../src/engine/strings/own';

test('ownString keeps the characters exactly, at every length', () => {
  const article = 'The Lorvik harbour authority said the ferry was delayed. '.repeat(50);
  for (const [s, e] of [[0, 0], [4, 10], [4, 16], [4, 17], [0, article.length]]) {
    const cut = article.slice(s, e);
    assert.equal(ownString(cut), cut);
  }
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
    assert.equal(ownString(s), s);
    assert.equal(ownString(s).length, s.length);
  }), { numRuns: 300 });
});

test('ownString keeps a lone surrogate and a trailing space as they are', () => {
  assert.equal(ownString('a long word with a space '), 'a long word with a space ');
  assert.equal(ownString('thirteen char\ud83d'), 'thirteen char\ud83d');
});
