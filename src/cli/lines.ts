/**
 * Lines of a byte stream with a cap on each line's length, counted in bytes as they arrive: a
 * 600 MB line (or `--input /dev/zero`) must never be gathered into memory. `readline` has no such
 * cap: it buffers a line until its end, however far away that is.
 *
 * A line is what ends at LF (a CR before it is dropped), or the last bytes of the stream. A line
 * over the cap is reported once, when the cap is passed, with the first bytes of it (enough to find
 * its id); the rest of it is read and dropped up to its end. A NUL byte ends the reading: JSON Lines
 * text never contains one (JSON escapes every control character), so the input is binary, or UTF-16.
 */

export type LineEvent =
  | { kind: 'line'; text: string }
  | { kind: 'too-long'; head: string; limit: number }
  | { kind: 'binary'; utf16: boolean };

/** How much of an over-long line is kept, to recover its id cheaply. */
export const HEAD_BYTES = 4096;

const LF = 0x0a;
const CR = 0x0d;

/** Joins the pieces of one line and decodes them (UTF-8; invalid sequences become U+FFFD, as readline does). */
function decode(parts: Buffer[], size: number): string {
  const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === CR) end--;
  return bytes.toString('utf8', 0, end);
}

/** Whether bytes look like UTF-16 text (every other byte zero), for the message about NULs. */
function looksUtf16(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > 0.7 * (n / 2) && Math.min(even, odd) < 0.05 * (n / 2);
}

/** Yields the stream's lines; `maxLineBytes` is the cap on one line (without its LF). */
export async function* cappedLines(input: AsyncIterable<unknown>, maxLineBytes: number): AsyncGenerator<LineEvent> {
  let parts: Buffer[] = [];
  let size = 0;
  /** Bytes of the current line seen so far, kept or not. */
  let seen = 0;
  let skipping = false;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
    const nul = buf.indexOf(0);
    const usable = nul >= 0 ? buf.subarray(0, nul) : buf;
    let from = 0;
    while (from <= usable.length) {
      const nl = usable.indexOf(LF, from);
      const end = nl >= 0 ? nl : usable.length;
      const piece = usable.subarray(from, end);
      seen += piece.length;
      if (!skipping) {
        if (seen > maxLineBytes) {
          // keep the line's first bytes for its id, then drop the rest of it as it comes
          const head = Buffer.concat([...parts, piece], size + piece.length).subarray(0, HEAD_BYTES);
          parts = [];
          size = 0;
          skipping = true;
          yield { kind: 'too-long', head: head.toString('utf8'), limit: maxLineBytes };
        } else if (piece.length > 0) {
          parts.push(Buffer.from(piece)); // a copy: the chunk must not stay alive for a short line
          size += piece.length;
        }
      }
      if (nl < 0) break;
      if (!skipping) yield { kind: 'line', text: decode(parts, size) };
      parts = [];
      size = 0;
      seen = 0;
      skipping = false;
      from = nl + 1;
    }
    if (nul >= 0) {
      const sample = buf.subarray(Math.max(0, nul - 256) & ~1, nul + 256);
      yield { kind: 'binary', utf16: looksUtf16(sample) };
      return;
    }
  }
  if (!skipping && size > 0) yield { kind: 'line', text: decode(parts, size) };
}
