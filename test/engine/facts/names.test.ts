/** Name facts and name matching (facts/names.ts): people, places, organisations; sameName. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts, sameName } from '../../../src/engine/facts';
import type { Fact } from '../../../src/engine/facts';

const all = (text: string, date: string | null = null): Fact[] => extractFacts(text, { start: 0, end: text.length }, date);
const of = (fs: Fact[], type: string): Fact[] => fs.filter((f) => f.type === type);

test('names: places after prepositions, titles, organisations, particles', () => {
  const fs = all('Defense Minister Oskar Valdemar said jets hit a depot near Kharabin in Wadi el-Qasr used by the Northern Lantern Brigade.');
  const person = of(fs, 'person').map((f) => f.text);
  const place = of(fs, 'place').map((f) => f.text);
  const org = of(fs, 'organization').map((f) => f.text);
  assert.deepEqual(person, ['Oskar Valdemar']);
  assert.deepEqual(place, ['Kharabin', 'Wadi el-Qasr']);
  assert.deepEqual(org, ['Northern Lantern Brigade']);
  assert.equal(of(fs, 'place')[1].value, 'wadi qasr');
});

test('names: a portfolio or a court before a title is part of the title, not a name', () => {
  const fs = all('The order came from the U.S. Agriculture Secretary Mara Venn and was upheld by District Judge Tobias Reel.');
  assert.deepEqual(of(fs, 'person').map((f) => f.text), ['Mara Venn', 'Tobias Reel']);
  assert.deepEqual(of(fs, 'place').map((f) => f.text), ['U.S.']);
  assert.deepEqual(of(fs, 'organization').map((f) => f.text), []);
  // a court named as a body stays one
  assert.deepEqual(of(all('The federal Circuit Court of Appeals ruled on Monday.'), 'organization').map((f) => f.text), ['Circuit Court of Appeals']);
});

test('names: adjectival hyphen forms and possessives are trimmed', () => {
  const fs = all('Velorian-backed fighters attacked Kestrel’s convoy.');
  assert.ok(fs.some((f) => f.text === 'Velorian'));
  assert.ok(fs.some((f) => f.text === 'Kestrel'));
});

test('sameName: transliteration variants, particles, acronyms, partial names', () => {
  assert.ok(sameName('Deir ez-Zor', 'Deir el-Zour'));
  assert.ok(sameName('Qaddafi', 'Gadhafi'));
  assert.ok(sameName('al-Ahli', 'Ahli'));
  assert.ok(sameName('IRGC', 'Islamic Revolutionary Guard Corps'));
  assert.ok(sameName('U.S.', 'United States'));
  assert.ok(sameName('Lloyd Austin', 'Austin'));
  assert.ok(!sameName('Mayadin', 'Maysulun'));
  assert.ok(!sameName('Simon Crane', 'Rod Gibbs'));
  assert.ok(!sameName('Kharabin', 'Sufran'));
});
