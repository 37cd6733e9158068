/** Shared helpers for the CLI tests: run the built CLI, find fixtures, check error output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args` (built by `npm run build` before the tests). */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined> } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure must be exactly one `source-compare: …` line on stderr, no stack, no stdout. */
export function assertOneLineError(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, `exit code (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^source-compare: [^\n]+\n$/, `one line on stderr, got: ${JSON.stringify(r.stderr)}`);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /\bat .+:\d+:\d+/, 'no stack trace');
  assert.doesNotMatch(r.stderr, /Error:|TypeError|ENOENT|EISDIR/, 'no raw error names or codes');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'source-compare-cli-'));
}

/**
 * Checks that an HTML page can load or run nothing: no element that fetches or embeds, no event
 * handler attribute, every src/href/action attribute either absent or a link within the page.
 * Attribute values are decoded by the browser, so escaped article text inside aria-label or title
 * ("&lt;img src=http://…&gt;") is inert and allowed; only attribute names and URL attributes count.
 */
export function assertInertHtml(html: string, options: { allowScript?: boolean } = {}): void {
  const forbidden = options.allowScript
    ? /<(img|iframe|link|object|embed|video|audio|source|base|form)\b|@import|url\(/i
    : /<(script|img|iframe|link|object|embed|video|audio|source|base|form)\b|@import|url\(/i;
  assert.doesNotMatch(html, forbidden);
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    for (const m of tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) {
      const [, name, value = ''] = m;
      assert.doesNotMatch(name, /^on/i, `no event handler attribute: ${tag}`);
      if (/^(src|href|action|formaction|srcset|poster|xlink:href)$/i.test(name)) {
        assert.match(value, /^#[\w-]+$/, `only links within the page: ${tag}`);
      }
    }
  }
}

/**
 * A strict RFC 4180 parser for checking our CSV: records end with CRLF, fields are either bare
 * (no quote, comma, CR or LF) or quoted with inner quotes doubled. Throws on anything else.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < csv.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (csv[i] === '"') {
        i++;
        for (;;) {
          if (i >= csv.length) throw new Error('unterminated quoted field');
          if (csv[i] === '"') {
            if (csv[i + 1] === '"') { field += '"'; i += 2; continue; }
            i++;
            break;
          }
          field += csv[i++];
        }
      } else {
        while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
          if (csv[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
          field += csv[i++];
        }
      }
      row.push(field);
      if (csv[i] === ',') { i++; continue; }
      if (csv[i] === '\r' && csv[i + 1] === '\n') { i += 2; break; }
      throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(csv.slice(i, i + 10))}`);
    }
    rows.push(row);
  }
  return rows;
}
