/**
 * The dot products of the claim alignment, the engine's hottest loop: every word vector of one claim
 * against every word (and compound) vector of the other.
 *
 * Two implementations of one contract: a WebAssembly kernel (wasm/dot.wat, four lanes a step with
 * f32x4; compiled by scripts/build-wasm.mjs into data/dot-wasm.generated.ts, no file or network
 * access) and plain JavaScript, used where WebAssembly SIMD is unavailable. Both sum the same
 * products; the kernel rounds to float32, so values differ from the fallback by about 1e-7
 * (test/engine/kernel.test.ts checks both).
 *
 * The kernel works in its own linear memory: the two claims' vectors are copied in (a few
 * kilobytes), the products read back through a view that stays valid until the next call on the
 * same KernelScratch; each comparison owns its own (see context.ts).
 */
import { DOT_WASM } from './data/dot-wasm.generated';
import { DIM as DIM_IMPORTED } from './vectors';

const DIM: number = DIM_IMPORTED;
const ROW_BYTES = DIM * 4;
const PAGE = 65536;

/**
 * Dot products of rows [x0, x0 + nx) of `xs` with rows [y0, y0 + ny) of `ys` (all DIM long; nx a
 * multiple of 2, ny of 4) into out[r * ny + c]. Blocks of 2 × 4 rows with separate accumulators.
 */
export function dotMatrixJs(xs: Float32Array, x0: number, nx: number, ys: Float32Array, y0: number, ny: number, out: Float64Array | Float32Array): void {
  for (let r = 0; r < nx; r += 2) {
    const a0 = (x0 + r) * DIM;
    const a1 = a0 + DIM;
    const ro = r * ny;
    for (let c = 0; c < ny; c += 4) {
      const o0 = (y0 + c) * DIM;
      const o1 = o0 + DIM;
      const o2 = o1 + DIM;
      const o3 = o2 + DIM;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let d = 0; d < DIM; d++) {
        const u = xs[a0 + d];
        const v = xs[a1 + d];
        const y0v = ys[o0 + d];
        const y1v = ys[o1 + d];
        const y2v = ys[o2 + d];
        const y3v = ys[o3 + d];
        s0 += u * y0v;
        s1 += u * y1v;
        s2 += u * y2v;
        s3 += u * y3v;
        t0 += v * y0v;
        t1 += v * y1v;
        t2 += v * y2v;
        t3 += v * y3v;
      }
      out[ro + c] = s0;
      out[ro + c + 1] = s1;
      out[ro + c + 2] = s2;
      out[ro + c + 3] = s3;
      out[ro + ny + c] = t0;
      out[ro + ny + c + 1] = t1;
      out[ro + ny + c + 2] = t2;
      out[ro + ny + c + 3] = t3;
    }
  }
}

/** The vectors of one claim as the alignment lays them out (see Packed in features.ts). */
export interface VectorRows {
  /** rows × DIM floats: item vectors, zero rows up to cv0, compound vectors, zero rows up to rows. */
  readonly vecs: Float32Array;
  /** Item-vector rows (a multiple of 4). */
  readonly cv0: number;
  /** All rows (a multiple of 4). */
  readonly rows: number;
}

/**
 * What align() needs from the vectors of claims a and b, as regions of one array `m` (starting at
 * the offsets given; indices are vector rows, an item's `vpos`):
 * - `dots`: m[dots + r * b.cv0 + c] = item vector r of a · item vector c of b;
 * - `rowMax` / `colMax`: the largest of those in row r / column c, at least 0;
 * - `compRowMax`: the largest dot of item vector r of a with a compound vector of b, at least 0;
 * - `compColMax`: the largest dot of a compound vector of a with item vector c of b, at least 0.
 * `m` may be scratch memory: read it before the next call.
 */
export interface CrossDots {
  readonly m: Float32Array | Float64Array;
  readonly dots: number;
  readonly rowMax: number;
  readonly colMax: number;
  readonly compRowMax: number;
  readonly compColMax: number;
}

/** The little of the WebAssembly API used here (the engine's TypeScript lib has no DOM types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

interface DotKernel {
  readonly memory: WasmMemory;
  readonly dotMatrix: (xs: number, nx: number, ys: number, ny: number, out: number, rowMax: number, colMax: number) => void;
}

/** The compiled module (immutable, shared); undefined until first asked, null where it cannot run. */
let compiled: object | null | undefined;

/** A fresh instance of the kernel with its own memory, or null where WebAssembly SIMD cannot run. */
function instantiateKernel(): DotKernel | null {
  try {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (!wasm || DIM !== 100) return null;
    if (compiled === undefined) compiled = new wasm.Module(Uint8Array.from(DOT_WASM));
    if (compiled === null) return null;
    const instance = new wasm.Instance(compiled, {});
    const { mem, dotMatrix } = instance.exports as { mem: WasmMemory; dotMatrix: DotKernel['dotMatrix'] };
    return { memory: mem, dotMatrix };
  } catch {
    compiled = null; // SIMD not supported: the JavaScript loop does the same work
    return null;
  }
}

function loadKernel(): DotKernel | null {
  return new KernelScratch().kernel();
}

/** True when crossDots() runs in WebAssembly here (for the benchmark's report and the tests). */
export function wasmKernelAvailable(): boolean {
  return loadKernel() !== null;
}

