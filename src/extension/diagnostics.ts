/**
 * Problems-panel entries: one diagnostic per discrepancy (code = its kind, related information =
 * the passage in the other article, and where each further source stands) and, when enabled, a hint per unique claim. One collection,
 * replaced whole per document on each result and deleted on close (house style 6).
 */
import * as vscode from 'vscode';
import type { ReportDocument } from '../engine/report/types';
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

/**
 * The diagnostics of `sides[here]` against every other side. Each discrepancy's related
 * information points first at the conflicting passage, then at where each other source stands on
 * the claim (its agreeing counterpart, or its own conflicting passage).
 */
export function buildDiagnostics(sides: readonly DiagnosedSide[], here: number, settings: Settings['diagnostics']): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  const me = sides[here];
  const range = (doc: vscode.TextDocument, start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const at = (side: number, span: { start: number; end: number }, message: string) =>
    new vscode.DiagnosticRelatedInformation(new vscode.Location(sides[side].document.uri, range(sides[side].document, span.start, span.end)), message);
  for (const claim of me.report.claims) {
    for (const d of claim.discrepancies) {
      const span = d.here.end > d.here.start ? d.here : claim;
      const diagnostic = new vscode.Diagnostic(range(me.document, span.start, span.end), d.message, SEVERITY[settings.severity]);
      diagnostic.source = DISPLAY_NAME;
      diagnostic.code = d.kind;
      const related = [at(d.there.document, d.there, `${sides[d.there.document]?.name}: “${d.there.text}”`)];
      for (const c of claim.corroboration ?? []) {
        const side = sides[c.document];
        if (!side || c.document === d.there.document) continue;
        if (c.status === 'agrees') {
          const counterpart = side.report.claims.find((x) => x.id === c.claims[0]);
          if (counterpart) related.push(at(c.document, counterpart, `${side.name} agrees: “${counterpart.text}”`));
        } else if (c.status === 'conflicts') {
          for (const other of claim.discrepancies.filter((x) => x.there.document === c.document)) {
            related.push(at(c.document, other.there, `${side.name} (${other.kind}): “${other.there.text}”`));
          }
        }
      }
      diagnostic.relatedInformation = related;
      out.push(diagnostic);
    }
    if (claim.label === 'unique' && settings.uniqueAsHints) {
      const others = sides.filter((_s, i) => i !== here);
      const message =
        others.length === 1 ? `Only this article says this; ${others[0].name} does not.` : `Only this article says this; none of the other ${others.length} sources does.`;
      const hint = new vscode.Diagnostic(range(me.document, claim.start, claim.end), message, vscode.DiagnosticSeverity.Hint);
      hint.source = DISPLAY_NAME;
      hint.code = 'unique';
      out.push(hint);
    }
  }
  return out;
}

export class DiagnosticsFeature implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceCompare');

  /** Replaces the diagnostics of every compared article. */
  update(sides: readonly DiagnosedSide[], settings: Settings['diagnostics']): void {
    for (const [i, side] of sides.entries()) {
      this.collection.set(side.document.uri, settings.enabled ? buildDiagnostics(sides, i, settings) : []);
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
