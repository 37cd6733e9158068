import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize as factView, wordsOf } from '../../../src/engine/text/fact-tokens';
import { tokenize } from '../../../src/engine/text/tokens';

const texts = (s: string, start = 0, end = s.length): string[] => factView(s, start, end).map((t) => t.text);

test('fact view: compounds are one token where the tokeniser has their parts', () => {
  const s = "Al-Nahr's 30-year-old mayor didn't say the U.S.-led talks at 9/11 sites cost $1,234.5m.";
  assert.deepEqual(texts(s), ["Al-Nahr's", '30-year-old', 'mayor', "didn't", 'say', 'the', 'U.S.', '-', 'led', 'talks', 'at', '9/11',
    'sites', 'cost', '$', '1,234.5m', '.']);
  const parts = tokenize(s).map((t) => t.text);
  assert.ok(parts.includes('Al') && parts.includes('n\'t') && parts.includes("'s"), 'the tokeniser itself keeps the parts');
  const view = factView(s, 0, s.length);
  assert.equal(view[0].lower, 'al-nahr', 'a possessive ending is not part of the name');
  assert.equal(view[1].kind, 'num');
  assert.equal(view[3].lower, "didn't");
});

test('fact view: a clock time and an odd comma split where the tokeniser keeps one figure', () => {
  assert.deepEqual(texts('At 10:30pm, 1,50 and 1,2345 were read; 2,500 was not.'),
    ['At', '10', ':', '30pm', ',', '1', ',', '50', 'and', '1', ',', '2345', 'were', 'read', ';', '2,500', 'was', 'not', '.']);
  assert.deepEqual(tokenize('10:30pm').map((t) => t.text), ['10:30pm']);
  // a decimal point is kept only in a figure of ASCII digits
  assert.deepEqual(texts('x-1.5 and 3.25'), ['x-1', '.', '5', 'and', '3.25']);
});

test('fact view: dotted abbreviations and party-state labels', () => {
  assert.deepEqual(texts('Sen. Graham (R-S.C.) met U.S.A. envoys in D.C.'),
    ['Sen', '.', 'Graham', '(', 'R-S', '.', 'C', '.', ')', 'met', 'U.S.A.', 'envoys', 'in', 'D.C.']);
  assert.deepEqual(texts('Talks in the U.S'), ['Talks', 'in', 'the', 'U.S'], 'a single-letter abbreviation at the end of the text');
});

test('fact view: apostrophes other than \' and ’ are not kept inside a word', () => {
  assert.deepEqual(texts('O\u2018Brien and O\u2019Brien'), ['O', '\u2018', 'Brien', 'and', 'O\u2019Brien']);
});

test('fact view: sentence starts after end punctuation and blank lines, not after abbreviations', () => {
  const s = 'Dr. Vale spoke. "Yes," she said\n\nThen rain fell';
  const starts = factView(s, 0, s.length).filter((t) => t.sentenceStart).map((t) => t.text);
  assert.deepEqual(starts, ['Dr', '"', 'Yes', 'Then']);
});

test('fact view: invisible characters inside words and figures are in the span and out of the lower form', () => {
  const s = 'The gov\u00adernor counted 1\u200b200 homes.';
  const view = factView(s, 0, s.length);
  assert.deepEqual(wordsOf(view), ['the', 'governor', 'counted', '1200', 'homes']);
  const n = view.find((t) => t.lower === '1200')!;
  assert.equal(s.slice(n.start, n.end), '1\u200b200');
});

test('fact view: a claim\'s own tokens give the same view as tokenising again', () => {
  const s = 'Intro. The council of Vendra approved £2.1bn on Thursday, officials said.';
  const start = 7;
  const own = tokenize(s, { start, end: s.length });
  assert.deepEqual(factView(s, start, s.length, own), factView(s, start, s.length));
});

test('fact view: tokens tile the text in order, with exact offsets, on any input', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(10), (s, cut) => {
    const start = Math.min(cut, s.length);
    let last = start;
    for (const t of factView(s, start, s.length)) {
      assert.equal(t.text, s.slice(t.start, t.end));
      assert.ok(t.start >= last && t.end > t.start);
      last = t.end;
    }
  }), { numRuns: 500 });
});
