// A person's decisions applied to a report (src/engine/pipeline/decisions.ts): dismiss, review, link; keyed by
// normalised claim text and source, so edits elsewhere keep them valid; the file format round-trips.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../../src/engine/pipeline/compare';
import { applyDecisions, decide, normaliseClaimText, parseDecisions, serialiseDecisions, withDecision, withoutDecision } from '../../../src/engine/pipeline/decisions';
import type { ArticleInput, Report } from '../../../src/engine/report/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'workspace');
const read = (name: string): ArticleInput => ({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });
const herald = read('harbour-herald.article');
const courier = read('harbour-courier.article');
const claimWith = (r: Report, d: number, s: string) => r.documents[d].claims.find((c) => c.text.includes(s))!;

test('dismiss: the two claims stop being counterparts, so the discrepancy is gone everywhere', () => {
  const report = compare([herald, courier]);
  const x = claimWith(report, 0, '18,000');
  assert.equal(x.label, 'discrepancy');
  const y = x.discrepancies[0].there;
  const d = decide(report, 'dismiss', 0, x.id, 1, y.claim, '2031-04-15T10:00:00Z');
  const after = applyDecisions(report, [herald, courier], [d]);
  const x2 = claimWith(after, 0, '18,000');
  assert.equal(x2.label, 'unique');
  assert.deepEqual(x2.discrepancies, []);
  assert.deepEqual(x2.decisions, [{ action: 'dismiss', document: 1, claim: y.claim, at: '2031-04-15T10:00:00Z' }]);
  const y2 = after.documents[1].claims.find((c) => c.id === y.claim)!;
  assert.equal(y2.label, 'unique');
  assert.equal(y2.decisions?.[0].action, 'dismiss');
  assert.equal(after.summary.discrepancy, report.summary.discrepancy - 2);
  assert.equal(report.documents[0].claims.find((c) => c.id === x.id)!.label, 'discrepancy', 'the input report is unchanged');
});

test('review keeps the finding and marks it; undo (withoutDecision) brings the report back', () => {
  const report = compare([herald, courier]);
  const x = claimWith(report, 0, '18,000');
  const d = decide(report, 'review', 0, x.id, 1, x.discrepancies[0].there.claim);
  const after = applyDecisions(report, [herald, courier], [d]);
  assert.equal(claimWith(after, 0, '18,000').label, 'discrepancy');
  assert.equal(claimWith(after, 0, '18,000').decisions?.[0].action, 'review');
  const undone = applyDecisions(report, [herald, courier], withoutDecision([d], d));
  assert.deepEqual(undone, report);
});

test('link: a unique claim and a chosen claim are compared as counterparts, facts and all', () => {
  const report = compare([herald, courier]);
  const unique = claimWith(report, 1, 'Quay Street');
  assert.equal(unique.label, 'unique');
  const target = claimWith(report, 0, 'Ferries');
  const after = applyDecisions(report, [herald, courier], [decide(report, 'link', 1, unique.id, 0, target.id)]);
  const linked = after.documents[1].claims.find((c) => c.id === unique.id)!;
  assert.notEqual(linked.label, 'unique');
  assert.equal(linked.matches[0].claim, target.id);
  assert.equal(linked.nearest, undefined);
  assert.ok(after.documents[0].claims.find((c) => c.id === target.id)!.matches.some((m) => m.claim === unique.id), 'symmetric');
});

test('a decision survives edits elsewhere in the article (keyed by text and source, not offsets)', () => {
  const report = compare([herald, courier]);
  const x = claimWith(report, 0, '18,000');
  const d = decide(report, 'dismiss', 0, x.id, 1, x.discrepancies[0].there.claim);
  const edited = { ...herald, text: herald.text.replace('---\nThe Old', '---\nA new opening sentence was added here today.\n\nThe Old') };
  const again = compare([edited, courier]);
  assert.notEqual(claimWith(again, 0, '18,000').start, x.start);
  const after = applyDecisions(again, [edited, courier], [d]);
  assert.deepEqual(claimWith(after, 0, '18,000').discrepancies, []);
});

test('the file round-trips, sorted; a bad file is a one-line error; a later decision replaces an earlier one', () => {
  const report = compare([herald, courier]);
  const x = claimWith(report, 0, '18,000');
  const other = x.discrepancies[0].there.claim;
  const list = withDecision([decide(report, 'review', 0, x.id, 1, other)], decide(report, 'dismiss', 1, other, 0, x.id));
  assert.equal(list.length, 1, 'the same pair in the other order is the same decision');
  assert.deepEqual(parseDecisions(serialiseDecisions(list)), list);
  assert.throws(() => parseDecisions('{"schema":"nope"}'), /not "source-compare\/decisions@1"/);
  assert.throws(() => parseDecisions('{'), /not JSON/);
  assert.equal(normaliseClaimText('  “About 18,000”  vehicles.\n'), '"about 18,000" vehicles');
});
