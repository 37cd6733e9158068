/**
 * Command-line parsing. Hand-written rather than `util.parseArgs` so every mistake gets our own
 * one-line message and exit status 2 (see errors.ts), and so `-` can stand for standard input.
 */
import { usageError, oneLine } from './errors';

export type Format = 'json' | 'text' | 'markdown' | 'html' | 'csv';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'html', 'csv'];
const FORMAT_ALIASES: Record<string, Format> = { md: 'markdown', htm: 'html' };

export type Command =
  | { kind: 'help'; topic: 'compare' | 'pairs' | null }
  | { kind: 'version' }
  | {
    kind: 'compare';
    /** Paths as given; `-` is standard input (at most once). */
    inputs: string[];
    format: Format;
    /** The report file; null for standard output (no --out, or `--out -`). */
    out: string | null;
    threshold: number | undefined;
    /** A decisions file (source-compare/decisions@1) to apply to the report, or null. */
    decisions: string | null;
    /** Also find counterparts by meaning with the sentence encoder (--meaning). */
    meaning: boolean;
    /** Leave silent corroboration entries out (CompareOptions.compact). */
    compact: boolean;
  }
  | { kind: 'pairs'; input: string | null; meaning: boolean };

const HELP_FLAGS = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-V']);

/** Splits `--name=value`; short options take their value from the next argument only. */
function splitOption(arg: string): [string, string | undefined] {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=');
    if (eq > 2) return [arg.slice(0, eq), arg.slice(eq + 1)];
  }
  return [arg, undefined];
}

function takeValue(name: string, inline: string | undefined, rest: string[]): string {
  if (inline !== undefined) return inline;
  const next = rest.shift();
  // A value may be '-' (stdin) or a negative number (so the range check can explain it).
  if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-[\d.]/.test(next))) {
    throw usageError(`option ${name} needs a value`);
  }
  return next;
}

export function parseFormat(value: string): Format {
  const v = value.toLowerCase();
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  const alias = FORMAT_ALIASES[v];
  if (alias) return alias;
  throw usageError(`unknown format '${oneLine(value)}' (expected one of: ${FORMATS.join(', ')})`);
}

function parseThreshold(value: string): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw usageError(`--threshold must be a number from 0 to 1, got '${oneLine(value)}'`);
  }
  return n;
}

function unknownOption(arg: string, command: string): never {
  throw usageError(`unknown option '${oneLine(arg)}' for ${command} (see 'source-compare ${command} --help')`);
}

/** Parses `process.argv.slice(2)`. Throws a usage `CliError` for anything it does not accept. */
export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  const first = args.shift();
  if (first === undefined) throw usageError("no command given (try 'source-compare --help')");
  if (HELP_FLAGS.has(first)) return { kind: 'help', topic: null };
  if (VERSION_FLAGS.has(first)) return { kind: 'version' };
  if (first === 'help') {
    const topic = args.shift();
    if (topic === undefined) return { kind: 'help', topic: null };
    if (topic === 'compare' || topic === 'pairs') return { kind: 'help', topic };
    throw usageError(`no help for unknown command '${oneLine(topic)}' (commands: compare, pairs)`);
  }
  if (first === 'compare') return parseCompare(args);
  if (first === 'pairs') return parsePairs(args);
  if (first.startsWith('-')) {
    throw usageError(`unknown option '${oneLine(first)}' (options go after the command; try 'source-compare --help')`);
  }
  throw usageError(`unknown command '${oneLine(first)}' (commands: compare, pairs; try 'source-compare --help')`);
}

function parseCompare(args: string[]): Command {
  const inputs: string[] = [];
  let format: Format = 'text';
  let out: string | null = null;
  let threshold: number | undefined;
  let decisions: string | null = null;
  let meaning = false;
  let compact = false;
  let optionsDone = false;
  while (args.length) {
    const arg = args.shift()!;
    if (optionsDone || arg === '-' || !arg.startsWith('-')) { inputs.push(arg); continue; }
    if (arg === '--') { optionsDone = true; continue; }
    const [name, inline] = splitOption(arg);
    if (HELP_FLAGS.has(name)) return { kind: 'help', topic: 'compare' };
    switch (name) {
      case '--format': case '-f': format = parseFormat(takeValue(name, inline, args)); break;
      case '--out': case '-o': out = takeValue(name, inline, args); break;
      case '--threshold': case '-t': threshold = parseThreshold(takeValue(name, inline, args)); break;
      case '--decisions': case '-d': decisions = takeValue(name, inline, args); break;
      case '--meaning': case '-m':
        if (inline !== undefined) throw usageError('--meaning takes no value');
        meaning = true;
        break;
      case '--compact':
        if (inline !== undefined) throw usageError('--compact takes no value');
        compact = true;
        break;
      default: unknownOption(arg, 'compare');
    }
  }
  if (inputs.length < 2) {
    throw usageError(`compare needs at least two articles, got ${inputs.length} (usage: source-compare compare A B [C …])`);
  }
  if (inputs.filter((p) => p === '-').length > 1) {
    throw usageError("standard input ('-') can be used for only one article");
  }
  if (out === '') throw usageError('--out needs a file name');
  if (decisions === '' || decisions === '-') throw usageError('--decisions needs a file name');
  // '-' is standard output, as everywhere on a command line (write to a file named - with ./-)
  return { kind: 'compare', inputs, format, out: out === '-' ? null : out, threshold, decisions, meaning, compact };
}

function parsePairs(args: string[]): Command {
  let input: string | null = null;
  let meaning = false;
  while (args.length) {
    const arg = args.shift()!;
    const [name, inline] = splitOption(arg);
    if (HELP_FLAGS.has(name)) return { kind: 'help', topic: 'pairs' };
    if (name === '--input' || name === '-i') { input = takeValue(name, inline, args); continue; }
    if (name === '--meaning' || name === '-m') {
      if (inline !== undefined) throw usageError('--meaning takes no value');
      meaning = true;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') unknownOption(arg, 'pairs');
    throw usageError(`pairs takes no file arguments, got '${oneLine(arg)}' (use --input FILE, or standard input)`);
  }
  return { kind: 'pairs', input: input === '-' ? null : input, meaning };
}
