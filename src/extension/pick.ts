/**
 * The quick picks behind "Compare with Another Article…" (open editors, article files in the
 * workspace, a file dialog, and the clipboard, opened as an untitled document first so every claim
 * has a document to point at) and "Compare Open Articles…" (two or more at once). Files are found
 * and opened through the workspace API only, so virtual workspaces work too.
 */
import * as vscode from 'vscode';
import { ARTICLE_SCHEMES } from './commands';
import { documentLabel } from './session';

/** File names treated as articles when listing the workspace. */
export const ARTICLE_GLOB = '**/*.{article,txt,text,md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test,dist,out}/**';
const MAX_WORKSPACE_FILES = 500;

type Source = { kind: 'document'; document: vscode.TextDocument } | { kind: 'file'; uri: vscode.Uri } | { kind: 'browse' } | { kind: 'clipboard' };

export interface ArticlePickItem extends vscode.QuickPickItem {
  source?: Source;
}

/** The items offered when comparing `current` with another article. */
export async function buildPickItems(current: vscode.TextDocument | undefined): Promise<ArticlePickItem[]> {
  const isCurrent = (uri: vscode.Uri) => current !== undefined && uri.toString() === current.uri.toString();
  const open = vscode.workspace.textDocuments.filter((d) => ARTICLE_SCHEMES.includes(d.uri.scheme) && !isCurrent(d.uri));
  const openKeys = new Set(open.map((d) => d.uri.toString()));
  const files = (await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_WORKSPACE_FILES))
    .filter((u) => !isCurrent(u) && !openKeys.has(u.toString()))
    .sort((a, b) => a.path.localeCompare(b.path));

  const items: ArticlePickItem[] = [];
  if (open.length) {
    items.push({ label: 'Open editors', kind: vscode.QuickPickItemKind.Separator });
    for (const d of open) {
      items.push({
        label: `$(file) ${documentLabel(d)}`,
        description: d.isUntitled ? 'unsaved' : d.isDirty ? 'modified' : undefined,
        source: { kind: 'document', document: d },
      });
    }
  }
  if (files.length) {
    items.push({ label: 'Workspace', kind: vscode.QuickPickItemKind.Separator });
    for (const uri of files) items.push({ label: `$(file-text) ${vscode.workspace.asRelativePath(uri, false)}`, source: { kind: 'file', uri } });
  }
  items.push({ label: 'Other', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: '$(folder-opened) Browse…', description: 'choose a file', source: { kind: 'browse' } });
  items.push({ label: '$(clippy) Clipboard', description: 'compare with the text on the clipboard', source: { kind: 'clipboard' } });
  return items;
}

/** Asks for the other article; resolves to its document, or undefined when the user backs out. */
export async function pickOtherArticle(current: vscode.TextDocument | undefined): Promise<vscode.TextDocument | undefined> {
  const picked = await vscode.window.showQuickPick(buildPickItems(current), {
    title: current ? `Compare ${documentLabel(current)} with…` : 'Compare with…',
    placeHolder: 'An open editor, a workspace article, a file, or the clipboard',
    matchOnDescription: true,
  });
  return picked?.source ? openSource(picked.source) : undefined;
}

async function openSource(source: Source): Promise<vscode.TextDocument | undefined> {
  switch (source.kind) {
    case 'document':
      return source.document;
    case 'file':
      return vscode.workspace.openTextDocument(source.uri);
    case 'browse': {
      const chosen = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Compare',
        filters: { Articles: ['article', 'txt', 'text', 'md', 'markdown'], 'All files': ['*'] },
      });
      return chosen?.[0] ? vscode.workspace.openTextDocument(chosen[0]) : undefined;
    }
    case 'clipboard':
      return openClipboard();
  }
}

/** Opens the clipboard's text as an untitled article; undefined (with a message) when it is empty. */
export async function openClipboard(): Promise<vscode.TextDocument | undefined> {
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showInformationMessage('The clipboard holds no text to compare.');
    return undefined;
  }
  return vscode.workspace.openTextDocument({ content: text, language: 'article' });
}

interface ManyPickItem extends vscode.QuickPickItem {
  source: { kind: 'document'; document: vscode.TextDocument } | { kind: 'file'; uri: vscode.Uri };
}

/**
 * Asks for two or more articles among the open text documents and the workspace's article files
 * (the articles in visible editors are ticked already). Resolves to their documents, or undefined
 * when the user backs out.
 */
export async function pickArticles(): Promise<vscode.TextDocument[] | undefined> {
  const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
  const open = vscode.workspace.textDocuments.filter((d) => ARTICLE_SCHEMES.includes(d.uri.scheme));
  const openKeys = new Set(open.map((d) => d.uri.toString()));
  const items: ManyPickItem[] = open.map((d) => ({
    label: `$(file) ${documentLabel(d)}`,
    description: d.isUntitled ? 'open · unsaved' : d.isDirty ? 'open · modified' : 'open',
    picked: visible.has(d.uri.toString()),
    source: { kind: 'document', document: d },
  }));
  const files = (await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_WORKSPACE_FILES))
    .filter((u) => !openKeys.has(u.toString()))
    .sort((a, b) => a.path.localeCompare(b.path));
  for (const uri of files) items.push({ label: `$(file-text) ${vscode.workspace.asRelativePath(uri, false)}`, description: 'workspace', source: { kind: 'file', uri } });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Compare Open Articles',
    placeHolder: 'Tick two or more articles to compare with each other',
    canPickMany: true,
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  return Promise.all(picked.map(async (p) => (p.source.kind === 'document' ? p.source.document : vscode.workspace.openTextDocument(p.source.uri))));
}
