import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { crossDots, crossDotsJs, wasmKernelAvailable, type CrossDots, type VectorRows } from '../../../src/engine/similarity/kernel';
import { DIM } from '../../../src/engine/similarity/vectors';
import { prepare, scorePair, similarity, support } from '../../../src/engine/similarity/index';

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

/** The regions of a CrossDots as arrays. */
function regions(x: CrossDots, a: VectorRows, b: VectorRows): Record<string, ArrayLike<number>> {
  const part = (at: number, n: number): number[] => Array.from(x.m.subarray(at, at + n));
  return {
    dots: part(x.dots, a.cv0 * b.cv0), rowMax: part(x.rowMax, a.cv0), colMax: part(x.colMax, b.cv0),
    compRowMax: part(x.compRowMax, a.cv0), compColMax: part(x.compColMax, b.cv0),
  };
}

function assertSame(a: VectorRows, b: VectorRows): void {
  const got = regions(crossDots(a, b), a, b);
  const ref = regions(crossDotsJs(a, b), a, b);
  for (const k of Object.keys(ref)) assertClose(got[k], ref[k], k);
}

/** The reference computed the slow way: every dot product, then the maxima (at least 0). */
test('crossDotsJs maxima are those of the plain dot products', () => {
  const a = rowsOf(3, 5, 3);
  const b = rowsOf(4, 6, 2);
  const r = regions(crossDotsJs(a, b), a, b);
  const dot = (x: Float32Array, i: number, y: Float32Array, j: number): number => {
    let s = 0;
    for (let d = 0; d < DIM; d++) s += x[i * DIM + d] * y[j * DIM + d];
    return s;
  };
  for (let i = 0; i < a.cv0; i++) {
    let row = 0;
    let comp = 0;
    for (let j = 0; j < b.cv0; j++) {
      assert.ok(Math.abs(r.dots[i * b.cv0 + j] - dot(a.vecs, i, b.vecs, j)) < 1e-9);
      row = Math.max(row, dot(a.vecs, i, b.vecs, j));
    }
    for (let j = b.cv0; j < b.rows; j++) comp = Math.max(comp, dot(a.vecs, i, b.vecs, j));
    assert.ok(Math.abs(r.rowMax[i] - row) < 1e-9 && Math.abs(r.compRowMax[i] - comp) < 1e-9, `row ${i}`);
  }
  for (let j = 0; j < b.cv0; j++) {
    let col = 0;
    let comp = 0;
    for (let i = 0; i < a.cv0; i++) col = Math.max(col, dot(a.vecs, i, b.vecs, j));
    for (let i = a.cv0; i < a.rows; i++) comp = Math.max(comp, dot(a.vecs, i, b.vecs, j));
    assert.ok(Math.abs(r.colMax[j] - col) < 1e-9 && Math.abs(r.compColMax[j] - comp) < 1e-9, `column ${j}`);
  }
});

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
        assertSame(a, b);
        // the same first side again (its rows stay in the kernel's memory) with another second side
        const c = rowsOf(seed + 2, ib + 1, cb);
        assertSame(a, c);
      },
    ),
    { numRuns: 60 },
  );
});

test('crossDots grows its memory for the largest claims and stays correct afterwards', () => {
  const big = rowsOf(7, 256, 255);
  const other = rowsOf(8, 256, 255);
  assertSame(big, other);
  const small = rowsOf(9, 3, 1);
  assertSame(small, big);
  assertSame(big, small);
});

test('results do not depend on the kernel: a process without WebAssembly gives the same similarities', () => {
  const script = [
    "require('./test/support/tables');",
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
