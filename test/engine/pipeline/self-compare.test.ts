/**
 * LABEL ASSERTIONS — everything in this file checks labels (or fields only a real engine fills),
 * so it fails on the temporary stub engine (which labels every claim `unique` and fills no
 * corroboration). Structural invariants live in hostile.test.ts / properties.test.ts.
 *
 *   [LABEL] self-comparison: every claim is `agreement`, matched to its own copy (best score)
 *   [LABEL] label ⇔ evidence consistency and corroboration on realistic pairs (checkLabels)
 *   [LABEL] unrelated articles: nothing agrees, nothing conflicts
 *   [LABEL] judgePair(a, a) is agreement with score 1
 */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compare, judgePair } from '../../../src/engine';
import type { ArticleInput, Report } from '../../../src/engine';
import { checkLabels, checkReport } from '../../support/invariants';
import { ARTICLE_A, ARTICLE_B, UNRELATED, floodArticle } from '../../support/text';
import { EMOJI_A } from '../../support/hostile';

const REPO = resolve(__dirname, '..', '..', '..');
const SEED_DIR = resolve(REPO, '..', 'shared', 'samples');

/** Own fixtures, plus the project's samples/ and (read at test time, not copied) the seed articles. */
function selfCases(): Array<{ name: string; text: string }> {
  const cases = [
    { name: 'fictional flood report A', text: ARTICLE_A },
    { name: 'fictional flood report B', text: ARTICLE_B },
    { name: 'emoji article', text: EMOJI_A },
    { name: 'generated flood article', text: floodArticle(99, 6) },
  ];
  const samples = join(REPO, 'samples');
  if (existsSync(samples)) {
    for (const f of readdirSync(samples).sort()) cases.push({ name: `samples/${f}`, text: readFileSync(join(samples, f), 'utf8').replace(/^\uFEFF/, '') });
  }
  if (existsSync(SEED_DIR)) {
    for (const f of readdirSync(SEED_DIR).filter((x) => x.endsWith('.txt')).sort()) {
      cases.push({ name: `seed ${f}`, text: readFileSync(join(SEED_DIR, f), 'utf8').replace(/^\uFEFF/, '') });
    }
  }
  return cases;
}

function twice(text: string): ArticleInput[] {
  return [{ path: 'one.txt', text }, { path: 'two.txt', text }];
}

for (const c of selfCases()) {
  test(`[LABEL] self-comparison of ${c.name}: every claim agrees with its own copy`, () => {
    const arts = twice(c.text);
    const report: Report = compare(arts);
    checkReport(report, arts);
    const [d0, d1] = report.documents;
    assert.deepEqual(d1!.claims.map((x) => [x.start, x.end]), d0!.claims.map((x) => [x.start, x.end]), 'same claims on both sides');
    assert.ok(d0!.claims.length > 0, 'has claims');
    for (const [d, doc] of report.documents.entries()) {
      const other = report.documents[1 - d]!;
      doc.claims.forEach((claim, i) => {
        const where = `document ${d} claim ${claim.id} ${JSON.stringify(claim.text.slice(0, 60))}`;
        assert.equal(claim.label, 'agreement', `${where}: label ${claim.label}`);
        assert.equal(claim.discrepancies.length, 0, `${where}: discrepancies against its own copy`);
        const twin = other.claims[i]!.id;
        const m = claim.matches.find((x) => x.document === 1 - d && x.claim === twin);
        assert.ok(m, `${where}: matches its copy ${twin}`);
        const best = Math.max(...claim.matches.map((x) => x.score));
        assert.equal(m.score, best, `${where}: its copy is the best match`);
      });
    }
    assert.equal(report.summary.agreement, report.summary.claims);
    checkLabels(report);
  });
}

test('[LABEL] label ⇔ evidence and corroboration are consistent (flood pair, three documents)', () => {
  for (const arts of [
    [{ path: 'a.txt', text: ARTICLE_A }, { path: 'b.txt', text: ARTICLE_B }],
    [{ path: 'a.txt', text: ARTICLE_A }, { path: 'b.txt', text: ARTICLE_B }, { path: 'c.txt', text: UNRELATED }],
  ]) {
    const report = compare(arts);
    checkReport(report, arts);
    checkLabels(report);
  }
});

test('[LABEL] the flood pair: shared facts agree, the changed number is a discrepancy', () => {
  const arts = [{ path: 'a.txt', text: ARTICLE_A }, { path: 'b.txt', text: ARTICLE_B }];
  const report = compare(arts);
  checkReport(report, arts);
  const a = report.documents[0]!.claims;
  const rescue = a.find((c) => c.text.includes('pulled 41 people'));
  assert.equal(rescue?.label, 'agreement', 'the rescue sentence (same facts, reworded) agrees');
  const shelter = report.documents[1]!.claims.find((c) => c.text.includes('temporary shelter'));
  assert.equal(shelter?.label, 'unique', 'the shelter sentence is only in B');
  const evac = a.find((c) => c.text.includes('3,200'));
  assert.equal(evac?.label, 'discrepancy', '3,200 vs 2,900 people is a discrepancy');
  assert.ok(evac!.discrepancies.some((x) => x.kind === 'number' && x.here.text.includes('3,200') && x.there.text.includes('2,900')), 'number discrepancy spans 3,200 / 2,900');
});

test('[LABEL] unrelated articles: nothing agrees, nothing conflicts', () => {
  const arts = [{ path: 'flood.txt', text: ARTICLE_A }, { path: 'chess.txt', text: UNRELATED }];
  const report = compare(arts);
  checkReport(report, arts);
  assert.equal(report.summary.agreement, 0, 'no agreement between unrelated articles');
  assert.equal(report.summary.discrepancy, 0, 'no discrepancy between unrelated articles');
  checkLabels(report);
});

test('[LABEL] judgePair(a, a) is agreement with score 1', () => {
  for (const s of ['The council said 40 people left their homes on Wednesday.', ARTICLE_A]) {
    const j = judgePair(s, s);
    assert.equal(j.label, 'agreement');
    assert.equal(j.score, 1);
    assert.deepEqual(j.kinds, []);
  }
});
