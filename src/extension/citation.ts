/**
 * Copy Finding: one finding as citation-ready text, in Markdown and in plain text — what was found,
 * both passages quoted, each source by outlet, headline and date, file:line of each passage, and
 * what a person decided about it. No `vscode` import, so the wording is checked in plain Node.
 */
import type { Report, ReportClaim } from '../engine/report/types';
import { describeSource, lineColumn } from './provenance';
import { escapeMarkdown } from '../engine/render/escape';

export interface CitationInput {
  report: Report;
  /** Index of the document that holds `claim`. */
  index: number;
  claim: ReportClaim;
  /** Each document's compared text (for line numbers), in report order. */
  texts: readonly (string | undefined)[];
  /** The other document to cite the counterpart from (default: the claim's first conflict, else its best match). */
  other?: number;
}

export interface Citation {
  markdown: string;
  plain: string;
}

const LABEL_HEADING = { agreement: 'Agreement', discrepancy: 'Discrepancy', unique: 'Unique claim' } as const;

const ACTION_TEXT = { dismiss: 'dismissed by a reviewer as not the same fact', review: 'marked as reviewed', link: 'linked by a reviewer as the same fact' } as const;

/** The finding about `claim` as Markdown and plain text. */
export function buildCitation(o: CitationInput): Citation {
  const docs = o.report.documents;
  const claim = o.claim;
  const other =
    o.other ?? claim.discrepancies[0]?.there.document ?? claim.matches[0]?.document ?? claim.nearest?.[0]?.document ?? (o.index === 0 ? 1 : 0);
  const counterpartId =
    claim.discrepancies.find((d) => d.there.document === other)?.there.claim ??
    claim.matches.find((m) => m.document === other)?.claim;
  const counterpart = counterpartId ? docs[other]?.claims.find((c) => c.id === counterpartId) : undefined;
  const kinds = [...new Set(claim.discrepancies.filter((d) => d.there.document === other).map((d) => d.kind))];
  const heading = `${LABEL_HEADING[claim.label]}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;

  const passage = (doc: number, c: ReportClaim) => {
    const text = o.texts[doc];
    const at = text !== undefined ? lineColumn(text, c.start) : undefined;
    return { quote: oneLine(c.text), source: describeSource(doc, docs), where: `${docs[doc].path}${at ? `:${at.line}` : ''}` };
  };
  const passages = [passage(o.index, claim)];
  if (counterpart) passages.push(passage(other, counterpart));

  const notes: string[] = [];
  for (const d of claim.discrepancies.filter((x) => x.there.document === other)) notes.push(d.message);
  if (!counterpart) {
    const near = claim.nearest?.find((n) => n.document === other);
    const nearClaim = near && docs[other]?.claims.find((c) => c.id === near.claim);
    notes.push(
      nearClaim
        ? `${describeSource(other, docs)} does not say this; its closest claim (score ${near.score.toFixed(2)}, below the match threshold) is “${oneLine(nearClaim.text)}” (${passage(other, nearClaim).where}).`
        : `${describeSource(other, docs)} does not say this.`,
    );
  } else if (claim.label === 'agreement') {
    const score = claim.matches.find((m) => m.document === other)?.score;
    if (score !== undefined) notes.push(`Match score ${score.toFixed(2)}.`);
  }
  for (const mark of claim.decisions ?? []) {
    if (mark.document !== other) continue;
    notes.push(`Decision: ${ACTION_TEXT[mark.action]}${mark.at ? ` (${mark.at.slice(0, 10)})` : ''}.`);
  }

  const markdown = [
    `**${heading}**`,
    '',
    ...passages.flatMap((p) => [`> ${escapeMarkdown(p.quote)}`, `>`, `> — ${escapeMarkdown(p.source)} (\`${p.where}\`)`, '']),
    ...notes.map((n) => `- ${escapeMarkdown(n)}`),
  ].join('\n').trimEnd() + '\n';
  const plain = [
    heading,
    '',
    ...passages.flatMap((p) => [`“${p.quote.replace(/^["“]|["”]$/g, '')}”`, `  — ${p.source} (${p.where})`, '']),
    ...notes.map((n) => `- ${n}`),
  ].join('\n').trimEnd() + '\n';
  return { markdown, plain };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

