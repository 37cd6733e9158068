/** CSV export: RFC 4180 shape, one row per claim, and no formula injection from article text. */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, render, renderCsv, CSV_COLUMNS } from '../../../src/engine/render';
import { parseCsv } from '../../cli/helpers';
import { threeSourceReport } from '../../fixtures/cli/three-sources';

describe('render: csv', () => {
  const report = threeSourceReport();
  const out = renderCsv(report);
  const rows = parseCsv(out);

  it('header, then one rectangular row per claim per document, CRLF line endings', () => {
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + report.summary.claims);
    for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
    assert.ok(out.endsWith('\r\n'));
    assert.doesNotMatch(out.replace(/\r\n/g, ''), /^[^"]*\n/, 'no bare LF before the first quoted field');
    assert.equal(render(report, 'csv'), out);
  });

  it('fields: index, path, id, offsets, label, counterparts, best score, kinds, corroboration, text', () => {
    const a0 = rows[1];
    assert.deepEqual(a0.slice(0, 9), ['0', 'a.txt', '0:0', String(report.documents[0].claims[0].start),
      String(report.documents[0].claims[0].end), 'discrepancy', '1:0;2:0', '0.800', 'number']);
    assert.equal(a0[9], 'conflicts: =b.txt (number); conflicts: c "<x>".txt (number)');
    const b0 = rows[3];
    assert.equal(b0[1], "'=b.txt", 'a path starting with = is neutralised too');
    assert.equal(b0[9], 'conflicts: a.txt (number); agrees: c "<x>".txt');
    const a1 = rows[2];
    assert.deepEqual([a1[6], a1[7], a1[8], a1[9]], ['', '', '', 'silent: =b.txt; silent: c "<x>".txt']);
  });

  it('quotes are doubled and quoted fields keep commas, quotes, CR and LF', () => {
    assert.equal(rows[5][10], `'@SUM(1+1) The ferry carried 214 passengers, officials said, "quoted, twice".`);
    assert.ok(out.includes('officials said, ""quoted, twice"".'));
    assert.equal(rows[6][10], '<img src=http://x.invalid/p.png onerror=alert(1)>\n\tTabbed\rline.');
  });

  it('neutralises formula injection: =, +, -, @, tab and CR at the start get an apostrophe', () => {
    assert.equal(rows[1][10], `'=HYPERLINK("http://evil.example","win") The ferry carried 212 passengers.`);
    assert.equal(rows[3][10], `'+cmd|' /C calc'!A0 The ferry carried 214 passengers.`);
    for (const [input, expected] of [
      ['=1+2', "'=1+2"], ['+1', "'+1"], ['-1', "'-1"], ['@A1', "'@A1"], ['\t=x', "'\t=x"], ['\r=x', "\"'\r=x\""],
      ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['line\nbreak', '"line\nbreak"'], ["'already", "'already"],
    ] as const) assert.equal(csvField(input), expected, JSON.stringify(input));
    assert.equal(csvField(-1), '-1', 'our own numbers are not text');
    for (const row of rows.slice(1)) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)}`);
  });
});
