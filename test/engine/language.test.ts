// The English check behind a document's notice. Texts written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageNotice } from '../../src/engine/language';

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
