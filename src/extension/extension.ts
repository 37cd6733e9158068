/**
 * Entry point: builds the feature objects, registers the commands, and returns the test API
 * (house style 2). The engine itself is loaded on the first comparison.
 */
import * as vscode from 'vscode';
import type { SourceCompareApi } from './api';
import { DISPLAY_NAME } from './commands';
import { Comparisons } from './controller';
import { createHandlers } from './handlers';

export type { SourceCompareApi } from './api';

export function activate(context: vscode.ExtensionContext): SourceCompareApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel(DISPLAY_NAME, { log: true });
  const comparisons = new Comparisons(context.extensionUri, log);
  context.subscriptions.push(
    log,
    comparisons,
    ...Object.entries(createHandlers(comparisons)).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
  const mode = context.extensionMode === vscode.ExtensionMode.Production ? 'installed' : 'development';
  log.info(`activated ${context.extension.packageJSON.version} (${mode}) in ${(performance.now() - started).toFixed(1)} ms`);

  const open = async (d: vscode.Uri | vscode.TextDocument) => (d instanceof vscode.Uri ? vscode.workspace.openTextDocument(d) : d);
  return {
    compare: async (a, b) => (await comparisons.start(await open(a), await open(b)))?.report,
    current: () => {
      const s = comparisons.current;
      return s && { documents: s.documents.map((d) => d.uri), report: s.result?.report };
    },
    decorations: (uri) => comparisons.paintedFor(uri),
    sideBySide: () => comparisons.sideBySideUris,
    statusText: () => comparisons.statusText,
    onDidRender: comparisons.onDidRender,
    onDidEnd: comparisons.onDidEnd,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
