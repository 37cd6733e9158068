/**
 * Reading articles: files or standard input, decoded to the exact text the engine's offsets index
 * (design.md: UTF-8 with the BOM removed, line endings kept). Binary input is refused with a clear
 * message instead of being compared as noise.
 */
import { promises as fs } from 'node:fs';
import type { ArticleInput } from '../engine';
import { describeSystemError, inputError, showPath } from './errors';
import type { CliError } from './errors';

/** Inputs larger than this are refused: news articles are kilobytes, this is a safety net. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Above this share of NUL bytes a BOM-less file is binary (or UTF-16 without a BOM). */
const MAX_NUL_SHARE = 0.01;
/** Above this share of invalid UTF-8 sequences and control characters, the file is not text. */
const MAX_NOISE_SHARE = 0.1;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** How many invalid sequences were replaced by U+FFFD. */
  replaced: number;
}

/** Thrown (as a message) when the bytes are not text; `decodeText` callers add the file name. */
export class NotTextError extends Error {}

function countByte(bytes: Uint8Array, value: number): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === value) n++;
  return n;
}

/** Occurrences of the byte sequence EF BF BD (a real U+FFFD in the source, not a replacement). */
function countEncodedReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Control characters that never occur in prose (tab, newlines, form feed and ESC excepted). */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) n++;
  }
  return n;
}

/** UTF-16 text saved without a BOM: ASCII letters leave every other byte zero. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  return (oddZero > 0.7 * half && evenZero < 0.05 * half) || (evenZero > 0.7 * half && oddZero < 0.05 * half);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): Decoded {
  const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
  if (bigEndian) body.swap16();
  let text = body.toString('utf16le');
  let replaced = 0;
  if ((bytes.length - 2) % 2 === 1) { text += '\uFFFD'; replaced++; }
  return { text, encoding: bigEndian ? 'utf-16be' : 'utf-16le', replaced };
}

/**
 * Decodes a file's bytes: UTF-8 (BOM stripped), or UTF-16 LE/BE when it starts with their BOM.
 * Invalid UTF-8 in mostly-text input is replaced by U+FFFD (offsets stay meaningful);
 * input that is mostly NULs, controls or invalid sequences throws `NotTextError`.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let decoded: Decoded;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decodeUtf16(bytes, false);
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decodeUtf16(bytes, true);
  else {
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    const nul = countByte(body, 0);
    if (nul > 0 && nul / body.length > MAX_NUL_SHARE) {
      throw new NotTextError(looksLikeBomlessUtf16(body)
        ? 'looks like UTF-16 without a byte-order mark; save it as UTF-8'
        : 'is a binary file, not text');
    }
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    const replaced = Math.max(0, countChar(text, '\uFFFD') - countEncodedReplacementChars(body));
    decoded = { text, encoding: 'utf-8', replaced };
  }
  const noise = decoded.replaced + countControls(decoded.text);
  if (noise > 0 && noise / Math.max(1, decoded.text.length) > MAX_NOISE_SHARE) {
    throw new NotTextError('is a binary file, not text (too many invalid or control characters)');
  }
  return decoded;
}

function tooLarge(what: string): CliError {
  return inputError(`${what} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
}

/** Reads a whole stream into one buffer, stopping as soon as more than MAX_INPUT_BYTES have arrived. */
export async function readAll(stream: NodeJS.ReadableStream, what = 'standard input'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooLarge(what);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** How much one read asks for: a large article in a few calls, little waste on a small one. */
const READ_CHUNK = 1024 * 1024;

/**
 * Reads a file of any kind — regular, character device (/dev/zero, /dev/urandom), FIFO, process
 * substitution — counting the bytes actually read: the size a `stat` reports is 0 for all but the
 * first, so it cannot be the cap. More than MAX_INPUT_BYTES is refused as soon as it has arrived.
 */
export async function readCapped(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (e) {
    throw inputError(`cannot read ${showPath(path)}: ${describeSystemError(e)}`);
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(READ_CHUNK);
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buf, 0, READ_CHUNK, null));
      } catch (e) {
        throw inputError(`cannot read ${showPath(path)}: ${describeSystemError(e)}`);
      }
      if (n === 0) break;
      size += n;
      if (size > MAX_INPUT_BYTES) throw inputError(`cannot read ${showPath(path)}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
      chunks.push(n === READ_CHUNK ? buf : Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, size);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Checks a path names something readable that is not a directory, before a stream is opened on it
 * (stream errors arrive late and out of order; this gives one clear message up front).
 */
export async function checkReadable(path: string): Promise<void> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (e) {
    throw inputError(`cannot read ${showPath(path)}: ${describeSystemError(e)}`);
  }
  if (st.isDirectory()) throw inputError(`cannot read ${showPath(path)}: is a directory`);
  if (st.isFile() && st.size > MAX_INPUT_BYTES) {
    throw inputError(`cannot read ${showPath(path)}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
  }
}

/** Label used as the document path for an article read from standard input. */
export const STDIN_LABEL = '<stdin>';

export interface ReadArticleResult {
  article: ArticleInput;
  decoded: Decoded;
}

/** Reads and decodes one article; `-` reads `stdin`. Throws an input `CliError` on any failure. */
export async function readArticle(path: string, stdin: NodeJS.ReadableStream): Promise<ReadArticleResult> {
  const label = path === '-' ? STDIN_LABEL : path;
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readAll(stdin);
  } else {
    await checkReadable(path);
    // Not-regular files (pipes, process substitution, devices) are read too, up to the same cap.
    bytes = await readCapped(path);
  }
  try {
    const decoded = decodeText(bytes);
    return { article: { path: label, text: decoded.text }, decoded };
  } catch (e) {
    if (e instanceof NotTextError) throw inputError(`cannot compare ${showPath(label)}: ${e.message}`);
    throw e;
  }
}
