// The engine's memo tables keep words, never the articles they were cut from.
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { compare } from '../../src/engine';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('a compared article can be collected afterwards (memo keys are copies, not slices of it)', async () => {
  // Words of 13+ characters are exactly those V8 would keep as views into the article.
  const sentence = 'The Qwertzuiopasdfghj committee met the Lkjhgfdsamnbvcxz delegation in Zyxwvutsrqponml. ';
  // warm up first (the word tables are decoded, the code compiled, on first use), with other words
  compare([{ path: 'w.txt', text: 'The Mnbvcxzlkjhgfdsapo council met the Poiuytrewqasdfghjk panel in Asdfghjklzxcvbnmq. '.repeat(50) }, { path: 'v.txt', text: 'The council met again.' }]);
  const before = heapAfterGc();
  (() => {
    const text = sentence.repeat(60_000); // about 5.4 MB
    const other = 'The Qwertzuiopasdfghj committee met again. Nothing else was said.';
    const report = compare([{ path: 'a.txt', text }, { path: 'b.txt', text: other }]);
    assert.ok(report.summary.claims > 0);
  })();
  // let the engine's background work finish first: a function optimised on V8's compiler thread
  // while the comparison ran can hold its last context until the job is done
  await new Promise((resolve) => setTimeout(resolve, 200));
  const grown = heapAfterGc() - before;
  assert.ok(grown < 3_500_000, `heap grew by ${(grown / 1e6).toFixed(1)} MB after the comparison`);
});
