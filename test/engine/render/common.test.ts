/**
 * What every renderer shares (render/common.ts): the one word diff, the pairs a report's
 * conflicts and agreements make (each once), display names and where other sources stand.
 */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  agreementPairs, conflictPairs, corroborationOf, corroborationSentence, documentNames, flatten, formatScore, plural,
  spacedWords, wordDiff, wordSteps,
} from '../../../src/engine/render/common';
import type { Report } from '../../../src/engine';
import { sampleReport } from './sample-report';

describe('render: wordDiff', () => {
  it('marks only the words one side has', () => {
    const d = wordDiff('at least 40 people died in Mayadin', 'at least 41 people died in Maysulun');
    assert.deepEqual(d.left.filter((s) => s.changed).map((s) => s.text), ['40', 'Mayadin']);
    assert.deepEqual(d.right.filter((s) => s.changed).map((s) => s.text), ['41', 'Maysulun']);
    assert.equal(d.left.map((s) => s.text).join(''), 'at least 40 people died in Mayadin');
  });
});

describe('render/common: the word diff', () => {
  it('spacedWords gives each whitespace-separated word with its offset', () => {
    const text = '  at least\t40 people,\n died ';
    const words = spacedWords(text);
    assert.deepEqual(words.map((w) => w.text), ['at', 'least', '40', 'people,', 'died']);
    for (const w of words) assert.equal(text.slice(w.start, w.start + w.text.length), w.text);
    assert.deepEqual(spacedWords(' \n '), []);
  });

  it('wordSteps compares words whole, the punctuation around them aside', () => {
    const steps = wordSteps('Brel said, “no”', 'Brel said no more');
    assert.deepEqual(steps.map((s) => [s.both, s.a?.text ?? null, s.b?.text ?? null]), [
      [true, 'Brel', 'Brel'], [true, 'said,', 'said'], [true, '“no”', 'no'], [false, null, 'more'],
    ]);
    // a word made only of punctuation is compared as it is
    assert.equal(wordSteps('a — b', 'a – b').filter((s) => !s.both).length, 2);
  });

  it('wordSteps walks both passages word by word, in order, each word once', () => {
    const words = fc.array(fc.constantFrom('the', 'ferry', 'carried', '212', '214', 'said,', '—', '“no”', 'no'), { maxLength: 12 });
    fc.assert(fc.property(words, words, (wa, wb) => {
      const a = wa.join(' ');
      const b = wb.join('  ');
      const steps = wordSteps(a, b);
      assert.deepEqual(steps.flatMap((s) => (s.a ? [s.a] : [])), spacedWords(a));
      assert.deepEqual(steps.flatMap((s) => (s.b ? [s.b] : [])), spacedWords(b));
      for (const s of steps) if (s.both) assert.ok(s.a && s.b);
    }), { numRuns: 200 });
  });

  it('wordDiff keeps each passage exactly, spacing included, in alternating segments', () => {
    const text = fc.array(fc.constantFrom('the', 'ferry', '212', '214', ' ', '  ', '\n', ',', 'Lisk.'), { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, text, (a, b) => {
      const d = wordDiff(a, b);
      assert.equal(d.left.map((s) => s.text).join(''), a);
      assert.equal(d.right.map((s) => s.text).join(''), b);
      for (const side of [d.left, d.right]) {
        for (let i = 1; i < side.length; i++) assert.notEqual(side[i].changed, side[i - 1].changed, 'neighbours are merged');
        for (const s of side) if (s.changed) assert.match(s.text, /\S/);
      }
    }), { numRuns: 300 });
  });

  it('wordDiff of identical passages marks nothing; very long passages are shown plain', () => {
    assert.deepEqual(wordDiff('Rescue boats took everyone.', 'Rescue boats took everyone.').left, [{ text: 'Rescue boats took everyone.', changed: false }]);
    const long = 'word '.repeat(1000);
    const other = 'other '.repeat(1000);
    assert.deepEqual(wordDiff(long, other), { left: [{ text: long, changed: false }], right: [{ text: other, changed: false }] });
  });
});

