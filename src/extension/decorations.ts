/**
 * Editor decorations for one compared article: a background and a distinct border style per label,
 * overview-ruler marks in separate lanes, a gutter icon whose shape names the label, the differing
 * words of a discrepancy emphasised, and a text label after each discrepant claim. Colour is never
 * the only signal (house style 4). Decoration types are created once and rebuilt only when the
 * settings change.
 */
import * as vscode from 'vscode';
import type { Label, ReportDocument } from '../engine/report/types';
import type { Settings } from './config';

export const LABELS: readonly Label[] = ['agreement', 'discrepancy', 'unique'];

/** The ranges last set on one document, per decoration; the test API reads these back. */
export interface PaintedRanges {
  agreement: vscode.Range[];
  discrepancy: vscode.Range[];
  unique: vscode.Range[];
  /** The differing words inside discrepant claims (the discrepancies' `here` spans). */
  emphasis: vscode.Range[];
  /** One entry per line that carries a gutter icon: the line's most severe label. */
  gutter: { line: number; label: Label }[];
}

const RULER_LANE: Record<Label, vscode.OverviewRulerLane> = {
  agreement: vscode.OverviewRulerLane.Left,
  unique: vscode.OverviewRulerLane.Center,
  discrepancy: vscode.OverviewRulerLane.Right,
};
const BORDER: Record<Label, { style: string; width: string }> = {
  agreement: { style: 'dotted', width: '0 0 1px 0' },
  unique: { style: 'dashed', width: '0 0 1px 0' },
  discrepancy: { style: 'solid', width: '0 0 2px 0' },
};
/** Which label's gutter icon wins on a line with several claims. */
const SEVERITY: Record<Label, number> = { agreement: 0, unique: 1, discrepancy: 2 };

interface DecorationTypes {
  claim: Record<Label, vscode.TextEditorDecorationType>;
  gutter: Record<Label, vscode.TextEditorDecorationType>;
  emphasis: vscode.TextEditorDecorationType;
}

export class DecorationPainter implements vscode.Disposable {
  private types: DecorationTypes;
  private gutterIcons: boolean;
  private readonly painted = new Map<string, PaintedRanges>();

  constructor(private readonly extensionUri: vscode.Uri, settings: Settings) {
    this.gutterIcons = settings.gutterIcons;
    this.types = this.createTypes();
  }

  /** Recreates the decoration types after a settings change; callers repaint afterwards. */
  rebuild(settings: Settings): void {
    this.disposeTypes();
    this.gutterIcons = settings.gutterIcons;
    this.types = this.createTypes();
    this.painted.clear();
  }

  /** Decorates `editor` with the claims of `doc` (the report entry for the editor's document). */
  paint(editor: vscode.TextEditor, doc: ReportDocument, settings: Settings): PaintedRanges {
    const text = editor.document;
    const ranges: PaintedRanges = { agreement: [], discrepancy: [], unique: [], emphasis: [], gutter: [] };
    const discrepancyOptions: vscode.DecorationOptions[] = [];
    const lineLabel = new Map<number, Label>();
    const drawn = new Set(settings.labels);

    for (const claim of doc.claims) {
      if (!drawn.has(claim.label)) continue;
      const range = new vscode.Range(text.positionAt(claim.start), text.positionAt(claim.end));
      ranges[claim.label].push(range);
      const line = range.start.line;
      const before = lineLabel.get(line);
      if (before === undefined || SEVERITY[claim.label] > SEVERITY[before]) lineLabel.set(line, claim.label);
      if (claim.label !== 'discrepancy') continue;
      const kinds = [...new Set(claim.discrepancies.map((d) => d.kind))];
      discrepancyOptions.push({
        range,
        renderOptions: { after: { contentText: ` ≠ ${kinds.join(', ') || 'conflict'}` } },
      });
      for (const d of claim.discrepancies) {
        if (d.here.end > d.here.start) {
          ranges.emphasis.push(new vscode.Range(text.positionAt(d.here.start), text.positionAt(d.here.end)));
        }
      }
    }
    ranges.gutter = [...lineLabel].map(([line, label]) => ({ line, label })).sort((a, b) => a.line - b.line);

    editor.setDecorations(this.types.claim.agreement, ranges.agreement);
    editor.setDecorations(this.types.claim.unique, ranges.unique);
    editor.setDecorations(this.types.claim.discrepancy, discrepancyOptions);
    editor.setDecorations(this.types.emphasis, ranges.emphasis);
    for (const label of LABELS) {
      const lines = this.gutterIcons ? ranges.gutter.filter((g) => g.label === label) : [];
      editor.setDecorations(this.types.gutter[label], lines.map((g) => new vscode.Range(g.line, 0, g.line, 0)));
    }
    if (!this.gutterIcons) ranges.gutter = [];
    this.painted.set(text.uri.toString(), ranges);
    return ranges;
  }

  /** Removes every decoration of ours from `editor`. */
  clear(editor: vscode.TextEditor): void {
    for (const t of this.allTypes()) editor.setDecorations(t, []);
    this.painted.delete(editor.document.uri.toString());
  }

  /** The ranges last painted on the document, if any. */
  paintedFor(uri: vscode.Uri): PaintedRanges | undefined {
    return this.painted.get(uri.toString());
  }

  dispose(): void {
    this.disposeTypes();
    this.painted.clear();
  }

  private createTypes(): DecorationTypes {
    const claim = {} as Record<Label, vscode.TextEditorDecorationType>;
    const gutter = {} as Record<Label, vscode.TextEditorDecorationType>;
    for (const label of LABELS) {
      claim[label] = vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`sourceCompare.${label}Background`),
        borderColor: new vscode.ThemeColor(`sourceCompare.${label}Border`),
        borderStyle: BORDER[label].style,
        borderWidth: BORDER[label].width,
        overviewRulerColor: new vscode.ThemeColor(`sourceCompare.${label}Ruler`),
        overviewRulerLane: RULER_LANE[label],
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        after: label === 'discrepancy' ? { color: new vscode.ThemeColor('sourceCompare.discrepancyLabelForeground'), fontStyle: 'italic' } : undefined,
      });
      gutter[label] = vscode.window.createTextEditorDecorationType({
        gutterIconPath: vscode.Uri.joinPath(this.extensionUri, 'media', `${label}.svg`),
        gutterIconSize: 'contain',
      });
    }
    const emphasis = vscode.window.createTextEditorDecorationType({
      fontWeight: 'bold',
      backgroundColor: new vscode.ThemeColor('sourceCompare.discrepancyEmphasisBackground'),
      borderColor: new vscode.ThemeColor('sourceCompare.discrepancyEmphasisBorder'),
      borderStyle: 'solid',
      borderWidth: '1px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    return { claim, gutter, emphasis };
  }

  private allTypes(): vscode.TextEditorDecorationType[] {
    return [...Object.values(this.types.claim), ...Object.values(this.types.gutter), this.types.emphasis];
  }

  private disposeTypes(): void {
    for (const t of this.allTypes()) t.dispose();
  }
}
