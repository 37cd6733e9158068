/** The Markdown renderer on the hand-built report: sections, conflicts side by side, escaping of article text. */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, renderMarkdown } from '../../../src/engine/render';
import { sampleReport } from './sample-report';

describe('render: markdown', () => {
  const out = renderMarkdown(sampleReport());

  it('summary table, then conflicts, agreements, unique claims', () => {
    assert.match(out, /\| a\.txt \| Ferry \\<b\\>fire\\<\/b\\> \\& rescue \| 2031-04-16 \| 3 \| 1 \| 1 \| 1 \|/);
    assert.match(out, /\| \*\*Total\*\* \| \| \| 6 \| 2 \| 2 \| 2 \|/);
    const order = ['## Conflicts (1)', '## Agreements (1)', '## Unique claims', '### a.txt (1)', '### b.txt (1)'].map((h) => out.indexOf(h));
    assert.ok(order.every((v, i) => v > 0 && (i === 0 || v > order[i - 1])), `sections in order: ${order}`);
  });

  it('shows each conflict once, side by side, differing words in bold', () => {
    assert.equal(out.split('Number differs').length - 1, 1, 'the mirrored discrepancy is not repeated');
    assert.match(out, /\| The ferry carried \*\*212\*\* passengers on Tuesday\. \| The \*\*Saint Odile\*\* ferry carried \*\*214\*\* passengers on Tuesday\. \|/);
    assert.match(out, /\| a\.txt `0:1` \| Rescue boats took everyone to the port of Lisk\. \| b\.txt `1:1` \| Rescue boats brought everyone to Lisk\. \| 0\.91 \|/);
  });

  it('escapes article text', () => {
    assert.match(out, /The mayor said \\<script\\>alert\(1\)\\<\/script\\> \\& "more" \\\[31mred\\\[0m about the \\\*plan\\\* \\\| \\\[link\\\]\(javascript:alert\(1\)\)/);
    assert.doesNotMatch(out, /(?<!\\)<(script|img|b)\b/);
    assert.equal(escapeMarkdown('# head'), '\\# head');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('12. item'), '12\\. item');
    assert.equal(escapeMarkdown('a_b*c`d|e<f>g[h]i&j~k\\l'), 'a\\_b\\*c\\`d\\|e\\<f\\>g\\[h\\]i\\&j\\~k\\\\l');
    assert.equal(escapeMarkdown('line one\n\nline two'), 'line one line two');
  });
});
