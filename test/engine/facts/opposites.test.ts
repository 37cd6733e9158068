import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/engine/text/tokens';
import { antonymKind, findOpposites, polarity } from '../../../src/engine/facts/opposites';

const toks = (s: string) => tokenize(s, { start: 0, end: s.length });
const opp = (a: string, b: string): string[] => {
  const A = toks(a);
  const B = toks(b);
  return findOpposites(A, B).map((o) => `${A[o.a].text}/${B[o.b].text}`);
};

test('opposites: antonym predicates in the same slot', () => {
  assert.deepEqual(opp('Exports increased in the third quarter.', 'Exports decreased in the third quarter.'), ['increased/decreased']);
  assert.deepEqual(opp('The council approved the plan on Monday.', 'The council rejected the plan on Monday.'), ['approved/rejected']);
  assert.deepEqual(opp('The defendant admitted the charges.', 'The defendant denied the charges.'), ['admitted/denied']);
  assert.deepEqual(opp('Turnout was higher than in 2019.', 'Turnout was lower than in 2019.'), ['higher/lower']);
  assert.equal(antonymKind('win', 'lose'), 'verb');
  // a converse is not an opposite: the roles reader handles "bought from" / "sold to"
  assert.equal(antonymKind('buy', 'sell'), null);
});

test('opposites: implicit negatives and explicit negation', () => {
  assert.deepEqual(opp('The ministry confirmed the report.', 'The ministry refused to confirm the report.'), ['confirmed/confirm']);
  assert.deepEqual(opp('Rescue teams managed to reach the village.', 'Rescue teams failed to reach the village.'), ['reach/reach']);
  assert.deepEqual(opp('A spokesman commented on the arrests.', 'A spokesman declined to comment on the arrests.'), ['commented/comment']);
  assert.deepEqual(opp('The hospital was evacuated.', 'The hospital was not evacuated.'), ['evacuated/evacuated']);
  const t = toks('officials refused to publicly confirm it');
  assert.deepEqual(polarity(t, 4), { negative: true, implicit: true });
});

test('opposites: the same fact said two ways is no conflict', () => {
  assert.deepEqual(opp('The shipyard lost the contract.', 'The shipyard failed to win the contract.'), []);
  assert.deepEqual(opp('The pilot survived the crash.', 'The pilot was not killed in the crash.'), []);
  assert.deepEqual(opp('The mayor refused to meet the drivers.', 'The mayor would not meet the drivers.'), []);
  assert.deepEqual(opp('Rescue teams failed to reach the village.', 'Rescue teams could not reach the village.'), []);
  assert.deepEqual(opp('Exports increased in May.', 'Exports rose in May.'), []);
  // antonyms in different slots are not opposites
  assert.deepEqual(opp('The new mayor opened the old bridge.', 'The old bridge was opened by the new mayor.'), []);
});

test('opposites: a negation added to one predicate is read even when the other claim has a negative elsewhere', () => {
  assert.deepEqual(opp("The minister's visit was disclosed on Monday by two officials who asked not to be named.", "The minister's visit was not disclosed by two officials, who spoke on condition of anonymity."), ['disclosed/disclosed']);
  // a negative word next to the predicate on the other side says the same thing another way
  assert.deepEqual(opp('The sanctions follow unless the subsidies are repealed.', 'The sanctions follow if the subsidies are not repealed.'), []);
});

test('opposites: a claim against its own copy has none', () => {
  const s = 'One was promoted and then had a disciplinary problem and then was demoted.';
  assert.deepEqual(opp(s, s), []);
  const q = 'Hutchinson urged lawmakers to "recall" the bill to "remedy" the issue.';
  assert.deepEqual(opp(q, q), []);
});
