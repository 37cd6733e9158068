/**
 * Child process for test/engine/redos.test.ts: times compare() and judgePair() on one adversarial
 * pattern at the sizes given, printing one JSON line per measurement (and a "start" line before
 * each, so the parent knows which one hung if it has to kill us).
 *   node --import tsx test/support/redos-child.ts <pattern-name> <n1> [n2 …]
 */
import './tables';
import { performance } from 'node:perf_hooks';
import { compare, judgePair } from '../../src/engine';
import { checkReport } from './invariants';
import { ADVERSARIAL } from './adversarial';

const [name, ...sizes] = process.argv.slice(2);
const make = ADVERSARIAL[name!];
if (!make) {
  process.stderr.write(`unknown pattern ${name}\n`);
  process.exit(2);
}
// Warm the engine once on a small input so the first measurement is not JIT/lazy-init time.
compare([{ path: 'w1', text: make(200) }, { path: 'w2', text: 'A short sentence. Another one.' }]);
judgePair(make(200), 'A short sentence.');

for (const n of sizes.map(Number)) {
  const text = make(n);
  for (const fn of ['compare', 'judgePair'] as const) {
    process.stdout.write(JSON.stringify({ event: 'start', fn, n }) + '\n');
    const t0 = performance.now();
    if (fn === 'compare') {
      const articles = [{ path: 'adv.txt', text }, { path: 'plain.txt', text: 'The council said 40 people left on Wednesday. "We will rebuild," Mr. Queln said.' }];
      const report = compare(articles);
      const ms = performance.now() - t0;
      checkReport(report, articles);
      process.stdout.write(JSON.stringify({ event: 'done', fn, n, ms }) + '\n');
    } else {
      const j = judgePair(text, text.slice(0, Math.floor(text.length / 2)));
      const ms = performance.now() - t0;
      if (!(j.score >= 0 && j.score <= 1)) throw new Error(`score ${j.score} out of range`);
      process.stdout.write(JSON.stringify({ event: 'done', fn, n, ms }) + '\n');
    }
  }
}
