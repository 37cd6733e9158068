// Counterparts by meaning (src/engine/pipeline/meaning.ts), with the real sentence encoder
// (models/minilm, as `node scripts/fetch-model.mjs` installs it) on articles of our own.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimTexts, compare, EngineContext, textsToEmbed, type ArticleInput, type Report } from '../../../src/engine';
import { pairsByMeaning } from '../../../src/engine/pipeline/meaning';
import { prepare, SimilarityScratch } from '../../../src/engine/similarity';
import { comparisonVectors, loadSentenceEncoder, meaningVectors } from '../../../src/host/encoder';

const A = `date: 2031-03-02

The harbour authority in Dravik closed the north pier on Monday after a crack was found in its supports.

The closure, the spokeswoman stressed, was a precaution meant to keep any danger away from the ferry passengers.

Repairs are expected to take three weeks and cost about 400,000 euros.

The mayor of Dravik, Ilse Varga, visited the pier on Tuesday.
`;

const B = `date: 2031-03-02

Dravik's harbour authority shut the north pier on Monday when engineers found a crack in its supports.

A spokeswoman said the pier had been shut as a safety measure to protect people travelling on the ferries.

Fishing boats have been moved to the south quay for the time being.

The repairs should take three weeks, the authority said.
`;

const label = (r: Report, d: number, starts: string): string => r.documents[d].claims.find((c) => c.text.startsWith(starts))!.label;

