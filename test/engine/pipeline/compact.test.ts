// The compact report (CompareOptions.compact, `compare --compact`): each claim's corroboration lists
// only the documents that agree or conflict, the report says `compact: true`, and nothing else
// changes — labels, matches, reasons, and what every renderer prints.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../../src/engine/pipeline/compare';
import { applyDecisions, decide } from '../../../src/engine/pipeline/decisions';
import { corroborationOf, render } from '../../../src/engine/render';
import type { ArticleInput, Report } from '../../../src/engine/report/types';
import { checkLabels, checkReport } from '../../support/invariants';
import { shortArticles } from '../../support/scale';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const samples: ArticleInput[] = ['varna-flood-herald.md', 'varna-flood-courier.txt', 'varna-flood-wire.txt']
  .map((name) => ({ path: name, text: readFileSync(join(SAMPLES, name), 'utf8') }));

/** The report without the compact flag and with every silent corroboration entry left out. */
function compacted(full: Report): Report {
  const out = JSON.parse(JSON.stringify(full)) as Report;
  for (const doc of out.documents) for (const c of doc.claims) c.corroboration = c.corroboration.filter((x) => x.status !== 'silent');
  return out;
}

test('compact: the full report minus its silent entries, flagged; a full report has no flag', () => {
  const full = compare(samples);
  const compact = compare(samples, { compact: true });
  assert.equal('compact' in full, false, 'the default report is unchanged');
  assert.equal(compact.compact, true);
  const { compact: _flag, ...rest } = compact;
  assert.deepEqual(rest, compacted(full));
  checkReport(compact, samples);
  assert.ok(compact.documents.some((d) => d.claims.some((c) => c.corroboration.length < 2)), 'some entries were left out');
});

test('compact: corroborationOf() fills the silent documents back in, so every renderer prints the same', () => {
  const full = compare(samples);
  const compact = compare(samples, { compact: true });
  compact.documents.forEach((doc, d) => doc.claims.forEach((c, k) => {
    assert.deepEqual(corroborationOf(c, d, 3), full.documents[d].claims[k].corroboration, c.id);
  }));
  const texts = samples.map((a) => a.text);
  for (const format of ['text', 'markdown', 'html', 'csv'] as const) {
    assert.equal(render(compact, format, { texts }), render(full, format, { texts }), format);
  }
  // the label rules, checked on the full corroboration the renderers see
  const filled = JSON.parse(JSON.stringify(compact)) as Report;
  filled.documents.forEach((doc, d) => doc.claims.forEach((c) => { c.corroboration = corroborationOf(c, d, 3); }));
  checkLabels(filled);
});

test('compact: with many sources the detail is in proportion to what matched', () => {
  const articles: ArticleInput[] = shortArticles(24).map((text, i) => ({ path: `s${i}.txt`, text }));
  const full = compare(articles);
  const compact = compare(articles, { compact: true });
  let fullEntries = 0;
  let compactEntries = 0;
  let matched = 0;
  for (const [d, doc] of compact.documents.entries()) {
    for (const [k, c] of doc.claims.entries()) {
      fullEntries += full.documents[d].claims[k].corroboration.length;
      compactEntries += c.corroboration.length;
      // one entry per document that says or contradicts the claim, and no other
      const said = new Set([...c.matches.map((m) => m.document), ...c.discrepancies.map((x) => x.there.document)]);
      assert.deepEqual(c.corroboration.map((x) => x.document), [...said].sort((a, b) => a - b), c.id);
      matched += said.size;
      assert.equal(c.label, full.documents[d].claims[k].label);
      assert.equal(c.reason, full.documents[d].claims[k].reason);
    }
  }
  assert.equal(compactEntries, matched);
  assert.ok(fullEntries > 5 * compactEntries, `${compactEntries} entries instead of ${fullEntries}`);
});

test('compact: decisions applied to a compact report keep it compact', () => {
  const full = compare(samples);
  const compact = compare(samples, { compact: true });
  const x = full.documents[0].claims.find((c) => c.matches.length > 0)!;
  const y = x.matches[0];
  const d = decide(full, 'dismiss', 0, x.id, y.document, y.claim, '2031-04-15T10:00:00Z');
  const afterFull = applyDecisions(full, samples, [d]);
  const afterCompact = applyDecisions(compact, samples, [d]);
  assert.equal(afterCompact.compact, true);
  const { compact: _flag, ...rest } = afterCompact;
  assert.deepEqual(rest, compacted(afterFull));
});
