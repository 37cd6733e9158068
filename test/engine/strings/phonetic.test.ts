/** The one phonetic key (strings/phonetic.ts): transliteration variants of a name share a key, other names do not. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldLetters, phoneticKey } from '../../../src/engine/strings/phonetic';

// moved from facts/facts.test.ts ('phonetic key and Jaro-Winkler'; the Jaro-Winkler half is in jaro-winkler.test.ts)
test('phonetic key: transliteration variants agree, different places do not', () => {
  assert.equal(phoneticKey('Qaddafi'), phoneticKey('Gadhafi'));
  assert.equal(phoneticKey('Zor'), phoneticKey('Zour'));
  assert.notEqual(phoneticKey('Mayadin'), phoneticKey('Maysulun'));
});

test('phonetic key: the documented merges', () => {
  const same = (a: string, b: string) => assert.equal(phoneticKey(a), phoneticKey(b), `${a} / ${b}`);
  same('Kadafi', 'Qaddafi'); // q/k/g → K, doubled consonants collapse
  same('Thomas', 'Tomas'); // th → T
  same('Philip', 'Filip'); // ph → F
  same('Vasil', 'Fasil'); // v → F
  same('Boutros', 'Poutros'); // b → P
  same('Djibouti', 'Jibuti'); // dj → J
  same('Shukri', 'Chukri'); // sh/ch → X
  same('Zaid', 'Said'); // z → S
  same('Knight', 'Night'); // a silent first letter
  same('Wright', 'Right');
  same('Youssef', 'Yusuf');
  same('Cyrus', 'Sirus'); // c before e, i, y is S …
  same('Carim', 'Karim'); // … else K
  assert.equal(phoneticKey('Xavier'), 'KSFR');
  assert.equal(phoneticKey('Anna'), 'AN', 'a first vowel is kept as A');
  assert.notEqual(phoneticKey('Tomas'), phoneticKey('Lomas'));
  assert.notEqual(phoneticKey('Kharabin'), phoneticKey('Sufran'));
});

test('phonetic key: case and diacritics do not matter; no letters, no key', () => {
  assert.equal(phoneticKey('ÉLODIE'), phoneticKey('elodie'));
  assert.equal(phoneticKey('Zoë'), phoneticKey('Zoe'));
  assert.equal(phoneticKey(''), '');
  assert.equal(phoneticKey('1998'), '');
  assert.equal(phoneticKey('--'), '');
});

test('foldLetters: lower-case ASCII letters only, diacritics stripped', () => {
  assert.equal(foldLetters('abc'), 'abc');
  assert.equal(foldLetters('ABC-def 12'), 'abcdef');
  assert.equal(foldLetters('ÉCOLE été'), 'ecoleete');
  assert.equal(foldLetters('Ḩamāh'), 'hamah');
});

test('property: a key is upper-case letters, never the same letter twice in a row, and folding first changes nothing', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 24 }), (w) => {
    const key = phoneticKey(w);
    assert.match(key, /^[A-Z]*$/);
    assert.doesNotMatch(key, /(.)\1/);
    assert.equal(phoneticKey(foldLetters(w)), key);
    const folded = foldLetters(w);
    assert.match(folded, /^[a-z]*$/);
    assert.equal(foldLetters(folded), folded);
  }), { numRuns: 500 });
});
