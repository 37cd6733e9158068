/**
 * Shared types of the engine: the report schema `source-compare/report@1` (see design.md) and the
 * intermediate structures the engine modules pass between each other. All offsets are UTF-16 code
 * units into the text as given to the engine (what VS Code's `document.getText()` counts).
 */
import type { EngineContext } from '../context';

/** One article handed to the engine. */
export interface ArticleInput {
  /** Path or label (e.g. "Untitled-1") shown in messages and reports. */
  path: string;
  /** The whole text as decoded (BOM removed, line endings as they are). */
  text: string;
}

export type Label = 'agreement' | 'discrepancy' | 'unique';

export type DiscrepancyKind =
  | 'number'
  | 'date'
  | 'person'
  | 'place'
  | 'organization'
  | 'quote'
  | 'negation'
  | 'attribution'
  | 'role'
  | 'certainty'
  | 'other';

export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  'number', 'date', 'person', 'place', 'organization', 'quote', 'negation', 'attribution', 'role', 'certainty', 'other',
];

/** A half-open span [start, end) in one document. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Report (public schema)
// ---------------------------------------------------------------------------------------------

export interface ReportMatch {
  /** Index of the other document in `Report.documents`. */
  document: number;
  /** Claim id in that document, e.g. "1:5". */
  claim: string;
  /** Similarity in [0, 1], rounded to 3 decimals. */
  score: number;
  /** Found by meaning (CompareOptions.meaning): the two say the same in other words; `score` is their word similarity. */
  by?: 'meaning';
  /**
   * Found inside a longer claim: the part of the longer of the two claims that says the other
   * (`document`: the longer claim's document; UTF-16 offsets into its text). Both ends list it.
   */
  part?: { document: number; start: number; end: number };
}

export interface ReportDiscrepancy {
  kind: DiscrepancyKind;
  here: Span & { text: string };
  there: Span & { text: string; document: number; claim: string };
  message: string;
}

export interface ReportClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  label: Label;
  /** Best first. Symmetric: if x lists y, y lists x with the same score. */
  matches: ReportMatch[];
  discrepancies: ReportDiscrepancy[];
  /** One sentence saying why the claim got its label (for hovers and reports). */
  reason: string;
  /** Where every other document stands on this claim, one entry per other document, in order. */
  corroboration: ReportCorroboration[];
  /**
   * Unique claims only: the closest candidate claim in each other document that has one (below the
   * match threshold, else the claim would not be unique), so a person can judge a near miss.
   */
  nearest?: ReportMatch[];
  /** What a person decided about this claim's findings (see decisions.ts), when decisions were applied. */
  decisions?: ReportDecisionMark[];
}

/** One decision of a person applied to a claim: dismissed, reviewed, or linked to `claim` in `document`. */
export interface ReportDecisionMark {
  action: 'dismiss' | 'review' | 'link';
  document: number;
  claim: string;
  /** When the decision was made (ISO 8601), as recorded in the decisions file. */
  at?: string;
}

/** How one other document stands on a claim: it says the same, conflicts, or is silent. */
export interface ReportCorroboration {
  document: number;
  status: 'agrees' | 'conflicts' | 'silent';
  /** Counterpart claim ids in that document, best first (empty when silent). */
  claims: string[];
  /** Discrepancy kinds found against that document (only when it conflicts). */
  kinds: DiscrepancyKind[];
}

export interface ReportDocument {
  path: string;
  title: string | null;
  /** ISO date YYYY-MM-DD from metadata, or null. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Range of the metadata (front matter / date line) that is not claims, if any. */
  metadata: Span | null;
  /** Set when the text does not look like English: labels are then not confident. */
  notice: string | null;
  claims: ReportClaim[];
}

export interface ReportSummary {
  claims: number;
  agreement: number;
  discrepancy: number;
  unique: number;
}

export interface Report {
  schema: 'source-compare/report@1';
  /** What found counterparts besides the words, when more did: "words and meaning (<model>)". Absent: words only. */
  similarity?: string;
  /**
   * Present (true) when the report was made with `CompareOptions.compact`: each claim's
   * `corroboration` lists only the documents that agree or conflict; every document not listed is
   * silent. Absent in a full report (every other document listed).
   */
  compact?: true;
  documents: ReportDocument[];
  summary: ReportSummary;
}

export interface CompareOptions {
  /**
   * Working memory to use (see EngineContext); a fresh one when absent. A host that compares again
   * and again may pass the same one so its memo tables stay warm; it never changes a result.
   */
  context?: EngineContext;
  /** Minimum similarity for two claims to count as saying the same thing. */
  matchThreshold?: number;
  /** Maximum number of matches kept per claim and other document. */
  maxMatches?: number;
  /** Called between stages; return true to abandon the comparison (throws CancelledError). */
  isCancelled?: () => boolean;
  /**
   * Sentence vectors of the claims (the host's encoder: see claimTexts and pipeline/meaning), used
   * to find counterparts that say the same in other words. Without them the similarity is lexical.
   */
  meaning?: MeaningVectors;
  /**
   * Leave `silent` entries out of every claim's `corroboration` (the report then says so with
   * `compact: true`): with many sources most entries are silent, and the detail of a claim stays
   * in proportion to what matched it. Labels, matches, reasons and every other field are the same.
   */
  compact?: boolean;
}

/** Sentence vectors by claim text, L2-normalised, and the model that made them. */
export interface MeaningVectors {
  /** Model and runtime, for the report. */
  readonly name: string;
  /** The vector of one claim's text, or undefined when the host has none for it. */
  vectorOf(text: string): Float32Array | undefined;
  /**
   * The probability that claim `b` says what claim `a` says, read together by the host's
   * cross-encoder, or undefined when it has none for the pair. Pairs mode reads one claim a side;
   * compare() asks about a claim and a part of a longer claim (pairsToJudge gives those pairs).
   */
  pairProbability?(a: string, b: string): number | undefined;
}

export class CancelledError extends Error {
  constructor() {
    super('comparison cancelled');
    this.name = 'CancelledError';
  }
}
