/**
 * Errors the CLI reports as one line on stderr, with the exit status they carry.
 * Anything else that escapes is an internal error (exit 3) — still one line, never a stack trace.
 */

/** Exit statuses, documented in `--help`. */
export const EXIT = {
  ok: 0,
  /** A file is missing, unreadable, binary, or the output cannot be written. */
  input: 1,
  /** The command line is wrong: unknown command/option/format, missing arguments. */
  usage: 2,
  /** A bug: something threw that we did not expect. */
  internal: 3,
} as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

export function inputError(message: string): CliError {
  return new CliError(message, EXIT.input);
}

// C0/C1 controls and bidi overrides: a file name or message printed to a terminal must not be able
// to move the cursor, recolour it, or reorder what the user reads.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes any text (a path, an OS error) safe to print inside a one-line message. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_CHARS, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '?'));
}

/** A path as shown in messages: quoted only when it needs to be. */
export function showPath(path: string): string {
  const safe = oneLine(path);
  return /^[\w./\\:@+,-]+$/.test(safe) ? safe : `'${safe}'`;
}

/** The short reason of a Node system error ("no such file or directory"), without the stack. */
export function describeSystemError(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a parent of it is not a directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on device';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return oneLine(e instanceof Error ? e.message : String(err));
  }
}
