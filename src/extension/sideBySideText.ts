/**
 * The two texts of the side-by-side view, aligned claim by claim: line i of the left text and line i
 * of the right text are a claim and its counterpart (or a marked gap), so VS Code's own diff editor
 * shows the word-level differences. Left: this article's claims in order. Right: each one's best
 * counterpart. Then the other article's claims that match nothing here, opposite a gap, so nothing
 * is hidden. Each line starts with the claim's label against the other side ("= ", "≠ number: ",
 * "○ "). No `vscode` import: checked in plain Node.
 */
import type { Report, ReportClaim } from '../engine/report/types';

/**
 * The label a claim carries against document `other`, in front of its line: "= " (says the same),
 * "≠ number: " (conflicts, with the kinds), "○ " (only this article).
 */
export function labelMark(claim: ReportClaim, other: number): string {
  const kinds = [...new Set(claim.discrepancies.filter((d) => d.there.document === other).map((d) => d.kind))];
  if (kinds.length) return `≠ ${kinds.join(', ')}: `;
  return claim.matches.some((m) => m.document === other) ? '= ' : '○ ';
}

export interface AlignedTexts {
  left: string;
  right: string;
  /** Number of aligned rows (claims and gaps), headers not counted. */
  rows: number;
}

/**
 * Aligns `report.documents[here]` against `report.documents[there]` (by default the first two
 * articles); `names` are the display names of all documents, in report order.
 */
export function alignClaims(report: Report, names: readonly string[], here = 0, there = here === 0 ? 1 : 0): AlignedTexts {
  const a = report.documents[here];
  const b = report.documents[there];
  const byId = new Map(b.claims.map((c) => [c.id, c]));
  const left: string[] = [];
  const right: string[] = [];
  const row = (l: string, r: string) => {
    left.push(l, '');
    right.push(r, '');
  };
  for (const claim of a.claims) {
    const match = claim.matches.find((m) => m.document === there && byId.has(m.claim));
    const counterpart = match && byId.get(match.claim)!;
    row(labelMark(claim, there) + oneLine(claim.text), counterpart ? labelMark(counterpart, here) + oneLine(counterpart.text) : gap(`no counterpart in ${names[there]}`));
  }
  const onlyThere = b.claims.filter((c) => !c.matches.some((m) => m.document === here));
  for (const claim of onlyThere) row(gap(`only in ${names[there]}`), labelMark(claim, here) + oneLine(claim.text));
  return { left: left.join('\n'), right: right.join('\n'), rows: a.claims.length + onlyThere.length };
}

/** The marker standing in for a missing claim. */
export function gap(what: string): string {
  return `⟨ ${what} ⟩`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
