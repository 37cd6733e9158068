/**
 * The status-bar item, one for the whole comparison: counts of the ACTIVE article's own claims by
 * label ("20 agree · 2 conflict · 12 unique", with "3 sources · " in front when more than two
 * articles are compared). A claim can differ in several facts; the Problems panel lists each
 * difference, so when the two counts differ the text says both ("2 conflict (4 differences)").
 * Clicking it lists that article's discrepancies. Hidden when the active editor is not a compared
 * article.
 */
import * as vscode from 'vscode';
import type { Report, ReportDocument } from '../engine/report/types';
import { COMMANDS, DISPLAY_NAME } from './commands';
import { describeSource } from './provenance';

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

/** Differences of the document's claims: one Problems entry each. */
export function countDifferences(doc: ReportDocument): number {
  return doc.claims.reduce((n, c) => n + c.discrepancies.length, 0);
}

/** "20 agree · 2 conflict · 12 unique", or "… 2 conflict (4 differences) …" when the Problems panel lists more. */
export function formatCounts(c: LabelCounts, differences = c.discrepancy): string {
  const extra = differences !== c.discrepancy ? ` (${differences} differences)` : '';
  return `${c.agreement} agree · ${c.discrepancy} conflict${extra} · ${c.unique} unique`;
}

export class StatusFeature implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceCompare.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = DISPLAY_NAME;
    this.item.command = COMMANDS.listDiscrepancies;
  }

  /** Shows the counts of document `index` of `report` (the active article) against the others. */
  show(report: Report, index: number, stale: boolean, o: { comparisons?: number; step?: { ordinal: number; total: number } } = {}): void {
    const doc = report.documents[index];
    const counts = countLabels(doc);
    const differences = countDifferences(doc);
    const others = report.documents.flatMap((_d, i) => (i !== index ? [describeSource(i, report.documents)] : []));
    const sources = report.documents.length > 2 ? `${report.documents.length} sources · ` : '';
    const text = formatCounts(counts, differences);
    const step = o.step ? ` · ≠ ${o.step.ordinal} of ${o.step.total}` : '';
    this.item.text = `$(git-compare) ${sources}${text}${step}${stale ? ' $(sync~spin)' : ''}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendText(`${DISPLAY_NAME}: the claims of ${describeSource(index, report.documents)}\nagainst ${others.join('; ')}.\n\n`);
    tooltip.appendText(
      `${counts.discrepancy} of its claims conflict; they differ in ${differences} ${differences === 1 ? 'fact' : 'facts'}, ` +
        `one Problems entry each. The report counts conflicting claims of every source.\n`,
    );
    if ((o.comparisons ?? 1) > 1) tooltip.appendText(`${o.comparisons} comparisons are open; this one shows here.\n`);
    tooltip.appendText('Click to list the discrepancies.');
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `${DISPLAY_NAME}: ${sources}${text} against ${others.join('; ')}` };
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