describe('render/common: pairs and sources', () => {
  it('a conflict and an agreement listed from both sides are one pair each', () => {
    const report = sampleReport();
    const conflicts = conflictPairs(report);
    assert.deepEqual(conflicts.map((p) => [p.a.claim.id, p.b.claim.id, p.discrepancies.length]), [['0:0', '1:0', 1]]);
    assert.equal(conflicts[0].discrepancies[0].here.text, '212', 'seen from the first side');
    const agreements = agreementPairs(report);
    assert.deepEqual(agreements.map((p) => [p.a.claim.id, p.b.claim.id, p.score]), [['0:1', '1:1', 0.912]]);
  });

  it('a matched pair that also conflicts is not an agreement', () => {
    const report = sampleReport();
    assert.ok(report.documents[0].claims[0].matches.length > 0);
    assert.ok(!agreementPairs(report).some((p) => p.a.claim.id === '0:0'));
  });

  it('documentNames numbers only the names two documents share', () => {
    const report = sampleReport();
    assert.deepEqual(documentNames(report), ['a.txt', 'b.txt']);
    const same: Report = { ...report, documents: [report.documents[0], report.documents[1], { ...report.documents[0] }, { ...report.documents[1], path: '' }] };
    assert.deepEqual(documentNames(same), ['a.txt (1)', 'b.txt', 'a.txt (3)', 'untitled']);
  });

  it('corroborationOf derives the standing of a hand-built claim from its matches and discrepancies', () => {
    const report = sampleReport();
    const [a0, a1, a2] = report.documents[0].claims;
    for (const c of [a0, a1, a2]) c.corroboration = [];
    assert.deepEqual(corroborationOf(a0, 0, 3), [
      { document: 1, status: 'conflicts', claims: ['1:0'], kinds: ['number'] },
      { document: 2, status: 'silent', claims: [], kinds: [] },
    ]);
    assert.deepEqual(corroborationOf(a1, 0, 2), [{ document: 1, status: 'agrees', claims: ['1:1'], kinds: [] }]);
    assert.deepEqual(corroborationOf(a2, 0, 2), [{ document: 1, status: 'silent', claims: [], kinds: [] }]);
    // the engine's own corroboration is taken as it is
    const given = sampleReport().documents[0].claims[0];
    assert.equal(corroborationOf(given, 0, 2), given.corroboration);
  });

  it('corroborationSentence speaks only with three or more documents', () => {
    const report = sampleReport();
    const claim = report.documents[0].claims[1];
    assert.equal(corroborationSentence(report, ['a.txt', 'b.txt'], 0, claim), null);
    const three: Report = { ...report, documents: [...report.documents, { ...report.documents[1], path: 'c.txt', claims: [] }] };
    claim.corroboration = [
      { document: 1, status: 'agrees', claims: ['1:1'], kinds: [] },
      { document: 2, status: 'conflicts', claims: ['2:0'], kinds: ['place'] },
    ];
    const s = corroborationSentence(three, ['a.txt', 'b.txt', 'c.txt'], 0, claim);
    assert.ok(s?.startsWith('said by 1 of 2 other sources (b.txt); conflicts with c.txt on '), s ?? 'null');
  });

  it('flatten, plural and formatScore', () => {
    assert.equal(flatten('  one\n\ttwo   three \n'), 'one two three');
    assert.equal(plural(1, 'claim'), '1 claim');
    assert.equal(plural(0, 'claim'), '0 claims');
    assert.equal(plural(2, 'child', 'children'), '2 children');
    assert.equal(formatScore(0.915), '0.92');
    assert.equal(formatScore(1), '1.00');
    assert.equal(formatScore(Number.NaN), '?');
  });
});
