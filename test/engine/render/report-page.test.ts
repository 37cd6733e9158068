/**
 * The report page (static and interactive) on a hand-built three-source report with hostile text:
 * escaping, CSP, no remote resources, accessibility hooks, the webview contract (data attributes,
 * nonce script, messages), and the text/Markdown corroboration lines for three sources.
 */
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  interactiveCsp, isReportPageMessage, renderMarkdown, renderReportPage, renderText, STATIC_CSP,
} from '../../../src/engine/render';
import { assertInertHtml } from '../../cli/helpers';
import { TEXTS, threeSourceReport } from '../../fixtures/cli/three-sources';

const report = threeSourceReport();
const page = renderReportPage(report, { texts: TEXTS });
const NONCE = 'r4nd0mN0nce+/=';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const live = renderReportPage(report, { texts: TEXTS, interactive: true, nonce: NONCE, cspSource: CSP_SOURCE, title: 'Ferry <b>report</b>' });

describe('report page: static', () => {
  it('one self-contained page: the static CSP, no script, nothing remote', () => {
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${STATIC_CSP}">`));
    assert.equal(STATIC_CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assertInertHtml(page);
    assert.doesNotMatch(page, /<button|role="button"|data-export/);
  });

  it('escapes hostile article text and names everywhere', () => {
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt; Boats took everyone to Lisk.'));
    assert.ok(page.includes('&lt;img src=http://x.invalid/p.png onerror=alert(1)&gt;'));
    assert.ok(page.includes('[site](javascript:alert(1))'), 'javascript: link is inert text');
    assert.ok(page.includes('[run](command:workbench.action.terminal.new)'), 'command: link is inert text');
    assert.ok(page.includes('c &quot;&lt;x&gt;&quot;.txt'));
    assert.ok(page.includes('there &lt;b&gt;'), 'engine messages are escaped too');
    assert.doesNotMatch(page, /<(?:b|x)>/);
  });

  it('summary figures, pair shares, kinds, the N×N matrix, coverage, discrepancies, unique, agreements', () => {
    assert.match(page, /<dt>Claims in 3 sources<\/dt><dd>6<\/dd>/);
    // a.txt ↔ =b.txt: none of a's claims agreed by b; 0 of b's by a; one conflicting pair.
    assert.match(page, /<th scope="row">a\.txt ↔ =b\.txt<\/th><td>0 of 2 \(0%\)[^]*?<td class="num">1<\/td><\/tr>/);
    // =b.txt ↔ c.txt: 1 of 2 each way (the 214 claims agree).
    assert.match(page, /<th scope="row">=b\.txt ↔ c &quot;&lt;x&gt;&quot;\.txt<\/th><td>1 of 2 \(50%\)/);
    assert.ok(page.includes('<section id="matrix"'));
    assert.equal(page.match(/<th scope="col"[^>]*>(?:a\.txt|=b\.txt|c &quot;&lt;x&gt;&quot;\.txt)<\/th>/g)?.length, 3 * 2, 'matrix and kinds tables have a column per source');
    assert.match(page, /<th scope="row">number<\/th><td class="num">2/, 'two conflicting pairs on a number');
    assert.equal(page.match(/<div class="strip" role="group"/g)?.length, 3);
    assert.equal(page.match(/<article class="card discrepancy"/g)?.length, 2, 'a0↔b0 and a0↔c0, each once');
    assert.ok(page.includes('<mark>212</mark>') && page.includes('<mark>214</mark>'));
    assert.match(page, /<details><summary>Show 1 agreeing pair<\/summary>/);
    const order = ['summary', 'pairs', 'matrix', 'kinds', 'coverage', 'discrepancies', 'unique', 'agreements', 'claims']
      .map((id) => page.indexOf(`<section id="${id}"`));
    assert.ok(order.every((v, i) => v > 0 && (i === 0 || v > order[i - 1])), `sections in order: ${order}`);
  });

  it('accessible: scoped headers, labelled coverage segments with a pattern class and a symbol, focusable entries', () => {
    assert.deepEqual(page.match(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/g), null, 'every th has a scope');
    const segs = page.match(/<a class="seg claim p-(?:agreement|discrepancy|unique)"[^>]*>/g) ?? [];
    assert.equal(segs.length, report.summary.claims, 'one segment per claim');
    for (const s of segs) {
      assert.match(s, /aria-label="Claim \d+:\d+, (agreement|discrepancy|unique), \S+ of the text"/);
      assert.match(s, /href="#c-\d+-\d+"/);
    }
    assert.match(page, /<span class="seg p-none"[^>]*role="img" aria-label="metadata, not a claim/);
    assert.match(page, /<ul class="legend" aria-label="Legend">/);
    assert.match(page, /:focus-visible \{ outline: 2px solid/);
    for (const tag of page.match(/<[^>]*data-claim=[^>]*>/g) ?? []) assert.match(tag, /tabindex="0"/);
    assert.match(page, /var\(--vscode-editor-foreground, #1f2328\)/);
    assert.match(page, /@media \(prefers-color-scheme: dark\)/);
  });

  it('without texts the strips fall back to claims only, and say so', () => {
    const bare = renderReportPage(report);
    assert.ok(bare.includes('full text not available'));
    assert.doesNotMatch(bare, /aria-label="metadata/);
  });
});

describe('report page: interactive (webview)', () => {
  it('CSP with the webview source and the nonce; exactly one script, carrying the nonce', () => {
    assert.ok(live.includes(`content="default-src 'none'; style-src ${CSP_SOURCE} 'unsafe-inline'; script-src 'nonce-${NONCE}'; img-src ${CSP_SOURCE} data:"`));
    assert.equal(live.match(/<script\b/g)?.length, 1);
    assert.ok(live.includes(`<script nonce="${NONCE}">`));
    assertInertHtml(live.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), { allowScript: true });
    assert.ok(live.includes('<title>Ferry &lt;b&gt;report&lt;/b&gt;</title>'));
  });

  it('a hostile nonce or cspSource cannot break out of the policy or the script tag', () => {
    assert.equal(interactiveCsp('x; script-src *"><script>', 'n"><script>alert(1)</script>'),
      "default-src 'none'; style-src x script-src *script 'unsafe-inline'; script-src 'nonce-nscriptalert1/script'; img-src x script-src *script data:");
    const evil = renderReportPage(report, { interactive: true, nonce: '"><img src=x>', cspSource: '"><img src=x>' });
    assert.equal(evil.match(/<script\b/g)?.length, 1);
    assert.doesNotMatch(evil, /<img/);
  });

  it('entries carry data-document and data-claim and are buttons; export buttons for four formats', () => {
    const entries = live.match(/<[^>]*data-claim="[^"]*"[^>]*>/g) ?? [];
    assert.ok(entries.length >= report.summary.claims * 2, 'strip segments, passages, lists');
    for (const e of entries) {
      assert.match(e, /role="button"/);
      assert.match(e, /tabindex="0"/);
      assert.match(e, /data-document="\d+"/);
      assert.match(e, /aria-label="/);
    }
    for (const f of ['html', 'markdown', 'json', 'csv']) assert.ok(live.includes(`<button type="button" data-export="${f}">`), f);
  });

  it('the script posts reveal on click, Enter and Space, and export from the buttons', () => {
    const script = /<script nonce="[^"]*">\n([^]*?)\n<\/script>/.exec(live)?.[1];
    assert.ok(script);
    const posted: unknown[] = [];
    const handlers: Record<string, (e: unknown) => void> = {};
    const fakeDocument = { addEventListener: (type: string, fn: (e: unknown) => void) => { handlers[type] = fn; } };
    const element = (attrs: Record<string, string>) => {
      const el = {
        getAttribute: (n: string) => attrs[n] ?? null,
        closest: (sel: string) => (sel === '[data-export]' ? ('data-export' in attrs ? el : null) : ('data-claim' in attrs ? el : null)),
      };
      return el;
    };
    // The page's own script, run against fakes: the point of this test.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('acquireVsCodeApi', 'document', script)(() => ({ postMessage: (m: unknown) => posted.push(m) }), fakeDocument);
    const entry = element({ 'data-document': '2', 'data-claim': '2:0' });
    let prevented = 0;
    handlers.click({ target: entry, preventDefault: () => { prevented++; } });
    handlers.keydown({ key: 'Enter', target: entry, preventDefault: () => { prevented++; } });
    handlers.keydown({ key: ' ', target: entry, preventDefault: () => { prevented++; } });
    handlers.keydown({ key: 'a', target: entry, preventDefault: () => { prevented++; } });
    handlers.click({ target: element({ 'data-export': 'csv' }), preventDefault: () => undefined });
    handlers.click({ target: element({}), preventDefault: () => undefined });
    assert.deepEqual(posted, [
      { type: 'reveal', document: 2, claim: '2:0' },
      { type: 'reveal', document: 2, claim: '2:0' },
      { type: 'reveal', document: 2, claim: '2:0' },
      { type: 'export', format: 'csv' },
    ]);
    assert.equal(prevented, 3);
    for (const m of posted) assert.ok(isReportPageMessage(m));
    assert.equal(isReportPageMessage({ type: 'export', format: 'pdf' }), false);
    assert.equal(isReportPageMessage({ type: 'reveal', document: '1', claim: '1:0' }), false);
  });
});

describe('text and markdown: corroboration with three sources', () => {
  it('text: one line per claim on where the other sources stand', () => {
    const out = renderText(report, { width: 120 });
    assert.match(out, /◇ said by 0 of 2 other sources; conflicts with =b\.txt on a number; conflicts with c "<x>"\.txt on a number/);
    assert.match(out, /◇ said by 1 of 2 other sources \(c "<x>"\.txt\); conflicts with a\.txt on a number/);
    assert.doesNotMatch(out, /[\t\r]Tabbed/, 'control characters still stripped');
  });

  it('markdown: a "Claims by source" section with the same sentences, names escaped', () => {
    const md = renderMarkdown(report);
    assert.match(md, /## Claims by source/);
    assert.ok(md.includes('- `1:0` **CONFLICT**'));
    assert.ok(md.includes('said by 1 of 2 other sources (c "\\<x\\>".txt); conflicts with a.txt on a number'));
    assert.doesNotMatch(md, /(?<!\\)<(script|img|x)\b/);
  });
});
