/**
 * No network, ever (design.md: the engine is pure; the CLI reads files). The CLI runs with a
 * preload (test/support/deny-network.cjs) that replaces every socket, DNS, http(s), http2, fetch,
 * undici and UDP entry point with one that records the attempt to $SOURCE_COMPARE_NET_LOG and
 * throws. Every run must succeed and record nothing. Positive controls first prove the preload
 * really catches each API (so an empty log means something). In-process, the same patch guards
 * compare() and judgePair().
 */
import '../support/tables';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, DENY_NETWORK, REPO, cliMissing, runCli, tempDir } from '../support/cli';
import { ARTICLE_A, ARTICLE_B, UNRELATED } from '../support/text';
import { EMOJI_A } from '../support/hostile';

interface DenyNetwork { LOG_ENV: string; attempts(): Array<{ api: string; target: string }> }

const skip = cliMissing();
let tmp: { dir: string; cleanup: () => void };
let log: string;
let a: string;
let b: string;
let c: string;
let pairsFile: string;
before(() => {
  tmp = tempDir();
  log = join(tmp.dir, 'network-attempts.jsonl');
  a = join(tmp.dir, 'a.txt');
  b = join(tmp.dir, 'b.md');
  c = join(tmp.dir, 'c.txt');
  writeFileSync(a, ARTICLE_A);
  writeFileSync(b, ARTICLE_B);
  writeFileSync(c, UNRELATED);
  pairsFile = join(tmp.dir, 'pairs.jsonl');
  writeFileSync(pairsFile, [
    { id: 'p1', a: 'The council said 40 people left on Wednesday.', b: 'Forty people left on Wednesday, the council said.' },
    { id: 'p2', a: ARTICLE_A, b: ARTICLE_B },
    { id: 'p3', a: EMOJI_A, b: 'https://example.invalid/ http://127.0.0.1:9/ localhost:80' },
  ].map((x) => JSON.stringify(x)).join('\n') + '\nnot json\n');
});
after(() => tmp.cleanup());

