import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteWords, QUOTE_GAP } from '../../../src/engine/facts/quotes';

test('quoteWords: read from the one tokeniser; house style folded', () => {
  assert.deepEqual(quoteWords("We didn't see the U.N.'s convoy at 10:30, it's 1,200 people and 2.5% of the harbour"),
    ['we', 'did', 'not', 'see', 'the', "un's", 'convoy', 'at', '10', '30', 'it', 'is', '1200', 'people', 'and', '2·5%', 'of', 'the', 'harbor']);
});

test('quoteWords: invisible characters and other scripts\' digits do not change the words', () => {
  assert.deepEqual(quoteWords('The gov\u00adernor counted \uff11\uff12\uff10 homes'), quoteWords('The governor counted 120 homes'));
  assert.deepEqual(quoteWords('Zelensky\u2060y met them'), ['zelenskyy', 'met', 'them']);
});

test('quoteWords: elisions and editorial insertions are gaps', () => {
  assert.deepEqual(quoteWords('We will ... rebuild [the bridge] by June', { gaps: true }), ['we', 'will', QUOTE_GAP, 'rebuild', QUOTE_GAP, 'by', 'june']);
  assert.deepEqual(quoteWords('We will … rebuild (it) by June'), ['we', 'will', 'rebuild', 'by', 'june']);
});
