/** The host ports (ports.ts): cosine of two unit vectors. */
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cosine } from '../../src/engine/ports';

const unit = (xs: number[]): Float32Array => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs.map((x) => x / n));
};

test('cosine of unit vectors: 1 with itself, −1 opposite, 0 orthogonal', () => {
  const a = unit([3, 4, 0]);
  assert.ok(Math.abs(cosine(a, a) - 1) < 1e-6);
  assert.ok(Math.abs(cosine(a, unit([-3, -4, 0])) + 1) < 1e-6);
  assert.equal(cosine(unit([1, 0, 0]), unit([0, 0, 1])), 0);
  assert.ok(Math.abs(cosine(unit([1, 1]), unit([1, 0])) - Math.SQRT1_2) < 1e-6);
  assert.equal(cosine(new Float32Array(0), new Float32Array(0)), 0);
});

test('cosine is symmetric and in [−1, 1] for unit vectors', () => {
  const vec = fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 8, maxLength: 8 }).filter((xs) => Math.hypot(...xs) > 1e-3).map(unit);
  fc.assert(fc.property(vec, vec, (a, b) => {
    const c = cosine(a, b);
    assert.equal(c, cosine(b, a));
    assert.ok(c >= -1 - 1e-5 && c <= 1 + 1e-5, `${c}`);
  }), { numRuns: 300 });
});
