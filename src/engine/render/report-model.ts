/**
 * The comparison report as figures and lists, derived once from a `Report` and shared by the HTML
 * page and the extension's report view, so both show the same numbers. Pure data: no markup, no
 * escaping (every renderer escapes for its own format), no I/O.
 *
 * Counting rules, so the figures add up the way a reader expects:
 * - label counts are claims (each claim has exactly one label);
 * - kind counts per document are the discrepancy entries of that document's claims (a claim that
 *   conflicts with two sources on a date counts twice: once per source);
 * - overall kind counts are per conflicting claim pair, as seen from its first side (a conflict
 *   between claim x of A and claim y of B counts once, though the report lists it from both sides);
 * - pair and matrix figures come from each claim's `corroboration` (derived when a report lacks it).
 */
import { DISCREPANCY_KINDS } from '../report/types';
import type { DiscrepancyKind, Label, Report, ReportClaim, ReportDiscrepancy, ReportMatch } from '../report/types';
import { agreementPairs, conflictPairs, corroborationOf, documentNames, indexClaims, wordDiff } from './common';
import type { ClaimRef, Counts, Segment } from './common';

export type KindCounts = Record<DiscrepancyKind, number>;

/** What a stretch of an article is in the coverage strip. */
export type CoverageKind = Label | 'none';

export interface CoverageSegment {
  kind: CoverageKind;
  /** UTF-16 offsets into the document text, half-open. */
  start: number;
  end: number;
  /** Share of the strip in [0, 1]: of all characters (basis "text") or of claim characters ("claims"). */
  share: number;
  /** The claim this segment is, for agreement / discrepancy / unique segments. */
  claim?: string;
  /** For "none" segments: the metadata header, or only whitespace between claims (drawn, not announced). */
  note?: 'metadata' | 'blank';
}

export interface Coverage {
  /** "text" when the full text was given and fits the claims; else "claims" (claim lengths only). */
  basis: 'text' | 'claims';
  /** Characters the shares are of. */
  length: number;
  segments: CoverageSegment[];
  /** Share of the strip per kind, summing to 1 (or all 0 for an empty document). */
  shares: Record<CoverageKind, number>;
}

/** A claim as lists show it. */
export interface ClaimEntry {
  document: number;
  claim: string;
  start: number;
  end: number;
  text: string;
  label: Label;
}

export interface DocumentModel {
  index: number;
  /** Unique display name (path, with "(n)" when two documents share one). */
  name: string;
  path: string;
  title: string | null;
  date: string | null;
  source: string | null;
  notice: string | null;
  counts: Counts;
  kinds: KindCounts;
  coverage: Coverage;
  /** Claims no other source says, in document order. */
  unique: ClaimEntry[];
}

/** One unordered pair of sources, a < b. */
export interface PairModel {
  a: number;
  b: number;
  /** Claims of a that b says the same way, and their share of a's claims (0 when a has none). */
  aAgreedByB: number;
  aShareAgreedByB: number;
  bAgreedByA: number;
  bShareAgreedByA: number;
  /** Conflicting claim pairs between a and b, each counted once. */
  conflicts: number;
}

/** Row document's claims as seen by the column document. */
export interface MatrixCell {
  row: number;
  column: number;
  claims: number;
  agrees: number;
  conflicts: number;
  silent: number;
  /** agrees / claims (0 when the row document has no claims). */
  agreeShare: number;
}

export interface Passage extends ClaimEntry {
  /** The passage split into words both sides have and words only this side has. */
  segments: Segment[];
}

/** One conflict between two claims, listed once with both passages. */
export interface DiscrepancyModel {
  /** Stable key: the two claim ids, lower first, joined with "~". */
  key: string;
  a: Passage;
  b: Passage;
  /** Distinct kinds, in the order first found. */
  kinds: DiscrepancyKind[];
  /** Each difference as seen from `a`: kind, message, and the differing values on each side. */
  items: { kind: DiscrepancyKind; message: string; here: string; there: string }[];
}

