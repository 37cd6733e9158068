/**
 * Renderers on a hand-built report (so labels are known while the engine is a stub): structure,
 * evidence shown for each label, escaping of hostile article text in every format.
 */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import {
  render, renderHtml, renderJson, renderMarkdown, renderReportPage, renderText, escapeHtml, escapeMarkdown, wrap, wordDiff,
} from '../../../src/engine/render';
import { assertInertHtml } from '../../cli/helpers';
import type { Label, Report, ReportClaim, ReportDiscrepancy } from '../../../src/engine';

const A = 'The ferry carried 212 passengers on Tuesday. Rescue boats took everyone to the port of Lisk. '
  + 'The mayor said <script>alert(1)</script> & "more" \u001b[31mred\u001b[0m about the *plan* | [link](javascript:alert(1)).';
const B = 'The Saint Odile ferry carried 214 passengers on Tuesday. Rescue boats brought everyone to Lisk. '
  + 'Ticket sales had doubled <img src=http://x onerror=alert(1)> since winter, and the operator expects them to keep growing through the whole summer season of 2031.';

function claim(doc: number, i: number, text: string, full: string, label: Label): ReportClaim {
  const start = full.indexOf(text);
  assert.ok(start >= 0, text);
  return { id: `${doc}:${i}`, start, end: start + text.length, text, label, matches: [], discrepancies: [], reason: '', corroboration: [] };
}

function discrepancy(here: ReportClaim, hereText: string, there: ReportClaim, thereDoc: number, thereText: string, message: string): ReportDiscrepancy {
  const hs = here.start + here.text.indexOf(hereText);
  const ts = there.start + there.text.indexOf(thereText);
  return {
    kind: 'number', message,
    here: { start: hs, end: hs + hereText.length, text: hereText },
    there: { document: thereDoc, claim: there.id, start: ts, end: ts + thereText.length, text: thereText },
  };
}

function sampleReport(): Report {
  const a0 = claim(0, 0, 'The ferry carried 212 passengers on Tuesday.', A, 'discrepancy');
  const a1 = claim(0, 1, 'Rescue boats took everyone to the port of Lisk.', A, 'agreement');
  const a2 = claim(0, 2, A.slice(A.indexOf('The mayor')), A, 'unique');
  const b0 = claim(1, 0, 'The Saint Odile ferry carried 214 passengers on Tuesday.', B, 'discrepancy');
  const b1 = claim(1, 1, 'Rescue boats brought everyone to Lisk.', B, 'agreement');
  const b2 = claim(1, 2, B.slice(B.indexOf('Ticket')), B, 'unique');
  a0.matches = [{ document: 1, claim: '1:0', score: 0.74 }];
  b0.matches = [{ document: 0, claim: '0:0', score: 0.74 }];
  a0.discrepancies = [discrepancy(a0, '212', b0, 1, '214', 'Number differs: “212” here, “214” in b.txt')];
  b0.discrepancies = [discrepancy(b0, '214', a0, 0, '212', 'Number differs: “214” here, “212” in a.txt')];
  a1.matches = [{ document: 1, claim: '1:1', score: 0.912 }];
  b1.matches = [{ document: 0, claim: '0:1', score: 0.912 }];
  a0.corroboration = [{ document: 1, status: 'conflicts', claims: ['1:0'], kinds: ['number'] }];
  b0.corroboration = [{ document: 0, status: 'conflicts', claims: ['0:0'], kinds: ['number'] }];
  a1.corroboration = [{ document: 1, status: 'agrees', claims: ['1:1'], kinds: [] }];
  b1.corroboration = [{ document: 0, status: 'agrees', claims: ['0:1'], kinds: [] }];
  a2.corroboration = [{ document: 1, status: 'silent', claims: [], kinds: [] }];
  b2.corroboration = [{ document: 0, status: 'silent', claims: [], kinds: [] }];
  const doc = (path: string, claims: ReportClaim[], title: string | null) =>
    ({ path, title, date: '2031-04-16', source: null, url: null, metadata: null, notice: null, claims });
  return {
    schema: 'source-compare/report@1',
    documents: [doc('a.txt', [a0, a1, a2], 'Ferry <b>fire</b> & rescue'), doc('b.txt', [b0, b1, b2], null)],
    summary: { claims: 6, agreement: 2, discrepancy: 2, unique: 2 },
  };
}

