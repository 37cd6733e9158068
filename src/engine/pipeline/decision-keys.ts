/**
 * A person's decisions about findings as data: how a decision names its claims (normalised text and
 * source, never offsets or ids), the decisions file `source-compare/decisions@1`, and making one.
 * Light on purpose (no similarity or fact tables): the extension host loads it; applying decisions
 * to a report is decisions.ts, which runs with the engine (worker, CLI).
 */
import type { Report, ReportClaim, ReportDocument } from '../report/types';

export const DECISIONS_SCHEMA = 'source-compare/decisions@1';

export type DecisionAction = 'dismiss' | 'review' | 'link';

/** One claim as a decision names it: its source and its normalised text. */
export interface DecisionClaim {
  source: string;
  text: string;
}

export interface Decision {
  action: DecisionAction;
  /** The claim the decision was made on. */
  claim: DecisionClaim;
  /** The claim in the other source it was made against (for `review` of a unique claim: absent). */
  other?: DecisionClaim;
  /** When it was made (ISO 8601). */
  at?: string;
}

export interface DecisionsFile {
  schema: typeof DECISIONS_SCHEMA;
  decisions: Decision[];
}

/** Lower case, one kind of quotation mark and apostrophe, runs of space as one, no trailing punctuation. */
export function normaliseClaimText(text: string): string {
  const t = text
    .normalize('NFC')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  let end = t.length;
  // trailing punctuation and spaces, trimmed by a loop (a pattern anchored at the end backtracks)
  while (end > 0 && '.!?;:, '.includes(t[end - 1])) end--;
  return t.slice(0, end);
}

/** The source a decision names: the outlet of the article's metadata, else its file name. */
export function sourceKey(doc: ReportDocument): string {
  return doc.source?.trim() || doc.path.split(/[\\/]/).pop() || doc.path;
}

/** The decision-side key of claim `claim` of `doc`. */
export function claimKey(doc: ReportDocument, claim: ReportClaim): DecisionClaim {
  return { source: sourceKey(doc), text: normaliseClaimText(claim.text) };
}

const sameClaim = (x: DecisionClaim | undefined, y: DecisionClaim | undefined): boolean =>
  x === undefined || y === undefined ? x === y : x.source === y.source && x.text === y.text;

/** True when the two decisions are about the same pair (in either order). */
export function samePair(x: Decision, y: Decision): boolean {
  return (sameClaim(x.claim, y.claim) && sameClaim(x.other, y.other)) || (x.other !== undefined && sameClaim(x.claim, y.other) && sameClaim(x.other, y.claim));
}

/** The list with `d` in place of any earlier decision about the same pair. */
export function withDecision(list: readonly Decision[], d: Decision): Decision[] {
  return [...list.filter((x) => !samePair(x, d)), d];
}

/** The list without any decision about the pair `d` names. */
export function withoutDecision(list: readonly Decision[], d: Decision): Decision[] {
  return list.filter((x) => !samePair(x, d));
}

/** Reads a decisions file; throws a one-line message when it is not one. */
export function parseDecisions(json: string): Decision[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`the decisions file is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const file = data as Partial<DecisionsFile> | null;
  if (!file || typeof file !== 'object' || file.schema !== DECISIONS_SCHEMA || !Array.isArray(file.decisions)) {
    throw new Error(`the decisions file is not "${DECISIONS_SCHEMA}"`);
  }
  const isSide = (x: unknown): x is DecisionClaim =>
    !!x && typeof x === 'object' && typeof (x as DecisionClaim).source === 'string' && typeof (x as DecisionClaim).text === 'string';
  return file.decisions.filter(
    (d): d is Decision =>
      !!d && ['dismiss', 'review', 'link'].includes(d.action) && isSide(d.claim) && (d.other === undefined || isSide(d.other)) && (d.action === 'review' || d.other !== undefined),
  );
}

/** The decisions file's text: sorted, so the file diffs well when committed beside the articles. */
export function serialiseDecisions(decisions: readonly Decision[]): string {
  const key = (d: Decision) => `${d.claim.source}\u0000${d.claim.text}\u0000${d.other?.source ?? ''}\u0000${d.other?.text ?? ''}`;
  const sorted = [...decisions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const file: DecisionsFile = { schema: DECISIONS_SCHEMA, decisions: sorted };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The decision a person makes on claim `claim` of document `document` against `otherClaim` of `other`. */
export function decide(report: Report, action: DecisionAction, document: number, claim: string, other?: number, otherClaim?: string, at?: string): Decision {
  const doc = report.documents[document];
  const c = doc?.claims.find((x) => x.id === claim);
  if (!c) throw new Error(`no claim ${claim} in document ${document}`);
  const d: Decision = { action, claim: claimKey(doc, c) };
  if (other !== undefined && otherClaim !== undefined) {
    const od = report.documents[other];
    const oc = od?.claims.find((x) => x.id === otherClaim);
    if (!oc) throw new Error(`no claim ${otherClaim} in document ${other}`);
    d.other = claimKey(od, oc);
  }
  if (at) d.at = at;
  return d;
}
