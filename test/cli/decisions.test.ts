/**
 * `compare --decisions FILE` through the built CLI: a person's decisions (the extension's
 * .source-compare/decisions.json) are applied, the JSON still matches the schema and marks them,
 * and the Markdown, HTML and CSV exports show them; a bad file is a one-line error.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ROOT, fixture, runCli, assertOneLineError, parseCsv, tempDir } from './helpers';
import { decide, serialiseDecisions } from '../../src/engine/pipeline/decisions';
import type { Report } from '../../src/engine';

const HERALD = fixture('ferry-herald.md');
const COURIER = fixture('ferry-courier.md');
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')));

describe('compare --decisions', () => {
  const plain = JSON.parse(runCli(['compare', HERALD, COURIER, '--format', 'json']).stdout) as Report;
  const conflict = plain.documents[0].claims.find((c) => c.label === 'discrepancy');
  const dir = tempDir();
  const file = join(dir, 'decisions.json');

  it('applies a dismissal: the discrepancy is gone, both claims carry the decision, the schema holds', () => {
    assert.ok(conflict, 'the ferry pair has a discrepancy');
    const there = conflict.discrepancies[0].there;
    writeFileSync(file, serialiseDecisions([decide(plain, 'dismiss', 0, conflict.id, there.document, there.claim, '2031-05-01T09:00:00Z')]));
    const r = runCli(['compare', HERALD, COURIER, '--format', 'json', '--decisions', file]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(validate(report), JSON.stringify(validate.errors));
    const after = report.documents[0].claims.find((c) => c.id === conflict.id)!;
    assert.ok(!after.discrepancies.some((d) => d.there.claim === there.claim), 'no discrepancy against the dismissed counterpart');
    assert.deepEqual(after.decisions, [{ action: 'dismiss', document: there.document, claim: there.claim, at: '2031-05-01T09:00:00Z' }]);
    assert.ok(report.documents[there.document].claims.find((c) => c.id === there.claim)!.decisions?.length);
    assert.ok(report.summary.discrepancy < plain.summary.discrepancy);
  });

  it('marks the decision in the Markdown, HTML and CSV exports', () => {
    const md = runCli(['compare', HERALD, COURIER, '--format', 'markdown', '--decisions', file]).stdout;
    assert.match(md, /## Decisions by a person \(1\)\n\n- \*\*dismissed \(not the same fact\)\*\*/);
    const html = runCli(['compare', HERALD, COURIER, '--format', 'html', '--decisions', file]).stdout;
    assert.match(html, /<h2 id="h-decisions">Decisions by a person \(1\)<\/h2>/);
    const rows = parseCsv(runCli(['compare', HERALD, COURIER, '--format', 'csv', '--decisions', file]).stdout);
    const col = rows[0].indexOf('decisions');
    assert.ok(col > 0);
    assert.equal(rows.filter((row) => row[col]?.startsWith('dismissed (not the same fact)')).length, 2, 'both claims of the pair');
  });

  it('a file that is not a decisions file is a one-line error', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schema": "something else", "decisions": []}');
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--decisions', bad]), 1, /bad\.json: the decisions file is not "source-compare\/decisions@1"/);
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--decisions', join(dir, 'missing.json')]), 1, /missing\.json/);
  });
});
