import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/engine/text/tokens';
import { findRoleSwaps } from '../../../src/engine/facts/roles';

const toks = (s: string) => tokenize(s, { start: 0, end: s.length });
const swaps = (a: string, b: string): string[] => findRoleSwaps(toks(a), toks(b)).map((r) => `${r.agent}>${r.patient}`);

test('roles: agent and patient swapped', () => {
  assert.deepEqual(swaps('Hamburg beat Leipzig 2-1 on Saturday.', 'Leipzig beat Hamburg 2-1 on Saturday.'), ['hamburg>leipzig']);
  assert.deepEqual(swaps('Serbia accused Kosovo of violating the deal.', 'Kosovo accused Serbia of violating the deal.'), ['serbia>kosovo']);
  assert.deepEqual(swaps('The union sued the city.', 'The city sued the union.'), ['union>city']);
  assert.deepEqual(swaps('Leipzig were beaten by Hamburg in the cup.', 'Leipzig beat Hamburg in the cup.'), ['hamburg>leipzig']);
  assert.deepEqual(swaps('Greece overtook Italy in the medal table.', 'Italy overtook Greece in the medal table.'), ['greece>italy']);
});

test('roles: passives, converses and symmetric predicates keep the roles', () => {
  assert.deepEqual(swaps('Hamburg beat Leipzig 2-1.', 'Leipzig were beaten 2-1 by Hamburg.'), []);
  assert.deepEqual(swaps('Serbia accused Kosovo of violating the deal.', 'Kosovo was accused by Serbia of violating the deal.'), []);
  assert.deepEqual(swaps('Kestrel Airways bought 20 jets from Aerovia.', 'Aerovia sold 20 jets to Kestrel Airways.'), []);
  assert.deepEqual(swaps('Hamburg beat Leipzig.', 'Leipzig lost to Hamburg.'), []);
  assert.deepEqual(swaps('The minister met the senator on Tuesday.', 'The senator met the minister on Tuesday.'), []);
  assert.deepEqual(swaps('In the final, Kovac defeated Brandt.', 'Kovac defeated Brandt in the final.'), []);
});