describe('render: json', () => {
  it('is the report exactly, 2-space indented, and valid against the schema', () => {
    const report = sampleReport();
    const out = renderJson(report);
    assert.deepEqual(JSON.parse(out), report);
    assert.equal(out, `${JSON.stringify(report, null, 2)}\n`);
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    assert.ok(validate(JSON.parse(out)), JSON.stringify(validate.errors));
    assert.equal(render(report, 'json'), out);
  });

  it('the schema rejects reports missing fields or with wrong labels', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const bad1 = sampleReport() as unknown as { documents: { claims: { label: string }[] }[] };
    bad1.documents[0].claims[0].label = 'maybe';
    assert.equal(validate(bad1), false);
    const bad2 = sampleReport() as unknown as Record<string, unknown>;
    delete bad2.summary;
    assert.equal(validate(bad2), false);
    const bad3 = { ...sampleReport(), extra: 1 };
    assert.equal(validate(bad3), false);
  });
});

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

describe('render: html', () => {
  const out = renderHtml(sampleReport());

  it('is the static report page: CSP, inline CSS with light and dark, no scripts or remote resources', () => {
    assert.match(out, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(out.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`));
    assert.match(out, /@media \(prefers-color-scheme: dark\)/);
    assertInertHtml(out);
    assert.doesNotMatch(out, /https?:\/\/(?!x)/i);
    assert.equal(out, renderReportPage(sampleReport()), 'renderHtml is the non-interactive page');
    assert.equal(render(sampleReport(), 'html'), out);
  });

  it('escapes all article text', () => {
    assert.ok(out.includes('The mayor said &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;'));
    assert.ok(out.includes('&lt;img src=http://x onerror=alert(1)&gt;'));
    assert.ok(out.includes('<td>Ferry &lt;b&gt;fire&lt;/b&gt; &amp; rescue</td>'));
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('marks the differing words on both sides, sections in order, links land on claims', () => {
    assert.ok(out.includes('The ferry carried <mark>212</mark> passengers on Tuesday.'));
    assert.ok(out.includes('The <mark>Saint Odile</mark> ferry carried <mark>214</mark> passengers on Tuesday.'));
    assert.equal(out.split('Number differs').length - 1, 1, 'the mirrored discrepancy is listed once');
    const order = ['id="summary"', 'id="pairs"', 'id="kinds"', 'id="coverage"', 'id="discrepancies"', 'id="unique"', 'id="agreements"']
      .map((s) => out.indexOf(s));
    assert.ok(order.every((v, i) => v > 0 && (i === 0 || v > order[i - 1])), `sections in order: ${order}`);
    assert.ok(!out.includes('id="matrix"'), 'no source × source matrix for two sources');
    for (const m of out.matchAll(/href="#([^"]+)"/g)) assert.ok(out.includes(`id="${m[1]}"`), `anchor ${m[1]} exists`);
  });
});

describe('render: wordDiff', () => {
  it('marks only the words one side has', () => {
    const d = wordDiff('at least 40 people died in Mayadin', 'at least 41 people died in Maysulun');
    assert.deepEqual(d.left.filter((s) => s.changed).map((s) => s.text), ['40', 'Mayadin']);
    assert.deepEqual(d.right.filter((s) => s.changed).map((s) => s.text), ['41', 'Maysulun']);
    assert.equal(d.left.map((s) => s.text).join(''), 'at least 40 people died in Mayadin');
  });
});
