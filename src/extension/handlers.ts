/**
 * The command handlers. The map is typed by command id, so the compiler rejects a command without a
 * handler or a handler without a command; `test/unit/contributions.test.ts` checks the ids against
 * package.json.
 */
import * as vscode from 'vscode';
import type { ReportClaim } from '../engine/report/types';
import { COMMANDS, type CommandId } from './commands';
import type { Comparisons } from './controller';
import type { ExportFormat } from '../engine/render/report-page';
import { counterpartOf } from './hovers';
import { pickArticles, pickOtherArticle } from './pick';
import { exportReport, type ReportView } from './report';
import { describe, documentLabel } from './session';

/** A command as VS Code calls it: with whatever arguments the caller (menu, keybinding, link) passes. */
export type Handler = (...args: unknown[]) => unknown;

export function createHandlers(c: Comparisons, reportView: ReportView): Record<CommandId, Handler> {
  /** Runs a command body, logging and showing a failure instead of letting it vanish. */
  const guarded =
    <A extends unknown[]>(name: string, body: (...args: A) => unknown): Handler =>
    async (...args: unknown[]) => {
      try {
        // The arguments are the caller's: each body checks what it uses (optional, typed loosely).
        return await body(...(args as A));
      } catch (e) {
        c.log.error(`${name} failed: ${describe(e)}`);
        void vscode.window.showErrorMessage(`Source Compare: ${describe(e)}`);
        return undefined;
      }
    };
  return {
    [COMMANDS.compareWith]: guarded('Compare with Another Article', (uri?: vscode.Uri, uris?: vscode.Uri[]) => compareWith(c, uri, uris)),
    [COMMANDS.compareOpenArticles]: guarded('Compare Open Articles', (uris?: vscode.Uri[]) => compareOpenArticles(c, uris)),
    [COMMANDS.showSideBySide]: guarded('Show Side-by-Side Comparison', (other?: number) => showSideBySide(c, other)),
    [COMMANDS.nextDiscrepancy]: guarded('Next Discrepancy', () => moveToDiscrepancy(c, 1)),
    [COMMANDS.previousDiscrepancy]: guarded('Previous Discrepancy', () => moveToDiscrepancy(c, -1)),
    [COMMANDS.goToCounterpart]: guarded('Go to Counterpart', (uri?: string, claimId?: string, document?: number) => goToCounterpart(c, uri, claimId, document)),
    [COMMANDS.listDiscrepancies]: guarded('List Discrepancies', () => listDiscrepancies(c)),
    [COMMANDS.swapSides]: guarded('Swap Sides', () => c.current?.swap()),
    [COMMANDS.showReport]: guarded('Show Comparison Report', () => reportView.show()),
    [COMMANDS.exportReport]: guarded('Export Comparison Report', (format?: ExportFormat, target?: vscode.Uri) => exportReport(c, format, target)),
    [COMMANDS.clear]: guarded('Clear Comparison', () => c.end()),
    [COMMANDS.showLog]: () => c.log.show(true),
  };
}

/**
 * From the palette or the editor title: the active article against a picked one. From the
 * explorer: all the selected files (two or more), or the clicked file against the active editor.
 */
async function compareWith(c: Comparisons, uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<unknown> {
  const open = (u: vscode.Uri) => vscode.workspace.openTextDocument(u);
  // The explorer passes (clicked, selected[]); the editor title passes (resource, { groupId }).
  if (Array.isArray(uris) && uris.length >= 2) return c.start(await Promise.all(uris.map(open)));
  const active = vscode.window.activeTextEditor?.document;
  if (uri instanceof vscode.Uri && active && uri.toString() !== active.uri.toString()) return c.start([active, await open(uri)]);
  const first = uri instanceof vscode.Uri ? await open(uri) : active;
  if (!first) {
    void vscode.window.showInformationMessage('Open an article first, then compare it with another one.');
    return undefined;
  }
  const other = await pickOtherArticle(first);
  return other ? c.start([first, other]) : undefined;
}

/** Two or more articles (given, or picked from open editors and the workspace) in one comparison. */
async function compareOpenArticles(c: Comparisons, uris?: vscode.Uri[]): Promise<unknown> {
  const docs = Array.isArray(uris) && uris.length ? await Promise.all(uris.map((u) => vscode.workspace.openTextDocument(u))) : await pickArticles();
  if (!docs) return undefined;
  if (docs.length < 2) {
    void vscode.window.showInformationMessage('Pick two or more articles to compare.');
    return undefined;
  }
  return c.start(docs);
}

/**
 * Opens the claim-by-claim diff view. With two articles: the two. With more: the active article
 * (or the first) against `other` (a report index), asked for with a quick pick when not given.
 */
async function showSideBySide(c: Comparisons, other?: number): Promise<void> {
  const s = c.current;
  const names = c.names();
  if (!s?.result || !names) {
    void vscode.window.showInformationMessage('No comparison is open: run "Compare with Another Article…" first.');
    return;
  }
  if (names.length > 2) {
    const active = vscode.window.activeTextEditor;
    const here = Math.max(0, active ? s.indexOf(active.document.uri) : 0);
    let there = typeof other === 'number' && other !== here && other >= 0 && other < names.length ? other : undefined;
    if (there === undefined) {
      const items = s.documents.map((d, i) => ({ label: documentLabel(d), index: i })).filter((x) => x.index !== here);
      there = (await vscode.window.showQuickPick(items, { title: `Side by side: ${names[here]} and…`, placeHolder: 'The other article' }))?.index;
      if (there === undefined) return;
    }
    c.sideBySide.update(s.id, s.result.report, names, [here, there]);
  }
  await c.sideBySide.open(names);
}

/** Selects the next (1) or previous (-1) discrepancy in the active article, wrapping around. */
function moveToDiscrepancy(c: Comparisons, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  const s = c.current;
  const index = s && editor ? s.indexOf(editor.document.uri) : -1;
  if (!editor || !s?.result || index < 0) return;
  const doc = editor.document;
  const targets = s.result.report.documents[index].claims
    .filter((claim) => claim.label === 'discrepancy')
    .map((claim) => claim.discrepancies.find((d) => d.here.end > d.here.start)?.here ?? claim)
    .sort((x, y) => x.start - y.start);
  if (!targets.length) {
    void vscode.window.setStatusBarMessage('Source Compare: no discrepancies in this article', 3000);
    return;
  }
  const at = doc.offsetAt(editor.selection.start);
  const target =
    direction === 1 ? (targets.find((t) => t.start > at) ?? targets[0]) : ([...targets].reverse().find((t) => t.start < at) ?? targets[targets.length - 1]);
  reveal(editor, new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end)));
}

