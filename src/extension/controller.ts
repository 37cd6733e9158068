/**
 * Owns the current comparison (at most one at a time, of two or more articles) and the features
 * that show it: decorations, hovers, diagnostics, the status bar and the side-by-side view. Each new
 * result of the session is handed to every feature; ending the session clears them all.
 */
import * as vscode from 'vscode';
import type { Report, ReportClaim } from '../engine/report/types';
import { ARTICLE_SCHEMES, CONTEXT_KEYS } from './commands';
import { readSettings } from './config';
import { DecorationPainter, type PaintedRanges } from './decorations';
import { DiagnosticsFeature } from './diagnostics';
import { SideBySideProvider, type SideBySideUris } from './diffView';
import { EngineHost } from './engineHost';
import { claimHover } from './hovers';
import { ComparisonSession, documentLabel, type ComparisonResult, type RunTrigger } from './session';
import { StatusFeature } from './status';

/** Sent after each fresh result has been drawn. */
export interface RenderInfo {
  report: Report;
  trigger: RunTrigger;
  /** From the start of the run (for an edit: the debounce firing) to decorations set, in ms. */
  latencyMs: number;
  /** Time the engine took, in ms. */
  computeMs: number;
}

export interface StartOptions {
  /** Compare even articles above `sourceCompare.maxArticleSize` (the user said "Compare Anyway"). */
  force?: boolean;
}

export class Comparisons implements vscode.Disposable {
  private session: ComparisonSession | undefined;
  private sessionListeners: vscode.Disposable[] = [];
  private readonly painter: DecorationPainter;
  private readonly diagnostics = new DiagnosticsFeature();
  private readonly status = new StatusFeature();
  readonly sideBySide = new SideBySideProvider();
  /** Runs `compare()` in a worker thread, started on the first comparison. */
  readonly engine: EngineHost;
  private readonly rendered = new vscode.EventEmitter<RenderInfo>();
  private readonly ended = new vscode.EventEmitter<void>();
  private readonly warned = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[];

  readonly onDidRender = this.rendered.event;
  readonly onDidEnd = this.ended.event;
  /** Fires with the text of each warning shown to the user (e.g. an article above the size limit). */
  readonly onDidWarn = this.warned.event;

  constructor(extensionUri: vscode.Uri, readonly log: vscode.LogOutputChannel) {
    this.painter = new DecorationPainter(extensionUri, readSettings());
    this.engine = new EngineHost(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath, log);
    this.disposables = [
      this.painter,
      this.diagnostics,
      this.status,
      this.sideBySide,
      this.engine,
      this.rendered,
      this.ended,
      this.warned,
      vscode.languages.registerHoverProvider(ARTICLE_SCHEMES.map((scheme) => ({ scheme })), {
        provideHover: (doc, pos) => this.hoverAt(doc, pos),
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintVisible()),
      vscode.window.onDidChangeActiveTextEditor(() => this.showActive()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onSettings(e)),
    ];
  }

  /** The comparison in progress, if any. */
  get current(): ComparisonSession | undefined {
    return this.session;
  }

  /**
   * Starts comparing `documents` (two or more; replacing any earlier comparison) and shows them side
   * by side. Articles above the size limit are not compared until the user says so: the warning
   * offers "Compare Anyway", and this resolves to undefined at once.
   */
  async start(documents: readonly vscode.TextDocument[], options: StartOptions = {}): Promise<ComparisonResult | undefined> {
    const keys = new Set(documents.map((d) => d.uri.toString()));
    if (keys.size !== documents.length) throw new Error('An article cannot be compared with itself: pick another one.');
    if (documents.length < 2) throw new Error('Pick two or more articles to compare.');
    if (!options.force && this.warnIfTooLong(documents)) return undefined;
    this.end();
    const session = new ComparisonSession(documents, { log: this.log, settings: readSettings, engine: this.engine });
    this.session = session;
    this.sessionListeners = [session.onDidUpdate((r) => this.render(session, r)), session.onDidEnd(() => this.end())];
    this.log.info(`comparing ${documents.map((d) => d.uri.toString(true)).join(', ')}`);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.active, true);
    await showArticles(documents);
    return session.run('start');
  }

