/** The similarity's surface (similarity/index.ts): prepare, similarity, support and blocking keys on paraphrases and unrelated sentences. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { MATCH_THRESHOLD, blockingKeys, prepare, similarity, support } from '../../../src/engine/similarity/index';

const sim = (a: string, b: string) => similarity(prepare(a), prepare(b));

// Fictional paraphrases in the style of the seed articles (the phenomena of design.md).
const PARAPHRASES: Array<[string, string]> = [
  ['The drones hit a weapons depot outside Qessara on Tuesday.', 'The drones hit a weapons storage facility outside Qessara on Tuesday.'],
  ['The drones hit a weapons depot outside Qessara on Tuesday.', 'The drones hit a weapons warehouse outside Qessara on Tuesday.'],
  ['Navy officers used a de-escalation hotline to warn the Varnholt garrison.', 'Navy officers used a deconfliction phone line to warn the Varnholt garrison.'],
  ['Rescue crews monitored the location of the collapsed bridge overnight.', 'Rescue crews watched the site of the collapsed bridge overnight.'],
  ['The sanctions aim to undermine the capabilities of the smuggling network.', 'The sanctions aim to erode the abilities of the smuggling network.'],
  ['Shelling was reported near Deir ez-Sameen late on Friday.', 'Shelling was reported near Deir el-Samin late on Friday.'],
  ['The Regional Water Authority closed the dam on Monday.', 'The RWA closed the dam on Monday.'],
  ['At least 40 people were evacuated from Port Ardel, officials said.', 'Officials said at least 40 people had been evacuated from Port Ardel.'],
];
const UNRELATED: Array<[string, string]> = [
  ['The drones hit a weapons depot outside Qessara on Tuesday.', 'Schools in Kelmarsh will reopen after the spring holiday.'],
  ['The river crested at 4.2 metres near Belovo.', 'Mira Talvane won the regional chess championship.'],
  ['Volunteers filled sandbags overnight along the embankment.', 'The central bank raised interest rates by half a point.'],
];

test('identical text scores 1; empty input is handled', () => {
  const t = 'The storm cut the rail line between Belovo and Kelmarsh.';
  assert.equal(sim(t, t), 1);
  assert.equal(support(prepare(t), prepare(t)), 1);
  assert.ok(sim('', '') >= 0 && sim('', '') <= 1);
  assert.equal(sim('', t), 0);
});

test('paraphrases reach MATCH_THRESHOLD', () => {
  for (const [a, b] of PARAPHRASES) {
    const s = sim(a, b);
    assert.ok(s >= MATCH_THRESHOLD, `${s.toFixed(3)} < ${MATCH_THRESHOLD}: ${a} | ${b}`);
  }
});

test('unrelated sentences score low', () => {
  for (const [a, b] of UNRELATED) {
    const s = sim(a, b);
    assert.ok(s < 0.3, `${s.toFixed(3)}: ${a} | ${b}`);
  }
});

test('similarity is symmetric and in [0,1]', () => {
  const all = [...PARAPHRASES, ...UNRELATED].flat();
  for (const a of all) for (const b of all) {
    const x = sim(a, b);
    const y = sim(b, a);
    assert.equal(x, y);
    assert.ok(x >= 0 && x <= 1);
  }
});

test('support is asymmetric: a longer source supports its part, not the reverse', () => {
  const long = prepare('The drones hit a weapons depot outside Qessara on Tuesday, and three bridges were closed for repairs.');
  const short = prepare('The drones hit a weapons depot outside Qessara.');
  assert.ok(support(long, short) >= MATCH_THRESHOLD, `support ${support(long, short)}`);
  assert.ok(support(short, long) < support(long, short));
  const other = prepare('Mira Talvane won the regional chess championship.');
  assert.ok(support(long, other) < 0.3);
});

test('blocking keys: paraphrases share a key; keys are distinct and come in a fixed order', () => {
  for (const [a, b] of PARAPHRASES) {
    const ka = blockingKeys(prepare(a));
    const kb = new Set(blockingKeys(prepare(b)));
    assert.ok(ka.some((k) => kb.has(k)), `${a} | ${b}`);
    assert.equal(new Set(ka).size, ka.length);
    assert.deepEqual(blockingKeys(prepare(a)), ka);
  }
});

test('span limits what is prepared', () => {
  const text = 'Ignore this part. The drones hit a weapons depot.';
  const start = text.indexOf('The');
  assert.equal(similarity(prepare(text, { start, end: text.length }), prepare('The drones hit a weapons depot.')), 1);
});

test('never throws on arbitrary strings; stays symmetric and bounded', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), (a, b) => {
    const pa = prepare(a);
    const pb = prepare(b);
    const x = similarity(pa, pb);
    assert.ok(x >= 0 && x <= 1 && Number.isFinite(x));
    assert.equal(x, similarity(pb, pa));
    const s = support(pa, pb);
    assert.ok(s >= 0 && s <= 1 && Number.isFinite(s));
    blockingKeys(pa);
  }), { numRuns: 300 });
});

test('seed articles: counterpart paraphrases align (read at test time)', () => {
  const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'samples');
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length < 2) return;
  // naive splitter for the test: a period after a lower-case letter or digit ends a sentence (not "U.S.")
  const split = (t: string) => t.split(/(?<=[a-z0-9][.!?]["\u201d]?)\s+/).filter((s) => s.length > 20);
  const a = split(readFileSync(join(dir, files[0]), 'utf8')).map((s) => prepare(s));
  const b = split(readFileSync(join(dir, files[1]), 'utf8')).map((s) => prepare(s));
  const best = (needle: string) => {
    const x = a.find((p) => p.text.includes(needle));
    assert.ok(x, needle);
    let top = 0;
    let text = '';
    for (const y of b) { const s = similarity(x, y); if (s > top) { top = s; text = y.text; } }
    return { top, text };
  };
  const depot = best('weapons depot in eastern Syria');
  assert.match(depot.text, /weapons storage facility/);
  const hotline = best('de-escalation hotline');
  assert.match(hotline.text, /deconfliction phone line/);
  const erode = best('undermine the capabilities');
  assert.match(erode.text, /erode the abilities/);
  assert.ok(erode.top >= MATCH_THRESHOLD, `erode ${erode.top}`);
  // The counterpart merges two of this article's sentences: ask how much of the claim it supports.
  const monitored = a.find((p) => p.text.includes('monitored the location'))!;
  let top = 0;
  let text = '';
  for (const y of b) { const s = support(y, monitored); if (s > top) { top = s; text = y.text; } }
  assert.match(text, /watched the site/);
});

test('speed: prepare + similarity well under 1 ms per pair', () => {
  const pairs = [...PARAPHRASES, ...UNRELATED];
  prepare('warm up');
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (let r = 0; r < 60; r++) for (const [a, b] of pairs) { similarity(prepare(a), prepare(b)); n++; }
  const perPair = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  assert.ok(perPair < 1, `${perPair} ms per pair`);
});
