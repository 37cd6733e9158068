/** The terminal text renderer on the hand-built report: structure, evidence per label, colour, wrapping, escapes. */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml, renderMarkdown, renderText, wrap } from '../../../src/engine/render';
import type { Report } from '../../../src/engine';
import { sampleReport } from './sample-report';

describe('render: text', () => {
  const report = sampleReport();

  it('summary line, documents, claims in order with tags, evidence per label', () => {
    const out = renderText(report, { color: false, width: 80 });
    const lines = out.split('\n');
    assert.equal(lines[0], 'Source Compare: 2 documents, 6 claims — 2 agree, 2 conflict, 2 unique');
    assert.deepEqual(lines.filter((l) => /^ {2}[A-Z]+ /.test(l)).map((l) => l.trim().split(/\s+/)[0]),
      ['CONFLICT', 'AGREE', 'UNIQUE', 'CONFLICT', 'AGREE', 'UNIQUE']);
    assert.match(out, /✗ Number differs: “212” here, “214” in b\.txt/);
    assert.match(out, /b\.txt \[1:0\] says:\n\s+“The Saint Odile ferry carried 214 passengers on Tuesday\.”/);
    assert.match(out, /= also in b\.txt \[1:1\] \(score 0\.91\)/);
    assert.match(out, /^a\.txt — Ferry <b>fire<\/b> & rescue, 2031-04-16$/m);
    assert.doesNotMatch(out, /\u001b/, 'no escape codes without colour, even from article text');
    for (const l of lines) assert.ok([...l].length <= 80, `line within 80 columns: "${l}"`);
  });

  it('colours tags only when asked, and wraps to the given width', () => {
    const coloured = renderText(report, { color: true, width: 50 });
    assert.match(coloured, /\u001b\[31m\u001b\[1mCONFLICT/);
    assert.match(coloured, /\u001b\[32m\u001b\[1mAGREE/);
    assert.doesNotMatch(coloured, /\u001b\[31mred/, 'article escapes removed, ours kept');
    const plain = renderText(report, { width: 50 });
    for (const l of plain.split('\n')) assert.ok([...l].length <= 50, `within 50 columns: "${l}"`);
  });

  it('wrap keeps words whole and cuts only words longer than a line', () => {
    assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
    assert.deepEqual(wrap('https://example.invalid/very/long/path', 10), ['https://ex', 'ample.inva', 'lid/very/l', 'ong/path']);
    assert.deepEqual(wrap('', 10), ['']);
  });

  it('copes with an empty report', () => {
    const empty: Report = { schema: 'source-compare/report@1', documents: [], summary: { claims: 0, agreement: 0, discrepancy: 0, unique: 0 } };
    assert.match(renderText(empty), /^Source Compare: 0 documents, 0 claims/);
    assert.match(renderMarkdown(empty), /## Conflicts \(0\)/);
    assert.match(renderHtml(empty), /<\/html>\n$/);
  });
});
