/**
 * A claim said inside a longer claim (ReportMatch.part) in every format for people and in CSV: the
 * part is marked inside the longer claim's passage, escaped, and named in the score.
 */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Report, ReportClaim } from '../../../src/engine';
import { renderCsv, renderHtml, renderMarkdown, renderText } from '../../../src/engine/render';
import { pairScore, partSegments } from '../../../src/engine/render/common';
import { assertInertHtml, parseCsv } from '../../cli/helpers';

const A = 'Engineers inspected the <b>pier</b> twice over the winter. The mayor spoke.';
const B = 'The pier was shut on Monday, although engineers had checked the <b>pier</b> *two times* over the winter, she said.';
const PART = 'although engineers had checked the <b>pier</b> *two times* over the winter';

function partReport(): Report {
  const claim = (doc: number, i: number, text: string, full: string): ReportClaim => {
    const start = full.indexOf(text);
    return { id: `${doc}:${i}`, start, end: start + text.length, text, label: 'agreement', matches: [], discrepancies: [], reason: '', corroboration: [] };
  };
  const a0 = claim(0, 0, 'Engineers inspected the <b>pier</b> twice over the winter.', A);
  const a1 = { ...claim(0, 1, 'The mayor spoke.', A), label: 'unique' as const };
  const b0 = claim(1, 0, B, B);
  const part = { document: 1, start: B.indexOf(PART), end: B.indexOf(PART) + PART.length };
  a0.matches = [{ document: 1, claim: '1:0', score: 0.42, by: 'meaning', part }];
  b0.matches = [{ document: 0, claim: '0:0', score: 0.42, by: 'meaning', part }];
  a0.corroboration = [{ document: 1, status: 'agrees', claims: ['1:0'], kinds: [] }];
  b0.corroboration = [{ document: 0, status: 'agrees', claims: ['0:0'], kinds: [] }];
  a1.corroboration = [{ document: 1, status: 'silent', claims: [], kinds: [] }];
  const doc = (path: string, claims: ReportClaim[]) => ({ path, title: null, date: null, source: null, url: null, metadata: null, notice: null, claims });
  return {
    schema: 'source-compare/report@1',
    documents: [doc('a.txt', [a0, a1]), doc('b.txt', [b0])],
    summary: { claims: 3, agreement: 2, discrepancy: 0, unique: 1 },
  };
}

describe('render: a counterpart said in part of a longer claim', () => {
  it('partSegments cuts the longer claim around its part, and only that claim', () => {
    const r = partReport();
    const [a0] = r.documents[0].claims;
    const [b0] = r.documents[1].claims;
    const part = a0.matches[0].part;
    assert.deepEqual(partSegments(1, b0, part)?.map((s) => [s.text, s.changed]), [
      ['The pier was shut on Monday, ', false], [PART, true], [', she said.', false],
    ]);
    assert.equal(partSegments(0, a0, part), undefined, 'the part is not in the shorter claim');
    assert.equal(partSegments(1, { ...b0, end: b0.start + 10 }, part), undefined, 'a part past the claim is not cut');
    assert.equal(pairScore({ score: 0.42, by: 'meaning', part }), '0.42 (by meaning, in part of a longer claim)');
    assert.equal(pairScore({ score: 0.42, by: 'meaning' }), '0.42 (by meaning)');
  });

  it('Markdown bolds the part inside the longer passage, escaped, and says so', () => {
    const md = renderMarkdown(partReport());
    assert.match(md, /Where a claim is said inside a longer claim, the part that says it is in bold\./);
    assert.ok(md.includes('The pier was shut on Monday, **although engineers had checked the \\<b\\>pier\\</b\\> \\*two times\\* over the winter**, she said.'), md);
    assert.ok(md.includes('| Engineers inspected the \\<b\\>pier\\</b\\> twice over the winter. |'), 'the shorter passage is plain');
    assert.match(md, /0\.42 \(by meaning, in part of a longer claim\)/);
  });

  it('HTML marks the part inside the longer passage, escaped, and names it in the score', () => {
    const html = renderHtml(partReport());
    assertInertHtml(html);
    assert.ok(html.includes('The pier was shut on Monday, <mark class="part">although engineers had checked the &lt;b&gt;pier&lt;/b&gt; *two times* over the winter</mark>, she said.'));
    assert.equal(html.match(/<mark class="part">/g)?.length, 1, 'only the longer passage is marked');
    assert.match(html, /score 0\.42 \(by meaning, in part of a longer claim\)/);
    assert.match(html, /the part that says it is marked/);
  });

  it('CSV names the part in both rows of the pair; other rows leave the column empty', () => {
    const rows = parseCsv(renderCsv(partReport()));
    const col = rows[0].indexOf('parts');
    assert.equal(col, rows[0].length - 1);
    assert.equal(rows[1][col], `1:0: “${PART}”`);
    assert.equal(rows[2][col], '');
    assert.equal(rows[3][col], `0:0: “${PART}”`);
  });

  it('text quotes the part', () => {
    assert.match(renderText(partReport(), { width: 200 }).replace(/\s+/g, ' '), /in the part “although engineers had checked the <b>pier<\/b> \*two times\* over the winter”/);
  });
});
