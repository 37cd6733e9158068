import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { americanSpelling } from '../../../src/engine/lexicon/spelling';
import { tokenize } from '../../../src/engine/text/tokens';
import { quoteWords } from '../../../src/engine/facts/quotes';

test('americanSpelling: British forms and their inflections', () => {
  const cases: Record<string, string> = {
    defence: 'defense', defences: 'defenses', colour: 'color', coloured: 'colored', honours: 'honors', neighbourhood: 'neighborhood',
    organised: 'organized', organisation: 'organization', recognising: 'recognizing', centre: 'center', centres: 'centers',
    centred: 'centered', travelled: 'traveled', signalling: 'signaling', counsellor: 'counselor', programme: 'program',
    "minister's": "minister's", "labour's": "labor's", aeroplane: 'airplane',
  };
  for (const [gb, us] of Object.entries(cases)) assert.equal(americanSpelling(gb), us, gb);
});

test('americanSpelling: words that only look British stay as they are', () => {
  for (const w of ['hour', 'four', 'your', 'controlled', 'compelled', 'rise', 'promised', 'comprised', 'surprise', 'otherwise', 'colonel', 'tourist']) {
    assert.equal(americanSpelling(w), w, w);
  }
});

test('one spelling fold for the similarity and the quotes', () => {
  const s = 'The labour minister travelled to the centre';
  const norms = tokenize(s).map((t) => t.norm);
  assert.deepEqual(quoteWords(s), norms);
});