function recorded(): string {
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

const preload = () => ({ nodeArgs: ['--require', DENY_NETWORK], env: { SOURCE_COMPARE_NET_LOG: log, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' }, timeoutMs: 60_000 });

// ------------------------------------------------------------------------------------------------
// Positive controls: the preload catches every API it claims to (otherwise "nothing recorded"
// would prove nothing).
// ------------------------------------------------------------------------------------------------

const PROBES: Record<string, string> = {
  'net.connect': "require('net').connect(9, '127.0.0.1')",
  'net.createConnection': "require('net').createConnection({ port: 9, host: '127.0.0.1' })",
  'net.Socket.connect': "new (require('net').Socket)().connect(9, '127.0.0.1')",
  'tls.connect': "require('tls').connect(443, 'example.invalid')",
  'dns.lookup': "require('dns').lookup('example.invalid', () => {})",
  'dns.resolve4': "require('dns').resolve4('example.invalid', () => {})",
  'dns.promises.lookup': "await require('dns').promises.lookup('example.invalid')",
  'dns/promises.resolve': "await require('dns/promises').resolve('example.invalid')",
  'http.get': "require('http').get('http://127.0.0.1:9/')",
  'http.request': "require('http').request('http://127.0.0.1:9/')",
  'https.request': "require('https').request('https://example.invalid/')",
  'http2.connect': "require('http2').connect('https://example.invalid')",
  'globalThis.fetch': "await fetch('http://127.0.0.1:9/')",
  'undici.fetch': `await require(${JSON.stringify(join(REPO, 'node_modules', 'undici'))}).fetch('http://127.0.0.1:9/')`,
  'dgram.createSocket': "require('dgram').createSocket('udp4')",
};

test('deny-network preload records and refuses every network API', { timeout: 120_000 }, () => {
  for (const [api, code] of Object.entries(PROBES)) {
    if (api === 'undici.fetch' && !existsSync(join(REPO, 'node_modules', 'undici'))) continue;
    const probeLog = join(tmp.dir, `probe-${api.replace(/[^\w.]/g, '_')}.jsonl`);
    const script = `(async () => { try { ${code}; console.log('NOT DENIED'); } catch (e) { console.log('denied: ' + e.message); } })()`;
    const r = spawnSync(process.execPath, ['--require', DENY_NETWORK, '-e', script], {
      env: { ...process.env, SOURCE_COMPARE_NET_LOG: probeLog },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.match(r.stdout, /denied: network access denied/, `${api}: refused (stdout ${r.stdout}, stderr ${r.stderr.slice(0, 300)})`);
    assert.ok(existsSync(probeLog) && readFileSync(probeLog, 'utf8').trim().length > 0, `${api}: attempt recorded`);
  }
});

// ------------------------------------------------------------------------------------------------
// The CLI under the preload.
// ------------------------------------------------------------------------------------------------

for (const format of ['json', 'text', 'markdown', 'html']) {
  test(`CLI compare --format ${format} makes no network attempt`, { skip, timeout: 90_000 }, async () => {
    const before = recorded();
    const r = await runCli(['compare', a, b, c, '--format', format], preload());
    assert.equal(r.code, 0, `exit 0; stderr: ${r.stderr}`);
    assert.ok(r.stdout.length > 0);
    const out = join(tmp.dir, `report.${format}`);
    const w = await runCli(['compare', a, b, '--format', format, '--out', out], preload());
    assert.equal(w.code, 0, `--out: exit 0; stderr: ${w.stderr}`);
    assert.equal(recorded(), before, `network attempts recorded:\n${recorded()}`);
  });
}

test('CLI compare from standard input makes no network attempt', { skip, timeout: 60_000 }, async () => {
  const r = await runCli(['compare', '-', a, '--format', 'json'], { ...preload(), input: ARTICLE_B });
  assert.equal(r.code, 0, `exit 0; stderr: ${r.stderr}`);
  assert.equal(recorded(), '', `network attempts recorded:\n${recorded()}`);
});

test('CLI pairs (file and stdin) makes no network attempt', { skip, timeout: 60_000 }, async () => {
  const r = await runCli(['pairs', '--input', pairsFile], preload());
  assert.equal(r.code, 0, `exit 0; stderr: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 4, 'one output line per input line');
  const s = await runCli(['pairs'], { ...preload(), input: readFileSync(pairsFile) });
  assert.equal(s.code, 0, `stdin: exit 0; stderr: ${s.stderr}`);
  assert.equal(s.stdout, r.stdout, 'stdin and --input give the same lines');
  assert.equal(recorded(), '', `network attempts recorded:\n${recorded()}`);
});

test('CLI help, version and error paths make no network attempt', { skip, timeout: 60_000 }, async () => {
  for (const args of [['--help'], ['--version'], ['compare', a], ['compare', a, join(tmp.dir, 'missing.txt')], ['bogus']]) {
    const r = await runCli(args, preload());
    assert.ok(r.code !== null && r.code <= 2, `${args.join(' ')}: exit ${r.code}; stderr ${r.stderr}`);
  }
  assert.equal(recorded(), '', `network attempts recorded:\n${recorded()}`);
});

test('the preload is active in child processes (a connect fails and is recorded)', { skip, timeout: 30_000 }, () => {
  // Guard against a false pass: the preload must be active in the child (it records its pid).
  const selfLog = join(tmp.dir, 'self.jsonl');
  const r = spawnSync(process.execPath, ['--require', DENY_NETWORK, '-e', "require('net').connect(1)"], { env: { ...process.env, SOURCE_COMPARE_NET_LOG: selfLog }, encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(readFileSync(selfLog, 'utf8'), /"api":"net.connect"/);
  assert.ok(existsSync(CLI));
});

// ------------------------------------------------------------------------------------------------
// In-process: the engine itself.
// ------------------------------------------------------------------------------------------------

test('compare() and judgePair() in-process make no network attempt', async () => {
  // The preload is CommonJS and patches node:net & co. in this very process.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const deny = require('../support/deny-network.cjs') as DenyNetwork;
  const { compare, judgePair } = await import('../../src/engine');
  const start = deny.attempts().length;
  const report = compare([{ path: 'a', text: ARTICLE_A }, { path: 'b', text: ARTICLE_B }, { path: 'c', text: 'See https://example.invalid/story and www.example.invalid.' }]);
  assert.equal(report.documents.length, 3);
  judgePair(ARTICLE_A, ARTICLE_B);
  judgePair('http://127.0.0.1:9/', 'mailto:someone@example.invalid');
  assert.deepEqual(deny.attempts().slice(start), [], 'no network attempt in-process');
  // And the patch is live in this process.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  assert.throws(() => (require('node:net') as typeof import('node:net')).connect(9, '127.0.0.1'), /network access denied/);
  assert.equal(deny.attempts().length, start + 1);
});
