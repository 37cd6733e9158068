/**
 * Markdown report (GitHub-flavoured): summary table, then conflicts with both passages side by
 * side and the differing words in bold, then agreements, then each document's unique claims.
 * All article text is escaped so it can never turn into links, HTML, headings or table cells.
 */
import type { Report } from '../report/types';
import {
  agreementPairs, conflictPairs, corroborationSentence, countLabels, documentNames, flatten, formatScore, indexClaims,
  LABEL_TAG, plural, wordDiff,
} from './common';
import type { ClaimRef, Segment } from './common';

// Characters that start Markdown or inline-HTML constructs anywhere in a line. Backslash escapes
// work for any ASCII punctuation in CommonMark, so escaping a few too many is harmless.
const MD_INLINE = /[\\`*_[\]<>#|~&$!]/g;

// Invisible in a rendered page but live in a terminal that shows the .md source.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes article text for one line of Markdown (table cell, list item, blockquote). */
export function escapeMarkdown(text: string): string {
  let s = flatten(text.replace(CONTROLS, '')).replace(MD_INLINE, (c) => `\\${c}`);
  // Line-start constructs: list markers, ordered lists ("1." / "1)"), setext/thematic lines.
  s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return s;
}

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
  }

  out.push(`## Agreements (${agreements.length})`, '');
  if (!agreements.length) out.push('_No claims said by more than one source._', '');
  else {
    out.push('| Claim | Passage | Counterpart | Passage | Score |', '| --- | --- | --- | --- | ---: |');
    for (const p of agreements) {
      out.push(`| ${ref(p.a)} | ${escapeMarkdown(p.a.claim.text)} | ${ref(p.b)} | ${escapeMarkdown(p.b.claim.text)} | ${formatScore(p.score)} |`);
    }
    out.push('');
  }

  out.push('## Unique claims', '');
  report.documents.forEach((doc, d) => {
    const unique = doc.claims.filter((c) => c.label === 'unique');
    out.push(`### ${names[d]} (${unique.length})`, '');
    if (!unique.length) out.push('_None: every claim is said by another source._');
    for (const c of unique) out.push(`- \`${c.id.replace(/`/g, '')}\` ${escapeMarkdown(c.text)}`);
    out.push('');
  });

  // With three or more sources a label hides who said what: list each claim with every source's stand.
  if (report.documents.length >= 3) {
    out.push('## Claims by source', '');
    report.documents.forEach((doc, d) => {
      out.push(`### ${names[d]}`, '');
      if (!doc.claims.length) out.push('_No claims._');
      for (const c of doc.claims) {
        const corr = corroborationSentence(report, names, d, c);
        out.push(`- \`${c.id.replace(/`/g, '')}\` **${LABEL_TAG[c.label]}** ${escapeMarkdown(c.text)}${corr ? ` — _${corr}_` : ''}`);
      }
      out.push('');
    });
  }
  return out.join('\n');
}
