// Provenance and citations (src/extension/provenance.ts, citation.ts) on a real comparison of the
// fixture pair: sources by outlet, headline and date, the newer report marked, line numbers, and
// Copy Finding's Markdown and plain text.
import '../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/engine/pipeline/compare';
import { buildCitation } from '../../src/extension/citation';
import { ageMark, describeSource, headlineOf, lineColumn, outletOf } from '../../src/extension/provenance';

const FIXTURES = join(__dirname, '..', 'fixtures', 'workspace');
const read = (name: string) => ({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });

describe('provenance', () => {
  const herald = read('harbour-herald.article');
  const courier = read('harbour-courier.article');
  const report = compare([herald, courier]);

  it('names each source by outlet, headline and date; the file name only where nothing else is known', () => {
    assert.equal(describeSource(0, report.documents), 'The Lakeside Herald — “Harbour bridge to close for repairs”, 2031-04-14');
    const bare = compare([{ path: 'notes/a.txt', text: 'The bridge closes on Monday, officials said.' }, { path: 'b.txt', text: 'The bridge shuts on Monday.' }]);
    assert.equal(outletOf(bare.documents[0]), 'a.txt');
    assert.equal(headlineOf(bare.documents[0]), undefined, 'a sentence is not a headline');
  });

  it('marks the newer report', () => {
    const later = { path: 'later.md', text: herald.text.replace('date: 2031-04-14', 'date: 2031-04-16') };
    const r = compare([later, courier]);
    assert.equal(ageMark(0, r.documents), 'newer');
    assert.equal(ageMark(1, r.documents), 'older');
    assert.match(describeSource(0, r.documents), /, 2031-04-16 \(newer\)$/);
    assert.equal(ageMark(0, report.documents), undefined, 'same day: neither');
  });

  it('counts lines and columns from 1', () => {
    assert.deepEqual(lineColumn('ab\ncd\nef', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd\nef', 4), { line: 2, column: 2 });
  });

  it('Copy Finding quotes both passages with outlet, headline, date and file:line, in Markdown and plain text', () => {
    const claim = report.documents[0].claims.find((c) => c.label === 'discrepancy')!;
    const { markdown, plain } = buildCitation({ report, index: 0, claim, texts: [herald.text, courier.text] });
    const line = lineColumn(herald.text, claim.start).line;
    assert.ok(markdown.startsWith('**Discrepancy (number)**\n'), markdown);
    assert.ok(markdown.includes(`> — The Lakeside Herald — “Harbour bridge to close for repairs”, 2031-04-14 (\`harbour-herald.article:${line}\`)`), markdown);
    assert.match(markdown, /> About 25,000 vehicles/);
    assert.match(markdown, /- Number differs: “About 18,000” here, “About 25,000” in harbour-courier\.article/);
    assert.ok(!/[*`>]/.test(plain), plain);
    assert.match(plain, /^Discrepancy \(number\)\n\n“About 18,000 vehicles[^\n]*”\n {2}— The Lakeside Herald/);
  });
});