test('meaning: a paraphrase in other words finds its counterpart; the report says what found it', async () => {
  const meaning = await meaningVectors([A, B]);
  assert.ok(typeof meaning !== 'string', `the encoder loads: ${String(meaning)}`);
  const words = compare([{ path: 'a', text: A }, { path: 'b', text: B }]);
  const both = compare([{ path: 'a', text: A }, { path: 'b', text: B }], { meaning });
  assert.equal(label(words, 0, 'The closure'), 'unique', 'by words alone the paraphrase is missed');
  assert.equal(label(both, 0, 'The closure'), 'agreement');
  assert.equal(label(both, 1, 'A spokeswoman'), 'agreement');
  assert.equal(label(both, 0, 'The mayor'), 'unique', 'what only one says stays unique');
  assert.equal(label(both, 1, 'Fishing boats'), 'unique');
  assert.equal(words.similarity, undefined);
  assert.match(both.similarity ?? '', /^words and meaning \(all-MiniLM-L6-v2/);
  // symmetric: the documents swapped, every claim keeps its label
  const swapped = compare([{ path: 'b', text: B }, { path: 'a', text: A }], { meaning });
  assert.deepEqual(swapped.documents[1].claims.map((c) => c.label), both.documents[0].claims.map((c) => c.label));
  assert.deepEqual(swapped.documents[0].claims.map((c) => c.label), both.documents[1].claims.map((c) => c.label));
});

test('meaning: reports that share none of their main names get no counterparts by meaning', async () => {
  const other = B.replace(/Dravik/g, 'Belovo');
  const meaning = await meaningVectors([A, other]);
  assert.ok(typeof meaning !== 'string');
  const r = compare([{ path: 'a', text: A }, { path: 'b', text: other }], { meaning });
  assert.equal(label(r, 0, 'The closure'), 'unique', 'a look-alike event is not the same event because it reads alike');
});

test('pairsByMeaning: mutual nearest only, clearly ahead of the next best, with both floors', () => {
  const scratch = new SimilarityScratch();
  const texts = ['The pier was closed as a precaution for ferry passengers.', 'The pier was shut to keep ferry passengers safe.', 'Boats moved to the south quay.'];
  const p = texts.map((t) => prepare(t, undefined, scratch));
  const unit = (...xs: number[]): Float32Array => { const n = Math.hypot(...xs); return Float32Array.from(xs.map((x) => x / n)); };
  // claim 0 of the left is close to claim 1 of the right; the right's claim 2 is far from everything
  const left = [p[0]];
  const right = [p[2], p[1]];
  const pairs = pairsByMeaning(left, right, [unit(1, 0.1, 0)], [unit(0, 0, 1), unit(1, 0.15, 0)], [0], [0, 1], scratch);
  assert.deepEqual(pairs.map((x) => [x.a, x.b]), [[0, 1]]);
  // far apart by meaning: no pair, whatever the words
  assert.deepEqual(pairsByMeaning(left, right, [unit(1, 0, 0)], [unit(0, 1, 0), unit(0, 0, 1)], [0], [0, 1], scratch), []);
  // two right claims equally near: neither is clearly the counterpart
  assert.deepEqual(pairsByMeaning(left, [p[1], p[1]], [unit(1, 0.1, 0)], [unit(1, 0.12, 0), unit(1, 0.12, 0)], [0], [0, 1], scratch), []);
  // a claim already matched (not open) is never paired again
  assert.deepEqual(pairsByMeaning(left, right, [unit(1, 0.1, 0)], [unit(0, 0, 1), unit(1, 0.15, 0)], [0], [0], scratch), []);
});

test('a claim that differs only in how its date is written finds its counterpart; the resolved dates decide', () => {
  // a short claim: by words alone the two are too far apart to be counterparts
  const text = (date: string, when: string): string => `${date ? `date: ${date}\n\n` : ''}Talks resumed on ${when}.\n\nThe Vendra port stays shut.\n`;
  const run = (a: string, b: string) => compare([{ path: 'a', text: a }, { path: 'b', text: b }]);
  const same = run(text('2031-06-04', 'Friday'), text('2031-06-04', 'June 6'));
  assert.equal(label(same, 0, 'Talks'), 'agreement', 'Friday is June 6 that week');
  assert.equal(label(same, 1, 'Talks'), 'agreement');
  const other = run(text('2031-06-04', 'Saturday'), text('2031-06-04', 'June 6'));
  assert.equal(label(other, 0, 'Talks'), 'discrepancy');
  assert.equal(other.documents[0].claims[0].discrepancies[0].kind, 'date');
  // no article date: "Friday" cannot be placed, so nothing is said about the pair
  const unknown = run(text('', 'Friday'), text('', 'June 6'));
  assert.equal(label(unknown, 0, 'Talks'), 'unique');
  // symmetric
  const swapped = run(text('2031-06-04', 'June 6'), text('2031-06-04', 'Saturday'));
  assert.equal(label(swapped, 1, 'Talks'), 'discrepancy');
});

test('meaning: embedding only the claims the words leave open gives the report every vector gives', async () => {
  const load = await loadSentenceEncoder();
  assert.ok(load.encoder, 'the encoder loads');
  const read = (p: string): ArticleInput => ({ path: p, text: readFileSync(join(__dirname, '..', '..', '..', p), 'utf8') });
  const samples = ['samples/varna-flood-herald.md', 'samples/varna-flood-courier.txt', 'samples/varna-flood-wire.txt'].map(read);
  const cases: ArticleInput[][] = [[{ path: 'a', text: A }, { path: 'b', text: B }], samples, [samples[1], samples[0]]];
  for (const articles of cases) {
    const all = await meaningVectors(articles.map((a) => a.text));
    assert.ok(typeof all !== 'string');
    const full = JSON.stringify(compare(articles, { meaning: all }));
    const context = new EngineContext();
    const some = await comparisonVectors(load.encoder, articles, { context });
    assert.equal(JSON.stringify(compare(articles, { meaning: some, context })), full, articles.map((a) => a.path).join(' + '));
    const wanted = textsToEmbed(articles);
    const claims = articles.reduce((n, a) => n + claimTexts(a.text).length, 0);
    assert.ok(wanted.length < claims, `${wanted.length} of ${claims} claims embedded`);
  }
  // what the words pair is never embedded; what they leave open is
  const wanted = textsToEmbed([{ path: 'a', text: A }, { path: 'b', text: B }]);
  assert.ok(wanted.some((t) => t.startsWith('The closure')), 'the paraphrase the words miss');
  assert.ok(!wanted.some((t) => t.startsWith('The harbour authority')), 'the claim the words pair');
});
