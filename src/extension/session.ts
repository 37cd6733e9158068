/**
 * One comparison: two or more documents, the latest report computed from them, and the debounced
 * re-run when any is edited. The engine runs in a worker (see engineHost.ts); a result computed from
 * an older version of any document is dropped, never handed on (house style 5). Closing one article
 * keeps the comparison for the others (its last text stands in for it, and reopening it picks it up
 * again); the session ends only when every article is closed.
 */
import * as vscode from 'vscode';
import type { Decision } from '../engine/pipeline/decision-keys';
import type { ArticleInput, Report } from '../engine/report/types';
import type { Settings } from './config';
import type { EngineHost } from './engineHost';

/** What started a run: shown in the log and in the test API's render events. */
export type RunTrigger = 'start' | 'edit' | 'swap' | 'settings' | 'reopen' | 'decision';

export interface ComparisonResult {
  report: Report;
  /** `version` of each document when its text was read, in report order. */
  versions: readonly number[];
  /** `performance.now()` when the run began (for an edit: when the debounce fired). */
  startedAt: number;
  /** Time the engine itself took, in ms. */
  computeMs: number;
  trigger: RunTrigger;
}

export interface SessionDeps {
  log: vscode.LogOutputChannel;
  settings: (scope?: vscode.Uri) => Settings;
  engine: EngineHost;
  /** The decisions in force for these documents (applied by the engine to each result). */
  decisions?: (documents: readonly vscode.TextDocument[]) => Decision[];
}

/** Above this many characters (all texts) a run shows a cancellable notification, not just a spinner. */
const LONG_INPUT_CHARS = 60_000;

let nextId = 1;

/** A short name for messages and reports: workspace-relative path, or "Untitled-1". */
export function documentLabel(doc: vscode.TextDocument): string {
  return doc.uri.scheme === 'file' ? vscode.workspace.asRelativePath(doc.uri, false) : doc.uri.path;
}

export class ComparisonSession implements vscode.Disposable {
  readonly id = nextId++;
  private docs: readonly vscode.TextDocument[];
  private latest: ComparisonResult | undefined;
  /** Bumped by every run and by disposal; a run whose number is no longer current is abandoned. */
  private generation = 0;
  /** Cancels the run in flight (superseded by a newer one, or the session ended). */
  private inFlight: vscode.CancellationTokenSource | undefined;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Report indices of the articles whose tab was closed; their last text stands in for them. */
  private readonly closedDocs = new Set<number>();
  /** The texts the latest run compared, in report order. */
  private texts: string[] = [];
  private readonly updated = new vscode.EventEmitter<ComparisonResult>();
  private readonly ended = new vscode.EventEmitter<string>();
  private readonly closedOne = new vscode.EventEmitter<number>();
  private readonly disposables: vscode.Disposable[] = [this.updated, this.ended, this.closedOne];

  /** Fires with each fresh result (never a stale one). */
  readonly onDidUpdate = this.updated.event;
  /** Fires once when the last open article of the session closes; the owner then disposes the session. */
  readonly onDidEnd = this.ended.event;
  /** Fires with the report index of an article whose tab was closed while others stay open. */
  readonly onDidCloseDocument = this.closedOne.event;

