/**
 * The status-bar item, one for the whole comparison: counts of the ACTIVE article's own claims by
 * label ("20 agree · 2 conflict · 12 unique", with "3 sources · " in front when more than two
 * articles are compared); clicking it lists that article's discrepancies. Hidden when the active
 * editor is not a compared article.
 */
import * as vscode from 'vscode';
import type { Report, ReportDocument } from '../engine/report/types';
import { COMMANDS, DISPLAY_NAME } from './commands';

export interface LabelCounts {
  agreement: number;
  discrepancy: number;
  unique: number;
}

export function countLabels(doc: ReportDocument): LabelCounts {
  const counts: LabelCounts = { agreement: 0, discrepancy: 0, unique: 0 };
  for (const c of doc.claims) counts[c.label]++;
  return counts;
}

/** "20 agree · 2 conflict · 12 unique" */
export function formatCounts(c: LabelCounts): string {
  return `${c.agreement} agree · ${c.discrepancy} conflict · ${c.unique} unique`;
}

export class StatusFeature implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceCompare.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = DISPLAY_NAME;
    this.item.command = COMMANDS.listDiscrepancies;
  }

  /** Shows the counts of document `index` of `report` (the active article) against the others. */
  show(report: Report, index: number, stale: boolean): void {
    const counts = countLabels(report.documents[index]);
    const others = report.documents.filter((_d, i) => i !== index).map((d) => d.path).join(', ');
    const sources = report.documents.length > 2 ? `${report.documents.length} sources · ` : '';
    this.item.text = `$(git-compare) ${sources}${formatCounts(counts)}${stale ? ' $(sync~spin)' : ''}`;
    this.item.tooltip = `${DISPLAY_NAME}: this article's claims against ${others}. Click to list the discrepancies.`;
    this.item.accessibilityInformation = { label: `${DISPLAY_NAME}: ${sources}${formatCounts(counts)} against ${others}` };
    this.item.show();
    this.visible = true;
  }

  hide(): void {
    this.item.hide();
    this.visible = false;
  }

  /** The text shown, or undefined when hidden (test API). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  dispose(): void {
    this.item.dispose();
  }
}
