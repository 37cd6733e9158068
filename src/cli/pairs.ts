/**
 * `pairs` mode: JSON Lines in, one judgement line out per input line, in order, streamed — a
 * 100,000-line batch never sits in memory, and a slow reader (a pipe) slows us down instead of
 * making us buffer (we wait for 'drain').
 *
 * Output line N answers input line N, always: a blank line, a line that is not JSON, a pair that
 * cannot be judged and a line over the length cap each get an error line, so the answers line up
 * with the questions (and a run split across processes — GNU parallel, Spark — joins back
 * byte for byte: no message depends on where the line was in the input).
 */
import { once } from 'node:events';
import { EngineContext, judgeBeforeCross, judgePair, pairClaimTexts } from '../engine';
import type { Judged, MeaningVectors, PairJudgement } from '../engine';
import { judgedPairs } from '../host/judged-pairs';
import { inputError } from './errors';
import { leadingId, rawMember } from './json-id';
import { cappedLines } from './lines';

export type Judge = (a: string, b: string) => PairJudgement;

/** `id` is the id's JSON text as written in the input line (`null` when there is none). */
export type PairOutput =
  | { id: string; label: PairJudgement['label']; score: number; kinds: PairJudgement['kinds'] }
  | { id: string; error: string };

export interface PairsStats {
  lines: number;
  errors: number;
}

/** Longest input line judged (bytes, without its end of line): far above any pair of articles. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return `${type === 'object' ? 'an' : 'a'} ${type}`;
}

/** The id to echo: strings re-serialised (as before), anything else exactly as written. */
function idText(line: string, parsed: unknown): string {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'null';
  const id = (parsed as Record<string, unknown>).id;
  if (id === undefined) return 'null';
  if (typeof id === 'string') return JSON.stringify(id);
  return rawMember(line, 'id') ?? JSON.stringify(id);
}

/** One input line read: the pair to judge, or the answer already (an error line). */
export type ParsedLine = { id: string; a: string; b: string } | PairOutput;

/** Reads one input line (without its end of line); never throws. */
export function parseLine(line: string): ParsedLine {
  const text = line.trim();
  if (!text) return { id: 'null', error: 'blank line' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { id: 'null', error: `invalid JSON (${why})` };
  }
  const id = idText(text, parsed);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id, error: `expected a JSON object {"id", "a", "b"}, got ${describe(parsed)}` };
  }
  const { a, b } = parsed as Record<string, unknown>;
  for (const [name, v] of [['a', a], ['b', b]] as const) {
    if (typeof v !== 'string') return { id, error: `"${name}" must be a string, got ${describe(v)}` };
  }
  return { id, a: a as string, b: b as string };
}

/** Judges a line parseLine read; never throws. */
export function judgeParsed(line: ParsedLine, judge: Judge): PairOutput {
  if (!('a' in line)) return line;
  try {
    const j = judge(line.a, line.b);
    return { id: line.id, label: j.label, score: j.score, kinds: j.kinds };
  } catch (e) {
    // One pathological pair must not end a long batch: report it on its own line and go on.
    const why = e instanceof Error ? e.message : String(e);
    return { id: line.id, error: `could not judge this pair (${why})` };
  }
}

/** Judges one input line (without its end of line); never throws. */
export function judgeLine(line: string, judge: Judge = judgePair): PairOutput {
  return judgeParsed(parseLine(line), judge);
}

/** judgePair with one working memory for a whole run (warm memo tables; results never depend on it). */
function judgeWithOneContext(): Judge {
  const context = new EngineContext();
  return (a, b) => judgePair(a, b, context);
}

/**
 * Pairs by meaning: the sentence vectors of the claims of a block of lines, computed together (one
 * inference per token length, not per sentence). A text's vector never depends on what it was
 * computed with, so answers do not depend on how the input is cut into blocks.
 */
export interface PairsMeaning {
  /** Vectors of these claim texts (each is one claim, as pairClaimTexts cuts it). */
  vectorsFor(texts: readonly string[]): Promise<MeaningVectors>;
  /**
   * The cross-encoder's probabilities of these claim pairs (a first), when the host has one; it is
   * asked only for the pairs whose decision waits on it (judgeBeforeCross).
   */
  probabilitiesFor?(pairs: readonly (readonly [string, string])[]): Promise<number[]>;
}

