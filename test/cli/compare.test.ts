/**
 * `compare` end to end through the built CLI: every format, the decoding rules, --out, standard
 * input, and every error path. The engine is a stub while it is being written, so these tests
 * check structure and contracts (schema, offsets, escaping), never particular labels.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CLI, ROOT, fixture, runCli, assertInertHtml, assertOneLineError, parseCsv, tempDir } from './helpers';
import type { Report } from '../../src/engine';

const HERALD = fixture('ferry-herald.md');
const COURIER = fixture('ferry-courier.md');
const WIRE = fixture('ferry-wire.txt');
const HOSTILE = fixture('hostile.md');

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function assertValidReport(report: unknown, texts: string[]): asserts report is Report {
  assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  const r = report as Report;
  assert.equal(r.documents.length, texts.length);
  let total = 0;
  r.documents.forEach((doc, d) => {
    for (const c of doc.claims) {
      assert.ok(c.id.startsWith(`${d}:`), `claim id ${c.id} belongs to document ${d}`);
      assert.ok(c.start <= c.end && c.end <= texts[d].length, `claim ${c.id} range inside the text`);
      assert.equal(c.text, texts[d].slice(c.start, c.end), `claim ${c.id} text is its slice`);
      for (const m of c.matches) {
        if (m.part === undefined) continue;
        // the part lies inside the longer of the two claims, in that claim's document
        const long = m.part.document === d ? c : r.documents[m.document].claims.find((x) => x.id === m.claim)!;
        assert.ok(m.part.document === d || m.part.document === m.document, `claim ${c.id}: the part is in one of the pair's documents`);
        assert.ok(long.start <= m.part.start && m.part.start < m.part.end && m.part.end <= long.end, `claim ${c.id}: the part lies inside the longer claim`);
      }
    }
    total += doc.claims.length;
  });
  const s = r.summary;
  assert.equal(s.claims, total);
  assert.equal(s.agreement + s.discrepancy + s.unique, s.claims);
}

let tmp: string;
before(() => { tmp = tempDir(); });
after(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('compare --format json', () => {
  it('prints the report, valid against schema/report.schema.json, offsets matching the files', () => {
    const r = runCli(['compare', HERALD, COURIER, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout);
    assertValidReport(report, [readFileSync(HERALD, 'utf8'), readFileSync(COURIER, 'utf8')]);
    assert.deepEqual(report.documents.map((d: { path: string }) => d.path), [HERALD, COURIER]);
    assert.ok(r.stdout.startsWith('{\n  "schema": "source-compare/report@1"'), 'pretty-printed, 2 spaces');
    assert.ok(r.stdout.endsWith('}\n'));
  });

  it('accepts three articles, --format=json, -f and --threshold', () => {
    const r = runCli(['compare', '-f', 'json', HERALD, COURIER, WIRE, '--threshold=0.5']);
    assert.equal(r.code, 0, r.stderr);
    assertValidReport(JSON.parse(r.stdout), [HERALD, COURIER, WIRE].map((p) => readFileSync(p, 'utf8')));
    const r2 = runCli(['compare', '--format=json', HERALD, COURIER, '-t', '1']);
    assert.equal(r2.code, 0, r2.stderr);
  });

  it('--meaning pairs a claim said in other words; the report names the model (valid against the schema)', () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'The harbour authority in Dravik closed the north pier on Monday after a crack was found in its supports.\n\nThe closure, the spokeswoman stressed, was a precaution meant to keep any danger away from the ferry passengers.\n');
    writeFileSync(b, "Dravik's harbour authority shut the north pier on Monday when engineers found a crack in its supports.\n\nA spokeswoman said the pier had been shut as a safety measure to protect people travelling on the ferries.\n");
    const words = JSON.parse(runCli(['compare', a, b, '-f', 'json']).stdout) as Report;
    const r = runCli(['compare', a, b, '-f', 'json', '--meaning']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout) as Report;
    assertValidReport(report, [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]);
    assert.equal(words.similarity, undefined);
    assert.equal(words.documents[0].claims[1].label, 'unique');
    assert.match(report.similarity ?? '', /^words and meaning \(all-MiniLM-L6-v2/);
    assert.equal(report.documents[0].claims[1].label, 'agreement');
    const text = runCli(['compare', a, b, '-m']);
    assert.match(text.stdout.split('\n')[1], /^Counterparts found by words and meaning/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--meaning finds a claim said inside a longer claim of the other article; JSON names the part, text quotes it', () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'The harbour authority in Dravik closed the north pier on Monday after a crack was found in its supports.\n\nEngineers had inspected the pier twice during the winter without finding any damage, a spokeswoman said.\n');
    writeFileSync(b, "Dravik's harbour authority shut the north pier on Monday when a crack was found in its supports, although inspectors had checked the pier two times over the winter and seen no damage, the authority's spokeswoman said.\n");
    const r = runCli(['compare', a, b, '-f', 'json', '-m']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout) as Report;
    const texts = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
    assertValidReport(report, texts);
    const engineers = report.documents[0].claims[1];
    assert.equal(engineers.label, 'agreement');
    const part = engineers.matches[0].part;
    assert.ok(part !== undefined && part.document === 1);
    assert.match(texts[1].slice(part.start, part.end), /^although inspectors had checked the pier two times/);
    const text = runCli(['compare', a, b, '-m']);
    assert.match(text.stdout.replace(/\s+/g, ' '), /in other words, in the part “although inspectors had checked the pier two times/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads one article from standard input with -', () => {
    const text = readFileSync(COURIER, 'utf8');
    const r = runCli(['compare', HERALD, '-', '--format', 'json'], { input: text });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assertValidReport(report, [readFileSync(HERALD, 'utf8'), text]);
    assert.equal(report.documents[1].path, '<stdin>');
  });

  it('treats arguments after -- as files, even if they look like options', () => {
    const odd = join(tmp, '--odd.md');
    writeFileSync(odd, 'A ferry caught fire. Everyone was rescued.\n');
    const r = runCli(['compare', '--format', 'json', '--', HERALD, odd]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as Report).documents[1].path, odd);
  });
});

describe('compare: decoding', () => {
  const body = 'The ferry Saint Odile caught fire. “Everyone is safe,” said Ilse Varga — 212 rescued.\r\nÉtienne Brûlé agreed.\n';

  function decodeCase(name: string, bytes: Buffer): Report {
    const p = join(tmp, name);
    writeFileSync(p, bytes);
    const r = runCli(['compare', p, WIRE, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assertValidReport(report, [body, readFileSync(WIRE, 'utf8')]);
    return report;
  }

  it('strips a UTF-8 BOM (offsets index the text without it, CRLF kept)', () => {
    const report = decodeCase('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    assert.ok(!report.documents[0].claims.some((c) => c.text.includes('\uFEFF')));
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    decodeCase('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const be = Buffer.from(body, 'utf16le');
    be.swap16();
    decodeCase('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  });

  it('replaces a few invalid UTF-8 bytes with U+FFFD and warns in one line', () => {
    const text = `${'The ferry Saint Odile caught fire in the strait. '.repeat(5)}Caf\xe9 owners helped.\n`;
    const p = join(tmp, 'latin1.txt');
    writeFileSync(p, Buffer.from(text, 'latin1'));
    const r = runCli(['compare', p, WIRE, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^source-compare: warning: .*1 invalid UTF-8 sequence/);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1);
    assertValidReport(JSON.parse(r.stdout), [text.replace('\xe9', '\uFFFD'), readFileSync(WIRE, 'utf8')]);
  });
});

describe('compare: text format (default)', () => {
  it('prints a summary line and every claim with a label tag, no JSON noise, no colour when piped', () => {
    const r = runCli(['compare', HERALD, COURIER]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^Source Compare: 2 documents, \d+ claims — \d+ agree, \d+ conflict, \d+ unique$/);
    assert.ok(r.stdout.includes(HERALD) && r.stdout.includes(COURIER));
    const report = JSON.parse(runCli(['compare', HERALD, COURIER, '--format', 'json']).stdout) as Report;
    const tagged = lines.filter((l) => /^ {2}(AGREE|CONFLICT|UNIQUE) /.test(l));
    assert.equal(tagged.length, report.summary.claims, 'one tag per claim');
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no ANSI codes when stdout is not a TTY');
    assert.doesNotMatch(r.stdout, /[{}]|"label"|"start"/, 'no JSON-ish noise');
    for (const l of lines) assert.ok([...l].length <= 80, `wrapped at 80 columns: ${l}`);
  });

  it('colours with FORCE_COLOR and not with NO_COLOR', () => {
    assert.match(runCli(['compare', HERALD, COURIER], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
    assert.doesNotMatch(runCli(['compare', HERALD, COURIER], { env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
  });

  it('strips terminal escape sequences from article text', () => {
    const evil = 'The ferry \u001b[2J\u001b]0;pwned\u0007caught fire \u202ein the strait.\n';
    const r = runCli(['compare', '-', WIRE], { input: evil });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    assert.match(r.stdout, /caught fire/);
  });
});

describe('compare: markdown format', () => {
  it('has the summary table and the sections in order, article text escaped', () => {
    const r = runCli(['compare', HOSTILE, HERALD, '--format', 'markdown']);
    assert.equal(r.code, 0, r.stderr);
    const md = r.stdout;
    assert.match(md, /^# Source Compare report\n/);
    assert.match(md, /\| Document \| Title \| Date \| Claims \| Agree \| Conflict \| Unique \|/);
    const iConf = md.indexOf('## Conflicts');
    const iAgree = md.indexOf('## Agreements');
    const iUnique = md.indexOf('## Unique claims');
    assert.ok(iConf > 0 && iConf < iAgree && iAgree < iUnique, 'conflicts, then agreements, then unique');
    assert.doesNotMatch(md, /(?<!\\)<\/?(script|img|b)\b/i, 'no raw HTML from the article');
    assert.match(md, /\\<script\\>alert/);
    assert.match(md, /\\\[here\\\]/, 'link brackets escaped');
    // The heading's "#" is Markdown syntax, not claim text: the claim starts at "Not a heading".
    assert.match(md, /Not a heading \\\| not a cell \\\| \\\*not emphasis\\\* \\_nor this\\_ \\`nor code\\` \\~\\~nor strike\\~\\~ \\\\ backslash/);
    // Every table row keeps the column count of its header: article pipes cannot add cells.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      assert.ok(cells === 9 || cells === 4 || cells === 7, `table row has a fixed column count: ${line}`);
    }
  });
});

describe('compare: html format', () => {
  it('is one self-contained page: CSP, inline CSS with dark mode, no scripts, no remote loads', () => {
    const r = runCli(['compare', HOSTILE, HERALD, COURIER, '--format', 'html']);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.match(html, /<style>[\s\S]*prefers-color-scheme: dark[\s\S]*<\/style>/);
    // No tag loads or runs anything: any http(s)/javascript: left is escaped article text.
    assertInertHtml(html);
    for (const m of html.matchAll(/href="([^"]*)"/g)) assert.match(m[1], /^#c-\d+-\d+$/, 'only links to claims within the page');
    assert.ok(html.includes('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=http://x onerror=alert(1)&gt;'));
    assert.ok(html.includes('[here](javascript:alert(1))'), 'javascript: link left as inert text');
    assert.ok(html.includes('&amp;amp; written out'), 'ampersands escaped, entities in the text shown literally');
    assert.ok(html.includes('&quot;double&quot;, &#39;single&#39;'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;') || !html.includes('alert("title")'));
  });
});

describe('compare --out', () => {
  it('writes the report to the file, nothing on stdout, never coloured', () => {
    const out = join(tmp, 'report.md');
    const r = runCli(['compare', HERALD, COURIER, '--format', 'markdown', '--out', out], { env: { FORCE_COLOR: '1' } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^# Source Compare report/);
    const outText = join(tmp, 'report.txt');
    assert.equal(runCli(['compare', HERALD, COURIER, '-o', outText], { env: { FORCE_COLOR: '1' } }).code, 0);
    assert.doesNotMatch(readFileSync(outText, 'utf8'), /\u001b\[/);
  });

  it('fails with one line when the file cannot be written', () => {
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--out', join(tmp, 'no-such-dir', 'r.txt')]), 1, /cannot write .*r\.txt: no such file or directory/);
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--out', tmp]), 1, /cannot write .*: is a directory/);
  });
});

describe('compare: errors are one line, no stack trace', () => {
  it('missing file → 1', () => {
    assertOneLineError(runCli(['compare', HERALD, 'no-such-article.md']), 1, /cannot read no-such-article\.md: no such file or directory/);
  });
  it('directory → 1', () => {
    assertOneLineError(runCli(['compare', HERALD, tmp]), 1, /: is a directory/);
  });
  it('binary file → 1', () => {
    const bin = join(tmp, 'image.png');
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    bytes.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    writeFileSync(bin, bytes);
    assertOneLineError(runCli(['compare', bin, HERALD]), 1, /image\.png: is a binary file/);
  });
  it('UTF-16 without a BOM → 1, saying so', () => {
    const p = join(tmp, 'nobom16.txt');
    writeFileSync(p, Buffer.from('A ferry caught fire in the strait on Tuesday night.\n', 'utf16le'));
    assertOneLineError(runCli(['compare', p, HERALD]), 1, /UTF-16 without a byte-order mark/);
  });
  it('unreadable file → 1', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, () => {
    const p = join(tmp, 'locked.md');
    writeFileSync(p, 'x');
    chmodSync(p, 0o000);
    assertOneLineError(runCli(['compare', p, HERALD]), 1, /permission denied/);
  });
  it('fewer than two inputs → 2', () => {
    assertOneLineError(runCli(['compare', HERALD]), 2, /at least two articles, got 1/);
    assertOneLineError(runCli(['compare']), 2, /at least two articles, got 0/);
  });
  it('standard input twice → 2', () => {
    assertOneLineError(runCli(['compare', '-', '-']), 2, /only one article/);
  });
  it('unknown option → 2', () => {
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--colour']), 2, /unknown option '--colour' for compare/);
    assertOneLineError(runCli(['--frobnicate']), 2, /unknown option '--frobnicate'/);
  });
  it('unknown command → 2', () => {
    assertOneLineError(runCli(['comapre', HERALD, COURIER]), 2, /unknown command 'comapre'/);
    assertOneLineError(runCli([]), 2, /no command given/);
  });
  it('unknown format → 2', () => {
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--format', 'pdf']), 2, /unknown format 'pdf' \(expected one of: text, json, markdown, html, csv\)/);
  });
  it('option without its value, bad threshold → 2', () => {
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--format']), 2, /option --format needs a value/);
    assertOneLineError(runCli(['compare', HERALD, COURIER, '--threshold', '1.5']), 2, /--threshold must be a number from 0 to 1/);
  });
  it('a missing file is reported even when it has a hostile name', () => {
    const r = runCli(['compare', HERALD, 'evil\n\u001b[31mname.md']);
    assertOneLineError(r, 1, /cannot read 'evil \?\[31mname\.md'/);
  });
});

describe('compare: closed pipe', () => {
  it('exits quietly when the reader goes away (EPIPE), like `| head -c 10`', async () => {
    const big = join(tmp, 'big.md');
    writeFileSync(big, 'The ferry carried 212 passengers across the Calder Strait on Tuesday night.\n'.repeat(3000));
    const child = spawn(process.execPath, [CLI, 'compare', big, big, '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(code, 0);
  });
});

describe('compare: three sources (samples/varna-flood-*)', () => {
  const SAMPLES = ['varna-flood-herald.md', 'varna-flood-courier.txt', 'varna-flood-wire.txt'].map((n) => join(ROOT, 'samples', n));
  const texts = SAMPLES.map((p) => readFileSync(p, 'utf8'));

  it('json: every claim carries corroboration, one entry per other document, valid against the schema', () => {
    const r = runCli(['compare', ...SAMPLES, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assertValidReport(report, texts);
    report.documents.forEach((doc, d) => {
      for (const c of doc.claims) {
        assert.deepEqual(c.corroboration.map((x) => x.document), [0, 1, 2].filter((o) => o !== d), c.id);
        for (const x of c.corroboration) {
          if (x.status === 'silent') assert.deepEqual(x.claims, []);
          else assert.ok(x.claims.length > 0 && x.claims.every((id) => id.startsWith(`${x.document}:`)), `${c.id} → ${x.document}`);
          if (x.status !== 'conflicts') assert.deepEqual(x.kinds, []);
        }
      }
    });
    const stripped = JSON.parse(r.stdout) as { documents: { claims: Record<string, unknown>[] }[] };
    delete stripped.documents[0].claims[0].corroboration;
    assert.equal(validate(stripped), false, 'corroboration is required');
  });

  it('--compact: silent corroboration entries left out, the report flagged and valid; other formats unchanged', () => {
    const full = JSON.parse(runCli(['compare', ...SAMPLES, '--format', 'json']).stdout) as Report;
    const r = runCli(['compare', ...SAMPLES, '--format', 'json', '--compact']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('{\n  "schema": "source-compare/report@1",\n  "compact": true,\n'));
    const compact = JSON.parse(r.stdout) as Report;
    assertValidReport(compact, texts);
    for (const doc of full.documents) for (const c of doc.claims) c.corroboration = c.corroboration.filter((x) => x.status !== 'silent');
    const { compact: flag, ...rest } = compact;
    assert.equal(flag, true);
    assert.deepEqual(rest, full);
    for (const format of ['text', 'markdown', 'csv', 'html']) {
      assert.equal(runCli(['compare', ...SAMPLES, '--format', format, '--compact']).stdout, runCli(['compare', ...SAMPLES, '--format', format]).stdout, format);
    }
    assertOneLineError(runCli(['compare', ...SAMPLES, '--compact=yes']), 2, /--compact takes no value/);
  });

  it('csv: a header and one rectangular row per claim, CRLF, parseable as RFC 4180', () => {
    const report = JSON.parse(runCli(['compare', ...SAMPLES, '--format', 'json']).stdout) as Report;
    const r = runCli(['compare', ...SAMPLES, '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.endsWith('\r\n'));
    assert.doesNotMatch(r.stdout.replace(/\r\n/g, ''), /(?<!")\n/, 'no bare LF outside quoted fields');
    const rows = parseCsv(r.stdout);
    assert.deepEqual(rows[0], ['document', 'path', 'claim', 'start', 'end', 'label', 'counterparts', 'best_score', 'kinds', 'corroboration', 'text', 'decisions', 'parts']);
    assert.equal(rows.length - 1, report.summary.claims, 'one row per claim');
    for (const row of rows) assert.equal(row.length, rows[0].length, 'rectangular');
    const all = report.documents.flatMap((d) => d.claims);
    rows.slice(1).forEach((row, i) => {
      assert.equal(row[2], all[i].id);
      assert.equal(row[5], all[i].label);
      assert.equal(row[10], all[i].text);
      assert.equal(Number(row[3]), all[i].start);
    });
    const out = join(tmp, 'claims.csv');
    assert.equal(runCli(['compare', ...SAMPLES, '-f', 'csv', '-o', out]).code, 0);
    assert.equal(readFileSync(out, 'utf8'), r.stdout);
  });

  it('html: the report page with the source × source matrix and a coverage strip per article', () => {
    const r = runCli(['compare', ...SAMPLES, '--format', 'html']);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assertInertHtml(html);
    for (const id of ['summary', 'pairs', 'matrix', 'kinds', 'coverage', 'discrepancies', 'unique', 'agreements']) {
      assert.ok(html.includes(`<section id="${id}"`), `section ${id}`);
    }
    assert.equal(html.match(/<div class="strip" role="group"/g)?.length, 3, 'one coverage strip per article');
    assert.ok(!html.includes('full text not available'), 'the CLI passes the texts: strips are sized by characters');
    assert.ok(html.includes('varna-flood-wire.txt</th>'), 'matrix rows are headed by the source');
  });

  it('text and markdown: per-claim corroboration with three sources', () => {
    const text = runCli(['compare', ...SAMPLES]).stdout;
    assert.match(text, /◇ said by \d of 2 other sources/);
    const md = runCli(['compare', ...SAMPLES, '-f', 'md']).stdout;
    assert.match(md, /## Claims by source/);
    assert.match(md, /said by \d of 2 other sources/);
    const two = runCli(['compare', ...SAMPLES.slice(0, 2)]).stdout;
    assert.doesNotMatch(two, /other sources/, 'with two sources the label says it all');
  });
});
