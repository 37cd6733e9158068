/**
 * The `source-compare` command line: reads files, calls the engine, writes a report.
 * `main()` takes its streams and environment as arguments so tests can run it in-process; the
 * bottom of this file wires it to the real process when run as a program.
 */
import { compare, EngineContext } from '../engine';
import type { CompareOptions } from '../engine';
import { renderChunks } from '../engine/render';
import { applyDecisions, parseDecisions } from '../engine/pipeline/decisions';
import { TablesError } from '../engine/lexicon/tables';
import { ensureEngineTables } from '../host/tables';
import { comparisonVectors, describeLoad, loadSentenceEncoder, textVectors } from '../host/encoder';
import { comparisonJudgements, describePairJudge, loadPairJudge } from '../host/cross-encoder';
import { parseArgs } from './args';
import type { Command } from './args';
import { CliError, EXIT, describeSystemError, inputError, oneLine, showPath } from './errors';
import { helpText, VERSION } from './help';
import { checkReadable, readArticle } from './io';
import { checkOutputTarget, fileSink, streamSink } from './output';
import type { Sink } from './output';
import { runPairs, writeWithBackpressure, type PairsMeaning } from './pairs';
import { promises as fs } from 'node:fs';

/** What the CLI touches of the outside world. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, wrapping width). */
  stdoutIsTTY: boolean;
  /** Terminal width, if known. */
  columns?: number;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

/**
 * Colour for text output: FORCE_COLOR wins (as in Node itself), then NO_COLOR (no-color.org),
 * then whether stdout is a terminal. A report written to --out is never coloured.
 */
export function wantColor(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>, toFile: boolean): boolean {
  if (toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false', 'no'].includes(force.toLowerCase());
  if (io.env.NO_COLOR) return false;
  return io.stdoutIsTTY;
}

function warn(io: CliIO, message: string): void {
  io.stderr.write(`source-compare: warning: ${message}\n`);
}

/** Reads data/vectors.bin and data/lexicon.json (beside dist/cli.js) into the engine, once. */
function loadEngineTables(): void {
  try {
    ensureEngineTables();
  } catch (e) {
    // A broken installation, not a bad input: one clear line, exit status 3.
    if (e instanceof TablesError) throw new CliError(e.message, EXIT.internal);
    throw e;
  }
}

/** Output is gathered into pieces of about this many characters before each write. */
const WRITE_BATCH = 64 * 1024;

/** Writes the chunks to the sink in batches; on any failure the sink is aborted (no half file). */
async function writeChunks(chunks: Iterable<string>, sink: Sink): Promise<void> {
  try {
    let batch = '';
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length >= WRITE_BATCH) {
        await sink.write(batch);
        batch = '';
      }
    }
    if (batch) await sink.write(batch);
    await sink.close();
  } catch (e) {
    await sink.abort();
    throw e;
  }
}

async function runCompare(cmd: Extract<Command, { kind: 'compare' }>, io: CliIO): Promise<number> {
  // Before anything is read: --out naming an input would destroy the article.
  if (cmd.out !== null) await checkOutputTarget(cmd.out, cmd.inputs);
  const articles = [];
  // Sequential on purpose: errors are reported for the first bad input in the order given.
  for (const path of cmd.inputs) {
    const { article, decoded } = await readArticle(path, io.stdin);
    if (decoded.replaced > 0) {
      warn(io, `${showPath(article.path)}: ${decoded.replaced} invalid UTF-8 sequence(s) replaced with U+FFFD`);
    }
    articles.push(article);
  }
  const options: CompareOptions = {};
  if (cmd.threshold !== undefined) options.matchThreshold = cmd.threshold;
  if (cmd.compact) options.compact = true;
  loadEngineTables();
  if (cmd.meaning) {
    // only the claims the words leave without a counterpart are embedded; the comparison by words
    // that finds them shares its context with the one below, which reuses what it found
    options.context = new EngineContext();
    const load = await loadSentenceEncoder();
    if (load.encoder === null) warn(io, `${describeLoad(load)}: comparing by words only`);
    else {
      const meaning = await comparisonVectors(load.encoder, articles, options);
      // claims said inside longer claims of another article: the cross-encoder reads the parts
      const cross = await loadPairJudge();
      if (cross.judge === null) warn(io, `${describePairJudge(cross)}: claims said inside longer ones are not looked for`);
      options.meaning = cross.judge === null ? meaning : await comparisonJudgements(cross.judge, articles, { ...options, meaning });
    }
  }
  let report = compare(articles, options);
  if (cmd.decisions !== null) {
    await checkReadable(cmd.decisions);
    let decisions;
    try {
      decisions = parseDecisions(await fs.readFile(cmd.decisions, 'utf8'));
    } catch (e) {
      throw inputError(`${showPath(cmd.decisions)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    report = applyDecisions(report, articles, decisions, options);
  }
  const chunks = renderChunks(report, cmd.format, {
    color: wantColor(io, cmd.out !== null),
    width: cmd.out === null && io.columns ? io.columns : undefined,
    texts: articles.map((a) => a.text),
  });
  await writeChunks(chunks, cmd.out !== null ? await fileSink(cmd.out) : streamSink(io.stdout));
  return EXIT.ok;
}

async function runPairsCommand(cmd: Extract<Command, { kind: 'pairs' }>, io: CliIO): Promise<number> {
  loadEngineTables();
  let input = io.stdin;
  if (cmd.input !== null) {
    await checkReadable(cmd.input);
    // Opening before streaming turns a permission error into one clear line, not a stream event.
    let handle;
    try {
      handle = await fs.open(cmd.input, 'r');
    } catch (e) {
      throw inputError(`cannot read ${showPath(cmd.input)}: ${describeSystemError(e)}`);
    }
    input = handle.createReadStream();
  }
  let meaning: PairsMeaning | undefined;
  if (cmd.meaning) {
    const load = await loadSentenceEncoder();
    if (load.encoder) {
      const encoder = load.encoder;
      const cross = await loadPairJudge();
      const judge = cross.judge;
      if (!judge) warn(io, `${describePairJudge(cross)}: single sentences judged by their vectors only`);
      // The caches would only grow over a long batch: each block's texts are embedded once.
      meaning = {
        vectorsFor: async (texts) => {
          const vectors = await textVectors(encoder, texts);
          encoder.clearCache();
          return vectors;
        },
        probabilitiesFor: judge
          ? async (pairs) => {
            const ps = await judge.probabilities(pairs);
            judge.clearCache();
            return ps;
          }
          : undefined,
      };
    } else {
      warn(io, `${describeLoad(load)}: judging by words only`);
    }
  }
  await runPairs(input, io.stdout, undefined, undefined, meaning);
  return EXIT.ok;
}

/** Runs the CLI; resolves to the exit status. Never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'help': await writeWithBackpressure(io.stdout, helpText(cmd.topic)); return EXIT.ok;
      case 'version': await writeWithBackpressure(io.stdout, `${VERSION}\n`); return EXIT.ok;
      case 'compare': return await runCompare(cmd, io);
      case 'pairs': return await runPairsCommand(cmd, io);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`source-compare: ${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EPIPE') return EXIT.ok; // the reader went away (`| head`): nothing left to do
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.stderr.write(`source-compare: internal error: ${oneLine(why)}\n`);
    if (io.env.SOURCE_COMPARE_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT.internal;
  }
}

if (require.main === module) {
  // A closed pipe (`source-compare … | head`) is a normal way for a reader to say "enough".
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`source-compare: cannot write output: ${oneLine(err.message)}\n`);
    process.exit(EXIT.input);
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
