/** The words inside names (lexicon/names.ts): lower case, particles both folded and skipped. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONNECTORS, NAME_STOP, NAME_SUFFIXES, PARTICLES, RUN_SKIP, VECTOR_PARTICLES } from '../../../src/engine/lexicon/names';

test('every list is lower-case and without spaces', () => {
  for (const list of [PARTICLES, CONNECTORS, NAME_STOP, VECTOR_PARTICLES, RUN_SKIP, NAME_SUFFIXES]) {
    assert.ok(list.size > 0);
    for (const w of list) assert.match(w, /^([a-z]+|&)$/, w);
  }
});

test('the Arabic article is a particle, a connector and noise in a vector', () => {
  for (const w of ['al', 'el']) assert.ok(PARTICLES.has(w) && CONNECTORS.has(w) && VECTOR_PARTICLES.has(w), w);
  for (const w of ['jr', 'sr', 'iii']) assert.ok(NAME_SUFFIXES.has(w), w);
  assert.ok(!PARTICLES.has('of') && NAME_STOP.has('of') && RUN_SKIP.has('of'));
});
