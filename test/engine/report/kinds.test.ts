// One table names every discrepancy kind, for messages, reasons and renderers alike.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISCREPANCY_KINDS } from '../../../src/engine/report/types';
import { KIND_WORDS, kindLabel, kindNoun, kindPhrase } from '../../../src/engine/report/kinds';
import { compare } from '../../../src/engine';
import { renderText } from '../../../src/engine/render';

test('every kind has a label and a noun', () => {
  for (const k of DISCREPANCY_KINDS) {
    assert.ok(KIND_WORDS[k].label.length > 0, k);
    assert.ok(KIND_WORDS[k].noun.length > 0, k);
  }
  assert.equal(kindLabel('organization'), 'Organization');
  assert.equal(kindNoun('organization'), 'an organization');
  assert.equal(kindPhrase(['number', 'date', 'place']), 'a number, a date and a place');
  assert.equal(kindPhrase([]), 'a detail');
});

test('reasons and renderers word a kind the same way', () => {
  const a = { path: 'a.txt', text: 'The Ministry of Water said on Monday that 41 people were rescued from rooftops in Belovo.' };
  const b = { path: 'b.txt', text: 'The Ministry of Water said on Monday that 14 people were rescued from rooftops in Belovo.' };
  const c = { path: 'c.txt', text: 'The Ministry of Water said on Monday that 41 people were rescued from rooftops in Belovo.' };
  const report = compare([a, b, c]);
  const reason = report.documents[1].claims[0].reason;
  assert.match(reason, /on a number/);
  assert.match(renderText(report), /on a number/);
});
