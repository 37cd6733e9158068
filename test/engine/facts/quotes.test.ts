import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteWords, QUOTE_GAP } from '../../../src/engine/facts/quotes';
import { extractFacts } from '../../../src/engine/facts';
import type { Fact } from '../../../src/engine/facts';

const all = (text: string, date: string | null = null): Fact[] => extractFacts(text, { start: 0, end: text.length }, date);
const of = (fs: Fact[], type: string): Fact[] => fs.filter((f) => f.type === type);

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

test('quotes: speaker from explicit attribution only', () => {
  const text = '“We will hold the line,” defence secretary Lena Marsh said. Later: "Nothing changes," he said. "Stay calm," said Chief Inspector Omar Vale in a statement. Reporters heard "a couple" of shots.';
  const qs = of(all(text), 'quote');
  assert.deepEqual(qs.map((q) => q.speaker), ['Lena Marsh', null, 'Omar Vale', null]);
  assert.equal(qs[0].value, 'we will hold the line');
  for (const q of qs) assert.equal(q.text, text.slice(q.start, q.end));
});

test('quotes: house-style normalisation', () => {
  assert.deepEqual(quoteWords('The President (Joe Biden) will defend U.S. interests — and the Centre’s'), ['the', 'president', 'will', 'defend', 'us', 'interests', 'and', 'the', "center's"]);
  assert.deepEqual(quoteWords('We organised the Defence [of the city]'), ['we', 'organized', 'the', 'defense']);
});
