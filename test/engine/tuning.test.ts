/** Every label-deciding value of TUNING (tuning.ts) is a finite number in its range. */
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TUNING } from '../../src/engine/tuning';

/** Every number in the table with its dotted path (arrays and nested objects walked). */
function numbers(value: unknown, path: string, out: Array<[string, unknown]>): Array<[string, unknown]> {
  if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbers(v, path ? `${path}.${k}` : k, out);
  else out.push([path, value]);
  return out;
}

const all = numbers(TUNING, '', []);

test('every value is a finite number', () => {
  assert.ok(all.length > 40, `${all.length} values`);
  for (const [path, v] of all) assert.ok(typeof v === 'number' && Number.isFinite(v), `${path} = ${String(v)}`);
});

test('scores, shares, ratios and similarities are in [0, 1]', () => {
  const unitInterval = [
    TUNING.match.threshold, TUNING.match.margin, TUNING.match.weakFloor, TUNING.match.unrelatedThreshold,
    TUNING.match.closeScore, TUNING.match.closeOverlap,
    TUNING.meaning.minCosine, TUNING.meaning.minWordScore, TUNING.meaning.minJoint, TUNING.meaning.margin,
    TUNING.containment.threshold, TUNING.containment.gate, TUNING.containment.shortClaimScore,
    TUNING.candidates.commonKeyShare,
    TUNING.alignment.nameVariantJw, TUNING.alignment.spellingVariantJw, TUNING.alignment.spellingVariantWeight, TUNING.alignment.compoundScale,
    TUNING.names.wordJw, TUNING.names.wordJwFloor, TUNING.names.joinedJw,
    TUNING.facts.quotePairRatio, TUNING.facts.quotePairRatioSameSpeaker,
    TUNING.pairs.factCheckFloor, TUNING.readers.sameThing, TUNING.readers.sameEvent,
  ];
  for (const v of unitInterval) assert.ok(v >= 0 && v <= 1, String(v));
  // a floor below its cut, a gate below its threshold
  assert.ok(TUNING.match.weakFloor < TUNING.match.threshold);
  assert.ok(TUNING.match.threshold < TUNING.match.unrelatedThreshold);
  assert.ok(TUNING.containment.gate < TUNING.containment.threshold);
  assert.ok(TUNING.names.wordJwFloor < TUNING.names.wordJw);
  assert.ok(TUNING.facts.quotePairRatioSameSpeaker <= TUNING.facts.quotePairRatio);
  assert.ok(TUNING.readers.sameEvent <= TUNING.readers.sameThing);
});

test('counts are positive integers, minimums below maximums', () => {
  const counts = [
    TUNING.match.maxMatches, TUNING.match.mainNames, TUNING.match.mainNamesCap,
    TUNING.containment.minWords, TUNING.containment.shortClaimWords,
    TUNING.candidates.maxPostings, TUNING.candidates.minPostings, TUNING.candidates.maxCandidates,
    TUNING.candidates.directedMaxPostings, TUNING.candidates.directedMinPostings, TUNING.candidates.directedMaxCandidates,
    TUNING.candidates.commonRankKeys, TUNING.names.wordJwMinLength, TUNING.names.joinedMinLength, TUNING.names.oneLetterMinLength,
    TUNING.facts.quoteGapReach, TUNING.facts.quotePairMinWords,
  ];
  for (const v of counts) assert.ok(Number.isInteger(v) && v > 0, String(v));
  assert.ok(TUNING.match.mainNames <= TUNING.match.mainNamesCap);
  assert.ok(TUNING.candidates.minPostings <= TUNING.candidates.maxPostings);
  assert.ok(TUNING.candidates.directedMinPostings <= TUNING.candidates.directedMaxPostings);
  // pipeline/candidates keeps a claim's best candidates in a Uint8Array of lengths
  assert.ok(TUNING.candidates.maxCandidates < 256);
});

test('reaches and evidence are positive; ratios given as [numerator, denominator] are proper', () => {
  assert.ok(TUNING.facts.boundReach >= 1);
  assert.ok(TUNING.facts.magnitudeRatio > 1);
  assert.ok(TUNING.facts.numberSlotEvidence > 0 && TUNING.readers.slotEvidence > 0);
  for (const v of Object.values(TUNING.facts.nameSlotEvidence)) assert.ok(v > 0);
  const [bn, bd] = TUNING.readers.boundReach;
  assert.ok(bn / bd >= 1, 'a bound reaches at least to itself');
  for (const [n, d] of [TUNING.readers.about, TUNING.readers.fractionReach, TUNING.readers.conversionSlack]) {
    assert.ok(Number.isInteger(n) && Number.isInteger(d) && n > 0 && d > n, `${n}/${d}`);
  }
});
