// A comparison's working memory is its own: interleaved comparisons give the reports each gives alone.
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, EngineContext, judgePair, type ArticleInput } from '../../src/engine';

const ROOT = join(__dirname, '..', '..');
const read = (p: string): ArticleInput => ({ path: p, text: readFileSync(join(ROOT, p), 'utf8') });
const herald = read('samples/varna-flood-herald.md');
const courier = read('samples/varna-flood-courier.txt');
const wire = read('samples/varna-flood-wire.txt');
const ferry = [read('test/fixtures/cli/ferry-herald.md'), read('test/fixtures/cli/ferry-courier.md'), read('test/fixtures/cli/ferry-wire.txt')];

test('a comparison run inside another one (between its stages) changes neither report', () => {
  const outerAlone = JSON.stringify(compare([herald, courier, wire]));
  const innerAlone = JSON.stringify(compare(ferry));
  let nested = 0;
  const inner: string[] = [];
  // isCancelled is called between the engine's stages: each call runs a whole other comparison there,
  // so the outer comparison's scratch memory would be overwritten if any were shared
  const outer = JSON.stringify(compare([herald, courier, wire], {
    isCancelled: () => {
      nested++;
      inner.push(JSON.stringify(compare(ferry)));
      return false;
    },
  }));
  assert.ok(nested >= 3, `the outer comparison yielded ${nested} times`);
  assert.equal(outer, outerAlone);
  for (const r of inner) assert.equal(r, innerAlone);
});

test('one context reused across comparisons gives the same reports as a fresh one each time', () => {
  const ctx = new EngineContext();
  const sets = [[herald, courier], ferry, [courier, wire, herald], [herald, courier]];
  for (const docs of sets) {
    assert.equal(JSON.stringify(compare(docs, { context: ctx })), JSON.stringify(compare(docs)));
  }
});

test('judgePair with a shared context equals judgePair with a fresh one, in any order', () => {
  const pairs: Array<[string, string]> = [
    [herald.text, courier.text],
    ['Rescuers saved 41 people from rooftops.', 'Rescuers saved 14 people from rooftops.'],
    ['The mayor of Belovo said the bridge was gone.', 'Belovo lost its only footbridge, its mayor said.'],
  ];
  const ctx = new EngineContext();
  for (const [a, b] of [...pairs, ...pairs.slice().reverse()]) {
    assert.deepEqual(judgePair(a, b, ctx), judgePair(a, b));
  }
});

/** `doc` with `insert` put in before its `k`-th sentence end from the top (0: at the start of the body). */
function edited(doc: ArticleInput, k: number, insert: string): ArticleInput {
  const ends = [...doc.text.matchAll(/[.!?]\s/g)].map((m) => (m.index ?? 0) + 2);
  const at = k === 0 ? doc.text.indexOf('\n\n') + 2 : ends[Math.min(k, ends.length - 1)];
  return { path: doc.path, text: doc.text.slice(0, at) + insert + doc.text.slice(at) };
}

test('a re-run after an edit, with the context of the run before, gives the report a fresh comparison gives', () => {
  // The context remembers each claim pair's fact conflicts relative to the claims (conflicts/memo.ts):
  // text put in above a claim moves it, a changed word makes it another claim.
  const long = [read('test/fixtures/workspace/long-a.txt'), read('test/fixtures/workspace/long-b.txt')];
  const cases: ArticleInput[][] = [[herald, courier], ferry, long, [courier, wire, herald]];
  for (const docs of cases) {
    const ctx = new EngineContext();
    const first = compare(docs, { context: ctx });
    assert.equal(JSON.stringify(first), JSON.stringify(compare(docs)));
    const edits = [
      edited(docs[0], 0, 'The council met on Tuesday to discuss the flood. '),
      edited(docs[0], 3, 'Officials said 41 homes were damaged. '),
      { path: docs[0].path, text: docs[0].text.replace(/\b(\d+)\b/, (n) => String(Number(n) + 1)) },
      { path: docs[0].path, text: `${docs[0].text}\nThe harbour master resigned on Friday.\n` },
    ];
    for (const e of edits) {
      const again = [e, ...docs.slice(1)];
      const warm = compare(again, { context: ctx });
      assert.equal(JSON.stringify(warm), JSON.stringify(compare(again)), `${docs[0].path} edited`);
    }
    // and moved back: the first text's pairs come from the memo at their first offsets
    assert.equal(JSON.stringify(compare(docs, { context: ctx })), JSON.stringify(first));
  }
});