export interface AgreementModel {
  a: ClaimEntry;
  b: ClaimEntry;
  score: number;
  /** Found by meaning; `score` is the word similarity (see AgreementPair). */
  by?: 'meaning';
  /** The part of the longer claim that says the other (see ReportMatch.part). */
  part?: ReportMatch['part'];
}

export interface ReportModel {
  documents: DocumentModel[];
  totals: Counts;
  /** Per kind, conflicting claim pairs (see the counting rules above). */
  kinds: KindCounts;
  pairs: PairModel[];
  /** matrix[row][column]; null on the diagonal. */
  matrix: (MatrixCell | null)[][];
  discrepancies: DiscrepancyModel[];
  agreements: AgreementModel[];
}

export function emptyKindCounts(): KindCounts {
  const k = {} as KindCounts;
  for (const kind of DISCREPANCY_KINDS) k[kind] = 0;
  return k;
}

function entry(ref: ClaimRef): ClaimEntry {
  const c = ref.claim;
  return { document: ref.document, claim: c.id, start: c.start, end: c.end, text: c.text, label: c.label };
}

function countKind(counts: KindCounts, kind: DiscrepancyKind): void {
  // An unknown kind from a newer engine still counts, as "other".
  counts[kind in counts ? kind : 'other']++;
}

const WHITESPACE_ONLY = /^\s*$/;

/** Claims in text order, overlaps clipped, so segments never run backwards. */
function orderedClaims(claims: readonly ReportClaim[]): ReportClaim[] {
  return [...claims].sort((x, y) => x.start - y.start || x.end - y.end);
}

function textCoverage(claims: readonly ReportClaim[], text: string, metadata: { start: number; end: number } | null): CoverageSegment[] {
  const segments: CoverageSegment[] = [];
  const gap = (start: number, end: number): void => {
    if (end <= start) return;
    // The metadata header may sit inside a gap (front matter, then a heading): split it out.
    if (metadata && metadata.start < end && start < metadata.end) {
      const ms = Math.max(start, metadata.start);
      const me = Math.min(end, metadata.end);
      gap(start, ms);
      segments.push({ kind: 'none', start: ms, end: me, share: 0, note: 'metadata' });
      gap(me, end);
      return;
    }
    const seg: CoverageSegment = { kind: 'none', start, end, share: 0 };
    if (WHITESPACE_ONLY.test(text.slice(start, end))) seg.note = 'blank';
    segments.push(seg);
  };
  let at = 0;
  for (const c of orderedClaims(claims)) {
    const start = Math.max(at, c.start);
    const end = Math.max(start, c.end);
    gap(at, start);
    if (end > start) segments.push({ kind: c.label, start, end, share: 0, claim: c.id });
    at = end;
  }
  gap(at, text.length);
  return segments;
}

function claimCoverage(claims: readonly ReportClaim[]): CoverageSegment[] {
  return orderedClaims(claims)
    .filter((c) => c.end > c.start)
    .map((c) => ({ kind: c.label, start: c.start, end: c.end, share: 0, claim: c.id }));
}

/** Ordered segments over a document: its claims by label, and what is not a claim. */
export function coverageOf(claims: readonly ReportClaim[], text?: string, metadata: { start: number; end: number } | null = null): Coverage {
  // A text that does not contain the claims (wrong file, edited since) would draw a false picture.
  const fits = typeof text === 'string' && claims.every((c) => c.end <= text.length);
  const segments = fits ? textCoverage(claims, text, metadata) : claimCoverage(claims);
  const length = segments.reduce((n, s) => n + (s.end - s.start), 0);
  const shares: Record<CoverageKind, number> = { agreement: 0, discrepancy: 0, unique: 0, none: 0 };
  for (const s of segments) {
    s.share = length ? (s.end - s.start) / length : 0;
    shares[s.kind] += s.share;
  }
  return { basis: fits ? 'text' : 'claims', length, segments, shares };
}

