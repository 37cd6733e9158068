/** extractFacts (facts/index.ts) over every kind: spans, offsets, robustness and speed. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFacts } from '../../../src/engine/facts';

test('facts lie inside the span and carry their own text', () => {
  const doc = 'HEADER. At least 12 drones hit Lorvik on Monday, "we saw it," Ana Brel said. TRAILER with 99 items.';
  const start = doc.indexOf('At');
  const end = doc.indexOf(' TRAILER');
  const fs = extractFacts(doc, { start, end }, '2022-02-02');
  assert.ok(fs.length >= 5);
  for (const f of fs) {
    assert.ok(f.start >= start && f.end <= end, `${f.type} ${f.text}`);
    assert.equal(f.text, doc.slice(f.start, f.end));
  }
  assert.ok(!fs.some((f) => f.text.includes('99')));
});

test('property: extractFacts never throws, facts inside span, text matches', () => {
  const alphabet = fc.constantFrom('a', 'B', ' ', '.', ',', '"', '“', '”', '‘', '’', "'", '-', '1', '0', '$', '%', '/', '(', ')', 'al-', 'Mr. ', 'not ', 'Monday', 'May ', 'two-', 'thirds', '\n', 'é', '\ud83d\ude00', '\ud800');
  const str = fc.array(alphabet, { maxLength: 80 }).map((xs) => xs.join(''));
  fc.assert(fc.property(str, fc.nat(100), fc.nat(100), fc.option(fc.constant('2023-11-09'), { nil: null }), (s, x, y, date) => {
    const start = Math.min(x, y, s.length);
    const end = Math.min(Math.max(x, y), s.length);
    const fs = extractFacts(s, { start, end }, date);
    for (const f of fs) {
      assert.ok(f.start >= start && f.end <= end && f.start < f.end);
      assert.equal(f.text, s.slice(f.start, f.end));
    }
  }), { numRuns: 500 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
    extractFacts(s, { start: 0, end: s.length }, null);
  }), { numRuns: 300 });
});

test('speed and linear time on adversarial input', () => {
  const word = 'The Lorvik Council said 12,000 people near Kharabin were not hurt on Monday, “we stand firm,” Ana Brel said. ';
  let article = '';
  while (article.split(' ').length < 700) article += word;
  for (let i = 0; i < 30; i++) extractFacts(article, { start: 0, end: article.length }, '2023-11-09'); // warm-up (JIT)
  // best of 20 runs: robust against other load on the machine
  let per = Infinity;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    extractFacts(article, { start: 0, end: article.length }, '2023-11-09');
    per = Math.min(per, performance.now() - t0);
  }
  assert.ok(per < 10, `700-word article took ${per.toFixed(1)} ms`);
  for (const bad of ['"'.repeat(100000), 'A'.repeat(100000), 'Aa '.repeat(33000), '1,'.repeat(50000), 'al-'.repeat(33000), '-'.repeat(100000), 'U.'.repeat(50000)]) {
    const s0 = performance.now();
    extractFacts(bad, { start: 0, end: bad.length }, null);
    assert.ok(performance.now() - s0 < 1500, `slow on ${bad.slice(0, 6)}…`);
  }
});
