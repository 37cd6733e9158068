/**
 * Running the built CLI (dist/cli.js) from tests. SOURCE_COMPARE_CLI may point at another build.
 * When the bundle is absent the CLI tests skip with a reason instead of failing (`npm test` builds
 * first, so in CI it is always there).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = process.env.SOURCE_COMPARE_CLI ? resolve(process.env.SOURCE_COMPARE_CLI) : join(REPO, 'dist', 'cli.js');
export const DENY_NETWORK = join(__dirname, 'deny-network.cjs');

/** A reason to skip CLI tests, or undefined when the CLI can run. */
export function cliMissing(): string | undefined {
  return existsSync(CLI) ? undefined : `${CLI} is absent (run npm run build)`;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed for exceeding `timeoutMs`. */
  timedOut: boolean;
}

export interface RunOptions {
  /** Extra node flags before the script, e.g. ['--require', DENY_NETWORK]. */
  nodeArgs?: string[];
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  timeoutMs?: number;
  cwd?: string;
}

/** Spawns `node [nodeArgs] dist/cli.js args…`, collecting output; never rejects. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((done) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...opts.env };
    delete env.SOURCE_COMPARE_DEBUG;
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
      cwd: opts.cwd ?? REPO,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = opts.timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeoutMs) : undefined;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => { /* the CLI may exit before reading stdin */ });
    child.stdin.end(opts.input ?? '');
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

/** A fresh temp dir, removed by the returned cleanup function. */
export function tempDir(prefix = 'source-compare-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** No stack-trace frames ("    at f (file:1:2)") anywhere in the text. */
export function hasStackFrames(text: string): boolean {
  return text.split(/\r?\n/).some((l) => /^\s+at\s/.test(l));
}
