/**
 * The side-by-side view: two read-only virtual documents (scheme `source-compare`) holding the
 * aligned claims, opened in VS Code's diff editor. Their content follows the comparison: each new
 * result fires `onDidChange`, so an open view refreshes.
 */
import * as vscode from 'vscode';
import type { Report } from '../engine/types';
import { alignClaims } from './align';
import { DIFF_SCHEME } from './commands';

export interface SideBySideUris {
  left: vscode.Uri;
  right: vscode.Uri;
}

export class SideBySideProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly contents = new Map<string, string>();
  private current: SideBySideUris | undefined;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? 'This comparison has ended.';
  }

  /** The URIs of the current comparison's two sides, if there is one. */
  get uris(): SideBySideUris | undefined {
    return this.current;
  }

  /** Recomputes both sides for session `sessionId` and tells open views to refresh. */
  update(sessionId: number, report: Report, names: readonly [string, string]): SideBySideUris {
    const { left, right } = alignClaims(report, names);
    const uris = {
      left: vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${sessionId}/left/${safeName(names[0])}` }),
      right: vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${sessionId}/right/${safeName(names[1])}` }),
    };
    if (this.current && this.current.left.toString() !== uris.left.toString()) this.forget();
    this.current = uris;
    this.contents.set(uris.left.toString(), left);
    this.contents.set(uris.right.toString(), right);
    this.refresh(uris);
    return uris;
  }

  /** Opens the diff editor on the current comparison. */
  async open(names: readonly [string, string]): Promise<void> {
    if (!this.current) return;
    await vscode.commands.executeCommand('vscode.diff', this.current.left, this.current.right, `${names[0]} ↔ ${names[1]} (claim by claim)`, {
      preview: false,
    });
  }

  /**
   * Drops the ended comparison's documents. Open views are not told: they usually close with it,
   * and a change event for a document the workbench is disposing fails there ("Model is disposed").
   */
  forget(): void {
    this.current = undefined;
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
