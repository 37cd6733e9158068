// The English check behind a document's notice. Texts written for this test.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageNotice } from '../../../src/engine/text/language';

const all = (text: string) => [{ start: 0, end: text.length }];

test('English news text gets no notice', () => {
  const t = 'The council said on Monday that the bridge would close for repairs, and ferries will run every 20 minutes while it is shut.';
  assert.equal(languageNotice(t, all(t)), null);
});

test('text in another script gets a notice', () => {
  const t = 'قال المجلس يوم الاثنين إن الجسر سيغلق للإصلاح وإن العبارات ستعمل كل عشرين دقيقة';
  assert.match(languageNotice(t, all(t)) ?? '', /Latin script/);
});

test('a Latin-script text that is not English gets a notice', () => {
  const t = 'Le conseil municipal a annoncé lundi que le pont sera fermé pour des travaux pendant deux mois entiers cette année.';
  assert.match(languageNotice(t, all(t)) ?? '', /does not look like English/);
});

test('short or empty text is not judged', () => {
  assert.equal(languageNotice('', []), null);
  assert.equal(languageNotice('Ja.', all('Ja.')), null);
});

test('the word scan counts what a split on non-letters counts, beyond ASCII too', async () => {
  const { default: fc } = await import('fast-check');
  const { countWords } = await import('../../../src/engine/text/language');
  // the definition: words are the non-empty pieces between runs of characters that are neither
  // letters nor ASCII apostrophes
  const reference = (lower: string): number => lower.split(/[^\p{L}']+/u).filter((w) => w.length > 0).length;
  const pieces = ['the ', "don't ", 'i\u0307stanbul ', '\u00df', '\u00e9', 'e\u0301', '\u{1f600}', '\ud800', 'a', ' ', "'", '\u2019', 'said', 'would ', '\u03c9mega ', '\u05d0\u05d1 ', '-', '42'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (xs) => {
    const s = xs.join('').toLowerCase();
    assert.equal(countWords(s).words, reference(s));
  }), { numRuns: 2000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
    const s = raw.toLowerCase();
    assert.equal(countWords(s).words, reference(s));
  }), { numRuns: 2000 });
  assert.deepEqual(countWords("the council said it would, wouldn't it?"), { words: 7, functionWords: 5 });
});
