// The side-by-side view's alignment (src/extension/sideBySideText.ts) on a hand-made report.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignClaims, gap } from '../../src/extension/sideBySideText';
import type { Report, ReportClaim } from '../../src/engine/report/types';

const claim = (id: string, text: string, matches: ReportClaim['matches'] = []): ReportClaim => ({
  id, start: 0, end: text.length, text, label: matches.length ? 'agreement' : 'unique', matches, discrepancies: [], reason: '', corroboration: [],
});
const doc = (path: string, claims: ReportClaim[]) => ({ path, title: null, date: null, source: null, url: null, metadata: null, notice: null, claims });

const report: Report = {
  schema: 'source-compare/report@1',
  documents: [
    doc('a.txt', [claim('0:0', 'The bridge closes on Monday.', [{ document: 1, claim: '1:1', score: 0.9 }]), claim('0:1', 'Only A says\nthis.')]),
    doc('b.txt', [claim('1:0', 'Only B says this.'), claim('1:1', 'The bridge shuts on Monday.', [{ document: 0, claim: '0:0', score: 0.9 }])]),
  ],
  summary: { claims: 4, agreement: 2, discrepancy: 0, unique: 2 },
};

describe('alignClaims', () => {
  it('lists this article in order, each counterpart beside it, then the other article’s unique claims', () => {
    const { left, right, rows } = alignClaims(report, ['a.txt', 'b.txt']);
    assert.equal(rows, 3);
    const l = left.split('\n').filter(Boolean);
    const r = right.split('\n').filter(Boolean);
    assert.deepEqual(l, ['= The bridge closes on Monday.', '○ Only A says this.', gap('only in b.txt')]);
    assert.deepEqual(r, ['= The bridge shuts on Monday.', gap('no counterpart in b.txt'), '○ Only B says this.']);
    assert.equal(left.split('\n').length, right.split('\n').length, 'rows line up');
  });
});
