/** What `activate()` returns: a small surface for the extension tests (and other extensions). */
import type * as vscode from 'vscode';
import type { Report } from '../engine/report/types';
import type { RenderInfo, StartOptions } from './controller';
import type { PaintedRanges } from './decorations';
import type { SideBySideUris } from './diffView';
import type { EngineStats } from './engineHost';
import type { FindingFilter, FindingsSnapshot } from './findingsView';

export interface SourceCompareApi {
  /** Compares two articles as the command does; resolves to the first report (undefined if superseded, cancelled or held back by the size limit). */
  compare(a: vscode.Uri | vscode.TextDocument, b: vscode.Uri | vscode.TextDocument, options?: StartOptions): Promise<Report | undefined>;
  /** Compares two or more articles in one comparison. */
  compareAll(documents: readonly (vscode.Uri | vscode.TextDocument)[], options?: StartOptions): Promise<Report | undefined>;
  /** The focused comparison's documents and latest report, if any. */
  current(): { documents: readonly vscode.Uri[]; report: Report | undefined } | undefined;
  /** Every open comparison, oldest first: its id, documents, which of them are closed, and latest report. */
  list(): { id: number; documents: readonly vscode.Uri[]; closed: readonly boolean[]; report: Report | undefined }[];
  /** Ends every comparison. */
  clearAll(): void;
  /** The decoration ranges last set on a document. */
  decorations(uri: vscode.Uri): PaintedRanges | undefined;
  /** The side-by-side view's two virtual documents, if a comparison is open. */
  sideBySide(): SideBySideUris | undefined;
  /** The status-bar text, or undefined when it is hidden. */
  statusText(): string | undefined;
  /** Where the engine runs and how often its worker was started and terminated. */
  engine(): EngineStats;
  /** The report view's last rendered HTML, while the panel is open. */
  reportHtml(): string | undefined;
  /** The Source Compare view's tree as shown (every node expanded), with the filters in force. */
  findings(): FindingsSnapshot[];
  /** Sets the view's filters (as the Filter command does). */
  setFindingsFilters(filters: readonly FindingFilter[]): Promise<void>;
  /** Where decisions are kept (`.source-compare/decisions.json`), if there is a workspace folder. */
  decisionsFile(): vscode.Uri | undefined;
  /** Forgets every decision (and the undo history) and saves the empty list. */
  resetDecisions(): Promise<void>;
  /** Reads the decisions file again, as the file watcher does; resolves to how many decisions are then held. */
  reloadDecisions(): Promise<number>;
  /** Hands `message` to the report view's message handler, as if the page had posted it. */
  reportMessage(message: unknown): Promise<void>;
  /** Milliseconds `activate()` took. */
  readonly activationMs: number;
  /** Fires after each fresh result is drawn, with the latency from the debounce firing. */
  readonly onDidRender: vscode.Event<RenderInfo>;
  /** Fires when a comparison ends (cleared, replaced, or an article closed). */
  readonly onDidEnd: vscode.Event<void>;
  /** Fires with the text of each warning shown (e.g. an article above the size limit). */
  readonly onDidWarn: vscode.Event<string>;
}
