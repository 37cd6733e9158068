import '../../support/tables';
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseArticle, parseDateValue } from '../../../src/engine/text/parse';

const SAMPLES = join(__dirname, '..', '..', '..', '..', 'shared', 'samples');

describe('parseArticle: front matter', () => {
  test('reads title, source, date, url; ignores other keys', () => {
    const text = '---\ntitle: "Harbour Bridge Reopens: Crowds Return"\nsource: Coastal Ledger\ndate: 2024-03-05\nurl: https://ledger.example/bridge?id=4#top\nauthor: Pat Doe\ntags:\n  - bridges\n---\nThe bridge reopened on Tuesday.\n';
    const m = parseArticle(text);
    assert.equal(m.title, 'Harbour Bridge Reopens: Crowds Return');
    assert.equal(m.source, 'Coastal Ledger');
    assert.equal(m.date, '2024-03-05');
    assert.equal(m.url, 'https://ledger.example/bridge?id=4#top');
    assert.deepEqual(m.metadata, { start: 0, end: text.indexOf('---\nThe') + 3 });
    assert.equal(m.body.start, text.indexOf('The bridge'));
    assert.equal(m.body.end, text.length);
  });

  test('single-quoted values, escapes, comments and keys in any case', () => {
    const m = parseArticle("---\nTitle: 'It''s open'\nsource: Ledger # the paper\nDATE: \"2024-03-05T10:00:00Z\"\n---\nBody.");
    assert.equal(m.title, "It's open");
    assert.equal(m.source, 'Ledger');
    assert.equal(m.date, '2024-03-05');
  });

  test('dates: ISO with time, month names, invalid ones become null', () => {
    const d = (v: string) => parseArticle(`---\ndate: ${v}\n---\nText.`).date;
    assert.equal(d('2023-11-09T10:00:00Z'), '2023-11-09');
    assert.equal(d('2023-11-09T23:30:00-05:00'), '2023-11-09');
    assert.equal(d('"November 9, 2023"'), '2023-11-09');
    assert.equal(d('Nov. 9, 2023'), '2023-11-09');
    assert.equal(d('9 November 2023'), '2023-11-09');
    assert.equal(d('Thursday, November 9, 2023'), '2023-11-09');
    assert.equal(d('2024-02-29'), '2024-02-29');
    assert.equal(d('2023-02-29'), null);
    assert.equal(d('2023-13-01'), null);
    assert.equal(d('November 31, 2023'), null);
    assert.equal(d('yesterday'), null);
    assert.equal(d('2023-11-09 and more'), null);
    assert.equal(d(''), null);
  });

  test('CRLF and CR line endings', () => {
    const crlf = '---\r\ntitle: Ferry Strike\r\ndate: 2022-07-01\r\n---\r\nThe ferries stopped.\r\n';
    const m = parseArticle(crlf);
    assert.equal(m.title, 'Ferry Strike');
    assert.equal(m.date, '2022-07-01');
    assert.equal(m.body.start, crlf.indexOf('The ferries'));
    const cr = '---\rtitle: Ferry Strike\r---\rThe ferries stopped.';
    const m2 = parseArticle(cr);
    assert.equal(m2.title, 'Ferry Strike');
    assert.equal(m2.body.start, cr.indexOf('The ferries'));
  });

  test('BOM is skipped', () => {
    const text = '\uFEFF---\ntitle: Hail\n---\nHail fell.';
    const m = parseArticle(text);
    assert.equal(m.title, 'Hail');
    assert.equal(m.metadata?.start, 1);
    const plain = parseArticle('\uFEFFHail fell.');
    assert.equal(plain.body.start, 1);
    assert.equal(plain.metadata, null);
  });

  test('a leading horizontal rule followed by prose is not front matter', () => {
    const text = '---\nThe storm hit the coast on Monday.\n---\nMore text.';
    const m = parseArticle(text);
    assert.equal(m.metadata, null);
    assert.equal(m.title, null);
    assert.equal(m.body.start, 0);
  });

  test('unterminated front matter is not front matter', () => {
    const m = parseArticle('---\ntitle: Nothing closes\n');
    assert.equal(m.metadata, null);
    assert.equal(m.title, null);
  });
});

