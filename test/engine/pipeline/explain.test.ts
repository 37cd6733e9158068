/** The reason sentence of a claim (pipeline/explain.ts describeClaim), for each label and number of sources. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeClaim } from '../../../src/engine/pipeline/explain';
import type { ReportCorroboration } from '../../../src/engine';

const PATHS = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
const agrees = (document: number, claim = `${document}:0`): ReportCorroboration => ({ document, status: 'agrees', claims: [claim], kinds: [] });
const silent = (document: number): ReportCorroboration => ({ document, status: 'silent', claims: [], kinds: [] });

test('no other source', () => {
  assert.equal(describeClaim('unique', [], [], ['a.txt']), 'There is no other source to compare with.');
});

test('agreement: one source with the best score, or how many of the others say it', () => {
  assert.equal(describeClaim('agreement', [agrees(1)], [{ document: 1, claim: '1:0', score: 0.9123 }], PATHS), 'b.txt says the same (score 0.91).');
  assert.equal(describeClaim('agreement', [agrees(1)], [], PATHS), 'b.txt says the same.');
  assert.equal(describeClaim('agreement', [agrees(1), agrees(2), silent(3)], [{ document: 2, claim: '2:0', score: 0.8 }], PATHS),
    'Said by 2 of 3 other sources: b.txt and c.txt (score 0.80).');
});

test('discrepancy: the sources it conflicts with and on what, and who agrees', () => {
  const place: ReportCorroboration = { document: 1, status: 'conflicts', claims: ['1:0'], kinds: ['place'] };
  const s = describeClaim('discrepancy', [place], [], PATHS);
  assert.match(s, /^Conflicts with b\.txt on .*place.*\.$/);
  const withAgree = describeClaim('discrepancy', [place, agrees(2)], [], PATHS);
  assert.ok(withAgree.startsWith(s.slice(0, -1)), withAgree);
  assert.match(withAgree, / c\.txt agrees\.$/);
  assert.match(describeClaim('discrepancy', [place, agrees(2), agrees(3)], [], PATHS), / c\.txt and d\.txt agree\.$/);
  const two = describeClaim('discrepancy', [place, { document: 2, status: 'conflicts', claims: ['2:0'], kinds: ['number'] }], [], PATHS);
  assert.match(two, /b\.txt on .*place.*c\.txt on .*number/);
});

test('unique: the one other source, or the count of them', () => {
  assert.equal(describeClaim('unique', [silent(1)], [], PATHS), 'b.txt does not say this.');
  assert.equal(describeClaim('unique', [silent(1), silent(2)], [], PATHS), 'None of the 2 other sources says this.');
});
