/** Helpers shared by the extension tests (run inside VS Code). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourceCompareApi } from '../../src/extension/api';
import type { RenderInfo } from '../../src/extension/controller';

export const EXTENSION_ID = 'source-compare.source-compare';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Milliseconds the first activation took in this extension host (undefined if it was active already). */
export let activationMs: number | undefined;

export async function activateApi(): Promise<SourceCompareApi> {
  const ext = vscode.extensions.getExtension<SourceCompareApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const wasActive = ext.isActive;
  // The suite starts while the extension host is still busy starting up (built-in extensions,
  // workspace scans); a moment's quiet first, so the figure is our activation, not that queue.
  if (!wasActive) await sleep(1500);
  const t0 = performance.now();
  const api = await ext.activate();
  if (!wasActive) {
    // From the host's call to the returned API: loading dist/extension.js and running activate().
    activationMs = performance.now() - t0;
    console.log(`[source-compare:activation] activate() took ${activationMs.toFixed(1)} ms (activate() body ${api.activationMs.toFixed(1)} ms)`);
    const file = process.env.SOURCE_COMPARE_ACTIVATION_FILE;
    if (file) fs.writeFileSync(file, `${activationMs.toFixed(1)}\n`);
  }
  return api;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves with the next render event that satisfies `accept`, or fails after `timeoutMs`. */
export function nextRender(api: SourceCompareApi, accept: (r: RenderInfo) => boolean = () => true, timeoutMs = 15_000): Promise<RenderInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no render within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = api.onDidRender((r) => {
      if (!accept(r)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

/** Polls `check` until it returns a truthy value. */
export async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** What the runner answers a screenshot request with. */
export interface ShotResult {
  saved: boolean;
  /** For a webview shot: the <h1> text the runner read from the visible webview's page. */
  webview?: string;
  error?: string;
}

export interface ShotOptions {
  /**
   * The shot shows a webview: the runner waits until a visible webview has drawn a page whose
   * <h1> reads this (webviews load their page after the tab shows), and reports what it read.
   */
  webview?: string;
  /** With `webview`: a selector in the page; the window is made tall enough to show down to it. */
  through?: string;
}

/** True when the suite runs under scripts/run-vscode-tests.js, which takes the screenshots. */
export const inRunner = (): boolean => !!process.env.SOURCE_COMPARE_SHOTS_DIR;

/**
 * Asks the runner for a screenshot (docs/images/NAME.png) and waits until it is taken; resolves to
 * the runner's answer (undefined if none came). Outside the runner (no SOURCE_COMPARE_SHOTS_DIR)
 * this does nothing.
 */
export async function screenshot(name: string, options?: ShotOptions): Promise<ShotResult | undefined> {
  const dir = process.env.SOURCE_COMPARE_SHOTS_DIR;
  if (!dir) return undefined;
  await sleep(400); // let the workbench paint
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  console.log(`[source-compare:screenshot] ${name}${options ? ` ${JSON.stringify(options)}` : ''}`);
  // A webview shot may wait up to 15 s for the page, then resize the window: allow for both.
  const ok = await waitFor(`screenshot ${name}`, () => fs.existsSync(done), options?.webview !== undefined ? 30_000 : 15_000).catch(() => false);
  if (!ok) {
    console.log(`screenshot ${name} not confirmed`);
    return undefined;
  }
  const text = fs.readFileSync(done, 'utf8');
  return text ? (JSON.parse(text) as ShotResult) : { saved: true };
}

/**
 * True when the engine behind the extension is the temporary stub (every claim 'unique'): tests
 * marked [engine] need the real engine's labels and skip themselves until it lands.
 */
export async function engineIsStub(api: SourceCompareApi): Promise<boolean> {
  if (stub !== undefined) return stub;
  const text = 'The Old Harbour Bridge in Westmere will close to traffic for repairs on Monday, city officials said.\n';
  const a = await vscode.workspace.openTextDocument({ content: text, language: 'article' });
  const b = await vscode.workspace.openTextDocument({ content: text, language: 'article' });
  const report = await api.compare(a, b);
  stub = !report || !report.documents[0].claims.some((c) => c.label === 'agreement');
  await closeAll();
  if (stub) console.log('note: the engine is still the temporary stub; [engine] tests are skipped');
  return stub;
}
let stub: boolean | undefined;

/** Closes every editor without saving (untitled fixtures are reverted). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // Untitled documents with text ask to be saved; revert them instead.
  for (let i = 0; i < 10 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** The text of `range` in `doc`. */
export function textAt(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}

/** The hovers' Markdown at an offset of `doc`, joined. */
export async function hoverMarkdown(doc: vscode.TextDocument, offset: number): Promise<{ value: string; trusted: unknown; html: unknown }[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset))) ?? [];
  return hovers.flatMap((h) =>
    h.contents.map((c) =>
      typeof c === 'string' ? { value: c, trusted: undefined, html: undefined } : 'value' in c ? { value: c.value, trusted: (c as vscode.MarkdownString).isTrusted, html: (c as vscode.MarkdownString).supportHtml } : { value: '', trusted: undefined, html: undefined },
    ),
  );
}

/** Throws away unsaved edits to `doc` (the revert command acts on the active editor). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.ok(!doc.isDirty, `${doc.uri.path} is reverted`);
}
