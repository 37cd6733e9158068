/**
 * Child process for the judgePair() part of test/engine/hostile.test.ts: judges each hostile text
 * against the next one, printing a "start" and a "done" JSON line per pair, so the parent can kill
 * a call that runs past its bound and name it.
 */
import './tables';
import { performance } from 'node:perf_hooks';
import { judgePair } from '../../src/engine';
import { stringCases } from './hostile';

const texts = stringCases()
  .filter((c) => c.texts.every((t) => t.length < 200_000))
  .flatMap((c) => c.texts.map((t, i) => ({ name: `${c.name} #${i}`, text: t })));
for (let i = 0; i < texts.length; i++) {
  const a = texts[i]!;
  const b = texts[(i + 1) % texts.length]!;
  const what = `judgePair(${a.name} [${a.text.length} chars], ${b.name} [${b.text.length} chars])`;
  process.stdout.write(JSON.stringify({ event: 'start', what }) + '\n');
  const t0 = performance.now();
  const j = judgePair(a.text, b.text);
  const ms = performance.now() - t0;
  const ok = ['agreement', 'discrepancy', 'unique'].includes(j.label) && Number.isFinite(j.score) && j.score >= 0 && j.score <= 1 && Array.isArray(j.kinds);
  process.stdout.write(JSON.stringify({ event: 'done', what, ms, ok, label: j.label, score: j.score }) + '\n');
}
