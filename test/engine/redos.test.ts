/**
 * ReDoS guard: adversarial repetitions through compare() and judgePair() finish within a generous
 * bound, and doubling the input (50k → 100k repetitions) does not multiply the time by more than
 * ~3× (super-linear patterns show up as 4× or worse). Each pattern runs in its own child process
 * that is killed at the deadline, so a catastrophic backtrack fails the test instead of hanging it.
 * The ratio check is skipped when the 50k run is too fast (< 50 ms) to time reliably.
 */
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ADVERSARIAL } from '../support/adversarial';

const CHILD = join(__dirname, '..', 'support', 'redos-child.ts');
const SMALL = 50_000;
const LARGE = 100_000;
/** Generous bound for any one call (ms). */
const PER_CALL_MS = 10_000;
/** Allowed growth for 2× input: linear is 2×, quadratic 4×; 3× plus slack for GC and noise. */
const MAX_RATIO = 3.2;
const MIN_TIMED_MS = 50;

interface Measurement { fn: string; n: number; ms: number }

function runPattern(name: string): Promise<{ done: Measurement[]; hung?: { fn: string; n: number }; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, name, String(SMALL), String(LARGE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done: Measurement[] = [];
    let current: { fn: string; n: number } | undefined;
    let buf = '';
    let err = '';
    // 4 measurements + process start-up and the invariant checks.
    const deadline = setTimeout(() => child.kill('SIGKILL'), 4 * PER_CALL_MS + 30_000);
    let callTimer: NodeJS.Timeout | undefined;
    let killedFor: { fn: string; n: number } | undefined;
    child.stdout.on('data', (b: Buffer) => {
      buf += b.toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const ev = JSON.parse(line) as { event: string; fn: string; n: number; ms?: number };
        if (callTimer) clearTimeout(callTimer);
        if (ev.event === 'start') {
          current = { fn: ev.fn, n: ev.n };
          const which = current;
          // A single call over twice the bound is hopeless: stop now rather than wait.
          callTimer = setTimeout(() => { killedFor = which; child.kill('SIGKILL'); }, 2 * PER_CALL_MS);
        } else {
          done.push({ fn: ev.fn, n: ev.n, ms: ev.ms! });
          current = undefined;
        }
      }
    });
    child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8'); });
    child.on('close', (code) => {
      clearTimeout(deadline);
      if (callTimer) clearTimeout(callTimer);
      if (killedFor || (code !== 0 && current)) resolve({ done, hung: killedFor ?? current });
      else if (code !== 0) resolve({ done, error: `child exited ${code}: ${err.split('\n').slice(0, 8).join('\n')}` });
      else resolve({ done });
    });
  });
}

for (const name of Object.keys(ADVERSARIAL)) {
  test(`adversarial input "${name}" ×${SMALL} and ×${LARGE}: compare() and judgePair() stay near-linear`, { timeout: 4 * PER_CALL_MS + 60_000 }, async () => {
    const r = await runPattern(name);
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.hung, undefined, r.hung && `${r.hung.fn}() on ${r.hung.n} × "${name}" did not finish within ${2 * PER_CALL_MS / 1000} s`);
    for (const m of r.done) {
      assert.ok(m.ms < PER_CALL_MS, `${m.fn}() on ${m.n} × "${name}" took ${(m.ms / 1000).toFixed(1)} s (bound ${PER_CALL_MS / 1000} s)`);
    }
    for (const fn of ['compare', 'judgePair']) {
      const small = r.done.find((m) => m.fn === fn && m.n === SMALL);
      const large = r.done.find((m) => m.fn === fn && m.n === LARGE);
      assert.ok(small && large, `${fn}: both sizes measured`);
      if (small.ms < MIN_TIMED_MS) continue; // too fast to time reliably
      const ratio = large.ms / small.ms;
      assert.ok(ratio <= MAX_RATIO, `${fn}() on "${name}": 2× input took ${ratio.toFixed(2)}× the time (${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms); allowed ${MAX_RATIO}×`);
    }
  });
}
