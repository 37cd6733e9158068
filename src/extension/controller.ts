/**
 * Owns the comparisons (several at once, each of two or more articles) and the features that show
 * them: decorations, hovers, diagnostics, the status bar and the side-by-side view. An article that
 * belongs to several comparisons shows the focused one's result (the comparison last started or
 * last looked at through one of its articles). Each new result of a comparison is handed to every
 * feature; ending one comparison (Clear) leaves the others as they are.
 */
import * as vscode from 'vscode';
import type { Report, ReportClaim } from '../engine/report/types';
import { ARTICLE_SCHEMES, CONTEXT_KEYS } from './commands';
import { readSettings } from './config';
import { DecisionStore } from './decisionStore';
import { DecorationPainter, type PaintedRanges } from './decorations';
import { DiagnosticsFeature } from './diagnostics';
import { SideBySideProvider, type SideBySideUris } from './diffView';
import { EngineHost } from './engineHost';
import { InlineLabels } from './inlineLabels';
import { claimHover } from './hovers';
import { ComparisonSession, documentLabel, type ComparisonResult, type RunTrigger } from './session';
import { StatusFeature } from './status';

/** How long after an article's tab closes the "stays open" notice waits (other tabs may be closing too). */
const CLOSED_NOTICE_DELAY_MS = 400;

/** Sent after each fresh result has been drawn. */
export interface RenderInfo {
  report: Report;
  trigger: RunTrigger;
  /** From the start of the run (for an edit: the debounce firing) to decorations set, in ms. */
  latencyMs: number;
  /** Time the engine took, in ms. */
  computeMs: number;
  /** Which comparison drew (see `Comparisons.list`). */
  sessionId: number;
}

/** Where Next / Previous Discrepancy stopped last. */
export interface StepInfo {
  session: number;
  uri: string;
  start: number;
  /** 1-based place among all discrepancies of the comparison, and their number. */
  ordinal: number;
  total: number;
}

export interface StartOptions {
  /** Compare even articles above `sourceCompare.maxArticleSize` (the user said "Compare Anyway"). */
  force?: boolean;
}

export class Comparisons implements vscode.Disposable {
  /** Every open comparison, oldest first. */
  private sessions: { session: ComparisonSession; listeners: vscode.Disposable[] }[] = [];
  /** The comparison commands without an explicit target act on. */
  private focusedId: number | undefined;
  /** The discrepancy Next / Previous last selected, shown as "≠ 2 of 7" while the selection stays there. */
  private step: StepInfo | undefined;
  /** Documents that carry diagnostics of ours (to delete them when no comparison covers them). */
  private diagnosed = new Set<string>();
  private readonly painter: DecorationPainter;
  private readonly diagnostics = new DiagnosticsFeature();
  private readonly status = new StatusFeature();
  private readonly labels: InlineLabels;
  readonly sideBySide = new SideBySideProvider();
  /** Runs `compare()` in a worker thread, started on the first comparison. */
  readonly engine: EngineHost;
  /** A person's decisions (.source-compare/decisions.json), applied to every result. */
  readonly decisions: DecisionStore;
  private readonly rendered = new vscode.EventEmitter<RenderInfo>();
  private readonly ended = new vscode.EventEmitter<void>();
  private readonly warned = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[];

  readonly onDidRender = this.rendered.event;
  /** Fires when a comparison ends (cleared, replaced, or its last article closed). */
  readonly onDidEnd = this.ended.event;
  /** Fires with the text of each warning or notice shown to the user (e.g. an article above the size limit). */
  readonly onDidWarn = this.warned.event;

  constructor(extensionUri: vscode.Uri, readonly log: vscode.LogOutputChannel) {
    this.painter = new DecorationPainter(extensionUri, readSettings());
    this.engine = new EngineHost(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath, log);
    this.decisions = new DecisionStore(log);
    this.labels = new InlineLabels(
      (doc) => {
        const s = this.sessionFor(doc.uri);
        const i = s ? s.indexOf(doc.uri) : -1;
        return s?.result && i >= 0 && s.isFresh(i) ? s.result.report.documents[i] : undefined;
      },
      (doc) => readSettings(doc.uri).inlineLabels,
    );
    this.disposables = [
      this.labels,
      this.decisions,
      this.decisions.onDidChange(() => {
        for (const s of this.list) void s.run('decision').catch((e) => this.log.error(`re-run after a decision failed: ${String(e)}`));
      }),
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
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const step = this.step;
        if (step && (e.textEditor.document.uri.toString() !== step.uri || e.textEditor.document.offsetAt(e.selections[0].start) !== step.start)) {
          this.step = undefined;
          this.showActive();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => this.onSettings(e)),
    ];
  }

