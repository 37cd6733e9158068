/**
 * Markdown report (GitHub-flavoured): summary table, then conflicts with both passages side by
 * side and the differing words in bold, then agreements, then each document's unique claims.
 * All article text is escaped so it can never turn into links, HTML, headings or table cells.
 */
import { actionWord, decisionEntries } from './decisions';
import type { Report } from '../report/types';
import {
  agreementPairs, conflictPairs, corroborationSentence, countLabels, documentNames, flatten, formatScore, indexClaims,
  joinLines, LABEL_TAG, pairScore, partSegments, plural, wordDiff,
} from './common';
import type { AgreementPair, ClaimRef, Segment } from './common';
import { escapeMarkdown } from './escape';

export { escapeMarkdown } from './escape';

/** Segments as Markdown with changed words in bold; the `**` hug the words, not the spaces. */
function boldChanges(segments: Segment[]): string {
  return segments.map((seg) => {
    const body = escapeMarkdown(seg.text);
    if (!seg.changed || !body) return leadSpace(seg.text) + body + trailSpace(seg.text);
    return `${leadSpace(seg.text)}**${body}**${trailSpace(seg.text)}`;
  }).join('').trim();
}

const leadSpace = (s: string): string => (/^\s/.test(s) ? ' ' : '');
const trailSpace = (s: string): string => (/\s$/.test(s) ? ' ' : '');

export function renderMarkdown(report: Report): string {
  return [...joinLines(markdownLines(report))].join('');
}

/** The Markdown report as chunks of lines, for writing as it is made. */
export function* renderMarkdownChunks(report: Report): Generator<string> {
  yield* joinLines(markdownLines(report));
}

/** The Markdown report line by line (without line ends), as it is made. */
function* markdownLines(report: Report): Generator<string> {
  const names = documentNames(report).map(escapeMarkdown);
  const index = indexClaims(report);
  const conflicts = conflictPairs(report, index);
  const agreements = agreementPairs(report, index, conflicts);
  const ref = (r: ClaimRef): string => `${names[r.document]} \`${r.claim.id.replace(/`/g, '')}\``;
  const out: string[] = [];
  const s = report.summary;

  out.push('# Source Compare report', '');
  out.push(`${plural(report.documents.length, 'document')}, ${plural(s.claims, 'claim')}: `
    + `${s.agreement} agree, ${s.discrepancy} conflict, ${s.unique} unique.`, '');
  out.push('| Document | Title | Date | Claims | Agree | Conflict | Unique |');
  out.push('| --- | --- | --- | ---: | ---: | ---: | ---: |');
  report.documents.forEach((doc, d) => {
    const c = countLabels(doc);
    out.push(`| ${names[d]} | ${doc.title ? escapeMarkdown(doc.title) : '—'} | ${doc.date ? escapeMarkdown(doc.date) : '—'} `
      + `| ${c.claims} | ${c.agreement} | ${c.discrepancy} | ${c.unique} |`);
  });
  out.push(`| **Total** | | | ${s.claims} | ${s.agreement} | ${s.discrepancy} | ${s.unique} |`, '');
  for (const [d, doc] of report.documents.entries()) {
    if (doc.notice) out.push(`> **Note on ${names[d]}:** ${escapeMarkdown(doc.notice)}`, '');
  }

  out.push(`## Conflicts (${conflicts.length})`, '');
  if (!conflicts.length) out.push('_No conflicting claims._', '');
  for (const p of conflicts) {
    const kinds = [...new Set(p.discrepancies.map((d) => d.kind))].join(', ');
    out.push(`### ${ref(p.a)} ↔ ${ref(p.b)}${kinds ? ` — ${escapeMarkdown(kinds)}` : ''}`, '');
    for (const d of p.discrepancies) out.push(`- ${escapeMarkdown(d.message)}`);
    if (p.discrepancies.length) out.push('');
    const diff = wordDiff(flatten(p.a.claim.text), flatten(p.b.claim.text));
    out.push(`| ${names[p.a.document]} | ${names[p.b.document]} |`, '| --- | --- |');
    out.push(`| ${boldChanges(diff.left)} | ${boldChanges(diff.right)} |`, '');
    yield* out.splice(0);
  }

  out.push(`## Agreements (${agreements.length})`, '');
  if (!agreements.length) out.push('_No claims said by more than one source._', '');
  else {
    if (agreements.some((p) => p.part)) out.push('Where a claim is said inside a longer claim, the part that says it is in bold.', '');
    out.push('| Claim | Passage | Counterpart | Passage | Score |', '| --- | --- | --- | --- | ---: |');
    // the passage, with the part of it that says the other claim in bold
    const passage = (r: ClaimRef, part: AgreementPair['part']): string => {
      const segments = partSegments(r.document, r.claim, part);
      return segments ? boldChanges(segments.map((x) => ({ ...x, text: x.text.replace(/\s+/g, ' ') }))) : escapeMarkdown(r.claim.text);
    };
    for (const p of agreements) {
      out.push(`| ${ref(p.a)} | ${passage(p.a, p.part)} | ${ref(p.b)} | ${passage(p.b, p.part)} | ${pairScore(p)} |`);
      if (out.length >= 256) yield* out.splice(0);
    }
    out.push('');
  }

  out.push('## Unique claims', '');
  for (const [d, doc] of report.documents.entries()) {
    const unique = doc.claims.filter((c) => c.label === 'unique');
    out.push(`### ${names[d]} (${unique.length})`, '');
    if (!unique.length) out.push('_None: every claim is said by another source._');
    for (const c of unique) {
      out.push(`- \`${c.id.replace(/`/g, '')}\` ${escapeMarkdown(c.text)}`);
      if (out.length >= 256) yield* out.splice(0);
    }
    out.push('');
  }

  const decided = decisionEntries(report);
  if (decided.length) {
    out.push(`## Decisions by a person (${decided.length})`, '');
    for (const e of decided) {
      out.push(`- **${escapeMarkdown(actionWord(e.action))}**: ${ref(e.a)} ↔ ${ref(e.b)}${e.at ? ` (${escapeMarkdown(e.at.slice(0, 10))})` : ''} — ${escapeMarkdown(flatten(e.a.claim.text))}`);
    }
    out.push('');
  }

  // With three or more sources a label hides who said what: list each claim with every source's stand.
  if (report.documents.length >= 3) {
    out.push('## Claims by source', '');
    for (const [d, doc] of report.documents.entries()) {
      out.push(`### ${names[d]}`, '');
      if (!doc.claims.length) out.push('_No claims._');
      for (const c of doc.claims) {
        const corr = corroborationSentence(report, names, d, c);
        out.push(`- \`${c.id.replace(/`/g, '')}\` **${LABEL_TAG[c.label]}** ${escapeMarkdown(c.text)}${corr ? ` — _${corr}_` : ''}`);
        if (out.length >= 256) yield* out.splice(0);
      }
      out.push('');
    }
  }
  yield* out.splice(0);
}
