/** The engine's one set of character classes (text/chars.ts), checked against the Unicode classes of regular expressions. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isAsciiDigitCode, isAsciiLetterCode, isDigit, isHighSurrogate, isLetter, isLetterOrMark, isMark, isSpaceCode, isUpper,
} from '../../../src/engine/text/chars';

/** Every code point of the BMP and a sample above it, as a string. */
function* codePoints(): Generator<string> {
  for (let c = 0; c < 0x10000; c++) yield String.fromCharCode(c);
  for (let c = 0x10000; c < 0x30000; c += 7) yield String.fromCodePoint(c);
}

test('isSpaceCode is exactly what \\s matches', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('the ASCII classes', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isAsciiDigitCode(c), /^[0-9]$/.test(ch));
    assert.equal(isAsciiLetterCode(c), /^[A-Za-z]$/.test(ch));
    assert.equal(isHighSurrogate(c), c >= 0xd800 && c <= 0xdbff);
  }
});

test('letters, marks, digits and capitals are the general categories L, M, Nd and Lu', () => {
  for (const ch of codePoints()) {
    assert.equal(isLetter(ch), /^\p{L}$/u.test(ch), `isLetter ${ch.codePointAt(0)?.toString(16)}`);
    assert.equal(isMark(ch), /^\p{M}$/u.test(ch), `isMark ${ch.codePointAt(0)?.toString(16)}`);
    assert.equal(isDigit(ch), /^\p{Nd}$/u.test(ch), `isDigit ${ch.codePointAt(0)?.toString(16)}`);
    assert.equal(isUpper(ch), /^\p{Lu}$/u.test(ch), `isUpper ${ch.codePointAt(0)?.toString(16)}`);
    assert.equal(isLetterOrMark(ch), /^[\p{L}\p{M}]$/u.test(ch));
  }
});

test('examples: other scripts, combining marks, astral letters, empty and lone surrogates', () => {
  assert.ok(isLetter('é') && isLetter('ж') && isLetter('ع') && isLetter('中') && isLetter('𝐀'));
  assert.ok(isMark('\u0301') && !isLetter('\u0301') && isLetterOrMark('\u0301'));
  assert.ok(isDigit('٣') && isDigit('７') && !isDigit('½') && !isDigit('Ⅳ'));
  assert.ok(isUpper('Ж') && !isUpper('ж') && isUpper('𝐀'));
  for (const f of [isLetter, isMark, isDigit, isUpper, isLetterOrMark]) {
    assert.equal(f(''), false);
    assert.equal(f('\ud835'), false, 'a lone surrogate is none of them');
  }
});
