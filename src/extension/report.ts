/**
 * The comparison report: a webview panel showing the engine's report page (the same page the CLI
 * writes with `--format html`), re-rendered whenever the comparison re-runs, and the export of the
 * report as HTML, Markdown, JSON or CSV. The page may only post two messages, both validated here:
 * `reveal` (select a claim in its editor) and `export` (save dialog, then the engine's `render()`).
 * The webview runs scripts, but only the page's own inline script, allowed by a fresh nonce per
 * render, under a strict Content-Security-Policy; it loads no local resources.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { render } from '../engine/render/index';
import { EXPORT_FORMATS, isReportPageMessage, renderReportPage, type ExportFormat } from '../engine/render/report-page';
import type { Report } from '../engine/report/types';
import type { Comparisons } from './controller';

const VIEW_TYPE = 'sourceCompare.report';

const EXTENSION: Record<ExportFormat, string> = { html: 'html', markdown: 'md', json: 'json', csv: 'csv' };
const FILTER_NAME: Record<ExportFormat, string> = { html: 'HTML', markdown: 'Markdown', json: 'JSON', csv: 'CSV' };

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelListeners: vscode.Disposable[] = [];
  private lastHtml: string | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly comparisons: Comparisons) {
    this.disposables = [comparisons.onDidRender(() => this.refresh()), comparisons.onDidEnd(() => this.refresh())];
  }

  /** The HTML last given to the webview, while the panel is open (test API). */
  get html(): string | undefined {
    return this.panel ? this.lastHtml : undefined;
  }

  /** Opens the panel beside the articles (or reveals it) and renders the current report. */
  show(): void {
    if (!this.comparisons.current?.result) {
      void vscode.window.showInformationMessage('No comparison is open: compare two or more articles first.');
      return;
    }
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Comparison Report',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // The page is rebuilt from the report whenever it is shown, so nothing needs keeping alive.
      { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [], enableFindWidget: true },
    );
    this.panel = panel;
    this.panelListeners = [
      panel.webview.onDidReceiveMessage((m: unknown) => void this.handleMessage(m)),
      panel.onDidDispose(() => {
        for (const d of this.panelListeners.splice(0)) d.dispose();
        this.panel = undefined;
        this.lastHtml = undefined;
      }),
    ];
    this.refresh();
  }

  /** Re-renders the open panel from the latest report (or says that the comparison ended). */
  refresh(): void {
    const panel = this.panel;
    if (!panel) return;
    const s = this.comparisons.current;
    const report = s?.result?.report;
    if (!s || !report) {
      this.lastHtml = endedPage(panel.webview.cspSource);
    } else {
      const names = report.documents.map((d) => d.path);
      this.lastHtml = renderReportPage(report, {
        texts: s.documents.map((d, i) => (s.isFresh(i) ? d.getText() : undefined)),
        interactive: true,
        nonce: randomBytes(18).toString('base64'),
        cspSource: panel.webview.cspSource,
        title: `Source Compare: ${names.join(' · ')}`,
      });
      panel.title = `Report: ${names.map(baseName).join(' · ')}`;
    }
    panel.webview.html = this.lastHtml;
  }

  /**
   * Handles a message from the page. Anything that is not a well-formed `reveal` or `export`
   * message is logged and ignored: the page shows article text, so it is treated as untrusted.
   */
  async handleMessage(message: unknown): Promise<void> {
    if (!isReportPageMessage(message)) {
      this.comparisons.log.warn(`report view: ignored an unexpected message ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    try {
      if (message.type === 'reveal') await revealClaim(this.comparisons, message.document, message.claim);
      else await exportReport(this.comparisons, message.format);
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      this.comparisons.log.error(`report view: ${message.type} failed: ${text}`);
      void vscode.window.showErrorMessage(`Source Compare: ${text}`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Opens (or shows) document `index` of the comparison and selects claim `claimId` in it. */
export async function revealClaim(c: Comparisons, index: number, claimId: string): Promise<vscode.TextEditor | undefined> {
  const s = c.current;
  const claim = s?.result?.report.documents[index]?.claims.find((x) => x.id === claimId);
  if (!s || !claim) return undefined;
  const doc = s.documents[index];
  const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  const range = new vscode.Range(doc.positionAt(claim.start), doc.positionAt(claim.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Writes the current report in `format` (asked for when not given) to `target` (asked for with a
 * save dialog when not given), through `workspace.fs` so virtual workspaces work too. Resolves to
 * the file written, or undefined when the user backed out.
 */
export async function exportReport(c: Comparisons, format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const s = c.current;
  const report = s?.result?.report;
  if (!s || !report) {
    void vscode.window.showInformationMessage('No comparison is open: compare two or more articles first.');
    return undefined;
  }
  const chosen = format ?? (await pickFormat());
  if (!chosen) return undefined;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Comparison Report',
      saveLabel: 'Export',
      defaultUri: defaultTarget(s.documents[0].uri, report, chosen),
      filters: { [FILTER_NAME[chosen]]: [EXTENSION[chosen]] },
    }));
  if (!uri) return undefined;
  const texts = s.documents.map((d, i) => (s.isFresh(i) ? d.getText() : undefined));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(render(report, chosen, { texts })));
  c.log.info(`report exported as ${chosen} to ${uri.toString(true)}`);
  void vscode.window.setStatusBarMessage(`Source Compare: report saved to ${baseName(uri.path)}`, 4000);
  return uri;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((f) => ({ label: FILTER_NAME[f], description: `.${EXTENSION[f]}`, format: f }));
  return (await vscode.window.showQuickPick(items, { title: 'Export Comparison Report', placeHolder: 'Format' }))?.format;
}

/** "<folder of the first article>/<first>-vs-<second>.<ext>" (the first article's folder, else the workspace's). */
function defaultTarget(first: vscode.Uri, report: Report, format: ExportFormat): vscode.Uri | undefined {
  const stem = report.documents.map((d) => baseName(d.path).replace(/\.[^.]*$/, '')).slice(0, 3).join('-vs-').replace(/[^\w.-]+/g, '_');
  const name = `${stem || 'comparison'}.${EXTENSION[format]}`;
  if (first.scheme !== 'untitled') return vscode.Uri.joinPath(first, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The page shown once the comparison has ended: no script at all. */
function endedPage(cspSource: string): string {
  const csp = `default-src 'none'; style-src ${cspSource.replace(/[^\w:/.*\- ]/g, '')} 'unsafe-inline'`;
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">` +
    '<title>Comparison Report</title></head><body><p>This comparison has ended. Compare two or more articles and run ' +
    '<b>Source Compare: Show Comparison Report</b> again.</p></body></html>'
  );
}
