import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { crossDots, crossDotsJs, wasmKernelAvailable, type VectorRows } from '../../src/engine/similarity/kernel';
import { DIM } from '../../src/engine/similarity/vectors';
import { prepare, scorePair, similarity, support } from '../../src/engine/similarity/index';

/** Deterministic pseudo-random rows (a small LCG): cv0 item rows, then compound rows up to `rows`. */
function rowsOf(seed: number, items: number, compounds: number): VectorRows {
  const cv0 = (items + 3) & ~3;
  const rows = cv0 + ((compounds + 3) & ~3);
  const vecs = new Float32Array(rows * DIM);
  let x = seed >>> 0;
  const next = (): number => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32 - 0.5;
  };
  const fill = (row: number): void => {
    let n = 0;
    for (let d = 0; d < DIM; d++) { const v = next(); vecs[row * DIM + d] = v; n += v * v; }
    const s = 1 / Math.sqrt(n);
    for (let d = 0; d < DIM; d++) vecs[row * DIM + d] *= s; // unit rows, as the engine's
  };
  for (let r = 0; r < items; r++) fill(r);
  for (let r = 0; r < compounds; r++) fill(cv0 + r);
  return { vecs, cv0, rows };
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Math.abs(actual[i] - expected[i]) < 1e-6, `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
  }
}

test('the WebAssembly kernel runs in Node (SIMD available)', () => {
  assert.equal(wasmKernelAvailable(), true);
});

test('crossDots matches the JavaScript reference on many shapes, including empty and repeated sides', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 1, max: 1e9 }),
      (ia, ca, ib, cb, seed) => {
        const a = rowsOf(seed, ia, ca);
        const b = rowsOf(seed + 1, ib, cb);
        const ref = crossDotsJs(a, b);
        const got = crossDots(a, b);
        assertClose(got.dots, ref.dots, 'dots');
        assertClose(got.cdots, ref.cdots, 'cdots');
        // the same first side again (its rows stay in the kernel's memory) with another second side
        const c = rowsOf(seed + 2, ib + 1, cb);
        assertClose(crossDots(a, c).dots, crossDotsJs(a, c).dots, 'dots, a repeated');
      },
    ),
    { numRuns: 60 },
  );
});

test('crossDots grows its memory for the largest claims and stays correct afterwards', () => {
  const big = rowsOf(7, 256, 255);
  const other = rowsOf(8, 256, 255);
  assertClose(crossDots(big, other).dots, crossDotsJs(big, other).dots, 'large');
  const small = rowsOf(9, 3, 1);
  assertClose(crossDots(small, big).cdots, crossDotsJs(small, big).cdots, 'after growth');
});

test('results do not depend on the kernel: a process without WebAssembly gives the same similarities', () => {
  const script = [
    "const { prepare, similarity } = require('./src/engine/similarity/index');",
    "const { wasmKernelAvailable } = require('./src/engine/similarity/kernel');",
    "const a = prepare('The river rose two metres overnight near Belovo, officials said.');",
    "const b = prepare('Officials said the river near Belovo rose by two metres during the night.');",
    "process.stdout.write(similarity(a, b) + ' ' + wasmKernelAvailable());",
  ].join('\n');
  const run = (noWasm: boolean): number => {
    const [sim, wasm] = execFileSync(process.execPath, [
      ...(noWasm ? ['--import', 'data:text/javascript,delete globalThis.WebAssembly'] : []),
      '--import', 'tsx', '-e', script,
    ], { encoding: 'utf8' }).split(' ');
    assert.equal(wasm, String(!noWasm), 'kernel in use');
    return Number(sim);
  };
  const withWasm = run(false);
  const without = run(true);
  assert.ok(withWasm > 0.5, `similar sentences score ${withWasm}`);
  assert.ok(Math.abs(withWasm - without) < 1e-5, `${withWasm} vs ${without}`);
});

test('scorePair gives the same similarity and supports as the separate calls', () => {
  const texts = [
    'The town of Belovo flooded on Tuesday.',
    'Belovo flooded on Tuesday and lost its only bridge to the river.',
    'The Regional Water Authority closed the dam at Kelmarsh on Monday.',
    'The RWA closed the Kelmarsh dam on Monday after the river rose two metres.',
    'Volunteers filled sandbags overnight.',
    '',
  ];
  for (const x of texts) {
    for (const y of texts) {
      const a = prepare(x);
      const b = prepare(y);
      const p = scorePair(a, b);
      assert.equal(p.sim, similarity(a, b), `${x} / ${y}`);
      assert.equal(p.supportOfB(), support(a, b), `support of "${y}" by "${x}"`);
      assert.equal(p.supportOfA(), support(b, a), `support of "${x}" by "${y}"`);
    }
  }
});

test('the committed kernel is what wasm/dot.wat compiles to (scripts/build-wasm.mjs --check)', () => {
  const out = execFileSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8' });
  assert.match(out, /matches dot\.wat/);
});
