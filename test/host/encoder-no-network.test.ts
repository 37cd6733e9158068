// The sentence encoder's runtimes never touch the network: with every network API patched to
// record and refuse (test/support/deny-network.cjs, in this process), both runtimes load the model
// and embed, and nothing is recorded. The positive controls of that patch are in
// test/cli/no-network.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DENY_NETWORK } from '../support/cli';
import { RUNTIMES, loadSentenceEncoder, describeLoad } from '../../src/host/encoder';
import { describePairJudge, loadPairJudge } from '../../src/host/cross-encoder';

interface DenyNetwork { attempts(): Array<{ api: string; target: string }> }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deny = require(DENY_NETWORK) as DenyNetwork;

for (const runtime of RUNTIMES) {
  test(`${runtime} loads and embeds with the network denied`, async () => {
    const load = await loadSentenceEncoder({ runtimes: [runtime] });
    assert.equal(load.runtime, runtime, describeLoad(load));
    const [v] = await load.encoder!.embed(['Offline, always.']);
    assert.equal(v.length, 384);
    assert.deepEqual(deny.attempts(), []);
  });
}

for (const runtime of RUNTIMES) {
  test(`${runtime}: the cross-encoder loads and judges a pair with the network denied`, async () => {
    const load = await loadPairJudge({ runtimes: [runtime] });
    assert.equal(load.runtime, runtime, describePairJudge(load));
    const [p] = await load.judge!.probabilities([['Offline, always.', 'Always offline.']]);
    assert.ok(p > 0 && p < 1);
    assert.deepEqual(deny.attempts(), []);
  });
}
