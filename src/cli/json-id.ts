/**
 * The `id` of a `pairs` input line, as written: `JSON.parse` turns 12345678901234567890 into
 * 12345678901234567000 and 1.50 into 1.5, so the id is echoed from the line's own text instead.
 * These scanners run only on text `JSON.parse` has accepted (or on the head of an over-long line,
 * where every result is checked), so they need not validate.
 */

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** The index just after the string that starts at `i` (a `"`), or `s.length` if it does not end. */
function skipString(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5c) k++;
    else if (c === 0x22) return k + 1;
  }
  return s.length;
}

/** The index just after the JSON value that starts at `i`, or `s.length` if it does not end. */
function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return skipString(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      const ch = s[k];
      if (ch === '"') { k = skipString(s, k) - 1; continue; }
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return k + 1;
      }
    }
    return s.length;
  }
  let k = i;
  while (k < s.length && !',}] \t\r\n'.includes(s[k]!)) k++;
  return k;
}

function keyName(token: string): string | undefined {
  if (!token.includes('\\')) return token.slice(1, -1);
  try { return JSON.parse(token) as string; } catch { return undefined; }
}

/** A value's text without the whitespace between its tokens (an output line is one line). */
function compact(raw: string): string {
  if (!/[\s]/.test(raw)) return raw;
  let out = '';
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k]!;
    if (ch === '"') {
      const end = skipString(raw, k);
      out += raw.slice(k, end);
      k = end - 1;
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') out += ch;
  }
  return out;
}

/**
 * The text of the top-level member `key` of the JSON object in `line` (the last one, as
 * `JSON.parse` keeps the last of duplicate keys), compacted; undefined when there is none.
 */
export function rawMember(line: string, key: string): string | undefined {
  let i = skipSpace(line, 0);
  if (line[i] !== '{') return undefined;
  i = skipSpace(line, i + 1);
  let found: string | undefined;
  while (i < line.length && line[i] === '"') {
    const keyEnd = skipString(line, i);
    const name = keyName(line.slice(i, keyEnd));
    i = skipSpace(line, keyEnd);
    if (line[i] !== ':') return found;
    i = skipSpace(line, i + 1);
    const end = skipValue(line, i);
    if (name === key) found = line.slice(i, end);
    i = skipSpace(line, end);
    if (line[i] !== ',') break;
    i = skipSpace(line, i + 1);
  }
  return found === undefined ? undefined : compact(found);
}

/**
 * The id of an over-long line from its first bytes, when it is the object's first member and a
 * string or a number that ends within them (`{"id": "x", "a": …`); else undefined. Cheap by design:
 * the rest of the line is never read.
 */
export function leadingId(head: string): string | undefined {
  let i = skipSpace(head, 0);
  if (head[i] !== '{') return undefined;
  i = skipSpace(head, i + 1);
  if (head[i] !== '"') return undefined;
  const keyEnd = skipString(head, i);
  if (keyName(head.slice(i, keyEnd)) !== 'id') return undefined;
  i = skipSpace(head, keyEnd);
  if (head[i] !== ':') return undefined;
  i = skipSpace(head, i + 1);
  if (head[i] !== '"' && !/[-\d]/.test(head[i] ?? '')) return undefined;
  const end = skipValue(head, i);
  const after = skipSpace(head, end);
  if (after >= head.length || (head[after] !== ',' && head[after] !== '}')) return undefined;
  const token = head.slice(i, end);
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === 'string' ? JSON.stringify(value) : token;
  } catch {
    return undefined;
  }
}