/**
 * Reveals the counterpart of a claim: the one a hover link names (in `document` when given), else
 * the one at the cursor (in the source it conflicts with, else its best match).
 */
async function goToCounterpart(c: Comparisons, uri?: string, claimId?: string, document?: number): Promise<void> {
  const s = c.current;
  const report = s?.result?.report;
  if (!s || !report) return;
  let found: { index: number; claim: ReportClaim } | undefined;
  if (typeof uri === 'string' && typeof claimId === 'string') {
    const index = s.indexOf(vscode.Uri.parse(uri));
    const claim = index >= 0 ? report.documents[index].claims.find((x) => x.id === claimId) : undefined;
    found = claim && { index, claim };
  } else if (vscode.window.activeTextEditor) {
    const editor = vscode.window.activeTextEditor;
    found = c.claimAt(editor.document, editor.selection.active);
  }
  if (!found) return;
  const claim = found.claim;
  const otherIndex =
    typeof document === 'number' && document !== found.index && document >= 0 && document < s.documents.length
      ? document
      : (claim.discrepancies[0]?.there.document ?? claim.matches[0]?.document ?? (found.index === 0 ? 1 : 0));
  const counterpart = counterpartOf(found.claim, report.documents[otherIndex], otherIndex);
  if (!counterpart) {
    void vscode.window.setStatusBarMessage('Source Compare: this claim has no counterpart', 3000);
    return;
  }
  const otherDoc = s.documents[otherIndex];
  const column = vscode.window.visibleTextEditors.find((e) => e.document === otherDoc)?.viewColumn ?? vscode.ViewColumn.Beside;
  const editor = await vscode.window.showTextDocument(otherDoc, { viewColumn: column, preview: false });
  reveal(editor, new vscode.Range(otherDoc.positionAt(counterpart.claim.start), otherDoc.positionAt(counterpart.claim.end)));
}

interface DiscrepancyItem extends vscode.QuickPickItem {
  range: vscode.Range;
}

/** A quick pick of the active article's discrepancies; moving through it previews, accepting reveals. */
async function listDiscrepancies(c: Comparisons): Promise<void> {
  const s = c.current;
  const report = s?.result?.report;
  if (!s || !report) return;
  const active = vscode.window.activeTextEditor;
  const index = active && s.indexOf(active.document.uri) >= 0 ? s.indexOf(active.document.uri) : 0;
  const doc = s.documents[index];
  const items: DiscrepancyItem[] = report.documents[index].claims.flatMap((claim) =>
    claim.discrepancies.map((d) => {
      const span = d.here.end > d.here.start ? d.here : claim;
      const pos = doc.positionAt(span.start);
      return {
        label: `$(warning) ${d.kind}`,
        description: `line ${pos.line + 1}`,
        detail: d.message,
        range: new vscode.Range(pos, doc.positionAt(span.end)),
      };
    }),
  );
  if (!items.length) {
    void vscode.window.showInformationMessage(`No discrepancies in ${report.documents[index].path}.`);
    return;
  }
  const editor = await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: true });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Discrepancies in ${report.documents[index].path}`,
    matchOnDetail: true,
    onDidSelectItem: (item) => reveal(editor, (item as DiscrepancyItem).range),
  });
  if (picked) {
    const shown = await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preview: false });
    reveal(shown, picked.range);
  }
}

function reveal(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
