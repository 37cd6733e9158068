/** Argument parsing and help: every option documented, every mistake a usage error (exit 2). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';
import { helpText } from '../../src/cli/help';
import { wantColor } from '../../src/cli/main';
import { runCli } from './helpers';

function usage(argv: string[], pattern: RegExp): void {
  assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof CliError && e.exitCode === 2 && pattern.test(e.message));
}

describe('parseArgs', () => {
  it('parses compare with every option spelling', () => {
    assert.deepEqual(parseArgs(['compare', 'a', 'b']), { kind: 'compare', inputs: ['a', 'b'], format: 'text', out: null, threshold: undefined, decisions: null, meaning: false, compact: false });
    assert.deepEqual(parseArgs(['compare', '--format', 'md', 'a', '-o', 'r.md', 'b', '--threshold=0.7', 'c']),
      { kind: 'compare', inputs: ['a', 'b', 'c'], format: 'markdown', out: 'r.md', threshold: 0.7, decisions: null, meaning: false, compact: false });
    assert.deepEqual(parseArgs(['compare', '-f', 'HTML', '-t', '0', '-', 'b', '--out=x.html']),
      { kind: 'compare', inputs: ['-', 'b'], format: 'html', out: 'x.html', threshold: 0, decisions: null, meaning: false, compact: false });
    assert.deepEqual(parseArgs(['compare', 'a', '--', '-b', '--format']),
      { kind: 'compare', inputs: ['a', '-b', '--format'], format: 'text', out: null, threshold: undefined, decisions: null, meaning: false, compact: false });
    assert.equal((parseArgs(['compare', 'a', 'b', '-f', 'CSV']) as { format: string }).format, 'csv');
    assert.equal((parseArgs(['compare', 'a', 'b', '--meaning']) as { meaning: boolean }).meaning, true);
    assert.equal((parseArgs(['compare', '-m', 'a', 'b']) as { meaning: boolean }).meaning, true);
  });

  it('parses pairs, help and version', () => {
    assert.deepEqual(parseArgs(['pairs']), { kind: 'pairs', input: null, meaning: false });
    assert.deepEqual(parseArgs(['pairs', '-i', 'x.jsonl']), { kind: 'pairs', input: 'x.jsonl', meaning: false });
    assert.deepEqual(parseArgs(['pairs', '--input', '-']), { kind: 'pairs', input: null, meaning: false });
    assert.deepEqual(parseArgs(['pairs', '--meaning', '-i', 'x.jsonl']), { kind: 'pairs', input: 'x.jsonl', meaning: true });
    assert.deepEqual(parseArgs(['pairs', '-m']), { kind: 'pairs', input: null, meaning: true });
    for (const a of [['--help'], ['-h'], ['help']]) assert.deepEqual(parseArgs(a), { kind: 'help', topic: null });
    assert.deepEqual(parseArgs(['help', 'pairs']), { kind: 'help', topic: 'pairs' });
    assert.deepEqual(parseArgs(['compare', 'a', '--help']), { kind: 'help', topic: 'compare' });
    assert.deepEqual(parseArgs(['pairs', '-h']), { kind: 'help', topic: 'pairs' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
  });

  it('rejects mistakes as usage errors', () => {
    usage([], /no command given/);
    usage(['pairs', '--meaning=yes'], /--meaning takes no value/);
    usage(['diff'], /unknown command 'diff'/);
    usage(['help', 'diff'], /unknown command 'diff'/);
    usage(['compare', 'a'], /at least two articles, got 1/);
    usage(['compare', 'a', 'b', '--format', 'docx'], /unknown format 'docx'/);
    usage(['compare', 'a', 'b', '--format'], /--format needs a value/);
    usage(['compare', 'a', 'b', '--out', '--format'], /--out needs a value/);
    usage(['compare', 'a', 'b', '-t', 'high'], /--threshold must be a number from 0 to 1/);
    usage(['compare', 'a', 'b', '-t', '-0.1'], /--threshold must be a number from 0 to 1, got '-0.1'/);
    usage(['compare', 'a', 'b', '-x'], /unknown option '-x' for compare/);
    usage(['compare', '-', '-'], /only one article/);
    usage(['pairs', 'x.jsonl'], /takes no file arguments/);
    usage(['pairs', '--verbose'], /unknown option '--verbose' for pairs/);
  });
});

describe('help and version', () => {
  it('documents every command and option', () => {
    const all = helpText(null) + helpText('compare') + helpText('pairs');
    for (const word of ['compare', 'pairs', 'help', '--help', '-h', '--version', '--format', '-f', '--out', '-o',
      '--threshold', '-t', '--input', '-i', 'json', 'text', 'markdown', 'html', 'csv', 'NO_COLOR', 'FORCE_COLOR', 'Exit status']) {
      assert.ok(all.includes(word), `help mentions ${word}`);
    }
  });

  it('--help, -h, help, help compare print to stdout and exit 0', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['help', 'compare'], ['compare', '--help'], ['pairs', '-h']]) {
      const r = runCli(argv);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /Usage:/);
    }
  });

  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe('colour decision', () => {
  it('FORCE_COLOR beats NO_COLOR beats the TTY; files are never coloured', () => {
    assert.equal(wantColor({ env: {}, stdoutIsTTY: true }, false), true);
    assert.equal(wantColor({ env: {}, stdoutIsTTY: false }, false), false);
    assert.equal(wantColor({ env: { NO_COLOR: '1' }, stdoutIsTTY: true }, false), false);
    assert.equal(wantColor({ env: { NO_COLOR: '' }, stdoutIsTTY: true }, false), true);
    assert.equal(wantColor({ env: { FORCE_COLOR: '1', NO_COLOR: '1' }, stdoutIsTTY: false }, false), true);
    assert.equal(wantColor({ env: { FORCE_COLOR: '0' }, stdoutIsTTY: true }, false), false);
    assert.equal(wantColor({ env: { FORCE_COLOR: '1' }, stdoutIsTTY: true }, true), false);
  });
});
