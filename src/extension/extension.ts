/**
 * Entry point: builds the feature objects, registers the commands, and returns the test API
 * (house style 2). Nothing heavy happens here: the engine is loaded in its worker thread on the
 * first comparison.
 */
import * as vscode from 'vscode';
import type { SourceCompareApi } from './api';
import { DISPLAY_NAME } from './commands';
import { Comparisons } from './controller';
import { createHandlers } from './handlers';
import { ReportView } from './report';
import { FindingsView } from './findingsView';
import { TriageFeature } from './triage';

export type { SourceCompareApi } from './api';

export function activate(context: vscode.ExtensionContext): SourceCompareApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel(DISPLAY_NAME, { log: true });
  const comparisons = new Comparisons(context.extensionUri, log);
  const reportView = new ReportView(comparisons);
  const triage = new TriageFeature(comparisons);
  const findings = new FindingsView(comparisons, context.workspaceState);
  context.subscriptions.push(
    log,
    reportView,
    triage,
    findings,
    comparisons,
    ...Object.entries(createHandlers(comparisons, reportView, triage, findings)).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
  const activationMs = performance.now() - started;
  const mode = context.extensionMode === vscode.ExtensionMode.Production ? 'installed' : 'development';
  log.info(`activated ${context.extension.packageJSON.version} (${mode}) in ${activationMs.toFixed(1)} ms`);

  const open = async (d: vscode.Uri | vscode.TextDocument) => (d instanceof vscode.Uri ? vscode.workspace.openTextDocument(d) : d);
  const compareAll: SourceCompareApi['compareAll'] = async (documents, options) =>
    (await comparisons.start(await Promise.all(documents.map(open)), options))?.report;
  return {
    compare: (a, b, options) => compareAll([a, b], options),
    compareAll,
    current: () => {
      const s = comparisons.current;
      return s && { documents: s.documents.map((d) => d.uri), report: s.result?.report };
    },
    list: () => comparisons.list.map((s) => ({ id: s.id, documents: s.documents.map((d) => d.uri), closed: s.documents.map((_d, i) => s.isClosed(i)), report: s.result?.report })),
    clearAll: () => comparisons.endAll(),
    decorations: (uri) => comparisons.paintedFor(uri),
    sideBySide: () => comparisons.sideBySideUris,
    statusText: () => comparisons.statusText,
    engine: () => comparisons.engine.stats,
    reportHtml: () => reportView.html,
    findings: () => findings.snapshot(),
    setFindingsFilters: (filters) => findings.setFilters(filters),
    decisionsFile: () => comparisons.decisions.uri,
    resetDecisions: () => comparisons.decisions.reset(),
    reloadDecisions: () => comparisons.decisions.load(true).then(() => comparisons.decisions.current.length),
    reportMessage: (message) => reportView.handleMessage(message),
    activationMs,
    onDidRender: comparisons.onDidRender,
    onDidEnd: comparisons.onDidEnd,
    onDidWarn: comparisons.onDidWarn,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
