/** The report exactly as the schema defines it, pretty-printed (2 spaces), newline-terminated. */
import type { Report } from '../report/types';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The same bytes as `renderJson`, in pieces of about one claim: the report of 400 documents (or of
 * one 10 MB article) is longer than the longest string V8 can make, and need not be held at once.
 * Objects and arrays down to the claims are written here, the way `JSON.stringify(x, null, 2)`
 * lays them out; each claim (and anything below the claims) by `JSON.stringify` itself, re-indented.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  yield* pretty(report, '', 0);
  yield '\n';
}

/** Depth of the values written by JSON.stringify whole: report 0, documents 1, a document 2, claims 3. */
const WHOLE_FROM_DEPTH = 4;

function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function* pretty(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= WHOLE_FROM_DEPTH || value === null || typeof value !== 'object'
    || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // JSON escapes every line break inside strings, so each LF here is layout: indent it
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) { yield '[]'; return; }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const v: unknown = value[i];
      if (skipped(v)) yield 'null';
      else yield* pretty(v, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !skipped(record[k]));
  if (keys.length === 0) { yield '{}'; return; }
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: `;
    yield* pretty(record[keys[i]!], inner, depth + 1);
  }
  yield `\n${indent}}`;
}
