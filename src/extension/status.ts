/**
 * The status-bar item: counts of the ACTIVE article's own claims by label ("20 agree · 2 conflict ·
 * 12 unique"); clicking it lists that article's discrepancies. Hidden when the active editor is not
 * a compared article.
 */
import * as vscode from 'vscode';
import type { ReportDocument } from '../engine/types';
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

  /** Shows the counts of `doc` (the active article) compared with `otherName`. */
  show(doc: ReportDocument, otherName: string, stale: boolean): void {
    const counts = countLabels(doc);
    this.item.text = `$(git-compare) ${formatCounts(counts)}${stale ? ' $(sync~spin)' : ''}`;
    this.item.tooltip = `${DISPLAY_NAME}: this article's claims against ${otherName}. Click to list the discrepancies.`;
    this.item.accessibilityInformation = { label: `${DISPLAY_NAME}: ${formatCounts(counts)} against ${otherName}` };
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
