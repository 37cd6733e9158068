/**
 * What a person decided, as every export shows it: one entry per decided pair (a decision is marked
 * on both of its claims), and a short phrase per claim for row-per-claim formats.
 */
import type { Report, ReportClaim, ReportDecisionMark } from '../report/types';

const ACTION_WORD: Record<ReportDecisionMark['action'], string> = { dismiss: 'dismissed (not the same fact)', review: 'reviewed', link: 'linked by hand' };

export interface DecisionEntry {
  action: ReportDecisionMark['action'];
  a: { document: number; claim: ReportClaim };
  b: { document: number; claim: ReportClaim };
  at?: string;
}

/** Every decided pair once (the claim of the lower document first). */
export function decisionEntries(report: Report): DecisionEntry[] {
  const out: DecisionEntry[] = [];
  const seen = new Set<string>();
  for (const [d, doc] of report.documents.entries()) {
    for (const claim of doc.claims) {
      for (const m of claim.decisions ?? []) {
        const key = [`${d}:${claim.id}`, `${m.document}:${m.claim}`].sort().join('~') + m.action;
        if (seen.has(key)) continue;
        seen.add(key);
        const other = report.documents[m.document]?.claims.find((c) => c.id === m.claim);
        if (other) out.push({ action: m.action, a: { document: d, claim }, b: { document: m.document, claim: other }, ...(m.at ? { at: m.at } : {}) });
      }
    }
  }
  return out;
}

/** "dismissed (not the same fact) against b.md, 2031-04-15" for each decision on `claim`, joined by "; ". */
export function decisionPhrase(claim: ReportClaim, names: readonly string[], self: number): string {
  return (claim.decisions ?? [])
    .map((m) => `${ACTION_WORD[m.action]}${m.document !== self ? ` against ${names[m.document] ?? `#${m.document}`}` : ''}${m.at ? `, ${m.at.slice(0, 10)}` : ''}`)
    .join('; ');
}

/** The heading word of a decision. */
export function actionWord(action: ReportDecisionMark['action']): string {
  return ACTION_WORD[action];
}