/** Lines whose claims are embedded together in pairs by meaning, and the most text they may hold. */
export const MEANING_BLOCK_LINES = 256;
export const MEANING_BLOCK_CHARS = 4 * 1024 * 1024;

/** The output line (with its LF): the id's own text, then the rest as JSON. */
export function formatOutput(result: PairOutput): string {
  const { id, ...rest } = result;
  return `{"id":${id},${JSON.stringify(rest).slice(1)}\n`;
}

/** Writes and, when the stream's buffer is full, waits until it drains (or fails). */
export async function writeWithBackpressure(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output as NodeJS.EventEmitter, 'drain');
}

/**
 * Streams `input` (JSON Lines) to `output`: exactly one output line per input line. Binary input
 * (a NUL byte: a device such as /dev/zero, an image, UTF-16) ends the run with an input error
 * after the lines before it have been answered. With `meaning`, lines are judged in blocks
 * (MEANING_BLOCK_LINES) whose claims are embedded together; the answers are the same line by line.
 */
export async function runPairs(
  input: AsyncIterable<unknown>,
  output: NodeJS.WritableStream,
  judge: Judge = judgeWithOneContext(),
  maxLineBytes = MAX_LINE_BYTES,
  meaning?: PairsMeaning,
): Promise<PairsStats> {
  const stats: PairsStats = { lines: 0, errors: 0 };
  const context = meaning ? new EngineContext() : null;
  let block: ParsedLine[] = [];
  let blockChars = 0;
  const answer = async (results: readonly PairOutput[]): Promise<void> => {
    let chunk = '';
    for (const result of results) {
      stats.lines++;
      if ('error' in result) stats.errors++;
      chunk += formatOutput(result);
    }
    if (chunk) await writeWithBackpressure(output, chunk);
  };
  const flush = async (): Promise<void> => {
    if (block.length === 0) return;
    const lines = block;
    block = [];
    blockChars = 0;
    const texts: string[] = [];
    for (const l of lines) if ('a' in l) texts.push(...pairClaimTexts(l.a, l.b));
    const m = meaning as PairsMeaning;
    const ctx = context as EngineContext;
    const vectors = await m.vectorsFor(texts);
    if (!m.probabilitiesFor) {
      await answer(lines.map((l) => judgeParsed(l, (a, b) => judgePair(a, b, ctx, vectors))));
      return;
    }
    // Judged once without the cross-encoder: most judgements are final there, and it reads only
    // the pairs the rest wait on. A line that fails here is judged again below, where its error
    // gets its own output line.
    const before = new Map<ParsedLine, Judged>();
    const waiting: [string, string][] = [];
    for (const l of lines) {
      if (!('a' in l)) continue;
      try {
        const j = judgeBeforeCross(l.a, l.b, ctx, vectors);
        before.set(l, j);
        if (j.crossPair) waiting.push(j.crossPair);
      } catch {
        // answered by judgeParsed below
      }
    }
    const withCross: MeaningVectors = { ...vectors, pairProbability: judgedPairs(waiting, await m.probabilitiesFor(waiting)) };
    await answer(lines.map((l) => judgeParsed(l, (a, b) => {
      const j = before.get(l);
      return j !== undefined && j.crossPair === null ? j.judgement : judgePair(a, b, ctx, withCross);
    })));
  };
  let first = true;
  for await (const ev of cappedLines(input, maxLineBytes)) {
    if (ev.kind === 'binary') {
      await flush();
      throw inputError(ev.utf16
        ? `input line ${stats.lines + 1} looks like UTF-16; pairs reads UTF-8 JSON Lines`
        : `input line ${stats.lines + 1} holds a NUL byte: this is binary data, not JSON Lines`);
    }
    let parsed: ParsedLine;
    if (ev.kind === 'too-long') {
      parsed = { id: leadingId(ev.head) ?? 'null', error: `line longer than ${ev.limit / 1024 / 1024} MiB; not judged` };
    } else {
      parsed = parseLine(first ? ev.text.replace(/^\uFEFF/, '') : ev.text);
    }
    first = false;
    if (!meaning) {
      await answer([judgeParsed(parsed, judge)]);
      continue;
    }
    block.push(parsed);
    if ('a' in parsed) blockChars += parsed.a.length + parsed.b.length;
    if (block.length >= MEANING_BLOCK_LINES || blockChars >= MEANING_BLOCK_CHARS) await flush();
  }
  await flush();
  return stats;
}
