/**
 * Owns the current comparison (at most one at a time) and the features that show it: decorations,
 * hovers, diagnostics, the status bar and the side-by-side view. Each new result of the session is
 * handed to every feature; ending the session clears them all.
 */
import * as vscode from 'vscode';
import type { Report, ReportClaim } from '../engine/types';
import { ARTICLE_SCHEMES, CONTEXT_KEYS } from './commands';
import { readSettings } from './config';
import { DecorationPainter, type PaintedRanges } from './decorations';
import { DiagnosticsFeature } from './diagnostics';
import { SideBySideProvider, type SideBySideUris } from './diffView';
import { claimHover } from './hovers';
import { ComparisonSession, type ComparisonResult, type CompareFn, type RunTrigger } from './session';
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

/** The engine is bundled but evaluated on first use only, so activation does not pay for it. */
const loadCompare = async (): Promise<CompareFn> => (await import('../engine/index')).compare;

export class Comparisons implements vscode.Disposable {
  private session: ComparisonSession | undefined;
  private sessionListeners: vscode.Disposable[] = [];
  private readonly painter: DecorationPainter;
  private readonly diagnostics = new DiagnosticsFeature();
  private readonly status = new StatusFeature();
  readonly sideBySide = new SideBySideProvider();
  private readonly rendered = new vscode.EventEmitter<RenderInfo>();
  private readonly ended = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];

  readonly onDidRender = this.rendered.event;
  readonly onDidEnd = this.ended.event;

  constructor(extensionUri: vscode.Uri, readonly log: vscode.LogOutputChannel) {
    this.painter = new DecorationPainter(extensionUri, readSettings());
    this.disposables = [
      this.painter,
      this.diagnostics,
      this.status,
      this.sideBySide,
      this.rendered,
      this.ended,
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

  /** Starts comparing `a` with `b` (replacing any earlier comparison) and shows them side by side. */
  async start(a: vscode.TextDocument, b: vscode.TextDocument): Promise<ComparisonResult | undefined> {
    if (a.uri.toString() === b.uri.toString()) {
      throw new Error('An article cannot be compared with itself: pick another one.');
    }
    this.end();
    const session = new ComparisonSession(a, b, { log: this.log, settings: readSettings, loadCompare });
    this.session = session;
    this.sessionListeners = [session.onDidUpdate((r) => this.render(session, r)), session.onDidEnd(() => this.end())];
    this.log.info(`comparing ${a.uri.toString(true)} with ${b.uri.toString(true)}`);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.active, true);
    await showSideBySide(a, b);
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

  /** Display names of the two sides, in report order. */
  names(): [string, string] | undefined {
    const docs = this.session?.result?.report.documents;
    return docs ? [docs[0].path, docs[1].path] : undefined;
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

  private render(session: ComparisonSession, result: ComparisonResult): void {
    this.redraw(session, result);
    const latencyMs = performance.now() - result.startedAt;
    this.log.info(`drawn ${latencyMs.toFixed(1)} ms after the ${result.trigger === 'edit' ? 'debounce fired' : 'run began'}`);
    this.rendered.fire({ report: result.report, trigger: result.trigger, latencyMs, computeMs: result.computeMs });
  }

  private redraw(session: ComparisonSession, result: ComparisonResult): void {
    const settings = readSettings(session.documents[0].uri);
    this.paintVisible();
    const [a, b] = session.documents;
    const [ra, rb] = result.report.documents;
    this.diagnostics.update(
      [
        { document: a, report: ra, name: ra.path },
        { document: b, report: rb, name: rb.path },
      ],
      settings.diagnostics,
    );
    this.sideBySide.update(session.id, result.report, [ra.path, rb.path]);
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
      const docs = s.result.report.documents;
      this.status.show(docs[index], docs[1 - index].path, !s.isFresh(index));
    } else {
      this.status.hide();
    }
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.editorCompared, index >= 0);
  }

  private hoverAt(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hit = this.claimAt(doc, position);
    const report = this.session?.result?.report;
    if (!hit || !report) return undefined;
    const otherIndex = 1 - hit.index;
    const md = claimHover({
      claim: hit.claim,
      uri: doc.uri,
      other: report.documents[otherIndex],
      otherIndex,
      otherName: report.documents[otherIndex].path,
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

/** Shows `a` where it is (or in the active group) and `b` beside it, without stealing focus from `a`. */
async function showSideBySide(a: vscode.TextDocument, b: vscode.TextDocument): Promise<void> {
  const columnOf = (d: vscode.TextDocument) => vscode.window.visibleTextEditors.find((e) => e.document === d)?.viewColumn;
  const colA = columnOf(a) ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
  await vscode.window.showTextDocument(a, { viewColumn: colA, preview: false });
  const colB = columnOf(b);
  await vscode.window.showTextDocument(b, {
    viewColumn: colB && colB !== colA ? colB : vscode.ViewColumn.Beside,
    preview: false,
    preserveFocus: true,
  });
}
