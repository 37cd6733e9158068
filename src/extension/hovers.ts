/**
 * Hovers on compared claims: the label and why, where the other sources stand ("Said by 2 of 2
 * other sources", "Conflicts with nyt.md on a number"), each discrepancy's message, each source's
 * counterpart with a word-level diff and match score, and links to each counterpart, the
 * side-by-side view and the report. Built by small functions that take an options object (house
 * style 7); every piece of article text goes through `escapeMarkdown`, and only our own commands
 * are trusted.
 */
import * as vscode from 'vscode';
import { corroborationOf, kindPhrase } from '../engine/render/common';
import type { Label, Report, ReportClaim, ReportCorroboration, ReportDocument } from '../engine/report/types';
import { COMMANDS } from './commands';
import type { HoverDetail } from './config';
import { commandLink, DIFF_LEGEND, escapeMarkdown, wordDiffMarkdown } from './hoverMarkdown';
import { claimPlace, describeSource, lineColumn, outletOf } from './provenance';

/** The only commands a hover link may run. */
export const HOVER_COMMANDS: readonly string[] = [
  COMMANDS.goToCounterpart,
  COMMANDS.showSideBySide,
  COMMANDS.showReport,
  COMMANDS.copyFinding,
  COMMANDS.linkClaim,
  COMMANDS.undoDecision,
];

const DECISION_TEXT = { dismiss: 'Dismissed by you: not the same fact as', review: 'Reviewed by you against', link: 'Linked by you to' } as const;

const LABEL_TITLE: Record<Label, string> = {
  agreement: '$(pass) Agreement',
  discrepancy: '$(warning) Discrepancy',
  unique: '$(circle-outline) Unique',
};

export interface ClaimHoverOptions {
  claim: ReportClaim;
  /** Index in `report.documents` of the document that holds `claim`. */
  index: number;
  report: Report;
  /** URI of each document of the report, in report order (for the go-to-counterpart links). */
  uris: readonly vscode.Uri[];
  /** Each document's compared text (for line:column of counterparts), when known. */
  texts?: readonly (string | undefined)[];
  detail: HoverDetail;
}

/** The hover for one claim, or undefined when hovers are off. */
export function claimHover(o: ClaimHoverOptions): vscode.MarkdownString | undefined {
  if (o.detail === 'off') return undefined;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  const docs = o.report.documents;
  const names = docs.map((d) => outletOf(d));
  const many = docs.length > 2;
  const stands = corroborationOf(o.claim, o.index, docs.length);
  md.appendMarkdown(`**${LABEL_TITLE[o.claim.label]}** — ${escapeMarkdown(o.claim.reason)}\n\n`);
  if (many) md.appendMarkdown(`${corroborationSummary(stands, names)}\n\n`);
  if (o.detail === 'brief') return md;

  for (const d of o.claim.discrepancies) {
    md.appendMarkdown(`- \`${d.kind}\`: ${escapeMarkdown(d.message)}\n`);
  }
  if (o.claim.discrepancies.length) md.appendMarkdown('\n');

  let counterparts = 0;
  for (const stand of stands) {
    const other = docs[stand.document];
    if (!other) continue;
    const counterpart = counterpartOf(o.claim, other, stand.document);
    const goTo = many && counterpart ? ` · ${goToLink({ uri: o.uris[o.index], claim: o.claim, document: stand.document, name: names[stand.document] })}` : '';
    if (counterpart) {
      counterparts++;
      const text = o.texts?.[stand.document];
      const place = text !== undefined ? claimPlace(names[stand.document], lineColumn(text, counterpart.claim.start)) : names[stand.document];
      md.appendMarkdown(
        counterpartSection({
          claim: o.claim,
          counterpart: counterpart.claim,
          score: counterpart.score,
          otherName: place,
          source: describeSource(stand.document, docs),
          status: many ? stand.status : undefined,
          suffix: goTo,
        }),
      );
    } else {
      md.appendMarkdown(`*No counterpart in ${escapeMarkdown(names[stand.document])}.*\n\n`);
      const near = o.claim.nearest?.find((n) => n.document === stand.document);
      const nearClaim = near && other.claims.find((c) => c.id === near.claim);
      if (near && nearClaim) {
        const text = o.texts?.[stand.document];
        const where = text !== undefined ? `, line ${lineColumn(text, nearClaim.start).line}:${lineColumn(text, nearClaim.start).column}` : '';
        const link = `[$(link) Link…](${commandLink(COMMANDS.linkClaim, [o.uris[o.index].toString(), o.claim.id, stand.document, nearClaim.id])} "These are the same fact: compare them as counterparts")`;
        md.appendMarkdown(`Closest in ${escapeMarkdown(names[stand.document] + where)}: “${escapeMarkdown(nearClaim.text)}” · ${near.score.toFixed(2)} (below the match threshold) · ${link}\n\n`);
      }
    }
  }
  for (const m of o.claim.decisions ?? []) {
    const other = docs[m.document];
    const c = other?.claims.find((x) => x.id === m.claim);
    const what = m.document === o.index ? 'Reviewed by you' : `${DECISION_TEXT[m.action]} ${escapeMarkdown(names[m.document])}${c ? ` “${escapeMarkdown(c.text.slice(0, 80))}${c.text.length > 80 ? '…' : ''}”` : ''}`;
    const undo = `[$(discard) Undo](${commandLink(COMMANDS.undoDecision, [o.uris[o.index].toString(), o.claim.id, m.document, m.claim])} "Undo this decision")`;
    md.appendMarkdown(`$(person) ${what}${m.at ? ` (${escapeMarkdown(m.at.slice(0, 10))})` : ''} · ${undo}\n\n`);
  }
  md.appendMarkdown(linksLine({ uri: o.uris[o.index], claim: o.claim, hasCounterpart: counterparts > 0 && !many }));
  return md;
}

