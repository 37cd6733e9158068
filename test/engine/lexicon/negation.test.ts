/** The negation words (lexicon/negation.ts): lower case, the cues built from the negations. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AUX_VERBS, NEG_CONTRACTIONS, NEGATION_CUES, NEGATIONS, NEGATIVE_IMPLICATIVES, POSSESSION_VERBS } from '../../../src/engine/lexicon/negation';

test('every list is lower-case words without spaces', () => {
  for (const list of [NEGATIONS, NEGATIVE_IMPLICATIVES, POSSESSION_VERBS, AUX_VERBS, NEGATION_CUES, NEG_CONTRACTIONS]) {
    assert.ok(list.size > 0);
    for (const w of list) assert.match(w, /^[a-z'’]+$/, w);
  }
});

test('the cues are the negations plus the weak ones', () => {
  for (const w of NEGATIONS) assert.ok(NEGATION_CUES.has(w), w);
  for (const w of ['not', 'no', 'never', "n't"]) assert.ok(NEGATIONS.has(w), w);
  for (const w of ['rarely', 'hardly', 'unless']) assert.ok(NEGATION_CUES.has(w) && !NEGATIONS.has(w), w);
});

test('contractions: each ends in n’t, written with either apostrophe', () => {
  for (const w of NEG_CONTRACTIONS) assert.match(w, /n['’]t$/, w);
  for (const w of NEG_CONTRACTIONS) if (w.includes('’')) assert.ok(NEG_CONTRACTIONS.has(w.replace('’', "'")), `${w} has a straight form`);
  for (const w of ["didn't", 'didn’t', "won't", "can't"]) assert.ok(NEG_CONTRACTIONS.has(w), w);
});
