/**
 * Invariants every correct report must satisfy, whatever the engine's quality (design.md,
 * "Report schema"). `checkReport` holds only structural facts (offsets, order, ids, symmetry,
 * counts); `checkLabels` holds the LABEL ASSERTIONS (label ⇔ evidence, corroboration), which the
 * temporary stub engine does not fully satisfy and which are used only in self-compare.test.ts.
 */
import assert from 'node:assert/strict';
import { DISCREPANCY_KINDS } from '../../src/engine';
import type { ArticleInput, Report, ReportClaim } from '../../src/engine';

const LABELS = new Set(['agreement', 'discrepancy', 'unique']);

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Short, printable excerpt for assertion messages (big inputs must not flood the output). */
export function excerpt(s: string, n = 60): string {
  const j = JSON.stringify(s);
  return j.length > n ? `${j.slice(0, n)}…(${s.length} chars)` : j;
}

function findClaim(report: Report, doc: number, id: string): ReportClaim | undefined {
  return report.documents[doc]?.claims.find((c) => c.id === id);
}

/**
 * Structural invariants. `texts` are the document texts exactly as the engine saw them.
 * Throws an AssertionError naming the first violation.
 */
export function checkReport(report: Report, articles: readonly ArticleInput[]): void {
  assert.equal(report.schema, 'source-compare/report@1');
  assert.ok(Array.isArray(report.documents), 'documents is an array');
  assert.equal(report.documents.length, articles.length, 'one document per article, in order');
  const ids = new Set<string>();
  const counts = { claims: 0, agreement: 0, discrepancy: 0, unique: 0 };
  // Claim lookup by document, built once (big inputs have many claims).
  const byId = report.documents.map((d) => new Map(d.claims.map((c) => [c.id, c] as const)));

  report.documents.forEach((doc, d) => {
    const text = articles[d]!.text;
    assert.equal(doc.path, articles[d]!.path, `document ${d} path`);
    assert.ok(Array.isArray(doc.claims), `document ${d} claims is an array`);
    if (doc.metadata) {
      assert.ok(isInt(doc.metadata.start) && isInt(doc.metadata.end), 'metadata offsets are integers');
      assert.ok(doc.metadata.start >= 0 && doc.metadata.start <= doc.metadata.end && doc.metadata.end <= text.length, 'metadata in range');
    }
    let prevEnd = 0;
    doc.claims.forEach((c, i) => {
      const where = `document ${d} claim ${i} (${c.id})`;
      assert.equal(typeof c.id, 'string', `${where}: id is a string`);
      assert.ok(!ids.has(c.id), `${where}: id ${c.id} is unique in the report`);
      ids.add(c.id);
      assert.ok(isInt(c.start) && isInt(c.end), `${where}: integer offsets`);
      assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length, `${where}: 0 <= start(${c.start}) < end(${c.end}) <= ${text.length}`);
      assert.ok(c.start >= prevEnd, `${where}: claims sorted and disjoint (start ${c.start} < previous end ${prevEnd})`);
      prevEnd = c.end;
      if (c.text !== text.slice(c.start, c.end)) {
        assert.fail(`${where}: text ${excerpt(c.text)} !== slice ${excerpt(text.slice(c.start, c.end))}`);
      }
      assert.ok(LABELS.has(c.label), `${where}: label ${String(c.label)}`);
      counts.claims++;
      counts[c.label]++;

      assert.ok(Array.isArray(c.matches), `${where}: matches is an array`);
      const seen = new Set<string>();
      const lastScore = new Map<number, number>();
      for (const m of c.matches) {
        assert.ok(isInt(m.document) && m.document >= 0 && m.document < report.documents.length, `${where}: match document ${m.document} exists`);
        assert.notEqual(m.document, d, `${where}: a match points to another document`);
        const target = byId[m.document]!.get(m.claim);
        assert.ok(target, `${where}: match claim ${m.claim} exists in document ${m.document}`);
        assert.ok(!seen.has(`${m.document}/${m.claim}`), `${where}: match ${m.claim} listed once`);
        seen.add(`${m.document}/${m.claim}`);
        assert.ok(typeof m.score === 'number' && Number.isFinite(m.score) && m.score >= 0 && m.score <= 1, `${where}: score ${m.score} in [0, 1]`);
        // "Best first" — checked per other document, which holds under either reading of the spec.
        const prev = lastScore.get(m.document);
        assert.ok(prev === undefined || prev >= m.score, `${where}: matches best first (${prev} then ${m.score})`);
        lastScore.set(m.document, m.score);
        // Symmetry: y lists x back, with the same score.
        const back = target.matches.find((b) => b.document === d && b.claim === c.id);
        assert.ok(back, `${where}: match ${m.claim} lists ${c.id} back (symmetry)`);
        assert.equal(back.score, m.score, `${where}: symmetric match ${m.claim} has the same score`);
      }

      assert.ok(Array.isArray(c.discrepancies), `${where}: discrepancies is an array`);
      for (const x of c.discrepancies) {
        assert.ok((DISCREPANCY_KINDS as readonly string[]).includes(x.kind), `${where}: discrepancy kind ${x.kind}`);
        assert.equal(typeof x.message, 'string', `${where}: discrepancy message`);
        const h = x.here;
        assert.ok(isInt(h.start) && isInt(h.end) && h.start >= 0 && h.start <= h.end && h.end <= text.length, `${where}: here span in range`);
        assert.ok(h.start >= c.start && h.end <= c.end, `${where}: here span [${h.start},${h.end}) inside the claim [${c.start},${c.end})`);
        if (text.slice(h.start, h.end) !== h.text) assert.fail(`${where}: here.text ${excerpt(h.text)} !== slice ${excerpt(text.slice(h.start, h.end))}`);
        const t = x.there;
        assert.ok(isInt(t.document) && t.document >= 0 && t.document < articles.length && t.document !== d, `${where}: there.document ${t.document} is another document`);
        const other = articles[t.document]!.text;
        assert.ok(isInt(t.start) && isInt(t.end) && t.start >= 0 && t.start <= t.end && t.end <= other.length, `${where}: there span in range`);
        if (other.slice(t.start, t.end) !== t.text) assert.fail(`${where}: there.text ${excerpt(t.text)} !== slice of document ${t.document} ${excerpt(other.slice(t.start, t.end))}`);
        const tc = byId[t.document]!.get(t.claim);
        assert.ok(tc, `${where}: there.claim ${t.claim} exists in document ${t.document}`);
        assert.ok(t.start >= tc.start && t.end <= tc.end, `${where}: there span inside claim ${t.claim}`);
      }
    });
  });
  assert.deepEqual(report.summary, counts, 'summary counts equal the label counts');
}

