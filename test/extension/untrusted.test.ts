/**
 * The second, short pass: the fixtures folder opened as an UNTRUSTED workspace (restricted mode,
 * workspace trust enabled; runner flag --untrusted). The extension declares full support for
 * untrusted workspaces (it never executes workspace content), so everything must still work.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/extension/commands';
import { activateApi, activationMs, nextRender, waitFor, workspaceFile } from './helpers';

describe('Source Compare in an untrusted workspace', () => {
  it('runs in restricted mode: compares two articles, decorates them and lists discrepancies', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is not trusted');
    const api = await activateApi();
    // Only reported here: this host activates us while it is still starting up, so the figure is
    // noisier than the trusted pass's, which is the one asserted and written for `npm run bench`.
    console.log(`untrusted workspace: activation took ${activationMs?.toFixed(1)} ms`);
    const herald = workspaceFile('harbour-herald.article');
    const courier = workspaceFile('harbour-courier.article');
    const rendered = nextRender(api);
    await vscode.commands.executeCommand(COMMANDS.compareWith, herald, [herald, courier]);
    const { report } = await rendered;
    assert.strictEqual(report.documents.length, 2);
    assert.strictEqual(api.engine().mode, 'worker');
    for (const uri of [herald, courier]) {
      const painted = api.decorations(uri);
      assert.ok(painted && painted.agreement.length + painted.discrepancy.length + painted.unique.length > 0, `${uri.path} is decorated`);
    }
    const diagnostics = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(herald).filter((x) => x.source === 'Source Compare');
      return d.length > 0 && d;
    });
    console.log(`untrusted workspace: ${diagnostics.length} diagnostics on the Herald, status "${api.statusText()}"`);
    await vscode.commands.executeCommand(COMMANDS.showReport);
    await waitFor('the report view', () => api.reportHtml());
  });

  it('a decision made in the first window applies in this one, read from .source-compare/decisions.json', async function () {
    const file = workspaceFile('.source-compare/decisions.json');
    const exists = await vscode.workspace.fs.stat(file).then(() => true, () => false);
    if (!exists) this.skip(); // the trusted pass did not run first (or skipped its [engine] test)
    const api = await activateApi();
    api.clearAll();
    const report = (await api.compare(workspaceFile('harbour-herald.article'), workspaceFile('harbour-courier.article')))!;
    const claim = report.documents[0].claims.find((c) => c.text.includes('18,000'))!;
    assert.deepStrictEqual(claim.discrepancies, [], 'the dismissed discrepancy stays dismissed');
    assert.strictEqual(claim.decisions?.[0].action, 'dismiss');
    const diagnostics = vscode.languages.getDiagnostics(workspaceFile('harbour-herald.article')).filter((d) => d.source === 'Source Compare' && d.code === 'number');
    assert.deepStrictEqual(diagnostics, []);
  });
});
