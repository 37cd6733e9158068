/**
 * buildReportModel on our own three-article sample (samples/varna-flood-*: herald, courier,
 * wire) run through the real engine. Most checks are structural (they hold whatever the labels);
 * the few label checks are the sample's deliberate, unambiguous facts: the courier moves the worst
 * damage from Belovo to Dravik, and the herald alone dates the school reopening to March 20.
 */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../../src/engine';
import type { Report, ReportClaim } from '../../../src/engine';
import { buildReportModel, coverageOf, corroborationOf } from '../../../src/engine/render';
import type { ReportModel } from '../../../src/engine/render';

const ROOT = join(__dirname, '..', '..', '..');
const PATHS = ['varna-flood-herald.md', 'varna-flood-courier.txt', 'varna-flood-wire.txt'];
const TEXTS = PATHS.map((p) => readFileSync(join(ROOT, 'samples', p), 'utf8'));
const report: Report = compare(PATHS.map((path, i) => ({ path, text: TEXTS[i] })));
const model: ReportModel = buildReportModel(report, TEXTS);
const [HERALD, COURIER, WIRE] = [0, 1, 2];

function claimWith(doc: number, words: string): ReportClaim {
  const c = report.documents[doc].claims.find((x) => x.text.includes(words));
  assert.ok(c, `document ${doc} has a claim with "${words}"`);
  return c;
}

describe('report model: counts', () => {
  it('label counts per document and overall add up to the report summary', () => {
    assert.equal(model.documents.length, 3);
    assert.deepEqual(model.totals, report.summary);
    model.documents.forEach((d, i) => {
      assert.equal(d.index, i);
      assert.equal(d.path, PATHS[i]);
      assert.equal(d.counts.claims, report.documents[i].claims.length);
      assert.equal(d.counts.agreement + d.counts.discrepancy + d.counts.unique, d.counts.claims);
    });
  });

  it('kind counts: per document one per discrepancy entry, overall one per conflicting pair', () => {
    model.documents.forEach((d, i) => {
      const entries = report.documents[i].claims.reduce((n, c) => n + c.discrepancies.length, 0);
      assert.equal(Object.values(d.kinds).reduce((a, b) => a + b, 0), entries);
    });
    const overall = Object.values(model.kinds).reduce((a, b) => a + b, 0);
    assert.equal(overall, model.discrepancies.reduce((n, x) => n + x.items.length, 0));
    assert.ok(model.kinds.date >= 2, 'the herald\'s school date conflicts with courier and with wire');
    assert.ok(model.kinds.place >= 1, 'Belovo / Dravik');
  });
});

describe('report model: pairs and matrix', () => {
  it('one pair per two sources, shares in [0, 1], matching the matrix', () => {
    assert.deepEqual(model.pairs.map((p) => [p.a, p.b]), [[0, 1], [0, 2], [1, 2]]);
    for (const p of model.pairs) {
      const ab = model.matrix[p.a][p.b]!;
      const ba = model.matrix[p.b][p.a]!;
      assert.equal(p.aAgreedByB, ab.agrees);
      assert.equal(p.bAgreedByA, ba.agrees);
      assert.ok(p.aShareAgreedByB >= 0 && p.aShareAgreedByB <= 1 && p.bShareAgreedByA >= 0 && p.bShareAgreedByA <= 1);
      assert.equal(p.aShareAgreedByB, ab.agrees / ab.claims);
      assert.equal(p.conflicts, model.discrepancies.filter((x) => new Set([x.a.document, x.b.document, p.a, p.b]).size === 2).length);
    }
  });

  it('matrix: null on the diagonal; each cell splits the row source\'s claims into agree / conflict / silent', () => {
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        const cell = model.matrix[r][c];
        if (r === c) { assert.equal(cell, null); continue; }
        assert.ok(cell);
        assert.equal(cell.agrees + cell.conflicts + cell.silent, report.documents[r].claims.length);
        const expected = report.documents[r].claims.filter((x) => x.corroboration.find((k) => k.document === c)?.status === 'conflicts').length;
        assert.equal(cell.conflicts, expected);
      }
    }
  });

  it('the sample\'s facts: courier conflicts with the herald on the place; wire does not', () => {
    const belovo = claimWith(HERALD, 'Belovo');
    const byDoc = new Map(belovo.corroboration.map((k) => [k.document, k]));
    assert.equal(byDoc.get(COURIER)?.status, 'conflicts');
    assert.ok(byDoc.get(COURIER)?.kinds.includes('place'));
    assert.notEqual(byDoc.get(WIRE)?.status, 'conflicts', 'the wire also says Belovo');
    const schools = claimWith(HERALD, 'March 20');
    for (const other of [COURIER, WIRE]) {
      const k = schools.corroboration.find((x) => x.document === other);
      assert.equal(k?.status, 'conflicts', `document ${other} dates the reopening differently`);
      assert.ok(k?.kinds.includes('date'));
    }
    assert.equal(claimWith(COURIER, 'March 27').corroboration.find((x) => x.document === WIRE)?.status, 'agrees');
  });
});

