/**
 * The side-by-side view: two articles of the comparison (with more than two: the active one and a
 * chosen other one) as two read-only virtual documents (scheme `source-compare`) holding the
 * aligned claims, opened in VS Code's diff editor. Their content follows the comparison: each new
 * result fires `onDidChange`, so an open view refreshes.
 */
import * as vscode from 'vscode';
import type { Report } from '../engine/report/types';
import { alignClaims } from './sideBySideText';
import { DIFF_SCHEME } from './commands';
import { shortSource } from './provenance';

const REPORT_VIEW_TYPE = 'sourceCompare.report';

/** A tab of ours: the side-by-side diff or the report panel. */
export function isOurs(t: vscode.Tab): boolean {
  if (t.input instanceof vscode.TabInputTextDiff) return t.input.original.scheme === DIFF_SCHEME;
  return t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(REPORT_VIEW_TYPE);
}

/** A new editor group right of every open one (ViewColumn.Beside may be a group an article is in). */
export function newColumn(): vscode.ViewColumn {
  const last = Math.max(0, ...vscode.window.tabGroups.all.map((g) => g.viewColumn));
  return Math.min(last + 1, vscode.ViewColumn.Nine) as vscode.ViewColumn;
}

/** The column of the first editor group holding a tab that `test` accepts. */
export function ourColumn(test: (t: vscode.Tab) => boolean): vscode.ViewColumn | undefined {
  return vscode.window.tabGroups.all.find((g) => g.tabs.some(test))?.viewColumn;
}

export interface SideBySideUris {
  left: vscode.Uri;
  right: vscode.Uri;
}

export class SideBySideProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly contents = new Map<string, string>();
  private current: SideBySideUris | undefined;
  /** Which two documents (report indices) the view shows: [left, right]. */
  private shown: [number, number] = [0, 1];
  private shownSession: number | undefined;
  private title = '';
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? 'This comparison has ended.';
  }

  /** The URIs of the current comparison's two sides, if there is one. */
  get uris(): SideBySideUris | undefined {
    return this.current;
  }

  /** The comparison the view shows, if any. */
  get sessionId(): number | undefined {
    return this.current ? this.shownSession : undefined;
  }

  /** The pair of documents the view shows, if valid for comparison `sessionId` of `count` documents, else the first two. */
  pair(count: number, sessionId?: number): [number, number] {
    const [l, r] = this.shown;
    return (sessionId === undefined || sessionId === this.shownSession) && l < count && r < count && l !== r ? [l, r] : [0, 1];
  }

  /**
   * Recomputes both sides for session `sessionId`, showing documents `pair` ([left, right] report
   * indices), and tells open views to refresh.
   */
  update(sessionId: number, report: Report, names: readonly string[], pair: readonly [number, number] = [0, 1]): SideBySideUris {
    const [l, r] = pair;
    this.shown = [l, r];
    this.shownSession = sessionId;
    this.title = `${shortSource(l, report.documents)} ↔ ${shortSource(r, report.documents)} (claim by claim)`;
    const { left, right } = alignClaims(report, names, l, r);
    const uris = {
      left: vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${sessionId}/${l}-${r}/left/${safeName(names[l])}` }),
      right: vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${sessionId}/${l}-${r}/right/${safeName(names[r])}` }),
    };
    if (this.current && this.current.left.toString() !== uris.left.toString()) this.contents.clear();
    this.current = uris;
    this.contents.set(uris.left.toString(), left);
    this.contents.set(uris.right.toString(), right);
    this.refresh(uris);
    return uris;
  }

  /**
   * Opens the diff editor on the current pair, or shows it where it is already open. A new one opens
   * beside the articles, in the group that holds our report if there is one, never over an article.
   */
  async open(): Promise<void> {
    if (!this.current) return;
    const left = this.current.left.toString();
    const right = this.current.right.toString();
    const column = ourColumn((t) => t.input instanceof vscode.TabInputTextDiff && t.input.original.toString() === left && t.input.modified.toString() === right);
    await vscode.commands.executeCommand('vscode.diff', this.current.left, this.current.right, this.title, {
      preview: false,
      viewColumn: column ?? ourColumn(isOurs) ?? newColumn(),
    });
  }

  /**
   * Drops the ended comparison's documents. Open views are not told: they usually close with it,
   * and a change event for a document the workbench is disposing fails there ("Model is disposed").
   */
  forget(): void {
    this.current = undefined;
    this.shownSession = undefined;
    this.shown = [0, 1];
    this.contents.clear();
  }

  /** Tells VS Code to re-read the sides it has open (a closed one is read afresh when reopened). */
  private refresh(uris: SideBySideUris): void {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const uri of [uris.left, uris.right]) if (open.has(uri.toString())) this.changed.fire(uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.contents.clear();
  }
}

/** The last path segment of a name, kept readable for the editor tab. */
function safeName(name: string): string {
  return (name.split(/[\\/]/).pop() || 'article').replace(/[^\w.\- ]/g, '_');
}