function share(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

/**
 * Figures and lists for a report. `texts` (optional) are the documents' full texts, in report
 * order, to size the coverage strips by characters; without them the strips show claims only.
 */
export function buildReportModel(report: Report, texts?: readonly (string | undefined)[]): ReportModel {
  const n = report.documents.length;
  const names = documentNames(report);
  const index = indexClaims(report);
  const conflicts = conflictPairs(report, index);

  // Corroboration, once per claim: [document][claim] → status per other document.
  const corroboration = report.documents.map((doc, d) => doc.claims.map((c) => corroborationOf(c, d, n)));

  const documents: DocumentModel[] = report.documents.map((doc, d) => {
    const counts: Counts = { claims: doc.claims.length, agreement: 0, discrepancy: 0, unique: 0 };
    const kinds = emptyKindCounts();
    for (const c of doc.claims) {
      counts[c.label]++;
      for (const x of c.discrepancies) countKind(kinds, x.kind);
    }
    return {
      index: d,
      name: names[d],
      path: doc.path,
      title: doc.title,
      date: doc.date,
      source: doc.source ?? null,
      notice: doc.notice ?? null,
      counts,
      kinds,
      coverage: coverageOf(doc.claims, texts?.[d], doc.metadata ?? null),
      unique: doc.claims.filter((c) => c.label === 'unique').map((claim) => entry({ document: d, claim })),
    };
  });

  const totals: Counts = { claims: 0, agreement: 0, discrepancy: 0, unique: 0 };
  for (const doc of documents) {
    totals.claims += doc.counts.claims;
    totals.agreement += doc.counts.agreement;
    totals.discrepancy += doc.counts.discrepancy;
    totals.unique += doc.counts.unique;
  }

  const matrix: (MatrixCell | null)[][] = report.documents.map((rowDoc, row) =>
    report.documents.map((_col, column) => {
      if (row === column) return null;
      const cell: MatrixCell = { row, column, claims: rowDoc.claims.length, agrees: 0, conflicts: 0, silent: 0, agreeShare: 0 };
      for (const list of corroboration[row]) {
        const status = list.find((x) => x.document === column)?.status ?? 'silent';
        if (status === 'agrees') cell.agrees++;
        else if (status === 'conflicts') cell.conflicts++;
        else cell.silent++;
      }
      cell.agreeShare = share(cell.agrees, cell.claims);
      return cell;
    }));

  const kinds = emptyKindCounts();
  const discrepancies: DiscrepancyModel[] = conflicts.map((p) => {
    const diff = wordDiff(p.a.claim.text, p.b.claim.text);
    const items = p.discrepancies.map((x: ReportDiscrepancy) => ({ kind: x.kind, message: x.message, here: x.here.text, there: x.there.text }));
    const distinct = [...new Set(items.map((x) => x.kind))];
    for (const x of items) countKind(kinds, x.kind);
    const [lo, hi] = p.a.claim.id < p.b.claim.id ? [p.a.claim.id, p.b.claim.id] : [p.b.claim.id, p.a.claim.id];
    return {
      key: `${lo}~${hi}`,
      a: { ...entry(p.a), segments: diff.left },
      b: { ...entry(p.b), segments: diff.right },
      kinds: distinct,
      items,
    };
  });

  const pairs: PairModel[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const ab = matrix[a][b]!;
      const ba = matrix[b][a]!;
      pairs.push({
        a, b,
        aAgreedByB: ab.agrees,
        aShareAgreedByB: ab.agreeShare,
        bAgreedByA: ba.agrees,
        bShareAgreedByA: ba.agreeShare,
        conflicts: discrepancies.filter((x) => (x.a.document === a && x.b.document === b) || (x.a.document === b && x.b.document === a)).length,
      });
    }
  }

  const agreements = agreementPairs(report, index, conflicts).map((p): AgreementModel => ({
    a: entry(p.a), b: entry(p.b), score: p.score, ...(p.by ? { by: p.by } : {}), ...(p.part ? { part: p.part } : {}),
  }));

  return { documents, totals, kinds, pairs, matrix, discrepancies, agreements };
}