  /** The focused comparison, if any: the one the active article belongs to, else the one last started. */
  get current(): ComparisonSession | undefined {
    return this.sessions.find((x) => x.session.id === this.focusedId)?.session ?? this.sessions[this.sessions.length - 1]?.session;
  }

  /** Every open comparison, oldest first. */
  get list(): readonly ComparisonSession[] {
    return this.sessions.map((x) => x.session);
  }

  /** The comparison whose result `uri` shows: the focused one if it holds `uri`, else the newest that does. */
  sessionFor(uri: vscode.Uri): ComparisonSession | undefined {
    const focused = this.current;
    if (focused && focused.indexOf(uri) >= 0) return focused;
    for (let i = this.sessions.length - 1; i >= 0; i--) if (this.sessions[i].session.indexOf(uri) >= 0) return this.sessions[i].session;
    return undefined;
  }

  /**
   * Starts comparing `documents` (two or more) and shows them. A comparison of exactly the same
   * articles is replaced; any other stays open beside the new one. Articles above the size limit are
   * not compared until the user says so: the warning offers "Compare Anyway", and this resolves to
   * undefined at once.
   */
  async start(documents: readonly vscode.TextDocument[], options: StartOptions = {}): Promise<ComparisonResult | undefined> {
    const keys = new Set(documents.map((d) => d.uri.toString()));
    if (keys.size !== documents.length) throw new Error('An article cannot be compared with itself: pick another one.');
    if (documents.length < 2) throw new Error('Pick two or more articles to compare.');
    if (!options.force && this.warnIfTooLong(documents)) return undefined;
    // Shown first: the session watches tabs, and an article not yet shown would count as closed.
    await showArticles(documents);
    const same = this.sessions.find((x) => x.session.documents.length === keys.size && x.session.documents.every((d) => keys.has(d.uri.toString())));
    if (same) this.end(same.session);
    await this.decisions.load();
    const session = new ComparisonSession(documents, { log: this.log, settings: readSettings, engine: this.engine, decisions: () => this.decisions.current });
    this.sessions.push({
      session,
      listeners: [
        session.onDidUpdate((r) => this.render(session, r)),
        session.onDidEnd(() => this.end(session)),
        session.onDidCloseDocument((i) => this.onArticleClosed(session, i)),
      ],
    });
    this.focusedId = session.id;
    this.log.info(`comparing ${documents.map((d) => d.uri.toString(true)).join(', ')} (comparison #${session.id}; ${this.sessions.length} open)`);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.active, true);
    return session.run('start');
  }

  /** Ends one comparison (by default the focused one) and removes what it drew; the others stay. */
  end(which: ComparisonSession | undefined = this.current): void {
    const at = which ? this.sessions.findIndex((x) => x.session === which) : -1;
    if (at < 0) return;
    const [{ session, listeners }] = this.sessions.splice(at, 1);
    for (const d of listeners) d.dispose();
    session.dispose();
    if (this.focusedId === session.id) this.focusedId = this.sessions[this.sessions.length - 1]?.session.id;
    for (const editor of vscode.window.visibleTextEditors) {
      if (session.indexOf(editor.document.uri) >= 0 && !this.sessionFor(editor.document.uri)) this.painter.clear(editor);
    }
    if (this.sideBySide.sessionId === session.id) this.sideBySide.forget();
    this.updateDiagnostics();
    this.paintVisible();
    this.showActive();
    if (!this.sessions.length) {
      this.status.hide();
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.active, false);
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.editorCompared, false);
    }
    this.log.info(`comparison #${session.id} ended; ${this.sessions.length} open`);
    this.ended.fire();
  }

  /** Ends every comparison. */
  endAll(): void {
    while (this.sessions.length) this.end(this.sessions[this.sessions.length - 1].session);
  }

  /** Display names of the focused comparison's articles, in report order. */
  names(): string[] | undefined {
    return this.current?.result?.report.documents.map((d) => d.path);
  }

  /** The claim under `position` in a compared, up-to-date document. */
  claimAt(doc: vscode.TextDocument, position: vscode.Position): { session: ComparisonSession; index: number; claim: ReportClaim } | undefined {
    const s = this.sessionFor(doc.uri);
    const index = s ? s.indexOf(doc.uri) : -1;
    if (!s?.result || index < 0 || !s.isFresh(index)) return undefined;
    const offset = doc.offsetAt(position);
    const claim = s.result.report.documents[index].claims.find((c) => c.start <= offset && offset <= c.end);
    return claim ? { session: s, index, claim } : undefined;
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

  /** Records where Next / Previous stopped (the status bar shows "≠ 2 of 7"). */
  setStep(step: StepInfo): void {
    this.step = step;
    this.showActive();
  }

  /** Redraws every feature from the latest results (after a decision or a settings change). */
  redrawAll(): void {
    this.paintVisible();
    this.labels.refresh();
    this.updateDiagnostics();
    this.showActive();
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

  /** One article's tab closed: the comparison stays for the others; offer to reopen it. */
  private onArticleClosed(session: ComparisonSession, index: number): void {
    const doc = session.documents[index];
    const name = documentLabel(doc);
    const open = session.documents.filter((_d, i) => !session.isClosed(i)).map(documentLabel);
    this.forgetDiagnostics(doc.uri);
    this.redrawAll();
    const message = `${name} was closed. The comparison stays open for ${open.join(', ')}, using ${name} as it was.`;
    // A moment later, and only if it still holds: closing all editors closes the others next, which
    // ends the comparison, and then there is nothing to say.
    setTimeout(() => {
      if (!this.list.includes(session) || !session.isClosed(index)) return;
      this.warned.fire(message);
      const actions = doc.isUntitled ? ['End Comparison'] : ['Reopen', 'End Comparison'];
      void vscode.window.showInformationMessage(message, ...actions).then(async (choice) => {
        if (choice === 'Reopen') await vscode.window.showTextDocument(doc.uri, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
        else if (choice === 'End Comparison') this.end(session);
      });
    }, CLOSED_NOTICE_DELAY_MS);
  }

  /** Deletes our diagnostics on `uri` unless a comparison still shows it. */
  private forgetDiagnostics(uri: vscode.Uri): void {
    this.diagnostics.delete(uri);
    this.diagnosed.delete(uri.toString());
  }

  private render(session: ComparisonSession, result: ComparisonResult): void {
    if (this.sideBySide.sessionId === session.id || this.focusedId === session.id) {
      const docs = result.report.documents;
      this.sideBySide.update(session.id, result.report, docs.map((d) => d.path), this.sideBySide.pair(docs.length, session.id));
    }
    this.redrawAll();
    const latencyMs = performance.now() - result.startedAt;
    this.log.info(`drawn ${latencyMs.toFixed(1)} ms after the ${result.trigger === 'edit' ? 'debounce fired' : 'run began'}`);
    this.rendered.fire({ report: result.report, trigger: result.trigger, latencyMs, computeMs: result.computeMs, sessionId: session.id });
  }

  /** Sets the diagnostics of every open compared article from the comparison it shows. */
  private updateDiagnostics(): void {
    const seen = new Set<string>();
    for (const s of this.list) {
      if (!s.result) continue;
      const docs = s.result.report.documents;
      const sides = s.documents.map((document, i) => ({ document, report: docs[i], name: docs[i].path, all: docs }));
      const settings = readSettings(s.documents[0].uri).diagnostics;
      for (const [i, doc] of s.documents.entries()) {
        const key = doc.uri.toString();
        if (s.isClosed(i) || seen.has(key) || this.sessionFor(doc.uri) !== s) continue;
        seen.add(key);
        this.diagnostics.updateOne(sides, i, settings);
      }
    }
    for (const key of this.diagnosed) if (!seen.has(key)) this.diagnostics.delete(vscode.Uri.parse(key));
    this.diagnosed = seen;
  }

  /** Draws the latest result on every visible editor of a compared document that it is fresh for. */
  private paintVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const s = this.sessionFor(editor.document.uri);
      if (!s) {
        if (this.painter.paintedFor(editor.document.uri)) this.painter.clear(editor);
        continue;
      }
      const index = s.indexOf(editor.document.uri);
      // A stale result is never drawn; VS Code keeps moving the old decorations with the edits.
      if (s.result && s.isFresh(index)) this.painter.paint(editor, s.result.report.documents[index], readSettings(s.documents[0].uri));
    }
  }

  private showActive(): void {
    const editor = vscode.window.activeTextEditor;
    const s = editor ? this.sessionFor(editor.document.uri) : undefined;
    if (s && s.id !== this.focusedId) {
      this.focusedId = s.id;
      this.paintVisible();
    }
    const index = s && editor ? s.indexOf(editor.document.uri) : -1;
    if (s?.result && index >= 0) {
      const step = this.step && this.step.session === s.id && this.step.uri === editor!.document.uri.toString() ? this.step : undefined;
      this.status.show(s.result.report, index, !s.isFresh(index), { comparisons: this.sessions.length, step });
    } else {
      this.status.hide();
    }
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.editorCompared, index >= 0);
  }

  private hoverAt(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hit = this.claimAt(doc, position);
    const report = hit?.session.result?.report;
    if (!hit || !report) return undefined;
    const md = claimHover({
      claim: hit.claim,
      index: hit.index,
      report,
      uris: hit.session.documents.map((d) => d.uri),
      texts: hit.session.documents.map((_d, i) => hit.session.textOf(i)),
      detail: readSettings(doc.uri).hover.detail,
    });
    return md && new vscode.Hover(md, new vscode.Range(doc.positionAt(hit.claim.start), doc.positionAt(hit.claim.end)));
  }

  private onSettings(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('sourceCompare')) return;
    this.log.info('settings changed');
    this.painter.rebuild(readSettings(this.current?.documents[0].uri));
    for (const s of this.list) {
      if (e.affectsConfiguration('sourceCompare.matchThreshold') || e.affectsConfiguration('sourceCompare.meaning')) {
        void s.run('settings').catch((err) => this.log.error(`re-run after a settings change failed: ${String(err)}`));
      }
    }
    this.redrawAll();
  }

  dispose(): void {
    this.endAll();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The document's length in UTF-16 code units, without copying its text. */
function textLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/** The column of a tab showing `uri` (the active tab's group first), if one is open anywhere. */
export function columnOfTab(uri: vscode.Uri): vscode.ViewColumn | undefined {
  const key = uri.toString();
  const groups = [...vscode.window.tabGroups.all].sort((a, b) => Number(b.isActive) - Number(a.isActive));
  for (const g of groups) {
    const tab = g.tabs.find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
    if (tab) return g.viewColumn;
  }
  return undefined;
}

/**
 * Shows the first article where it is (or in the active group) and each other one beside it,
 * without stealing focus from the first. An article already open in a tab is shown in that tab,
 * never as a second copy.
 */
async function showArticles(documents: readonly vscode.TextDocument[]): Promise<void> {
  const columnOf = (d: vscode.TextDocument) => vscode.window.visibleTextEditors.find((e) => e.document === d)?.viewColumn ?? columnOfTab(d.uri);
  const [first, ...rest] = documents;
  const colFirst = columnOf(first) ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
  await vscode.window.showTextDocument(first, { viewColumn: colFirst, preview: false });
  const used = new Set<vscode.ViewColumn>([colFirst]);
  for (const [i, doc] of rest.entries()) {
    const col = columnOf(doc);
    // Each article in a column of its own, so all of them are visible and decorated.
    const target = col && !used.has(col) ? col : col ?? (Math.min(colFirst + i + 1, vscode.ViewColumn.Nine) as vscode.ViewColumn);
    const shown = await vscode.window.showTextDocument(doc, { viewColumn: target, preview: false, preserveFocus: true });
    if (shown.viewColumn) used.add(shown.viewColumn);
  }
}