/** Region offsets of CrossDots for claims with these row counts (the same layout in both versions). */
function layoutInto(a: VectorRows, b: VectorRows, base: number, out: Mutable<CrossDots>): number {
  out.dots = base;
  out.rowMax = out.dots + a.cv0 * b.cv0;
  out.colMax = out.rowMax + a.cv0;
  out.compRowMax = out.colMax + b.cv0;
  out.compColMax = out.compRowMax + a.cv0;
  return out.compColMax + b.cv0;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Row maxima (at least 0) of an nx × ny matrix into out[rowAt…], column maxima into out[colAt…] (≥ -1: none). */
function maxima(m: Float64Array, nx: number, ny: number, out: Float64Array, rowAt: number, colAt: number): void {
  for (let r = 0; r < nx; r++) {
    let best = 0;
    for (let c = 0; c < ny; c++) {
      const v = m[r * ny + c];
      if (v > best) best = v;
      if (colAt >= 0 && v > out[colAt + c]) out[colAt + c] = v;
    }
    if (rowAt >= 0) out[rowAt + r] = best;
  }
}

/** crossDots() in plain JavaScript (the fallback; also the reference the tests compare with). */
export function crossDotsJs(a: VectorRows, b: VectorRows): CrossDots {
  const nca = a.rows - a.cv0;
  const ncb = b.rows - b.cv0;
  const at: Mutable<CrossDots> = { m: new Float64Array(0), dots: 0, rowMax: 0, colMax: 0, compRowMax: 0, compColMax: 0 };
  const m = new Float64Array(layoutInto(a, b, 0, at));
  at.m = m;
  if (a.cv0 && b.cv0) {
    const d = m.subarray(at.dots, at.rowMax);
    dotMatrixJs(a.vecs, 0, a.cv0, b.vecs, 0, b.cv0, d);
    maxima(d, a.cv0, b.cv0, m, at.rowMax, at.colMax);
  }
  if (a.cv0 && ncb) {
    const d = new Float64Array(a.cv0 * ncb);
    dotMatrixJs(a.vecs, 0, a.cv0, b.vecs, b.cv0, ncb, d);
    maxima(d, a.cv0, ncb, m, at.compRowMax, -1);
  }
  if (nca && b.cv0) {
    const d = new Float64Array(nca * b.cv0);
    dotMatrixJs(a.vecs, a.cv0, nca, b.vecs, 0, b.cv0, d);
    maxima(d, nca, b.cv0, m, -1, at.compColMax);
  }
  return at;
}

/**
 * One kernel instance and the scratch memory it works in, owned by a comparison's context: two
 * comparisons never share it. Layout in the kernel's memory (in floats): a's rows at 0, b's rows
 * after them, the CrossDots regions, maxima nobody reads, then a scratch matrix. A claim is scored
 * against several candidates in a row, so a's rows stay in place while it repeats.
 */
export class KernelScratch {
  private instance: DotKernel | null | undefined;
  lastA: VectorRows | null = null;
  heap: Float32Array | null = null;
  /** The result of crossDots(): one object, refilled by every call (as its memory is). */
  readonly result: Mutable<CrossDots> = { m: new Float32Array(0), dots: 0, rowMax: 0, colMax: 0, compRowMax: 0, compColMax: 0 };

  kernel(): DotKernel | null {
    if (this.instance === undefined) this.instance = instantiateKernel();
    return this.instance;
  }
}

/** What align() needs (see CrossDots), in WebAssembly where it runs. Valid until the next call. */
export function crossDots(a: VectorRows, b: VectorRows, scratch: KernelScratch = new KernelScratch()): CrossDots {
  const k = scratch.kernel();
  if (!k) return crossDotsJs(a, b);
  const result = scratch.result;
  const nca = a.rows - a.cv0;
  const ncb = b.rows - b.cv0;
  const bAt = a.rows * DIM;
  const ignoredAt = layoutInto(a, b, bAt + b.rows * DIM, result);
  const scratchAt = ignoredAt + Math.max(a.rows, b.rows);
  const end = (scratchAt + Math.max(a.cv0 * ncb, nca * b.cv0)) * 4;
  const memory = k.memory;
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
  if (!scratch.heap || scratch.heap.buffer !== memory.buffer) { scratch.heap = new Float32Array(memory.buffer); scratch.lastA = null; }
  const heap = scratch.heap;
  if (scratch.lastA !== a) {
    heap.set(a.vecs.length === bAt ? a.vecs : a.vecs.subarray(0, bAt), 0);
    scratch.lastA = a;
  }
  heap.set(b.vecs.length === b.rows * DIM ? b.vecs : b.vecs.subarray(0, b.rows * DIM), bAt);
  // column maxima accumulate (row maxima are written whole)
  heap.fill(0, result.rowMax, ignoredAt);
  const B = 4; // bytes per float
  if (a.cv0 && b.cv0) k.dotMatrix(0, a.cv0, bAt * B, b.cv0, result.dots * B, result.rowMax * B, result.colMax * B);
  if (a.cv0 && ncb) k.dotMatrix(0, a.cv0, (bAt + b.cv0 * DIM) * B, ncb, scratchAt * B, result.compRowMax * B, ignoredAt * B);
  if (nca && b.cv0) k.dotMatrix(a.cv0 * ROW_BYTES, nca, bAt * B, b.cv0, scratchAt * B, ignoredAt * B, result.compColMax * B);
  result.m = heap;
  return result;
}
