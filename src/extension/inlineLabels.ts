/**
 * The "≠ place" label after each discrepant claim, as an inlay hint: VS Code lays inlay hints out
 * as part of the line (they wrap with it), so a label never hides text past the editor's edge the
 * way an `after` decoration does on a wrapped paragraph. `sourceCompare.inlineLabels` turns them
 * off (as does the editor's own `editor.inlayHints.enabled`).
 */
import * as vscode from 'vscode';
import type { ReportDocument } from '../engine/report/types';
import { ARTICLE_SCHEMES } from './commands';

/** Where the labels of one document come from: its report entry while the result is fresh. */
export type LabelSource = (doc: vscode.TextDocument) => ReportDocument | undefined;

/** The label text of a discrepant claim: " ≠ number, place". */
export function labelText(kinds: readonly string[]): string {
  return `≠ ${kinds.join(', ') || 'conflict'}`;
}

export class InlineLabels implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly registration: vscode.Disposable;

  constructor(private readonly source: LabelSource, private readonly enabled: (doc: vscode.TextDocument) => boolean) {
    this.registration = vscode.languages.registerInlayHintsProvider(ARTICLE_SCHEMES.map((scheme) => ({ scheme })), this);
  }

  /** Asks VS Code to ask again (after a new result or a settings change). */
  refresh(): void {
    this.changed.fire();
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const report = this.enabled(doc) ? this.source(doc) : undefined;
    if (!report) return [];
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const claim of report.claims) {
      if (claim.label !== 'discrepancy' || claim.end < from || claim.end > to) continue;
      const kinds = [...new Set(claim.discrepancies.map((d) => d.kind))];
      const hint = new vscode.InlayHint(doc.positionAt(claim.end), labelText(kinds));
      hint.paddingLeft = true;
      hint.tooltip = claim.discrepancies.map((d) => d.message).join('\n');
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
