/**
 * Hovers on compared claims: the label and why, each discrepancy's message, the counterpart with a
 * word-level diff, the match score, and links to the counterpart and the side-by-side view. Built by
 * small functions that take an options object (house style 7); every piece of article text goes
 * through `escapeMarkdown`, and only our own commands are trusted.
 */
import * as vscode from 'vscode';
import type { Label, ReportClaim, ReportDocument } from '../engine/types';
import { COMMANDS } from './commands';
import type { HoverDetail } from './config';
import { commandLink, escapeMarkdown, wordDiffMarkdown } from './markdown';

/** The only commands a hover link may run. */
export const HOVER_COMMANDS: readonly string[] = [COMMANDS.goToCounterpart, COMMANDS.showSideBySide];

const LABEL_TITLE: Record<Label, string> = {
  agreement: '$(pass) Agreement',
  discrepancy: '$(warning) Discrepancy',
  unique: '$(circle-outline) Unique',
};

export interface ClaimHoverOptions {
  claim: ReportClaim;
  /** URI of the document that holds `claim` (for the go-to-counterpart link). */
  uri: vscode.Uri;
  /** The other article's report entry and display name. */
  other: ReportDocument;
  /** Index of `other` in the report (what `ReportMatch.document` refers to). */
  otherIndex: number;
  otherName: string;
  detail: HoverDetail;
}

/** The hover for one claim, or undefined when hovers are off. */
export function claimHover(o: ClaimHoverOptions): vscode.MarkdownString | undefined {
  if (o.detail === 'off') return undefined;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  md.appendMarkdown(`**${LABEL_TITLE[o.claim.label]}** — ${escapeMarkdown(o.claim.reason)}\n\n`);
  if (o.detail === 'brief') return md;

  for (const d of o.claim.discrepancies) {
    md.appendMarkdown(`- \`${d.kind}\`: ${escapeMarkdown(d.message)}\n`);
  }
  if (o.claim.discrepancies.length) md.appendMarkdown('\n');

  const counterpart = counterpartOf(o.claim, o.other, o.otherIndex);
  if (counterpart) {
    md.appendMarkdown(counterpartSection({ claim: o.claim, counterpart: counterpart.claim, score: counterpart.score, otherName: o.otherName }));
  } else {
    md.appendMarkdown(`*No counterpart in ${escapeMarkdown(o.otherName)}.*\n\n`);
  }
  md.appendMarkdown(linksLine({ uri: o.uri, claim: o.claim, hasCounterpart: counterpart !== undefined }));
  return md;
}

/** The counterpart with its word diff against `claim`, and the match score. */
export function counterpartSection(o: { claim: ReportClaim; counterpart: ReportClaim; score: number; otherName: string }): string {
  return (
    `**${escapeMarkdown(o.otherName)}** · match ${o.score.toFixed(2)} · **bold** there, ~~struck~~ here\n\n` +
    `> ${wordDiffMarkdown(o.claim.text, o.counterpart.text)}\n\n`
  );
}

/** "Go to counterpart · Side by side" command links. */
export function linksLine(o: { uri: vscode.Uri; claim: ReportClaim; hasCounterpart: boolean }): string {
  const links: string[] = [];
  if (o.hasCounterpart) {
    links.push(`[$(arrow-right) Go to counterpart](${commandLink(COMMANDS.goToCounterpart, [o.uri.toString(), o.claim.id])} "Reveal the matching claim in the other article")`);
  }
  links.push(`[$(split-horizontal) Side by side](${commandLink(COMMANDS.showSideBySide)} "Open the claim-by-claim diff view")`);
  return links.join(' · ');
}

/** The best match of `claim` in `other`, with its claim, if any. */
export function counterpartOf(claim: ReportClaim, other: ReportDocument, otherIndex: number): { claim: ReportClaim; score: number } | undefined {
  for (const m of claim.matches) {
    if (m.document !== otherIndex) continue;
    const found = other.claims.find((c) => c.id === m.claim);
    if (found) return { claim: found, score: m.score };
  }
  return undefined;
}