/**
 * LABEL ASSERTIONS (design.md, "Words" → label): discrepancy ⇔ it has discrepancies; agreement ⇒
 * it has matches; unique ⇒ no matches and no discrepancies; corroboration has one entry per
 * other document, in order, consistent with the label. Fail on the temporary stub (it fills no
 * corroboration).
 */
export function checkLabels(report: Report): void {
  report.documents.forEach((doc, d) => {
    const others = report.documents.map((_, i) => i).filter((i) => i !== d);
    for (const c of doc.claims) {
      const where = `document ${d} claim ${c.id}`;
      assert.equal(c.label === 'discrepancy', c.discrepancies.length > 0, `${where}: label ${c.label} with ${c.discrepancies.length} discrepancies`);
      if (c.label === 'agreement') assert.ok(c.matches.length > 0, `${where}: agreement without a match`);
      if (c.label === 'unique') assert.equal(c.matches.length, 0, `${where}: unique with matches`);
      assert.equal(typeof c.reason, 'string', `${where}: reason`);
      assert.ok(c.reason.length > 0, `${where}: reason is not empty`);
      assert.deepEqual(c.corroboration.map((x) => x.document), others, `${where}: corroboration lists every other document in order`);
      const statuses = c.corroboration.map((x) => x.status);
      if (c.label === 'unique') assert.ok(statuses.every((s) => s === 'silent'), `${where}: unique but corroboration ${statuses.join(',')}`);
      if (c.label === 'agreement') assert.ok(statuses.includes('agrees') && !statuses.includes('conflicts'), `${where}: agreement but corroboration ${statuses.join(',')}`);
      if (c.label === 'discrepancy') assert.ok(statuses.includes('conflicts'), `${where}: discrepancy but corroboration ${statuses.join(',')}`);
    }
  });
}

/** The set of matched claim-index pairs "i-j" between documents 0 and 1 (from document 0's side). */
export function matchedIndexPairs(report: Report, flip = false): Set<string> {
  const [d0, d1] = flip ? [1, 0] : [0, 1];
  const index1 = new Map(report.documents[d1]!.claims.map((c, j) => [c.id, j] as const));
  const out = new Set<string>();
  report.documents[d0]!.claims.forEach((c, i) => {
    for (const m of c.matches) if (m.document === d1) out.add(`${i}-${index1.get(m.claim)}`);
  });
  return out;
}
