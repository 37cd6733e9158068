/**
 * Property tests over the engine (fast-check): for arbitrary strings and for sentence-like text
 * (words, quotes, numbers, capitalised names, dates), compare() never throws, the report is
 * structurally correct (offsets in range, text === slice, claims sorted and disjoint, symmetric
 * matches …), it is deterministic, and compare([A, B]) / compare([B, A]) agree on which claims
 * match. judgePair() never throws and is deterministic. numRuns are modest so the file runs fast.
 */
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { compare, judgePair } from '../../src/engine';
import type { ArticleInput } from '../../src/engine';
import { checkReport, matchedIndexPairs } from '../support/invariants';
import { MONTHS, ORGS, PEOPLE, PLACES, WEEKDAYS } from '../support/text';

const SEED = 20310417; // fixed: failures reproduce; change it locally to explore
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

// ------------------------------------------------------------------------------------------------
// Generators
// ------------------------------------------------------------------------------------------------

/** Every UTF-16 code unit, lone surrogates included (what an editor buffer may hold). */
const codeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

const word = fc.constantFrom('the', 'river', 'rose', 'council', 'said', 'people', 'homes', 'not', 'never', 'at', 'least', 'more', 'than', 'about', 'on', 'in', 'was', 'were', 'told', 'according', 'to', 'bridge', 'water', 'reopened', 'closed', 'killed', 'injured', 'U.S.', 'defence', 'defense', '(Joe Biden)', '[sic]');
const name = fc.constantFrom(...PEOPLE, ...PLACES, ...ORGS, 'Mr. Queln', 'Dr. Rosk', 'St. Ardel', 'Deir el-Sameen', 'Deir ez-Sameen');
const num = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((d) => d.toFixed(1)),
  fc.constantFrom('40', 'forty', 'at least 40', 'more than 10,000', 'nearly two metres', '3.5%', '$2.5 billion', '1,1,1'),
);
const date = fc.oneof(
  fc.constantFrom(...WEEKDAYS, 'last month', 'yesterday', 'on Wednesday', 'this week'),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 31 })).map(([m, d]) => `${m} ${d}`),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const phrase = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: name }, { weight: 1, arbitrary: num }, { weight: 1, arbitrary: date }), { minLength: 1, maxLength: 14 })
  .map((ws) => ws.join(' '));
const openQuote = fc.constantFrom('"', '“', '‘', "'", '«', '');
const closeQuote = fc.constantFrom('"', '”', '’', "'", '»', '');
const sentence = fc.oneof(
  phrase.map((p) => p.charAt(0).toUpperCase() + p.slice(1) + '.'),
  fc.tuple(openQuote, phrase, closeQuote, name).map(([o, p, c, n]) => `${o}${p},${c} ${n} said.`),
  fc.tuple(name, phrase, fc.constantFrom('!', '?', '...', '—', ';', '')).map(([n, p, end]) => `${n} ${p}${end}`),
  fc.tuple(phrase, date).map(([p, d]) => `According to officials, ${p} on ${d}.`),
);
const separator = fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', ' \u00a0');
const article = fc.tuple(
  fc.option(date.map((d) => `date ${/^\d{4}-/.test(d) ? d : '2031-04-17'}`), { nil: undefined }),
  fc.array(fc.tuple(sentence, separator), { minLength: 0, maxLength: 12 }),
).map(([dateLine, parts]) => (dateLine ? dateLine + ' ' : '') + parts.map(([s, sep]) => s + sep).join(''));

/** Two articles that share some sentences (so matches actually occur) and differ in others. */
const relatedPair = fc.tuple(
  fc.array(sentence, { minLength: 1, maxLength: 8 }),
  fc.array(sentence, { maxLength: 4 }),
  fc.array(sentence, { maxLength: 4 }),
  fc.array(fc.nat(), { maxLength: 8 }),
).map(([shared, onlyA, onlyB, order]) => {
  const b = [...shared, ...onlyB];
  // Shuffle B deterministically from the generated order numbers.
  order.forEach((k, i) => { const j = k % b.length; const i2 = i % b.length; [b[i2], b[j]] = [b[j]!, b[i2]!]; });
  return [[...shared, ...onlyA].join(' '), b.join('\n\n')] as const;
});

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }), // every code point (the old fullUnicodeString)
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  codeUnitString,
  article,
);

function articles(a: string, b: string): ArticleInput[] {
  return [{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }];
}

const params = { seed: SEED, numRuns: RUNS };

// ------------------------------------------------------------------------------------------------
// Properties
// ------------------------------------------------------------------------------------------------

