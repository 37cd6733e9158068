/**
 * Exact intervals for fact comparison. Two facts conflict only when their intervals cannot
 * overlap; a figure written with a precision, a range, a bound or an approximator is an interval.
 *
 * Values are exact rationals over BigInt (no doubles: 12345678901234567891 and
 * 12345678901234567892 differ). Day and minute intervals (datetime.ts) are small integers and use
 * plain numbers through `overlapsNum`.
 */

/** An exact rational n / d with d > 0, kept in lowest terms. */
export interface Rational {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('rational with zero denominator');
  if (dd < 0n) { nn = -nn; dd = -dd; }
  const g = gcd(nn, dd);
  return { n: nn / g, d: dd / g };
}

export const ZERO = rat(0);

/**
 * Parses a decimal written with ASCII digits, an optional sign, an optional "." and thousands
 * separators (",", thin and no-break spaces, "’", "_") already removed or not; null if not one.
 */
export function parseDecimal(s: string): Rational | null {
  let sign = 1n;
  let i = 0;
  if (s[0] === '-' || s[0] === '\u2212') { sign = -1n; i = 1; }
  let digits = '';
  let scale = 0;
  let dot = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') { digits += c; if (dot) scale++; continue; }
    if (c === '.' && !dot) { dot = true; continue; }
    if (c === ',' || c === '\u202f' || c === '\u00a0' || c === '\u2009' || c === '_' || c === '\u2019' || c === "'") continue;
    return null;
  }
  if (digits.length === 0) return null;
  return rat(sign * BigInt(digits), 10n ** BigInt(scale));
}

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);
/** -1, 0 or 1. */
export function cmp(a: Rational, b: Rational): number {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}
export const eq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;

/** A decimal string of a rational, for messages and debugging (up to `places` decimals). */
export function show(r: Rational, places = 6): string {
  const neg = r.n < 0n;
  const n = neg ? -r.n : r.n;
  const whole = n / r.d;
  let rest = n % r.d;
  let frac = '';
  for (let k = 0; k < places && rest !== 0n; k++) {
    rest *= 10n;
    frac += String(rest / r.d);
    rest %= r.d;
  }
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** A closed, open or half-open interval; a missing bound is unbounded on that side. */
export interface Interval {
  lo: Rational | null;
  hi: Rational | null;
  loOpen?: boolean;
  hiOpen?: boolean;
}

export const point = (v: Rational): Interval => ({ lo: v, hi: v });

/** Whether two intervals share at least one value. */
export function overlaps(a: Interval, b: Interval): boolean {
  return below(a.lo, a.loOpen === true, b.hi, b.hiOpen === true) && below(b.lo, b.loOpen === true, a.hi, a.hiOpen === true);
}

/** lo (of one interval) ≤ hi (of the other), with open ends strict. */
function below(lo: Rational | null, loOpen: boolean, hi: Rational | null, hiOpen: boolean): boolean {
  if (lo === null || hi === null) return true;
  const c = cmp(lo, hi);
  return c < 0 || (c === 0 && !loOpen && !hiOpen);
}

/** Every value of `b` lies in `a`. */
export function contains(a: Interval, b: Interval): boolean {
  const loOk = a.lo === null || (b.lo !== null && (cmp(a.lo, b.lo) < 0 || (cmp(a.lo, b.lo) === 0 && (!a.loOpen || b.loOpen === true))));
  const hiOk = a.hi === null || (b.hi !== null && (cmp(b.hi, a.hi) < 0 || (cmp(b.hi, a.hi) === 0 && (!a.hiOpen || b.hiOpen === true))));
  return loOk && hiOk;
}

/** The interval scaled by a positive factor. */
export function scale(a: Interval, f: Rational): Interval {
  return { lo: a.lo && mul(a.lo, f), hi: a.hi && mul(a.hi, f), loOpen: a.loOpen, hiOpen: a.hiOpen };
}

/** The interval shifted by `d`. */
export function shift(a: Interval, d: Rational): Interval {
  return { lo: a.lo && add(a.lo, d), hi: a.hi && add(a.hi, d), loOpen: a.loOpen, hiOpen: a.hiOpen };
}

/** The interval widened on both sides by `w` (≥ 0), open ends kept. */
export function widen(a: Interval, w: Rational): Interval {
  return { lo: a.lo && sub(a.lo, w), hi: a.hi && add(a.hi, w), loOpen: a.loOpen, hiOpen: a.hiOpen };
}

/** The interval widened on both sides by `f` times its largest magnitude (a relative tolerance). */
export function widenRelative(a: Interval, f: Rational): Interval {
  const mags = [a.lo, a.hi].filter((x): x is Rational => x !== null).map((x) => (x.n < 0n ? rat(-x.n, x.d) : x));
  if (mags.length === 0) return a;
  const m = mags.length === 2 && cmp(mags[0], mags[1]) < 0 ? mags[1] : mags[0];
  return widen(a, mul(m, f));
}

/** Plain-number half-open intervals [lo, hi) (days, minutes). */
export interface NumInterval {
  lo: number;
  hi: number;
}

/** Whether two half-open number intervals share a point. */
export function overlapsNum(a: NumInterval, b: NumInterval): boolean {
  return a.lo < b.hi && b.lo < a.hi;
}

/** Whether any interval of one union overlaps any of the other. */
export function unionsOverlap(a: readonly NumInterval[], b: readonly NumInterval[]): boolean {
  for (const x of a) for (const y of b) if (overlapsNum(x, y)) return true;
  return false;
}
