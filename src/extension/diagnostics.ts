/**
 * Problems-panel entries: one diagnostic per discrepancy (code = its kind, related information =
 * the passage in the other article) and, when enabled, a hint per unique claim. One collection,
 * replaced whole per document on each result and deleted on close (house style 6).
 */
import * as vscode from 'vscode';
import type { ReportDocument } from '../engine/types';
import { DISPLAY_NAME } from './commands';
import type { Settings, SeverityName } from './config';

const SEVERITY: Record<SeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** One compared article as the diagnostics need it. */
export interface DiagnosedSide {
  document: vscode.TextDocument;
  report: ReportDocument;
  name: string;
}

/** The diagnostics of `here` against `there`. */
export function buildDiagnostics(here: DiagnosedSide, there: DiagnosedSide, settings: Settings['diagnostics']): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  const range = (doc: vscode.TextDocument, start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  for (const claim of here.report.claims) {
    for (const d of claim.discrepancies) {
      const span = d.here.end > d.here.start ? d.here : claim;
      const diagnostic = new vscode.Diagnostic(range(here.document, span.start, span.end), d.message, SEVERITY[settings.severity]);
      diagnostic.source = DISPLAY_NAME;
      diagnostic.code = d.kind;
      diagnostic.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(there.document.uri, range(there.document, d.there.start, d.there.end)),
          `${there.name}: “${d.there.text}”`,
        ),
      ];
      out.push(diagnostic);
    }
    if (claim.label === 'unique' && settings.uniqueAsHints) {
      const hint = new vscode.Diagnostic(range(here.document, claim.start, claim.end), `Only this article says this; ${there.name} does not.`, vscode.DiagnosticSeverity.Hint);
      hint.source = DISPLAY_NAME;
      hint.code = 'unique';
      out.push(hint);
    }
  }
  return out;
}

export class DiagnosticsFeature implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceCompare');

  /** Replaces the diagnostics of both sides. */
  update(sides: readonly [DiagnosedSide, DiagnosedSide], settings: Settings['diagnostics']): void {
    for (const [here, there] of [[sides[0], sides[1]], [sides[1], sides[0]]] as const) {
      this.collection.set(here.document.uri, settings.enabled ? buildDiagnostics(here, there, settings) : []);
    }
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
