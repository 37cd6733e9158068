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
