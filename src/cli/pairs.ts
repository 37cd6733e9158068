/**
 * `pairs` mode: JSON Lines in, one judgement line out per input line, in order, streamed — a
 * 100,000-line batch never sits in memory, and a slow reader (a pipe) slows us down instead of
 * making us buffer (we wait for 'drain').
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { EngineContext, judgePair } from '../engine';
import type { PairJudgement } from '../engine';

export type Judge = (a: string, b: string) => PairJudgement;

export type PairOutput =
  | { id: unknown; label: PairJudgement['label']; score: number; kinds: PairJudgement['kinds'] }
  | { id: unknown; error: string };

export interface PairsStats {
  lines: number;
  errors: number;
}

/** The `id` to echo back: a string or number as given, else null. */
function idOf(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Judges one non-empty input line; never throws. `lineNo` is 1-based, for error messages. */
export function judgeLine(line: string, lineNo: number, judge: Judge = judgePair): PairOutput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { id: null, error: `line ${lineNo}: invalid JSON (${why})` };
  }
  const id = idOf(parsed);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id, error: `line ${lineNo}: expected a JSON object {"id", "a", "b"}, got ${describe(parsed)}` };
  }
  const { a, b } = parsed as Record<string, unknown>;
  for (const [name, v] of [['a', a], ['b', b]] as const) {
    if (typeof v !== 'string') return { id, error: `line ${lineNo}: "${name}" must be a string, got ${describe(v)}` };
  }
  try {
    const j = judge(a as string, b as string);
    return { id, label: j.label, score: j.score, kinds: j.kinds };
  } catch (e) {
    // One pathological pair must not end a long batch: report it on its own line and go on.
    const why = e instanceof Error ? e.message : String(e);
    return { id, error: `line ${lineNo}: could not judge this pair (${why})` };
  }
}

/** judgePair with one working memory for a whole run (warm memo tables; results never depend on it). */
function judgeWithOneContext(): Judge {
  const context = new EngineContext();
  return (a, b) => judgePair(a, b, context);
}

/** Writes and, when the stream's buffer is full, waits until it drains (or fails). */
export async function writeWithBackpressure(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output as NodeJS.EventEmitter, 'drain');
}

/**
 * Streams `input` (JSON Lines) to `output`. Empty lines are skipped; every other line produces
 * exactly one output line, so results line up with inputs.
 */
export async function runPairs(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  judge: Judge = judgeWithOneContext(),
): Promise<PairsStats> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const stats: PairsStats = { lines: 0, errors: 0 };
  let lineNo = 0;
  try {
    for await (const raw of rl) {
      lineNo++;
      const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (!line) continue;
      const result = judgeLine(line, lineNo, judge);
      stats.lines++;
      if ('error' in result) stats.errors++;
      await writeWithBackpressure(output, JSON.stringify(result) + '\n');
    }
  } finally {
    rl.close();
  }
  return stats;
}
