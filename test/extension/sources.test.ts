/**
 * The engine worker, the size limit, comparisons of three sources, and the report view (with
 * hostile article text), inside a real VS Code. harbour-gazette.article is the third source: it
 * agrees with the Herald on the 18,000 vehicles and gives 30 minutes where both others say 20.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceCompareApi } from '../../src/extension/api';
import { COMMANDS } from '../../src/extension/commands';
import { EngineHost } from '../../src/extension/engineHost';
import { runRequest } from '../../src/extension/worker';
import { ensureEngineTables } from '../../src/host/tables';
import { EXTENSION_ID, activateApi, closeAll, engineIsStub, hoverMarkdown, inRunner, nextRender, revert, screenshot, sleep, waitFor, workspaceFile } from './helpers';

const HERALD = 'harbour-herald.article';
const COURIER = 'harbour-courier.article';
const GAZETTE = 'harbour-gazette.article';

let api: SourceCompareApi;
const config = () => vscode.workspace.getConfiguration('sourceCompare');

const docNamed = (name: string) => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(`/${name}`))!;
const readText = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');

/**
 * `n` copies of `text`, every sentence of each copy its own: the engine remembers what it found for
 * a claim text (a repeated sentence costs almost nothing), and these tests need a long comparison.
 */
const distinctCopies = (text: string, n: number): string =>
  Array.from({ length: n }, (_, k) => text.replace(/([a-z])\.(\s)/g, `$1 in round ${k + 1}.$2`)).join('\n');

/** Largest gap between 10 ms timer ticks while `during` runs: how long the extension host was blocked. */
async function maxTimerGap(during: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 10);
  try {
    await during;
  } finally {
    clearInterval(timer);
  }
  return max;
}

