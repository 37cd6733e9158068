/** What `activate()` returns: a small surface for the extension tests (and other extensions). */
import type * as vscode from 'vscode';
import type { Report } from '../engine/types';
import type { RenderInfo } from './controller';
import type { PaintedRanges } from './decorations';
import type { SideBySideUris } from './diffView';

export interface SourceCompareApi {
  /** Compares two articles as the command does; resolves to the first report (undefined if superseded). */
  compare(a: vscode.Uri | vscode.TextDocument, b: vscode.Uri | vscode.TextDocument): Promise<Report | undefined>;
  /** The current comparison's documents and latest report, if any. */
  current(): { documents: readonly vscode.Uri[]; report: Report | undefined } | undefined;
  /** The decoration ranges last set on a document. */
  decorations(uri: vscode.Uri): PaintedRanges | undefined;
  /** The side-by-side view's two virtual documents, if a comparison is open. */
  sideBySide(): SideBySideUris | undefined;
  /** The status-bar text, or undefined when it is hidden. */
  statusText(): string | undefined;
  /** Fires after each fresh result is drawn, with the latency from the debounce firing. */
  readonly onDidRender: vscode.Event<RenderInfo>;
  /** Fires when a comparison ends (cleared, replaced, or an article closed). */
  readonly onDidEnd: vscode.Event<void>;
}
