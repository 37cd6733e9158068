/**
 * The command handlers. The map is typed by command id, so the compiler rejects a command without a
 * handler or a handler without a command; `test/unit/contributions.test.ts` checks the ids against
 * package.json.
 */
import * as vscode from 'vscode';
import type { Report, ReportClaim } from '../engine/report/types';
import { COMMANDS, type CommandId } from './commands';
import { columnOfTab, type Comparisons } from './controller';
import type { ExportFormat } from '../engine/render/report-page';
import { counterpartOf } from './hovers';
import { pickArticles, pickOtherArticle } from './pick';
import { exportReport, revealClaim, type ReportView } from './report';
import type { FindingsView } from './findingsView';
import { resolveClaim, type TriageFeature } from './triage';
import { describe, documentLabel } from './session';

/** A command as VS Code calls it: with whatever arguments the caller (menu, keybinding, link) passes. */
export type Handler = (...args: unknown[]) => unknown;

/**
 * A view item's inline action passes the tree element (a finding of FindingsView); commands take
 * (article URI, claim id, …): turn the one into the other.
 */
function viewArgs(args: unknown[]): unknown[] {
  const node = args[0] as { type?: string; session?: { documents: readonly vscode.TextDocument[] }; index?: number; claim?: ReportClaim } | undefined;
  if (node && typeof node === 'object' && node.type === 'finding' && node.session && typeof node.index === 'number' && node.claim) {
    return [node.session.documents[node.index].uri.toString(), node.claim.id];
  }
  return args;
}

export function createHandlers(c: Comparisons, reportView: ReportView, triage: TriageFeature, findings: FindingsView): Record<CommandId, Handler> {
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
    [COMMANDS.swapSides]: guarded('Swap Sides', () => swapSides(c)),
    [COMMANDS.showReport]: guarded('Show Comparison Report', () => reportView.show()),
    [COMMANDS.exportReport]: guarded('Export Comparison Report', (format?: ExportFormat, target?: vscode.Uri) => exportReport(c, format, target)),
    [COMMANDS.clear]: guarded('Clear Comparison', () => c.end()),
    [COMMANDS.showLog]: () => c.log.show(true),
    [COMMANDS.dismissFinding]: guarded('Dismiss Finding', (...a: unknown[]) => {
      const [uri, claim, doc, other] = viewArgs(a) as [string?, string?, number?, string?];
      return triage.decide('dismiss', uri, claim, doc, other);
    }),
    [COMMANDS.markReviewed]: guarded('Mark as Reviewed', (...a: unknown[]) => {
      const [uri, claim, doc, other] = viewArgs(a) as [string?, string?, number?, string?];
      const t = doc === undefined ? resolveClaim(c, uri, claim) : undefined;
      // From the view: a finding with a counterpart is reviewed against it, a unique claim on its own.
      const first = t && (t.claim.discrepancies[0]?.there ?? t.claim.matches[0]);
      return triage.decide('review', uri, claim, doc ?? first?.document, other ?? (first ? ('claim' in first ? first.claim : undefined) : undefined));
    }),
    [COMMANDS.linkClaim]: guarded('Link to a Claim', (...a: unknown[]) => {
      const [uri, claim, doc, other] = viewArgs(a) as [string?, string?, number?, string?];
      return triage.link(uri, claim, doc, other);
    }),
    [COMMANDS.undoDecision]: guarded('Undo Decision', (...a: unknown[]) => {
      const [uri, claim, doc, other] = viewArgs(a) as [string?, string?, number?, string?];
      if (typeof uri === 'string' && doc === undefined) {
        const mark = resolveClaim(c, uri, claim)?.claim.decisions?.[0];
        return mark ? triage.undo(uri, claim, mark.document, mark.claim) : false;
      }
      return triage.undo(uri, claim, doc, other);
    }),
    [COMMANDS.copyFinding]: guarded('Copy Finding', (...a: unknown[]) => {
      const [uri, claim, format] = viewArgs(a) as [string?, string?, ('markdown' | 'plain')?];
      return triage.copy(uri, claim, format);
    }),
    [COMMANDS.revealFinding]: guarded('Reveal Finding', async (uri?: string, claimId?: string) => {
      const t = resolveClaim(c, uri, claimId);
      if (t) await revealClaim(c, t.index, t.claim.id, t.session);
    }),
    [COMMANDS.filterFindings]: guarded('Filter Findings', () => findings.pickFilters()),
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
  await c.sideBySide.open();
}

/**
 * Exchanges the sides of the focused comparison and shows the result where it is visible: the
 * side-by-side view (opened if need be) with the articles the other way round, and a message.
 */
async function swapSides(c: Comparisons): Promise<void> {
  const s = c.current;
  if (!s) return;
  const result = await s.swap();
  const names = result?.report.documents.map((d) => d.path);
  if (!names) return;
  await c.sideBySide.open();
  void vscode.window.setStatusBarMessage(`Source Compare: sides swapped — ${names[0]} is now on the left`, 4000);
}

/** One stop of Next / Previous Discrepancy: a discrepancy's differing words in one article. */
export interface Stop {
  document: number;
  start: number;
  end: number;
}

/** Every discrepancy of the comparison, article by article (report order), then by position. */
export function discrepancyStops(report: Report): Stop[] {
  return report.documents.flatMap((doc, document) =>
    doc.claims
      .filter((claim) => claim.label === 'discrepancy')
      .map((claim) => {
        const span = claim.discrepancies.find((d) => d.here.end > d.here.start)?.here ?? claim;
        return { document, start: span.start, end: span.end };
      })
      .sort((x, y) => x.start - y.start),
  );
}

/**
 * Selects the next (1) or previous (-1) discrepancy of the focused comparison, moving on to the
 * next article after the last one of this article and wrapping around; the status bar shows
 * "≠ 2 of 7" while the selection stays on it.
 */
async function moveToDiscrepancy(c: Comparisons, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const s = (editor && c.sessionFor(editor.document.uri)) || c.current;
  const report = s?.result?.report;
  if (!s || !report) return;
  const stops = discrepancyStops(report);
  if (!stops.length) {
    void vscode.window.setStatusBarMessage('Source Compare: no discrepancies in these articles', 3000);
    return;
  }
  const here = editor ? s.indexOf(editor.document.uri) : -1;
  const at = here >= 0 && editor ? editor.document.offsetAt(editor.selection.start) : -1;
  const after = (t: Stop) => t.document > here || (t.document === here && t.start > at);
  const before = (t: Stop) => t.document < here || (t.document === here && t.start < at);
  const k = direction === 1 ? stops.findIndex(after) : findLastIndex(stops, before);
  const index = k >= 0 ? k : direction === 1 ? 0 : stops.length - 1;
  const stop = stops[index];
  const doc = s.documents[stop.document];
  if (s.isClosed(stop.document)) {
    await vscode.window.showTextDocument(doc.uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await sleepTick();
  }
  const target = s.documents[stop.document];
  const shown = await vscode.window.showTextDocument(target, { viewColumn: columnOfTab(target.uri) ?? editor?.viewColumn, preview: false });
  const range = new vscode.Range(target.positionAt(stop.start), target.positionAt(stop.end));
  c.setStep({ session: s.id, uri: target.uri.toString(), start: stop.start, ordinal: index + 1, total: stops.length });
  reveal(shown, range);
}

function findLastIndex<T>(xs: readonly T[], test: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i])) return i;
  return -1;
}

/** Lets the session pick up an article reopened a moment ago. */
const sleepTick = () => new Promise((r) => setTimeout(r, 50));

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
