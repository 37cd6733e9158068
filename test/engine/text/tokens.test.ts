import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isNegation, lemmatize, tokenize, tokenizeReusing } from '../../../src/engine/text/tokens';

function checkOffsets(text: string, span?: { start: number; end: number }) {
  const toks = tokenize(text, span);
  let last = span ? span.start : 0;
  for (const t of toks) {
    assert.equal(t.text, text.slice(t.start, t.end), `token text matches its offsets: ${JSON.stringify(t)}`);
    assert.ok(t.start >= last, 'tokens in order, not overlapping');
    assert.ok(t.end > t.start);
    last = t.end;
  }
  if (span) assert.ok(last <= span.end);
  return toks;
}

test('offsets are exact UTF-16 indices (emoji, combining marks, Arabic)', () => {
  const text = 'Family 👩‍👩‍👧 met in Qe\u0301ssara ✌🏽; مرحبا بالعالم said Mira. Café naïve 😀!';
  const toks = checkOffsets(text);
  const texts = toks.map((t) => t.text);
  assert.ok(texts.includes('👩‍👩‍👧'), 'ZWJ emoji sequence is one token');
  assert.ok(texts.includes('Qe\u0301ssara'), 'combining mark stays inside the word');
  assert.ok(texts.includes('✌🏽'), 'skin-tone modifier stays with its emoji');
  assert.ok(texts.includes('مرحبا') && texts.includes('بالعالم'), 'Arabic words are words');
  const q = toks.find((t) => t.text === 'Qe\u0301ssara')!;
  assert.equal(q.norm, 'qessara');
  assert.equal(q.kind, 'word');
  assert.equal(q.cap, true);
});

test('span limits the range and keeps offsets into the whole text', () => {
  const text = 'First sentence here. Second one follows.';
  const start = text.indexOf('Second');
  const toks = checkOffsets(text, { start, end: text.length });
  assert.equal(toks[0].text, 'Second');
  assert.equal(toks[0].start, start);
  assert.deepEqual(tokenize(text, { start: 5, end: 5 }), []);
});

test('clitics, negation, acronyms, numbers', () => {
  const toks = tokenize("The U.S. didn't strike Varnholt's depot; 10,000 people, 83rd day.");
  const by = (s: string) => toks.find((t) => t.text === s)!;
  assert.equal(by('U.S.').norm, 'us');
  assert.equal(by('U.S.').stop, false);
  assert.equal(by('did').lemma, 'do');
  assert.equal(by("n't").lemma, 'not');
  assert.ok(isNegation(by("n't")));
  assert.equal(by("n't").stop, false, 'negations are not stop words');
  assert.equal(by("'s").stop, true);
  assert.equal(by('10,000').kind, 'number');
  assert.equal(by('10,000').lemma, '10000');
  assert.equal(by('83rd').kind, 'number');
  assert.equal(tokenize('US troops')[0].norm, 'us');
  assert.equal(tokenize('us')[0].stop, true);
});

test('typographic quotes and dashes are folded; British spellings folded', () => {
  const toks = tokenize('Defence officials’ “centre” organised — it’s done');
  assert.equal(toks[0].norm, 'defense');
  assert.ok(toks.some((t) => t.norm === 'center'));
  assert.ok(toks.some((t) => t.norm === 'organized' && t.lemma === 'organize'));
  assert.ok(toks.some((t) => t.norm === "'s"));
  assert.ok(toks.some((t) => t.kind === 'punct' && t.norm === '-'));
});

test('lemmas', () => {
  const cases: Record<string, string> = {
    attacks: 'attack', killed: 'kill', was: 'be', were: 'be', children: 'child', women: 'woman',
    militias: 'militia', facilities: 'facility', capabilities: 'capability', monitored: 'monitor',
    watched: 'watch', went: 'go', saw: 'see', taxes: 'tax', has: 'have', stopped: 'stop', strikes: 'strike',
    news: 'news', media: 'media', people: 'people',
  };
  for (const [w, l] of Object.entries(cases)) assert.equal(lemmatize(w), l, w);
  assert.equal(tokenize('Killed')[0].lemma, 'kill');
  assert.equal(lemmatize('zorblats'), 'zorblat', 'out-of-vocabulary plural');
});

test('never throws and offsets hold on arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { checkOffsets(s); }), { numRuns: 500 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(), fc.nat(), (s, a, b) => {
    const start = Math.min(a, b) % (s.length + 1);
    const end = Math.min(s.length, start + (Math.max(a, b) % (s.length + 1)));
    checkOffsets(s, { start, end });
  }), { numRuns: 300 });
});

test('long hostile input tokenises in linear time', () => {
  const s = "a'".repeat(50000) + 'x.'.repeat(50000) + '1,'.repeat(50000) + 'e\u0301'.repeat(50000);
  const t0 = Date.now();
  tokenize(s);
  assert.ok(Date.now() - t0 < 3000);
});

test('tokenizeReusing refills a used pool with exactly what tokenize returns', () => {
  const pool: ReturnType<typeof tokenize> = [];
  tokenizeReusing('A long sentence fills the pool first: 1,200 people, U.S. officials, 83rd, 5pm — and more.', undefined, pool);
  const piece = fc.constantFrom('It', 'passed', '396-9', ' ', '83rd', 'U.S.', "didn't", "O'Brien's", '—', '😀', 'e\u0301', '.', ',', '"', '1,200', 'x');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (xs) => {
    const text = xs.join(' ');
    const n = tokenizeReusing(text, undefined, pool);
    assert.deepEqual(pool.slice(0, n).map((t) => ({ ...t })), tokenize(text));
  }), { numRuns: 300 });
});
