/**
 * The extension inside a real VS Code (code-server), on test/fixtures/workspace. Tests whose title
 * starts with [engine] need the real engine's labels (agreement / discrepancy of kind 'number' /
 * unique) and skip themselves while the engine is the temporary stub.
 *
 * The fixture pair harbour-herald / harbour-courier has an obvious truth: three identical sentences
 * (agreement), one figure changed (18,000 / 25,000: a 'number' discrepancy) and one paragraph only
 * the Courier has (unique).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { SourceCompareApi } from '../../src/extension/api';
import { COMMANDS, DIFF_SCHEME } from '../../src/extension/commands';
import { claimHover, HOVER_COMMANDS } from '../../src/extension/hovers';
import type { Report, ReportClaim, ReportDocument } from '../../src/engine/report/types';
import { activateApi, activationMs, closeAll, engineIsStub, EXTENSION_ID, hoverMarkdown, nextRender, revert, screenshot, sleep, waitFor, workspaceFile } from './helpers';

const HERALD = 'harbour-herald.article';
const COURIER = 'harbour-courier.article';

let api: SourceCompareApi;

suite();

function suite(): void {
  describe('Source Compare in VS Code', function () {
    before(async () => {
      api = await activateApi();
    });
    afterEach(async () => {
      api.clearAll();
      await closeAll();
    });

    it('is the copy this run means to test (installed .vsix or the working tree)', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const mode = process.env.SOURCE_COMPARE_TEST_MODE;
      console.log(`extension under test: ${ext.extensionPath} (mode ${mode ?? 'unknown'})`);
      if (mode === 'vsix') {
        assert.ok(!fs.existsSync(`${ext.extensionPath}/src`), 'the installed extension carries no sources');
        assert.ok(fs.existsSync(`${ext.extensionPath}/dist/extension.js`), 'the bundle is installed');
        for (const f of ['vectors.bin', 'lexicon.json']) assert.ok(fs.existsSync(`${ext.extensionPath}/dist/data/${f}`), `dist/data/${f} is installed`);
        assert.ok(fs.existsSync(`${ext.extensionPath}/syntaxes/article.tmLanguage.json`), 'the grammar is installed');
        assert.ok(fs.existsSync(`${ext.extensionPath}/media/discrepancy.svg`), 'the gutter icons are installed');
      }
    });

    it('activates in under 100 ms (the engine loads in its worker, on the first comparison)', () => {
      assert.ok(activationMs !== undefined, 'this suite activated the extension');
      assert.ok(activationMs < 100, `activation took ${activationMs.toFixed(1)} ms`);
      assert.strictEqual(api.engine().workerStarts, 0, 'no worker before the first comparison');
    });

    it('registers every contributed command', async () => {
      const contributed: string[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.deepStrictEqual(contributed.filter((c) => !registered.has(c)), []);
      assert.deepStrictEqual([...contributed].sort(), Object.values(COMMANDS).sort());
    });

    it('opens .article files in the article language', async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceFile(HERALD));
      assert.strictEqual(doc.languageId, 'article');
    });

    it('compares two files chosen in the explorer and decorates both editors at the claims', async () => {
      const rendered = nextRender(api);
      await vscode.commands.executeCommand(COMMANDS.compareWith, workspaceFile(HERALD), [workspaceFile(HERALD), workspaceFile(COURIER)]);
      const { report } = await rendered;
      assert.strictEqual(report.schema, 'source-compare/report@1');
      for (const [i, name] of [HERALD, COURIER].entries()) {
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(name));
        assert.ok(editor, `${name} is shown`);
        const painted = api.decorations(editor.document.uri);
        assert.ok(painted, `${name} is decorated`);
        const claims = report.documents[i].claims;
        assert.ok(claims.length >= 4, `${name} has claims`);
        const drawn = [...painted.agreement, ...painted.discrepancy, ...painted.unique].sort((a, b) => editor.document.offsetAt(a.start) - editor.document.offsetAt(b.start));
        assert.deepStrictEqual(
          drawn.map((r) => [editor.document.offsetAt(r.start), editor.document.offsetAt(r.end)]),
          claims.map((c) => [c.start, c.end]),
          'one decoration per claim, at its range',
        );
        for (const c of claims) assert.strictEqual(editor.document.getText().slice(c.start, c.end), c.text);
        assert.ok(painted.gutter.length > 0, 'gutter icons are set');
      }
      assert.match(api.statusText() ?? '', /^\$\(git-compare\) \d+ agree · \d+ conflict · \d+ unique$/);
      await screenshot('editor');
    });

    it('[engine] labels the fixture pair: agreement, a number discrepancy, a unique paragraph', async function () {
      if (await engineIsStub(api)) this.skip();
      const report = await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      assert.ok(report);
      const [herald, courier] = report.documents;
      const claimWith = (d: ReportDocument, s: string) => d.claims.find((c) => c.text.includes(s))!;
      assert.strictEqual(claimWith(herald, 'close to traffic').label, 'agreement');
      const conflict = claimWith(herald, '18,000');
      assert.strictEqual(conflict.label, 'discrepancy');
      assert.ok(conflict.discrepancies.some((d) => d.kind === 'number' && d.here.text.includes('18,000') && d.there.text.includes('25,000')));
      assert.strictEqual(claimWith(courier, 'Quay Street').label, 'unique');

      const heraldDoc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(HERALD))!;
      const painted = api.decorations(heraldDoc.uri)!;
      assert.ok(painted.discrepancy.some((r) => heraldDoc.getText(r).includes('18,000')), 'the discrepant claim is drawn as such');
      assert.ok(painted.emphasis.some((r) => heraldDoc.getText(r).includes('18,000')), 'the differing figure is emphasised');
      assert.match(api.statusText() ?? '', /\b1 conflict\b/);
    });

    it('[engine] hovers show the label, the counterpart with a word diff, the message and links', async function () {
      if (await engineIsStub(api)) this.skip();
      const report = (await api.compare(workspaceFile(HERALD), workspaceFile(COURIER)))!;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(HERALD))!;
      const claim = report.documents[0].claims.find((c) => c.text.includes('18,000'))!;
      const md = (await hoverMarkdown(doc, claim.start + 2)).map((h) => h.value).join('\n');
      assert.match(md, /Discrepancy/);
      // Article text is escaped (every ASCII punctuation mark), hence `\,` inside the figures.
      assert.ok(md.includes('**25\\,000**'), `the counterpart figure is marked as differing:\n${md}`);
      assert.ok(md.includes('~~18\\,000~~'), 'this side’s figure is struck');
      assert.match(md, /`number`/);
      assert.match(md, /match \d\.\d\d/);
      assert.ok(md.includes(`command:${COMMANDS.goToCounterpart}?`), 'go-to-counterpart link');
      assert.ok(md.includes(`command:${COMMANDS.showSideBySide}`), 'side-by-side link');
    });

    it('hovers show the claim label and reason (any engine)', async () => {
      const report = (await api.compare(workspaceFile(HERALD), workspaceFile(COURIER)))!;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(HERALD))!;
      const claim = report.documents[0].claims.find((c) => c.text.includes('18,000'))!;
      const md = (await hoverMarkdown(doc, claim.start + 1)).map((h) => h.value).join('\n');
      assert.match(md, /Agreement|Discrepancy|Unique/);
      assert.ok(md.includes(`command:${COMMANDS.showSideBySide}`));

      const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      const at = doc.positionAt(claim.start + claim.text.indexOf('18,000') + 2);
      editor.selection = new vscode.Selection(at, at);
      // Claim at the top of the editor, so the hover opens below it. A hover is at most ~250 px high
      // here; the Problems entry is left out of the picture so all of ours fits.
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      const config = vscode.workspace.getConfiguration('sourceCompare');
      await config.update('diagnostics.enabled', false, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('diagnostics to clear', () => vscode.languages.getDiagnostics(doc.uri).length === 0);
        await sleep(500); // the workbench's markers follow the extension host's a moment later
        await vscode.commands.executeCommand('editor.action.showHover');
        await screenshot('hover');
      } finally {
        await config.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('[engine] reports each discrepancy in the Problems panel with the passage in the other article', async function () {
      if (await engineIsStub(api)) this.skip();
      await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      const diagnostics = vscode.languages.getDiagnostics(workspaceFile(HERALD)).filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
      assert.strictEqual(diagnostics.length, 1);
      const [d] = diagnostics;
      assert.strictEqual(d.source, 'Source Compare');
      assert.strictEqual(d.code, 'number');
      const related = d.relatedInformation?.[0];
      assert.ok(related);
      assert.strictEqual(related.location.uri.toString(), workspaceFile(COURIER).toString());
      const courier = await vscode.workspace.openTextDocument(workspaceFile(COURIER));
      assert.match(courier.getText(related.location.range), /25,000/);
    });

    it('lists unique claims as hints with the source and code set (any engine)', async () => {
      const report = (await api.compare(workspaceFile(HERALD), workspaceFile(COURIER)))!;
      const hints = vscode.languages.getDiagnostics(workspaceFile(COURIER)).filter((d) => d.code === 'unique');
      assert.strictEqual(hints.length, report.documents[1].claims.filter((c) => c.label === 'unique').length);
      for (const h of hints) {
        assert.strictEqual(h.severity, vscode.DiagnosticSeverity.Hint);
        assert.strictEqual(h.source, 'Source Compare');
      }
    });

    it('opens the side-by-side view on two virtual documents and refreshes it after an edit', async () => {
      const report = (await api.compare(workspaceFile(HERALD), workspaceFile(COURIER)))!;
      // One editor group and no sidebar, so the view gets the window's width (for the screenshot).
      await vscode.commands.executeCommand('workbench.action.joinAllGroups');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand(COMMANDS.showSideBySide);
      const uris = api.sideBySide();
      assert.ok(uris);
      const diffTab = await waitFor('the diff tab', () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff),
      );
      const input = diffTab.input as vscode.TabInputTextDiff;
      assert.strictEqual(input.original.scheme, DIFF_SCHEME);
      assert.strictEqual(input.modified.scheme, DIFF_SCHEME);
      const left = await vscode.workspace.openTextDocument(uris.left);
      const right = await vscode.workspace.openTextDocument(uris.right);
      assert.strictEqual(left.lineCount, right.lineCount, 'both sides have one line per row');
      for (const c of report.documents[0].claims) assert.ok(left.getText().includes(c.text.replace(/\s+/g, ' ')), `left lists "${c.text}"`);
      for (const c of report.documents[1].claims) assert.ok(right.getText().includes(c.text.replace(/\s+/g, ' ')), `right lists "${c.text}"`);
      await screenshot('side-by-side');
      await vscode.commands.executeCommand('workbench.view.explorer');

      const herald = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(HERALD))!;
      const changed = new Promise<void>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document.uri.toString() === uris.left.toString() && e.document.getText().includes('Lighthouse')) {
            sub.dispose();
            resolve();
          }
        });
      });
      const edit = new vscode.WorkspaceEdit();
      edit.insert(herald.uri, herald.positionAt(herald.getText().length), '\nThe Lighthouse Museum will stay open.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await changed;
      await revert(herald);
    });

    it('re-runs after an edit, drops stale results, and measures the latency on a ~2,000-word article', async () => {
      const a = await vscode.workspace.openTextDocument(workspaceFile('long-a.txt'));
      const words = a.getText().split(/\s+/).length;
      assert.ok(words >= 1900, `long-a.txt has ~2,000 words (${words})`);
      await api.compare(a, workspaceFile('long-b.txt'));
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === a)!;

      // Three quick edits: one re-run, for the last version only. An edit's round trip through the
      // browser takes a few hundred ms here, so the quiet time is raised for this test.
      const config = vscode.workspace.getConfiguration('sourceCompare');
      await config.update('debounceMs', 2000, vscode.ConfigurationTarget.Global);
      const renders: number[] = [];
      const sub = api.onDidRender((r) => r.trigger === 'edit' && renders.push(a.version));
      const done = nextRender(api, (r) => r.trigger === 'edit');
      for (const word of [' Alpha.', ' Beta.', ' The harbour master resigned on Friday.']) {
        await editor.edit((b) => b.insert(a.positionAt(a.getText().length), word));
        await sleep(20);
      }
      const info = await done;
      await sleep(600); // room for a (wrong) second render
      sub.dispose();
      await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
      assert.deepStrictEqual(renders, [a.version], 'one render, for the final version');
      const claims = info.report.documents[0].claims;
      assert.ok(claims.some((c) => c.text.includes('harbour master resigned')), 'the new sentence is a claim');
      for (const c of claims) assert.strictEqual(a.getText().slice(c.start, c.end), c.text, 'offsets match the current text');
      const painted = api.decorations(a.uri)!;
      assert.strictEqual(painted.agreement.length + painted.discrepancy.length + painted.unique.length, claims.length);
      console.log(`[source-compare:latency] debounce fired → decorations set: ${info.latencyMs.toFixed(1)} ms (engine ${info.computeMs.toFixed(1)} ms, ${words} words)`);
      await revert(a);
    });

    it('[engine] with sourceCompare.meaning on, the worker loads the sentence encoder and pairs a claim said in other words', async function () {
      if (await engineIsStub(api)) this.skip();
      this.timeout(60_000);
      const a = await vscode.workspace.openTextDocument({ language: 'article', content: 'The harbour authority in Dravik closed the north pier on Monday after a crack was found in its supports.\n\nThe closure, the spokeswoman stressed, was a precaution meant to keep any danger away from the ferry passengers.\n' });
      const b = await vscode.workspace.openTextDocument({ language: 'article', content: "Dravik's harbour authority shut the north pier on Monday when engineers found a crack in its supports.\n\nA spokeswoman said the pier had been shut as a safety measure to protect people travelling on the ferries.\n" });
      const config = vscode.workspace.getConfiguration('sourceCompare');
      const byWords = (await api.compare(a, b))!;
      assert.strictEqual(byWords.similarity, undefined, 'off by default: words only');
      assert.strictEqual(byWords.documents[0].claims[1].label, 'unique');
      api.clearAll();
      await config.update('meaning', true, vscode.ConfigurationTarget.Global);
      try {
        const report = (await api.compare(a, b))!;
        assert.match(report.similarity ?? '', /all-MiniLM-L6-v2 .* on onnxruntime-(node|web)/, 'the report names the model and runtime');
        assert.strictEqual(report.documents[0].claims[1].label, 'agreement', 'the paraphrase finds its counterpart');
        assert.strictEqual(api.engine().mode, 'worker', 'the encoder runs in the engine worker');
      } finally {
        await config.update('meaning', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('compares an untitled document with a file', async () => {
      const untitled = await vscode.workspace.openTextDocument({ content: 'Ferries will run every 20 minutes while the bridge is closed.\n', language: 'article' });
      const report = await api.compare(untitled, workspaceFile(HERALD));
      assert.ok(report);
      assert.match(report.documents[0].path, /^Untitled-\d+$/);
      assert.ok(api.decorations(untitled.uri));
    });

    it('compares with the clipboard through the quick pick', async () => {
      await vscode.env.clipboard.writeText('About 18,000 vehicles cross the bridge every day, the transport office said.\n');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(HERALD)));
      const rendered = nextRender(api);
      const command = vscode.commands.executeCommand(COMMANDS.compareWith);
      await sleep(1500); // the quick pick lists the workspace first
      // The clipboard entry is the last item: step up from the first, wrapping around.
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectPrevious');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await command;
      const { report } = await rendered;
      assert.match(report.documents[1].path, /^Untitled-\d+$/);
      assert.ok(report.documents[1].claims[0].text.includes('18,000'));
    });

    it('runs every contributed command', async () => {
      await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      const herald = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(HERALD))!;
      await vscode.window.showTextDocument(herald.document, herald.viewColumn);
      const ran: string[] = [];
      const run = async (id: string, ...args: unknown[]) => {
        await vscode.commands.executeCommand(id, ...args);
        ran.push(id);
      };
      await run(COMMANDS.nextDiscrepancy);
      await run(COMMANDS.previousDiscrepancy);
      vscode.window.activeTextEditor!.selection = new vscode.Selection(herald.document.positionAt(herald.document.getText().indexOf('The council') + 2), herald.document.positionAt(herald.document.getText().indexOf('The council') + 2));
      await run(COMMANDS.goToCounterpart);
      const listing = run(COMMANDS.listDiscrepancies);
      await sleep(300);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await listing;
      await run(COMMANDS.showSideBySide);
      const before = api.current()!.documents.map(String);
      const swapped = nextRender(api, (r) => r.trigger === 'swap');
      await run(COMMANDS.swapSides);
      await swapped;
      assert.deepStrictEqual(api.current()!.documents.map(String), [...before].reverse());
      await run(COMMANDS.showReport);
      await waitFor('the report view', () => api.reportHtml());
      const exported = workspaceFile('every-command-export.json');
      await run(COMMANDS.exportReport, 'json', exported);
      assert.strictEqual(JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(exported)).toString('utf8')).schema, 'source-compare/report@1');
      await run(COMMANDS.showLog);
      // Triage and the view, each with the arguments a code action or view item passes.
      const doc0 = api.current()!.documents[0].toString();
      const claims0 = api.current()!.report!.documents[0].claims;
      const c0 = claims0[0];
      await run(COMMANDS.copyFinding, doc0, c0.id, 'plain');
      await run(COMMANDS.revealFinding, doc0, c0.id);
      await run(COMMANDS.markReviewed, doc0, c0.id);
      await run(COMMANDS.undoDecision);
      await run(COMMANDS.dismissFinding, doc0, c0.id);
      await run(COMMANDS.undoDecision);
      await run(COMMANDS.linkClaim, doc0, c0.id, 1, api.current()!.report!.documents[1].claims[0].id);
      await run(COMMANDS.undoDecision);
      const filtering = run(COMMANDS.filterFindings);
      await sleep(300);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await filtering;
      await run(COMMANDS.clear);
      assert.strictEqual(api.current(), undefined);
      await run(COMMANDS.compareWith, workspaceFile(COURIER), [workspaceFile(HERALD), workspaceFile(COURIER)]);
      assert.ok(api.current());
      await run(COMMANDS.compareOpenArticles, [workspaceFile(HERALD), workspaceFile(COURIER), workspaceFile('harbour-gazette.article')]);
      assert.strictEqual(api.current()?.documents.length, 3);
      assert.deepStrictEqual([...new Set(ran)].sort(), Object.values(COMMANDS).sort());
    });

    it('[engine] steps through discrepancies and jumps to the counterpart', async function () {
      if (await engineIsStub(api)) this.skip();
      await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      const herald = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(HERALD))!;
      await vscode.window.showTextDocument(herald.document, herald.viewColumn);
      await vscode.commands.executeCommand(COMMANDS.nextDiscrepancy);
      assert.match(herald.document.getText(vscode.window.activeTextEditor!.selection), /18,000/);
      await vscode.commands.executeCommand(COMMANDS.goToCounterpart);
      const active = vscode.window.activeTextEditor!;
      assert.ok(active.document.uri.path.endsWith(COURIER));
      assert.match(active.document.getText(active.selection), /25,000/);
    });

    it('closing every article ends the comparison and frees everything', async () => {
      await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
      const ended = new Promise<void>((resolve) => api.onDidEnd(() => resolve()));
      await closeAll();
      await ended;
      assert.strictEqual(api.current(), undefined);
      assert.strictEqual(api.statusText(), undefined);
      assert.strictEqual(api.sideBySide(), undefined);
      assert.strictEqual(api.decorations(workspaceFile(HERALD)), undefined);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(workspaceFile(HERALD)), []);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(workspaceFile(COURIER)), []);
    });

    it('the labels setting chooses what is drawn', async () => {
      const config = vscode.workspace.getConfiguration('sourceCompare');
      await config.update('labels', ['discrepancy'], vscode.ConfigurationTarget.Global);
      try {
        await api.compare(workspaceFile(HERALD), workspaceFile(COURIER));
        const painted = api.decorations(workspaceFile(HERALD))!;
        assert.deepStrictEqual([painted.agreement.length, painted.unique.length], [0, 0]);
      } finally {
        await config.update('labels', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('settings switch hovers and the Problems entries off', async () => {
      const config = vscode.workspace.getConfiguration('sourceCompare');
      const report = (await api.compare(workspaceFile(HERALD), workspaceFile(COURIER)))!;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(HERALD))!;
      const offset = report.documents[0].claims[0].start + 1;
      const ours = async () => (await hoverMarkdown(doc, offset)).filter((h) => /Agreement|Discrepancy|Unique/.test(h.value));
      assert.strictEqual((await ours()).length, 1);
      try {
        await config.update('hover.detail', 'brief', vscode.ConfigurationTarget.Global);
        const [brief] = await ours();
        assert.ok(brief && !brief.value.includes('command:'), 'a brief hover has no links');
        await config.update('hover.detail', 'off', vscode.ConfigurationTarget.Global);
        assert.strictEqual((await ours()).length, 0);
        await config.update('diagnostics.enabled', false, vscode.ConfigurationTarget.Global);
        await waitFor('diagnostics to clear', () => vscode.languages.getDiagnostics(doc.uri).length === 0);
      } finally {
        await config.update('hover.detail', undefined, vscode.ConfigurationTarget.Global);
        await config.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    describe('hostile article text stays inert in hovers', () => {
      // Each pattern is the unescaped (live) form; escaped text (`\\<img`, `\\]\\(`) is inert.
      const FORBIDDEN: [RegExp, string][] = [
        [/(?<!\\)\]\((?!command:sourceCompare\.)/, 'a link to something other than our commands'],
        [/(?<!\\)!\[/, 'an image'],
        [/(?<!\\)</, 'raw HTML'],
        [/(?<!\\)&/, 'an HTML entity'],
        [/https?:\/\//i, 'a bare URL that would autolink'],
        [/(?<!\\)www\./i, 'a www. autolink'],
      ];
      const assertInert = (md: string) => {
        for (const [re, what] of FORBIDDEN) assert.ok(!re.test(md), `hover contains ${what}:\n${md}`);
        for (const m of md.matchAll(/command:([\w.]+)/g)) assert.ok(HOVER_COMMANDS.includes(m[1]), `only our commands are linked (${m[1]})`);
      };

      it('escapes article text in counterparts, messages and reasons (built directly)', () => {
        const hostile = fs.readFileSync(workspaceFile('hostile.md').fsPath, 'utf8');
        const claim = (id: string, text: string): ReportClaim => ({
          id, start: 0, end: text.length, text, label: 'discrepancy', reason: text, matches: [{ document: 1, claim: '1:0', score: 0.9 }],
          corroboration: [{ document: 1, status: 'conflicts', claims: ['1:0'], kinds: ['other'] }],
          discrepancies: [{ kind: 'other', here: { start: 0, end: 4, text: text.slice(0, 4) }, there: { document: 1, claim: '1:0', start: 0, end: 4, text }, message: `Differs: ${text}` }],
        });
        const other: ReportDocument = { path: '[x](command:evil)', title: null, date: null, source: null, url: null, metadata: null, notice: null, claims: [{ ...claim('1:0', hostile.replace('Friday', 'Saturday')), label: 'discrepancy' }] };
        const mine = claim('0:0', hostile);
        const here: ReportDocument = { ...other, path: 'hostile.md', claims: [mine] };
        const third: ReportDocument = { ...other, path: '<script>alert(1)</script>](command:evil).md', claims: [] };
        const uris = [workspaceFile('hostile.md'), workspaceFile('hostile-copy.md'), workspaceFile('notes.txt')];
        for (const documents of [[here, other], [here, other, third]]) {
          const report: Report = { schema: 'source-compare/report@1', documents, summary: { claims: 2, agreement: 0, discrepancy: 2, unique: 0 } };
          if (documents.length === 3) mine.corroboration = [...mine.corroboration, { document: 2, status: 'silent', claims: [], kinds: [] }];
          const md = claimHover({ claim: mine, index: 0, report, uris, detail: 'full' })!;
          assert.strictEqual(md.supportHtml, false);
          assert.deepStrictEqual(md.isTrusted, { enabledCommands: HOVER_COMMANDS });
          assertInert(md.value);
          assert.ok(md.value.includes('javascript\\:alert'), 'the text is still there, escaped');
        }
      });

      it('hovers over a compared hostile article are inert', async () => {
        const report = (await api.compare(workspaceFile('hostile.md'), workspaceFile('hostile-copy.md')))!;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/hostile.md'))!;
        let seen = 0;
        for (const c of report.documents[0].claims) {
          const ours = (await hoverMarkdown(doc, c.start + 1)).filter((h) => /Agreement|Discrepancy|Unique/.test(h.value));
          assert.strictEqual(ours.length, 1, `one hover of ours on "${c.text}"`);
          assertInert(ours[0].value);
          seen++;
        }
        assert.ok(seen >= 4);
      });
    });
  });
}
