/** The abbreviations (lexicon/abbreviations.ts): the segmenter's (cased) and the fact scanner's (lower case). */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ABBREVIATIONS, LOWER_ABBREVIATIONS, SENTENCE_OPENERS, TOKEN_ABBREVIATIONS } from '../../../src/engine/lexicon/abbreviations';
import { MONTHS } from '../../../src/engine/lexicon/calendar';

test('abbreviations are written without their period; kinds are the three known', () => {
  for (const [w, kind] of ABBREVIATIONS) {
    assert.match(w, /^[A-Za-z]+(\.[A-Za-z]+)*$/, w);
    assert.ok(['never', 'numeric', 'conditional'].includes(kind), w);
  }
  assert.equal(ABBREVIATIONS.get('Mr'), 'never');
  assert.equal(ABBREVIATIONS.get('No'), 'numeric');
  assert.equal(ABBREVIATIONS.get('Inc'), 'conditional');
});

test('month abbreviations: a number follows ("Oct. 17"), and each names a month', () => {
  for (const [w, kind] of ABBREVIATIONS) if (MONTHS.has(w.toLowerCase()) && w.length <= 4) assert.equal(kind, 'numeric', w);
  for (const w of ['Jan', 'Feb', 'Aug', 'Sept', 'Dec']) assert.equal(ABBREVIATIONS.get(w), 'numeric', w);
});

test('sentence openers are capitalised; the lower-case lists are lower case', () => {
  for (const w of SENTENCE_OPENERS) assert.match(w, /^[A-Z]/, w);
  for (const list of [LOWER_ABBREVIATIONS, TOKEN_ABBREVIATIONS]) for (const w of list) assert.match(w, /^[a-z]+$/, w);
  // the fact scanner's abbreviations are never ordinary words ending a sentence
  for (const w of ['ill', 'miss', 'fig', 'us']) assert.ok(!TOKEN_ABBREVIATIONS.has(w), w);
});
