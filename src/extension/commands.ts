/**
 * Command ids and context keys of the extension, in one place. This module imports nothing from
 * `vscode`, so a plain-Node unit test can check it against `package.json` (house style 8).
 */

/** Every command the extension registers; `package.json` contributes exactly these. */
export const COMMANDS = {
  /** Pick another article (editor, workspace file, file dialog, clipboard) and compare. */
  compareWith: 'sourceCompare.compareWith',
  /** Pick two or more open or workspace articles and compare them all at once. */
  compareOpenArticles: 'sourceCompare.compareOpenArticles',
  /** Open VS Code's diff editor on two articles aligned claim by claim. */
  showSideBySide: 'sourceCompare.showSideBySide',
  nextDiscrepancy: 'sourceCompare.nextDiscrepancy',
  previousDiscrepancy: 'sourceCompare.previousDiscrepancy',
  /** Jump from the claim at the cursor (or one named by a hover link) to its counterpart. */
  goToCounterpart: 'sourceCompare.goToCounterpart',
  /** Quick pick of the active article's discrepancies (the status-bar item runs this). */
  listDiscrepancies: 'sourceCompare.listDiscrepancies',
  swapSides: 'sourceCompare.swapSides',
  /** The whole comparison as a report page in a webview; follows re-runs. */
  showReport: 'sourceCompare.showReport',
  /** Write the report as HTML, Markdown, JSON or CSV through a save dialog. */
  exportReport: 'sourceCompare.exportReport',
  clear: 'sourceCompare.clear',
  /** Triage (code actions, hover links, the view): not the same fact. */
  dismissFinding: 'sourceCompare.dismissFinding',
  markReviewed: 'sourceCompare.markReviewed',
  /** A unique claim is the same fact as a claim picked in another article. */
  linkClaim: 'sourceCompare.linkClaim',
  /** Undo one decision (from a code action) or the last one made. */
  undoDecision: 'sourceCompare.undoDecision',
  /** Citation-ready text of a finding (Markdown or plain) to the clipboard. */
  copyFinding: 'sourceCompare.copyFinding',
  /** Select a finding's claim in its article (the view's items run this). */
  revealFinding: 'sourceCompare.revealFinding',
  /** Choose which findings the Source Compare view lists. */
  filterFindings: 'sourceCompare.filterFindings',
  showLog: 'sourceCompare.showLog',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Context keys set with `setContext`, used in `when` clauses of menus and keybindings. */
export const CONTEXT_KEYS = {
  /** A comparison is open. */
  active: 'sourceCompare.active',
  /** The active editor shows one of the compared articles. */
  editorCompared: 'sourceCompare.editorCompared',
} as const;

/** URI schemes of documents that can be articles (not output panels, git views or our diff documents). */
export const ARTICLE_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

/** Scheme of the read-only virtual documents of the side-by-side view. */
export const DIFF_SCHEME = 'source-compare';

/** Name of the output channel, diagnostic source and status-bar item. */
export const DISPLAY_NAME = 'Source Compare';
