/** The function words (lexicon/stopwords.ts): lower case, the smaller lists inside the stop words where they should be. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FUNCTION_WORDS, HEDGES, STOP_WORDS, WEAK_CONTEXT } from '../../../src/engine/lexicon/stopwords';

test('every list is lower-case words, no empty entries', () => {
  for (const list of [STOP_WORDS, WEAK_CONTEXT, FUNCTION_WORDS, HEDGES]) {
    assert.ok(list.size > 10);
    for (const w of list) assert.match(w, /^'?[a-z]+$/, JSON.stringify(w));
  }
});

test('weak context words are stop words; content words are not', () => {
  for (const w of WEAK_CONTEXT) assert.ok(STOP_WORDS.has(w), w);
  for (const w of ['ferry', 'said', 'killed', 'not', 'council']) assert.ok(!STOP_WORDS.has(w), w);
  for (const w of ['reportedly', 'allegedly', 'may']) assert.ok(HEDGES.has(w), w);
});
