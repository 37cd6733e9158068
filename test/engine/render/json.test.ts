/** The JSON renderer: the report exactly, valid against the published schema. */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { render, renderJson } from '../../../src/engine/render';
import { sampleReport } from './sample-report';

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
