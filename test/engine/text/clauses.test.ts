// The clauses of a long claim (src/engine/text/clauses.ts) and the parts made of them.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseParts, clauseSpans } from '../../../src/engine/text/clauses';
import { tokenize } from '../../../src/engine/text/tokens';

const cut = (text: string, minWords = 3, maxClauses = 5): string[] => clauseSpans(tokenize(text), minWords, maxClauses).map((s) => text.slice(s.start, s.end));

test('clauses: cut at commas, semicolons, spaced dashes and clause words; short pieces join a neighbour', () => {
  const s = 'In Tuesday’s storm, the ferry from Dravik ran aground on a sandbank that was marked on no chart, the coastguard said.';
  // "In Tuesday's storm" and "the coastguard said" say nothing of their own: they join
  assert.deepEqual(cut(s), [
    'In Tuesday’s storm, the ferry from Dravik ran aground on a sandbank',
    'that was marked on no chart, the coastguard said',
  ]);
  assert.deepEqual(cut('The pier was closed on Monday; the repairs will take three weeks.'), [
    'The pier was closed on Monday',
    'the repairs will take three weeks',
  ]);
  assert.deepEqual(cut('The mayor - who took office in May - visited the pier on Tuesday morning.'), [
    'The mayor - who took office in May',
    'visited the pier on Tuesday morning',
  ]);
  // a hyphen inside a word is no boundary
  assert.deepEqual(cut('The well-known north pier was closed on Monday by the harbour authority.'), []);
});

test('clauses: one clause is no clauses; at most maxClauses, the rest joining the last', () => {
  assert.deepEqual(cut('The harbour authority closed the north pier on Monday.'), []);
  assert.deepEqual(cut('', 3, 5), []);
  const s = 'The pier closed, the boats moved south, the ferry stopped running, the cafe shut its doors.';
  // "The pier closed" (two content words) joins the next piece
  assert.deepEqual(cut(s), ['The pier closed, the boats moved south', 'the ferry stopped running', 'the cafe shut its doors']);
  assert.deepEqual(cut(s, 3, 2), ['The pier closed, the boats moved south', 'the ferry stopped running, the cafe shut its doors']);
});

test('clause parts: every run of consecutive clauses short of the whole claim', () => {
  const spans = [{ start: 0, end: 5 }, { start: 7, end: 12 }, { start: 14, end: 20 }];
  assert.deepEqual(clauseParts(spans), [
    { start: 0, end: 5 }, { start: 0, end: 12 },
    { start: 7, end: 12 }, { start: 7, end: 20 },
    { start: 14, end: 20 },
  ]);
  assert.deepEqual(clauseParts([]), []);
});