  constructor(documents: readonly vscode.TextDocument[], private readonly deps: SessionDeps) {
    if (documents.length < 2) throw new Error('A comparison needs two or more articles.');
    this.docs = [...documents];
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.indexOf(e.document.uri) >= 0) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const i = this.indexOf(d.uri);
        if (i >= 0) this.markClosed(i);
      }),
      // A closed tab may leave its document loaded for a while; the article is gone for the user.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length > 0 || e.changed.length > 0) {
          for (const [i, d] of this.docs.entries()) if (!this.closedDocs.has(i) && !isShownInTab(d.uri)) this.markClosed(i);
        }
        if (e.opened.length > 0 || e.changed.length > 0) this.reattachReopened();
      }),
    );
  }

  /** True when the article's tab was closed (the comparison goes on with its last text). */
  isClosed(index: number): boolean {
    return this.closedDocs.has(index);
  }

  private markClosed(index: number): void {
    if (this.disposed || this.closedDocs.has(index)) return;
    this.closedDocs.add(index);
    if (this.closedDocs.size === this.docs.length) {
      this.end(`${documentLabel(this.docs[index])} was closed, the last of its articles`);
      return;
    }
    this.deps.log.info(`${documentLabel(this.docs[index])} was closed; the comparison stays for the others`);
    this.closedOne.fire(index);
  }

  /** Picks up a closed article opened again in a tab, and compares its current text. */
  private reattachReopened(): void {
    let again = false;
    for (const i of [...this.closedDocs]) {
      const key = this.docs[i].uri.toString();
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!doc || !isShownInTab(doc.uri)) continue;
      this.docs = this.docs.map((d, k) => (k === i ? doc : d));
      this.closedDocs.delete(i);
      again = true;
    }
    if (again) void this.run('reopen').catch((e) => this.deps.log.error(`re-run after reopening failed: ${describe(e)}`));
  }

  /** The documents, in report order (index 0 = left side of the side-by-side view). */
  get documents(): readonly vscode.TextDocument[] {
    return this.docs;
  }

  get result(): ComparisonResult | undefined {
    return this.latest;
  }

  /** The document's index in the report; -1 when it is not part of this session. */
  indexOf(uri: vscode.Uri): number {
    const key = uri.toString();
    return this.docs.findIndex((d) => d.uri.toString() === key);
  }

  /** True when the latest result was computed from the document's current text. */
  isFresh(index: number): boolean {
    return this.latest !== undefined && !this.closedDocs.has(index) && this.latest.versions[index] === this.docs[index].version;
  }

  /** The text the latest run compared for document `index` (what a closed article said). */
  textOf(index: number): string | undefined {
    return this.texts[index];
  }

  /** Exchanges the sides (with more than two: moves the last article first) and re-runs. */
  swap(): Promise<ComparisonResult | undefined> {
    const n = this.docs.length;
    const rotate = <T>(xs: readonly T[]): T[] => [xs[n - 1], ...xs.slice(0, -1)];
    this.docs = rotate(this.docs);
    this.texts = this.texts.length === n ? rotate(this.texts) : [];
    const closed = [...this.closedDocs].map((i) => (i + 1) % n);
    this.closedDocs.clear();
    for (const i of closed) this.closedDocs.add(i);
    this.latest = undefined;
    return this.run('swap');
  }

  /** Re-runs after the configured quiet time; each call restarts the wait. */
  schedule(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    const wait = this.deps.settings(this.docs[0].uri).debounceMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run('edit').catch((e) => this.deps.log.error(`re-run after edit failed: ${describe(e)}`));
    }, wait);
  }

  /**
   * Compares the documents' current texts. Resolves to the new result, or undefined when the run
   * was superseded, cancelled, or finished after either document changed.
   */
  async run(trigger: RunTrigger): Promise<ComparisonResult | undefined> {
    if (this.disposed) return undefined;
    const generation = ++this.generation;
    this.inFlight?.cancel();
    const cancel = (this.inFlight = new vscode.CancellationTokenSource());
    const startedAt = performance.now();
    const docs = this.docs;
    const versions = docs.map((d) => d.version);
    const inputs: ArticleInput[] = docs.map((d, i) => ({ path: documentLabel(d), text: this.closedDocs.has(i) ? (this.texts[i] ?? '') : d.getText() }));
    const settings = this.deps.settings(docs[0].uri);
    const long = inputs.reduce((n, i) => n + i.text.length, 0) > LONG_INPUT_CHARS;
    const names = inputs.map((i) => i.path).join(', ');

    let result;
    try {
      result = await vscode.window.withProgress(
        {
          location: long ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window,
          title: `Comparing ${names}`,
          cancellable: long,
        },
        (_progress, token) => {
          const sub = token.onCancellationRequested(() => cancel.cancel());
          return this.deps.engine
            .run(
              inputs,
              {
                ...(settings.matchThreshold !== null ? { matchThreshold: settings.matchThreshold } : {}),
                ...(settings.meaning ? { meaning: true } : {}),
                decisions: this.deps.decisions?.(docs) ?? [],
              },
              cancel.token,
            )
            .finally(() => sub.dispose());
        },
      );
    } finally {
      cancel.dispose();
      if (this.inFlight === cancel) this.inFlight = undefined;
    }
    if (!result) {
      this.deps.log.info(`run #${generation} (${trigger}) cancelled or superseded`);
      return undefined;
    }
    if (this.disposed || generation !== this.generation || docs.some((d, i) => d.version !== versions[i])) {
      this.deps.log.info(`run #${generation} (${trigger}) dropped: a document changed while it ran`);
      return undefined;
    }
    const { report, computeMs } = result;
    this.latest = { report, versions, startedAt, computeMs, trigger };
    this.texts = inputs.map((i) => i.text);
    const s = report.summary;
    this.deps.log.info(
      `run #${generation} (${trigger}) ${names}: ${s.claims} claims, ` +
        `${s.agreement} agree, ${s.discrepancy} conflict, ${s.unique} unique; ${report.similarity ?? 'by words'}; engine ${computeMs.toFixed(1)} ms, ` +
        `round trip ${(performance.now() - startedAt).toFixed(1)} ms`,
    );
    this.updated.fire(this.latest);
    return this.latest;
  }

  private end(reason: string): void {
    if (this.disposed) return;
    this.deps.log.info(`comparison ended: ${reason}`);
    this.ended.fire(reason);
    this.dispose();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation++;
    this.inFlight?.cancel();
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => {
      const input = t.input;
      if (input instanceof vscode.TabInputText) return input.uri.toString() === key;
      if (input instanceof vscode.TabInputTextDiff) return input.original.toString() === key || input.modified.toString() === key;
      return false;
    }),
  );
}

/** A one-line description of a thrown value for the log. */
export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