  /** Ends the comparison and removes everything it drew. */
  end(): void {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    for (const d of this.sessionListeners.splice(0)) d.dispose();
    session.dispose();
    for (const editor of vscode.window.visibleTextEditors) this.painter.clear(editor);
    this.diagnostics.clear();
    this.sideBySide.forget();
    this.status.hide();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.active, false);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.editorCompared, false);
    this.ended.fire();
  }

  /** Display names of the compared articles, in report order. */
  names(): string[] | undefined {
    return this.session?.result?.report.documents.map((d) => d.path);
  }

  /** The claim under `position` in a compared, up-to-date document. */
  claimAt(doc: vscode.TextDocument, position: vscode.Position): { index: number; claim: ReportClaim } | undefined {
    const s = this.session;
    const index = s ? s.indexOf(doc.uri) : -1;
    if (!s?.result || index < 0 || !s.isFresh(index)) return undefined;
    const offset = doc.offsetAt(position);
    const claim = s.result.report.documents[index].claims.find((c) => c.start <= offset && offset <= c.end);
    return claim ? { index, claim } : undefined;
  }

  /** The decorations last painted on `uri` (test API). */
  paintedFor(uri: vscode.Uri): PaintedRanges | undefined {
    return this.painter.paintedFor(uri);
  }

  get sideBySideUris(): SideBySideUris | undefined {
    return this.sideBySide.uris;
  }

  get statusText(): string | undefined {
    return this.status.text;
  }

  /**
   * Shows a (non-modal) warning when an article is above `sourceCompare.maxArticleSize`; "Compare
   * Anyway" starts the comparison regardless. True when it warned.
   */
  private warnIfTooLong(documents: readonly vscode.TextDocument[]): boolean {
    const limit = readSettings(documents[0].uri).maxArticleSize;
    const tooLong = documents.map((d) => ({ d, size: textLength(d) })).filter((x) => x.size > limit);
    if (!tooLong.length) return false;
    const which = tooLong.map((x) => `${documentLabel(x.d)} (${x.size.toLocaleString('en')} characters)`).join(', ');
    const message =
      `${which} ${tooLong.length === 1 ? 'is' : 'are'} above the size limit of ${limit.toLocaleString('en')} characters ` +
      `(setting sourceCompare.maxArticleSize). Comparing may take a long time; it runs in the background and can be cancelled.`;
    this.log.warn(message);
    this.warned.fire(message);
    void vscode.window.showWarningMessage(message, 'Compare Anyway', 'Change Limit').then((choice) => {
      if (choice === 'Compare Anyway') {
        this.start(documents, { force: true }).catch((e) => {
          this.log.error(`Compare Anyway failed: ${e instanceof Error ? e.message : String(e)}`);
          void vscode.window.showErrorMessage(`Source Compare: ${e instanceof Error ? e.message : String(e)}`);
        });
      } else if (choice === 'Change Limit') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'sourceCompare.maxArticleSize');
      }
    });
    return true;
  }

  private render(session: ComparisonSession, result: ComparisonResult): void {
    this.redraw(session, result);
    const latencyMs = performance.now() - result.startedAt;
    this.log.info(`drawn ${latencyMs.toFixed(1)} ms after the ${result.trigger === 'edit' ? 'debounce fired' : 'run began'}`);
    this.rendered.fire({ report: result.report, trigger: result.trigger, latencyMs, computeMs: result.computeMs });
  }

  private redraw(session: ComparisonSession, result: ComparisonResult): void {
    const settings = readSettings(session.documents[0].uri);
    this.paintVisible();
    const docs = result.report.documents;
    this.diagnostics.update(
      session.documents.map((document, i) => ({ document, report: docs[i], name: docs[i].path })),
      settings.diagnostics,
    );
    this.sideBySide.update(session.id, result.report, docs.map((d) => d.path), this.sideBySide.pair(docs.length));
    this.showActive();
  }

  /** Draws the latest result on every visible editor of a compared document that it is fresh for. */
  private paintVisible(): void {
    const s = this.session;
    if (!s?.result) return;
    const settings = readSettings(s.documents[0].uri);
    for (const editor of vscode.window.visibleTextEditors) {
      const index = s.indexOf(editor.document.uri);
      // A stale result is never drawn; VS Code keeps moving the old decorations with the edits.
      if (index >= 0 && s.isFresh(index)) this.painter.paint(editor, s.result.report.documents[index], settings);
    }
  }

  private showActive(): void {
    const s = this.session;
    const editor = vscode.window.activeTextEditor;
    const index = s && editor ? s.indexOf(editor.document.uri) : -1;
    if (s?.result && index >= 0) {
      this.status.show(s.result.report, index, !s.isFresh(index));
    } else {
      this.status.hide();
    }
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.editorCompared, index >= 0);
  }

  private hoverAt(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hit = this.claimAt(doc, position);
    const s = this.session;
    const report = s?.result?.report;
    if (!hit || !s || !report) return undefined;
    const md = claimHover({
      claim: hit.claim,
      index: hit.index,
      report,
      uris: s.documents.map((d) => d.uri),
      detail: readSettings(doc.uri).hover.detail,
    });
    return md && new vscode.Hover(md, new vscode.Range(doc.positionAt(hit.claim.start), doc.positionAt(hit.claim.end)));
  }

  private onSettings(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('sourceCompare')) return;
    const s = this.session;
    this.log.info('settings changed');
    this.painter.rebuild(readSettings(s?.documents[0].uri));
    if (!s) return;
    if (e.affectsConfiguration('sourceCompare.matchThreshold')) {
      void s.run('settings').catch((err) => this.log.error(`re-run after a settings change failed: ${String(err)}`));
    } else if (s.result) {
      this.redraw(s, s.result);
    }
  }

  dispose(): void {
    this.end();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The document's length in UTF-16 code units, without copying its text. */
function textLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/**
 * Shows the first article where it is (or in the active group) and each other one beside it,
 * without stealing focus from the first.
 */
async function showArticles(documents: readonly vscode.TextDocument[]): Promise<void> {
  const columnOf = (d: vscode.TextDocument) => vscode.window.visibleTextEditors.find((e) => e.document === d)?.viewColumn;
  const [first, ...rest] = documents;
  const colFirst = columnOf(first) ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
  await vscode.window.showTextDocument(first, { viewColumn: colFirst, preview: false });
  const used = new Set<vscode.ViewColumn>([colFirst]);
  for (const [i, doc] of rest.entries()) {
    const col = columnOf(doc);
    // Each article in a column of its own, so all of them are visible and decorated.
    const target = col && !used.has(col) ? col : (Math.min(colFirst + i + 1, vscode.ViewColumn.Nine) as vscode.ViewColumn);
    const shown = await vscode.window.showTextDocument(doc, { viewColumn: target, preview: false, preserveFocus: true });
    if (shown.viewColumn) used.add(shown.viewColumn);
  }
}