/** "Said by 1 of 2 other sources · Conflicts with nyt.md on a number" (names escaped here). */
export function corroborationSummary(stands: readonly ReportCorroboration[], names: readonly string[]): string {
  const agrees = stands.filter((s) => s.status === 'agrees');
  const conflicts = stands.filter((s) => s.status === 'conflicts');
  const parts: string[] = [];
  if (agrees.length || !conflicts.length) parts.push(`Said by ${agrees.length} of ${stands.length} other source${stands.length === 1 ? '' : 's'}`);
  for (const c of conflicts) parts.push(`Conflicts with ${escapeMarkdown(names[c.document] ?? `document ${c.document + 1}`)} on ${kindPhrase(c.kinds)}`);
  return parts.join(' · ');
}

/** One source's counterpart with its word diff against `claim`, and the match score. */
export function counterpartSection(o: {
  claim: ReportClaim;
  counterpart: ReportClaim;
  score: number;
  otherName: string;
  /** Shown with three or more sources: how this source stands on the claim. */
  status?: ReportCorroboration['status'];
  /** Markdown appended to the heading line (a go-to link). */
  suffix?: string;
  /** The other source by outlet, headline and date. */
  source?: string;
}): string {
  const status = o.status ? ` ${o.status}` : '';
  const between = o.claim.discrepancies.filter((d) => d.there.claim === o.counterpart.id);
  const deciding = {
    here: between.map((d) => ({ start: d.here.start - o.claim.start, end: d.here.end - o.claim.start })),
    there: between.map((d) => ({ start: d.there.start - o.counterpart.start, end: d.there.end - o.counterpart.start })),
  };
  const source = o.source ? `*${escapeMarkdown(o.source)}*\n\n` : '';
  return (
    `**${escapeMarkdown(o.otherName)}**${status} · match ${o.score.toFixed(2)}${o.suffix ?? ''}\n\n${source}` +
    `> ${wordDiffMarkdown(o.claim.text, o.counterpart.text, deciding)}\n\n` +
    `${DIFF_LEGEND}\n\n`
  );
}

/** A link revealing the counterpart of `claim` in document `document`. */
export function goToLink(o: { uri: vscode.Uri; claim: ReportClaim; document: number; name: string }): string {
  return `[$(arrow-right) Go to ${escapeMarkdown(o.name)}](${commandLink(COMMANDS.goToCounterpart, [o.uri.toString(), o.claim.id, o.document])} "Reveal the matching claim in this source")`;
}

/** "Go to counterpart · Side by side · Report" command links. */
export function linksLine(o: { uri: vscode.Uri; claim: ReportClaim; hasCounterpart: boolean }): string {
  const links: string[] = [];
  if (o.hasCounterpart) {
    links.push(`[$(arrow-right) Go to counterpart](${commandLink(COMMANDS.goToCounterpart, [o.uri.toString(), o.claim.id])} "Reveal the matching claim in the other article")`);
  }
  links.push(`[$(split-horizontal) Side by side](${commandLink(COMMANDS.showSideBySide)} "Open the claim-by-claim diff view")`);
  links.push(`[$(preview) Report](${commandLink(COMMANDS.showReport)} "Open the comparison report")`);
  links.push(`[$(copy) Copy finding](${commandLink(COMMANDS.copyFinding, [o.uri.toString(), o.claim.id, 'markdown'])} "Copy this finding as citation-ready Markdown")`);
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
