/**
 * Where a report goes: standard output, or `--out FILE`. A file is written atomically — into a
 * temporary file in the same folder, renamed over FILE only once every byte is written — so a
 * failed or interrupted run never leaves half a report (or half an article: `--out` naming one of
 * the inputs is refused before anything is read). Devices and FIFOs (`--out /dev/null`, a named
 * pipe) cannot be renamed over and are written in place.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeSystemError, inputError, usageError, showPath } from './errors';

/** Something to write chunks to, in order; `close` finishes (for a file: renames it into place). */
export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  /** Drops what was written (a failed run): the temporary file is removed, FILE is left as it was. */
  abort(): Promise<void>;
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await fs.stat(path);
  } catch {
    return null;
  }
}

async function realOrSelf(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return path;
  }
}

/**
 * Refuses an output path that is one of the inputs: the same file by device and inode (a symlink,
 * a hard link, `./a.txt` for `a.txt`), or the same real path. Standard input (`-`) is never a file here.
 */
export async function checkOutputTarget(out: string, inputs: readonly string[]): Promise<void> {
  const target = await statOrNull(out);
  if (!target) return; // nothing there yet: it cannot be an input
  if (target.isDirectory()) throw inputError(`cannot write ${showPath(out)}: is a directory`);
  if (!target.isFile()) return; // /dev/null, a FIFO: writing there destroys no article
  const realOut = await realOrSelf(out);
  for (const input of inputs) {
    if (input === '-') continue;
    const st = await statOrNull(input);
    const same = st !== null && st.dev === target.dev && st.ino === target.ino;
    if (same || (await realOrSelf(input)) === realOut) {
      throw usageError(`--out ${showPath(out)} is the input ${showPath(input)}: refusing to overwrite an article (choose another file)`);
    }
  }
}

/** A sink on a writable stream, waiting for 'drain' when its buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream as NodeJS.EventEmitter, 'drain');
    },
    async close() { /* standard output stays open for the process */ },
    async abort() { /* already written */ },
  };
}

function writeError(path: string, e: unknown): never {
  throw inputError(`cannot write ${showPath(path)}: ${describeSystemError(e)}`);
}

/** Opens FILE for writing as described at the top of this module. */
export async function fileSink(path: string): Promise<Sink> {
  // Write where a symlink points (as writing through it would), not over the link itself.
  const existing = await statOrNull(path);
  const real = existing ? await realOrSelf(path) : path;
  const inPlace = existing !== null && !existing.isFile();
  const temp = inPlace ? real : join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { flags: inPlace ? 'w' : 'wx', mode: existing?.isFile() ? existing.mode & 0o777 : 0o666 });
  let failure: unknown = null;
  stream.on('error', (e) => { failure ??= e; });
  try {
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => { throw e; })]);
  } catch (e) {
    writeError(path, e);
  }
  const fail = (): never => writeError(path, failure);
  // 'close' follows the end of the data and the file's closing, and also an error.
  const finish = (): Promise<void> => new Promise((resolve) => {
    if (stream.closed) { resolve(); return; }
    stream.once('close', () => resolve());
    stream.end();
  });
  return {
    async write(chunk) {
      if (failure) fail();
      if (!stream.write(chunk)) {
        // one listener pair per wait, both removed after it (a long report waits thousands of times)
        await new Promise<void>((resolve) => {
          const done = (): void => { stream.off('drain', done); stream.off('error', done); resolve(); };
          stream.on('drain', done);
          stream.on('error', done);
        });
        if (failure) fail();
      }
    },
    async close() {
      await finish();
      if (failure) {
        if (!inPlace) await fs.unlink(temp).catch(() => undefined);
        fail();
      }
      if (inPlace) return;
      try {
        await fs.rename(temp, real);
      } catch (e) {
        await fs.unlink(temp).catch(() => undefined);
        writeError(path, e);
      }
    },
    async abort() {
      stream.destroy();
      if (!inPlace) await fs.unlink(temp).catch(() => undefined);
    },
  };
}