describe('report model: discrepancies', () => {
  it('each conflicting claim pair once, though the report lists it from both sides', () => {
    const keys = model.discrepancies.map((x) => x.key);
    assert.equal(new Set(keys).size, keys.length, 'no duplicates');
    const expected = new Set<string>();
    report.documents.forEach((doc) => {
      for (const c of doc.claims) {
        for (const d of c.discrepancies) expected.add([c.id, d.there.claim].sort().join('~'));
      }
    });
    assert.deepEqual(new Set(keys), expected);
  });

  it('both passages, kinds, messages, and the differing words marked by diffWords', () => {
    for (const x of model.discrepancies) {
      assert.notEqual(x.a.document, x.b.document);
      assert.equal(x.a.segments.map((s) => s.text).join(''), x.a.text);
      assert.equal(x.b.segments.map((s) => s.text).join(''), x.b.text);
      assert.ok(x.items.length > 0 && x.items.every((i) => i.message.length > 0));
      assert.deepEqual(x.kinds, [...new Set(x.items.map((i) => i.kind))]);
    }
    const schools = claimWith(HERALD, 'March 20');
    const vsWire = model.discrepancies.find((x) => [x.a.claim, x.b.claim].includes(schools.id) && [x.a.document, x.b.document].includes(WIRE));
    assert.ok(vsWire, 'herald vs wire on the school date is listed');
    assert.ok(vsWire.kinds.includes('date'));
    const changed = [...vsWire.a.segments, ...vsWire.b.segments].filter((s) => s.changed).map((s) => s.text).join(' ');
    assert.match(changed, /20/);
    assert.match(changed, /27/);
    assert.doesNotMatch(changed, /education|province/, 'shared words are not marked');
  });
});

describe('report model: unique claims and agreements', () => {
  it('unique lists are exactly the claims labelled unique, in order', () => {
    model.documents.forEach((d, i) => {
      assert.deepEqual(d.unique.map((u) => u.claim), report.documents[i].claims.filter((c) => c.label === 'unique').map((c) => c.id));
    });
    assert.ok(model.documents[COURIER].unique.some((u) => u.text.includes('Insurers')), 'only the courier mentions insurers');
  });

  it('agreements are matched pairs that do not conflict, each once', () => {
    const keys = model.agreements.map((a) => [a.a.claim, a.b.claim].sort().join('~'));
    assert.equal(new Set(keys).size, keys.length);
    const conflicting = new Set(model.discrepancies.map((x) => x.key));
    for (const k of keys) assert.ok(!conflicting.has(k));
  });
});

describe('report model: coverage', () => {
  it('with texts: contiguous segments over the whole text, shares summing to 1, claims where they are', () => {
    model.documents.forEach((d, i) => {
      const cov = d.coverage;
      assert.equal(cov.basis, 'text');
      assert.equal(cov.length, TEXTS[i].length);
      assert.equal(cov.segments[0].start, 0);
      assert.equal(cov.segments[cov.segments.length - 1].end, TEXTS[i].length);
      for (let s = 1; s < cov.segments.length; s++) assert.equal(cov.segments[s].start, cov.segments[s - 1].end, 'contiguous');
      const total = Object.values(cov.shares).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(total - 1) < 1e-9, `shares sum to 1, got ${total}`);
      const claimSegs = cov.segments.filter((s) => s.claim);
      assert.deepEqual(claimSegs.map((s) => [s.claim, s.start, s.end, s.kind]),
        report.documents[i].claims.map((c) => [c.id, c.start, c.end, c.label]));
      for (const s of cov.segments.filter((x) => x.note === 'blank')) assert.match(TEXTS[i].slice(s.start, s.end), /^\s+$/);
    });
    const herald = model.documents[HERALD].coverage;
    assert.ok(herald.segments.some((s) => s.note === 'metadata'), 'the front matter is marked as metadata');
    assert.ok(herald.shares.none > 0 && herald.shares.discrepancy > 0);
  });

  it('without texts (or with a text that does not fit): claims only, by claim length', () => {
    const bare = buildReportModel(report);
    bare.documents.forEach((d, i) => {
      assert.equal(d.coverage.basis, 'claims');
      assert.equal(d.coverage.segments.length, report.documents[i].claims.length);
      assert.equal(d.coverage.shares.none, 0);
      assert.equal(d.coverage.length, report.documents[i].claims.reduce((n, c) => n + c.end - c.start, 0));
    });
    assert.equal(coverageOf(report.documents[0].claims, 'too short').basis, 'claims');
    assert.deepEqual(coverageOf([], '').segments, []);
    assert.deepEqual(coverageOf([], 'abc').segments.map((s) => [s.kind, s.share]), [['none', 1]]);
  });
});

describe('report model: reports without corroboration', () => {
  it('derives it from matches and discrepancies, so older reports still give figures', () => {
    const old = JSON.parse(JSON.stringify(report)) as Report;
    for (const doc of old.documents) for (const c of doc.claims) delete (c as Partial<ReportClaim>).corroboration;
    const m = buildReportModel(old, TEXTS);
    assert.deepEqual(m.totals, model.totals);
    for (const row of m.matrix) for (const cell of row) if (cell) assert.equal(cell.agrees + cell.conflicts + cell.silent, cell.claims);
    const derived = corroborationOf(old.documents[HERALD].claims.find((c) => c.text.includes('March 20'))!, HERALD, 3);
    assert.deepEqual(derived.map((k) => k.status), ['conflicts', 'conflicts']);
  });
});