describe('parseArticle: date marker', () => {
  test('marker alone on the first line', () => {
    const text = 'date 2021-06-30\n\nThe council met.';
    const m = parseArticle(text);
    assert.equal(m.date, '2021-06-30');
    assert.deepEqual(m.metadata, { start: 0, end: 15 });
    assert.ok(m.body.start >= 15 && text.slice(m.body.start).trim().startsWith('The council'));
  });

  test('marker followed by the first sentence on the same line (seed 002 shape)', () => {
    const text = ' date 2021-06-30 The council met on Wednesday.';
    const m = parseArticle(text);
    assert.equal(m.date, '2021-06-30');
    assert.deepEqual(m.metadata, { start: 1, end: 16 });
    assert.equal(text.slice(m.body.start).trim(), 'The council met on Wednesday.');
  });

  test('"Date:" form, month-name form, CRLF', () => {
    assert.equal(parseArticle('Date: 2021-06-30\r\nText.').date, '2021-06-30');
    assert.equal(parseArticle('DATE: June 30, 2021\nText.').date, '2021-06-30');
    assert.equal(parseArticle('date:2021-06-30 Text.').date, '2021-06-30');
  });

  test('words starting with "date" are not markers', () => {
    for (const t of ['Date palms grow here.', 'Dated 2021-06-30 papers.', 'date unknown, text.', 'date 2021-06-30x']) {
      const m = parseArticle(t);
      assert.equal(m.date, null, t);
      assert.equal(m.metadata, null, t);
      assert.equal(m.body.start, 0, t);
    }
  });

  test('front matter then marker: metadata covers both, front-matter date wins', () => {
    const text = '---\ntitle: T\ndate: 2020-01-02\n---\ndate 2020-01-03\nBody.';
    const m = parseArticle(text);
    assert.equal(m.date, '2020-01-02');
    assert.deepEqual(m.metadata, { start: 0, end: text.indexOf('\nBody') });
  });

  test('front matter without a date takes the marker date', () => {
    const m = parseArticle('---\ntitle: T\n---\ndate 2020-01-03 Body.');
    assert.equal(m.date, '2020-01-03');
  });

  test('seed 002 starts with a date marker', { skip: !existsSync(SAMPLES) }, () => {
    const text = readFileSync(join(SAMPLES, '002_d019ff9e3bed58ae.txt'), 'utf8');
    const m = parseArticle(text);
    assert.equal(m.date, '2023-11-09');
    assert.ok(m.metadata);
    assert.ok(text.slice(m.body.start).trimStart().startsWith('The US has'));
    const m0 = parseArticle(readFileSync(join(SAMPLES, '000_bacd9c61c45bf323.txt'), 'utf8'));
    assert.equal(m0.date, null);
    assert.equal(m0.metadata, null);
  });
});

describe('parseArticle: robustness', () => {
  test('empty, junk, NULs, non-strings', () => {
    assert.deepEqual(parseArticle(''), { title: null, date: null, source: null, url: null, metadata: null, body: { start: 0, end: 0 } });
    for (const t of ['\0\0\0', '---', '---\n', '---\n---', '---\n---\n', '\uFEFF', 'date', 'date ', '\uD800---', '---\n\0: x\n---']) {
      const m = parseArticle(t);
      assert.ok(m.body.start >= 0 && m.body.start <= m.body.end && m.body.end === t.length, JSON.stringify(t));
    }
    assert.equal(parseArticle('---\n---\nText').body.start, 8);
    assert.equal(parseArticle(undefined as unknown as string).body.end, 0);
    assert.equal(parseArticle(42 as unknown as string).body.end, 0);
  });

  test('10 MB inputs return quickly', () => {
    const big = 'x'.repeat(10_000_000);
    const t0 = performance.now();
    assert.equal(parseArticle(big).body.end, big.length);
    assert.equal(parseArticle('---\n' + 'k: v\n'.repeat(2_000_000)).metadata, null);
    assert.equal(parseArticle('---\ntitle: ' + 'y'.repeat(10_000_000) + '\n---\n').metadata, null);
    assert.ok(performance.now() - t0 < 2000);
  });

  test('property: never throws, spans are consistent', () => {
    const arb = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.tuple(fc.constantFrom('---\n', '\uFEFF---\r\n', 'date ', 'Date: ', ''), fc.string({ maxLength: 100 }), fc.constantFrom('\n---\n', '\r---\r', '', '2020-02-02 ')).map((p) => p.join('')),
    );
    fc.assert(fc.property(arb, (text) => {
      const m = parseArticle(text);
      assert.ok(m.body.start >= 0 && m.body.start <= m.body.end && m.body.end === text.length);
      if (m.metadata) {
        assert.ok(m.metadata.start >= 0 && m.metadata.start <= m.metadata.end && m.metadata.end <= m.body.start);
      }
      if (m.date !== null) assert.match(m.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.deepEqual(parseArticle(text), m);
    }), { numRuns: 500 });
  });

  test('parseDateValue is total', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      const d = parseDateValue(s);
      assert.ok(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d));
    }), { numRuns: 300 });
  });
});