describe('Source Compare: engine worker, size limit, N sources, report', function () {
  before(async () => {
    api = await activateApi();
  });
  afterEach(async () => {
    api.clearAll();
    await closeAll();
  });

  describe('engine worker', () => {
    it('runs compare() in a worker thread; the extension host stays responsive on a long comparison', async () => {
      await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      assert.strictEqual(api.engine().mode, 'worker');
      assert.ok(api.engine().workerStarts >= 1);
      const a = await vscode.workspace.openTextDocument(workspaceFile('long-a.txt'));
      const b = await vscode.workspace.openTextDocument(workspaceFile('long-b.txt'));
      const running = api.compare(a, b);
      const gap = await maxTimerGap(running);
      assert.ok(await running, 'the long pair was compared');
      console.log(`[source-compare:responsiveness] longest extension-host stall during a ~2,000-word comparison: ${gap.toFixed(1)} ms`);
      assert.ok(gap < 250, `the extension host was blocked for ${gap.toFixed(0)} ms`);
    });

    it('a cancelled long comparison stops: its worker is terminated and a fresh one runs the next comparison', async () => {
      const long = async (name: string) =>
        vscode.workspace.openTextDocument({ content: distinctCopies(await readText(workspaceFile(name)), 40), language: 'plaintext' });
      const [a, b] = [await long('long-a.txt'), await long('long-b.txt')];
      const before = api.engine();
      const running = api.compare(a, b);
      await waitFor('the long comparison to start', () => api.engine().busy, 15_000);
      const gap = maxTimerGap(sleep(800));
      assert.ok((await gap) < 250, 'the extension host stays responsive while the worker computes');
      const t0 = performance.now();
      await vscode.commands.executeCommand(COMMANDS.clear);
      assert.strictEqual(await running, undefined, 'the cancelled comparison gives no report');
      const stoppedMs = performance.now() - t0;
      const after = api.engine();
      assert.strictEqual(after.terminations, before.terminations + 1, 'the worker was terminated');
      assert.strictEqual(after.busy, false);
      assert.ok(stoppedMs < 1000, `cancelled in ${stoppedMs.toFixed(0)} ms`);
      await closeAll();

      const report = await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      assert.ok(report, 'the next comparison runs');
      assert.strictEqual(api.engine().workerStarts, after.workerStarts + 1, 'in a fresh worker, started lazily');
    });

    it('drops a result computed from an older version of a document', async () => {
      await config().update('debounceMs', 10_000, vscode.ConfigurationTarget.Global);
      try {
        // Long enough (~2 s in the engine) that the edit lands while it runs.
        const long = async (name: string) =>
          vscode.workspace.openTextDocument({ content: distinctCopies(await readText(workspaceFile(name)), 6), language: 'plaintext' });
        const [a, b] = [await long('long-a.txt'), await long('long-b.txt')];
        let renders = 0;
        const sub = api.onDidRender(() => renders++);
        const running = api.compare(a, b);
        await waitFor('the comparison to start', () => api.engine().busy);
        const edit = new vscode.WorkspaceEdit();
        edit.insert(a.uri, a.positionAt(a.getText().length), ' An edit while the engine runs.');
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.strictEqual(await running, undefined, 'the result for the old version is dropped');
        await sleep(200);
        sub.dispose();
        assert.strictEqual(renders, 0, 'nothing was drawn');
        assert.strictEqual(api.decorations(a.uri), undefined);
      } finally {
        await config().update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('falls back to comparing in process (and logs why) when the worker cannot start', async () => {
      const lines: string[] = [];
      const log = { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) };
      // This file's own copy of the worker module (bundled into out/test): it reads the tables the
      // installed extension ships, as dist/worker.js would beside them.
      ensureEngineTables([`${vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath}/dist/data`]);
      const host = new EngineHost('/nonexistent/source-compare/worker.js', log as unknown as vscode.LogOutputChannel, () => ({ runRequest }));
      try {
        const token = new vscode.CancellationTokenSource().token;
        const inputs = [HERALD, COURIER].map((p) => ({ path: p, text: '' }));
        for (const [i, name] of [HERALD, COURIER].entries()) inputs[i].text = await readText(workspaceFile(name));
        const result = await host.run(inputs, {}, token);
        assert.ok(result, 'the comparison ran');
        assert.strictEqual(result.report.documents.length, 2);
        assert.strictEqual(host.stats.mode, 'in-process');
        assert.ok(lines.some((l) => /^warn the engine worker did not start/.test(l)), `the fallback is logged:\n${lines.join('\n')}`);
      } finally {
        host.dispose();
      }
    });
  });

  describe('size limit', () => {
    it('warns above sourceCompare.maxArticleSize and compares after "Compare Anyway"', async () => {
      await config().update('maxArticleSize', 5_000, vscode.ConfigurationTarget.Global);
      try {
        const warned = new Promise<string>((resolve) => {
          const sub = api.onDidWarn((m) => {
            sub.dispose();
            resolve(m);
          });
        });
        const rendered = nextRender(api);
        assert.strictEqual(await api.compare(workspaceFile('long-a.txt'), workspaceFile(HERALD)), undefined, 'held back');
        assert.match(await warned, /long-a\.txt \([\d,]+ characters\) is above the size limit of 5,000 characters/);
        assert.strictEqual(api.current(), undefined, 'nothing compared yet');
        await sleep(300); // the toast appears
        await vscode.commands.executeCommand('notification.acceptPrimaryAction');
        const { report } = await rendered;
        assert.strictEqual(report.documents.length, 2, '"Compare Anyway" compared them');
      } finally {
        await config().update('maxArticleSize', undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('notifications.clearAll');
      }
    });
  });

  describe('three sources', () => {
    it('"Compare Open Articles…" compares the ticked editors as one set: decorations, status, hovers, diagnostics', async function () {
      const stub = await engineIsStub(api);
      for (const [i, name] of [HERALD, COURIER, GAZETTE].entries()) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)), { viewColumn: i + 1, preview: false });
      }
      await vscode.window.showTextDocument(docNamed(HERALD), { viewColumn: vscode.ViewColumn.One });
      const rendered = nextRender(api);
      const command = vscode.commands.executeCommand(COMMANDS.compareOpenArticles);
      await sleep(1500); // the pick lists the workspace's articles too; the visible ones are ticked
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await command;
      const { report } = await rendered;
      assert.deepStrictEqual(report.documents.map((d) => d.path).sort(), [COURIER, GAZETTE, HERALD]);
      for (const name of [HERALD, COURIER, GAZETTE]) {
        const uri = docNamed(name).uri;
        const painted = api.decorations(uri);
        assert.ok(painted, `${name} is decorated`);
        const index = report.documents.findIndex((d) => d.path === name);
        assert.strictEqual(painted.agreement.length + painted.discrepancy.length + painted.unique.length, report.documents[index].claims.length);
      }
      await vscode.window.showTextDocument(docNamed(HERALD), { viewColumn: vscode.ViewColumn.One });
      await waitFor('the status entry', () => /3 sources/.test(api.statusText() ?? ''));
      assert.match(api.statusText()!, /^\$\(git-compare\) 3 sources · \d+ agree · \d+ conflict · \d+ unique$/);
      if (stub) return;

      const order = report.documents.map((d) => d.path);
      const iHerald = order.indexOf(HERALD);
      const herald = report.documents[iHerald];
      const vehicles = herald.claims.find((c) => c.text.includes('18,000'))!;
      const md = (await hoverMarkdown(docNamed(HERALD), vehicles.start + 2)).map((h) => h.value).join('\n');
      assert.ok(md.includes('Said by 1 of 2 other sources'), md);
      assert.ok(md.includes(`Conflicts with ${COURIER.replace(/[-.]/g, (c) => `\\${c}`)} on a number`), md);
      for (const other of [COURIER, GAZETTE]) {
        const index = order.indexOf(other);
        const link = `command:${COMMANDS.goToCounterpart}?${encodeURIComponent(JSON.stringify([docNamed(HERALD).uri.toString(), vehicles.id, index]))}`;
        assert.ok(md.includes(link), `a link to the counterpart in ${other}`);
      }

      const diagnostics = vscode.languages.getDiagnostics(docNamed(HERALD).uri).filter((d) => d.code === 'number');
      const onVehicles = diagnostics.find((d) => /18,000/.test(docNamed(HERALD).getText(d.range)))!;
      assert.ok(onVehicles, 'a diagnostic on the figure the Courier disputes');
      const related = onVehicles.relatedInformation!;
      assert.ok(related[0].location.uri.path.endsWith(COURIER) && /25,000/.test(related[0].message), 'first the conflicting passage');
      assert.ok(related.some((r) => r.location.uri.path.endsWith(GAZETTE) && /agrees/.test(r.message)), 'then the source that agrees');
      const ferries = vscode.languages.getDiagnostics(docNamed(GAZETTE).uri).filter((d) => /30/.test(docNamed(GAZETTE).getText(d.range)));
      assert.strictEqual(new Set(ferries.map((d) => d.relatedInformation![0].location.uri.path)).size, 2, 'the Gazette’s 30 minutes conflicts with both others');

      // For the picture: no panel or sidebar, our hover alone (no Problems entry in it), the claim
      // at the top of the editor so the hover opens below it.
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await config().update('diagnostics.enabled', false, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('diagnostics to clear', () => vscode.languages.getDiagnostics(docNamed(HERALD).uri).length === 0);
        await sleep(500);
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === docNamed(HERALD))!;
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        const at = docNamed(HERALD).positionAt(vehicles.start + vehicles.text.indexOf('18,000') + 2);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
        await sleep(300);
        await vscode.commands.executeCommand('editor.action.showHover');
        await screenshot('three-sources');
      } finally {
        await config().update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('workbench.view.explorer');
      }
    });

    it('goes to the counterpart in a chosen source and shows the active article side by side with a chosen one', async function () {
      const report = (await api.compareAll([HERALD, COURIER, GAZETTE].map(workspaceFile)))!;
      assert.strictEqual(report.documents.length, 3);
      const herald = docNamed(HERALD);
      const heraldEditor = vscode.window.visibleTextEditors.find((e) => e.document === herald)!;
      await vscode.window.showTextDocument(herald, heraldEditor.viewColumn);
      if (!(await engineIsStub(api))) {
        const claim = report.documents[0].claims.find((c) => c.text.includes('18,000'))!;
        await vscode.commands.executeCommand(COMMANDS.goToCounterpart, herald.uri.toString(), claim.id, 2);
        const active = vscode.window.activeTextEditor!;
        assert.ok(active.document.uri.path.endsWith(GAZETTE));
        assert.match(active.document.getText(active.selection), /18,000/);
        await vscode.window.showTextDocument(herald, heraldEditor.viewColumn);
      }
      await vscode.commands.executeCommand(COMMANDS.showSideBySide, 2);
      const uris = api.sideBySide()!;
      assert.match(uris.left.path, /\/0-2\/left\//);
      const left = await vscode.workspace.openTextDocument(uris.left);
      const right = await vscode.workspace.openTextDocument(uris.right);
      for (const c of report.documents[0].claims) assert.ok(left.getText().includes(c.text.replace(/\s+/g, ' ')));
      for (const c of report.documents[2].claims) assert.ok(right.getText().includes(c.text.replace(/\s+/g, ' ')));
    });
  });

  describe('report view', () => {
    it('shows the report, follows re-runs, reveals a claim on request and exports JSON, CSV, Markdown and HTML', async function () {
      const report = (await api.compare(workspaceFile(HERALD), workspaceFile(COURIER)))!;
      await vscode.commands.executeCommand(COMMANDS.showReport);
      const html = await waitFor('the report HTML', () => api.reportHtml());
      for (const d of report.documents.flatMap((doc) => doc.claims.flatMap((c) => c.discrepancies))) {
        assert.ok(html.includes(d.here.text), `the report lists the discrepancy “${d.here.text}”`);
      }
      const claim = report.documents[1].claims[report.documents[1].claims.length - 1];
      assert.ok(html.includes(`data-document="1" data-claim="${claim.id}"`), 'claims carry their document and id');
      // For the picture: the report alone in the window.
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.joinAllGroups');
      await vscode.commands.executeCommand('workbench.action.lastEditorInGroup');
      if (inRunner()) {
        // The runner waits until the webview has drawn the page, reads its heading from the DOM and
        // takes the picture tall enough to show the summary, coverage strips and discrepancies.
        const heading = `Source Compare: ${report.documents.map((d) => d.path).join(' · ')}`;
        const shot = await screenshot('report', { webview: heading, through: '#discrepancies' });
        assert.ok(shot, 'the runner answered the screenshot request');
        assert.strictEqual(shot.error, undefined, `the report page is drawn in the webview: ${shot.error}`);
        assert.strictEqual(shot.webview, heading, 'the webview shows the report’s heading');
        assert.ok(shot.saved, 'docs/images/report.png is saved');
      }
      await vscode.commands.executeCommand('workbench.view.explorer');

      // reveal: the claim is selected in its editor
      await api.reportMessage({ type: 'reveal', document: 1, claim: claim.id });
      const active = vscode.window.activeTextEditor!;
      assert.ok(active.document.uri.path.endsWith(COURIER));
      assert.strictEqual(active.document.getText(active.selection), claim.text);
      // anything else is ignored
      await api.reportMessage({ type: 'reveal', document: 'x', claim: 1 });
      await api.reportMessage({ type: 'run', command: 'workbench.action.files.delete' });

      // a re-run re-renders the page, with a fresh nonce
      const nonce = (h: string) => /<script nonce="([^"]+)"/.exec(h)?.[1];
      const herald = docNamed(HERALD);
      const rerun = nextRender(api, (r) => r.trigger === 'edit');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(herald.uri, herald.positionAt(herald.getText().length), '\nThe Lighthouse Museum will stay open.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await rerun;
      const after = api.reportHtml()!;
      assert.ok(after.includes('Lighthouse Museum'), 'the page follows the comparison');
      assert.ok(nonce(after) && nonce(after) !== nonce(html), 'each render has its own nonce');
      await revert(herald);

      const exported: Record<string, string> = {};
      for (const format of ['json', 'csv', 'markdown', 'html']) {
        const target = workspaceFile(`report-export.${format}`);
        await vscode.commands.executeCommand(COMMANDS.exportReport, format, target);
        exported[format] = await readText(target);
      }
      const json = JSON.parse(exported.json);
      assert.strictEqual(json.schema, 'source-compare/report@1');
      const rows = parseCsv(exported.csv);
      assert.ok(rows.length > 1 && rows.every((r) => r.length === rows[0].length), 'CSV rows have the header’s width');
      assert.strictEqual(rows.length - 1, json.documents.reduce((n: number, d: { claims: unknown[] }) => n + d.claims.length, 0), 'one row per claim');
      assert.match(exported.markdown, /18,000/);
      assert.match(exported.html, /^<!DOCTYPE html>/i);
      assert.ok(!/<script/i.test(exported.html), 'the exported page has no script');
    });

    it('exports through the page’s message and the save dialog', async () => {
      await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      await vscode.commands.executeCommand(COMMANDS.showReport);
      await waitFor('the report HTML', () => api.reportHtml());
      const target = workspaceFile('harbour-herald-vs-harbour-courier.csv');
      const exporting = api.reportMessage({ type: 'export', format: 'csv' });
      await sleep(1000); // the (simple) save dialog proposes <first>-vs-<second>.csv beside the first article
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await exporting;
      const rows = parseCsv(await readText(target));
      assert.ok(rows.length > 1);
    });

    it('keeps hostile article text inert: escaped, no foreign script, image or link, a strict CSP with a nonce', async () => {
      await api.compare(workspaceFile('hostile.md'), workspaceFile('hostile-copy.md'));
      await vscode.commands.executeCommand(COMMANDS.showReport);
      const html = await waitFor('the report HTML', () => api.reportHtml());
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      assert.strictEqual(scripts.length, 1, `exactly one script element: ${scripts.join(' ')}`);
      const nonce = /^<script nonce="([\w+/=-]{16,})">$/.exec(scripts[0])?.[1];
      assert.ok(nonce, 'our script carries a nonce');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.ok(csp.includes(`script-src 'nonce-${nonce}'`), `scripts only by nonce: ${csp}`);
      assert.ok(!/unsafe-eval|script-src[^;]*unsafe-inline/.test(csp), 'no unsafe script sources');
      assert.ok(!/<img\b/i.test(html), 'no image element');
      assert.ok(!/<img src="http/i.test(html));
      assert.ok(!/href\s*=\s*["']?\s*(javascript|command):/i.test(html), 'no javascript: or command: link');
      assert.ok(!/\son\w+\s*=/i.test(html.replace(/<script nonce[\s\S]*?<\/script>/, '')), 'no inline event handler');
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the article’s script tag is shown as text');
      assert.ok(html.includes('&lt;img src=&quot;http://example.invalid/tracker.png&quot;&gt;'), 'the image tag is shown as text');
      assert.ok(html.includes('(command:workbench.action.files.delete)'), 'the command link is shown as text');
    });
  });
});

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