test('compare() never throws and gives a structurally correct report (arbitrary strings)', () => {
  fc.assert(fc.property(anyText, anyText, (a, b) => {
    const arts = articles(a, b);
    checkReport(compare(arts), arts);
  }), params);
});

test('compare() on sentence-like articles: correct report', () => {
  fc.assert(fc.property(article, article, (a, b) => {
    const arts = articles(a, b);
    checkReport(compare(arts), arts);
  }), params);
});

test('compare() on related sentence-like pairs: correct report', () => {
  fc.assert(fc.property(relatedPair, ([a, b]) => {
    const arts = articles(a, b);
    checkReport(compare(arts), arts);
  }), params);
});

test('compare() with three documents: correct report', () => {
  fc.assert(fc.property(article, relatedPair, (a, [b, c]) => {
    const arts: ArticleInput[] = [{ path: 'a', text: a }, { path: 'b', text: b }, { path: 'c', text: c }];
    checkReport(compare(arts), arts);
  }), { ...params, numRuns: Math.ceil(RUNS / 2) });
});

test('compare() is deterministic (deep-equal reports on two runs)', () => {
  fc.assert(fc.property(fc.oneof(relatedPair, fc.tuple(anyText, anyText)), ([a, b]) => {
    const arts = articles(a, b);
    assert.deepEqual(compare(arts), compare(arts.map((x) => ({ ...x }))));
  }), params);
});

test('compare() does not depend on what was compared before (the engine\'s memo tables are pure)', () => {
  // a fresh process has empty word-form and word-item memos; this one has filled them above
  const fixture = [
    { path: 'a.txt', text: 'The Varna river rose two metres on Tuesday, officials said. The IRGC denied it. "We never closed the bridge," Mayor Ilse Dorn said.' },
    { path: 'b.txt', text: 'Officials said the river rose three metres on Wednesday. The Islamic Revolutionary Guard Corps denied it. "We closed the bridge," Dorn said.' },
  ];
  const script = `require('./test/support/tables'); const { compare } = require('./src/engine'); process.stdout.write(JSON.stringify(compare(${JSON.stringify(fixture)})));`;
  const fresh = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
  fc.assert(fc.property(fc.oneof(relatedPair, fc.tuple(anyText, anyText)), ([a, b]) => { compare(articles(a, b)); }), { ...params, numRuns: 20 });
  assert.equal(JSON.stringify(compare(fixture)), fresh);
});

test('compare([A, B]) and compare([B, A]) match the same claim pairs', () => {
  fc.assert(fc.property(fc.oneof(relatedPair, fc.tuple(article, article)), ([a, b]) => {
    const ab = compare(articles(a, b));
    const ba = compare([{ path: 'b.txt', text: b }, { path: 'a.txt', text: a }]);
    // Claims themselves do not depend on the order of documents.
    assert.deepEqual(ba.documents[1]!.claims.map((c) => [c.start, c.end]), ab.documents[0]!.claims.map((c) => [c.start, c.end]));
    assert.deepEqual(ba.documents[0]!.claims.map((c) => [c.start, c.end]), ab.documents[1]!.claims.map((c) => [c.start, c.end]));
    assert.deepEqual([...matchedIndexPairs(ba, true)].sort(), [...matchedIndexPairs(ab)].sort());
  }), params);
});

test('judgePair() never throws, score in [0, 1], deterministic', () => {
  fc.assert(fc.property(fc.oneof(anyText, sentence), fc.oneof(anyText, sentence), (a, b) => {
    const j = judgePair(a, b);
    assert.ok(['agreement', 'discrepancy', 'unique'].includes(j.label));
    assert.ok(Number.isFinite(j.score) && j.score >= 0 && j.score <= 1, `score ${j.score}`);
    assert.ok(Array.isArray(j.kinds));
    assert.deepEqual(judgePair(a, b), j);
  }), { ...params, numRuns: RUNS * 3 });
});

test('compare() does not read the clock: same report across a faked Date', () => {
  // Relative dates resolve against the article's date, never the machine's (design.md).
  const text = 'The bridge closed on Wednesday. Officials said it would reopen next month. "Not before Friday," Mr. Queln said yesterday.';
  const arts = articles(text, 'date 2031-04-17 The bridge closed on Wednesday.');
  const before = compare(arts);
  const RealDate = Date;
  const shifted = RealDate.now() + 400 * 86_400_000;
  class FakeDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(shifted);
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static override now(): number { return shifted; }
  }
  globalThis.Date = FakeDate as DateConstructor;
  try {
    assert.deepEqual(compare(arts), before);
  } finally {
    globalThis.Date = RealDate;
  }
});
