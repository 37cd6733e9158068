/**
 * What every renderer needs from a report, computed once here so the four formats tell the same
 * story: conflicts and agreements as pairs (each shown once, though the report lists it from both
 * sides), claim lookup by id, and word-level differences between two passages.
 */
import { diffArrays } from 'diff';
import type {
  DiscrepancyKind, Label, Report, ReportClaim, ReportCorroboration, ReportDiscrepancy, ReportDocument, ReportMatch,
} from '../report/types';
import { kindPhrase } from '../report/kinds';

export interface ClaimRef {
  document: number;
  claim: ReportClaim;
}

export interface ConflictPair {
  a: ClaimRef;
  b: ClaimRef;
  /** As seen from `a` (the mirror entries in `b` say the same thing the other way round). */
  discrepancies: ReportDiscrepancy[];
}

export interface AgreementPair {
  a: ClaimRef;
  b: ClaimRef;
  score: number;
  /** Found by meaning (the claims say the same in other words); `score` is the word similarity. */
  by?: 'meaning';
  /** The part of the longer claim that says the other (see ReportMatch.part). */
  part?: ReportMatch['part'];
}

/** A pair's score as shown: "0.28 (by meaning)" for a pair found by meaning, "(by meaning, in part)" for one found in a part. */
export function pairScore(p: { score: number; by?: 'meaning'; part?: ReportMatch['part'] }): string {
  if (p.by !== 'meaning') return formatScore(p.score);
  return `${formatScore(p.score)} (by meaning${p.part ? ', in part of a longer claim' : ''})`;
}

/** The text of the part (ReportMatch.part) when it lies in this claim of `document`, else undefined. */
export function partText(document: number, claim: { start: number; end: number; text: string }, part: ReportMatch['part']): string | undefined {
  if (!part || part.document !== document || part.start < claim.start || part.end > claim.end || part.start >= part.end) return undefined;
  return claim.text.slice(part.start - claim.start, part.end - claim.start);
}

/**
 * A claim's text cut around the part of it that says another claim (ReportMatch.part), as segments
 * with the part `changed`; undefined when the part is not in this claim.
 */
export function partSegments(document: number, claim: { start: number; end: number; text: string }, part: ReportMatch['part']): Segment[] | undefined {
  if (partText(document, claim, part) === undefined) return undefined;
  const at = part!.start - claim.start;
  const to = part!.end - claim.start;
  return [
    { text: claim.text.slice(0, at), changed: false },
    { text: claim.text.slice(at, to), changed: true },
    { text: claim.text.slice(to), changed: false },
  ].filter((x) => x.text !== '');
}

export interface Segment {
  text: string;
  /** True for words that the other passage does not have. */
  changed: boolean;
}

/** Words a label is shown as, in every format. */
export const LABEL_TAG: Record<Label, string> = {
  agreement: 'AGREE',
  discrepancy: 'CONFLICT',
  unique: 'UNIQUE',
};

export function indexClaims(report: Report): Map<string, ClaimRef> {
  const index = new Map<string, ClaimRef>();
  report.documents.forEach((doc, document) => {
    for (const claim of doc.claims) index.set(claim.id, { document, claim });
  });
  return index;
}

/** The claim a discrepancy points at: by id, else the claim of that document covering its span. */
export function counterpartOf(report: Report, index: Map<string, ClaimRef>, d: ReportDiscrepancy): ClaimRef | undefined {
  const byId = d.there.claim === undefined ? undefined : index.get(d.there.claim);
  if (byId) return byId;
  const doc = report.documents[d.there.document];
  const claim = doc?.claims.find((c) => c.start <= d.there.start && d.there.end <= c.end);
  return claim ? { document: d.there.document, claim } : undefined;
}

function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Conflicting claim pairs, in document and claim order, each pair once. */
export function conflictPairs(report: Report, index = indexClaims(report)): ConflictPair[] {
  const pairs = new Map<string, ConflictPair>();
  report.documents.forEach((doc, document) => {
    for (const claim of doc.claims) {
      for (const d of claim.discrepancies) {
        const other = counterpartOf(report, index, d);
        if (!other) continue;
        const key = pairKey(claim.id, other.claim.id);
        let pair = pairs.get(key);
        if (!pair) {
          pair = { a: { document, claim }, b: other, discrepancies: [] };
          pairs.set(key, pair);
        }
        // Keep only the first side's view; the mirror entry repeats it with here/there swapped.
        if (pair.a.claim === claim) pair.discrepancies.push(d);
      }
    }
  });
  return [...pairs.values()];
}

/** Matched claim pairs that do not conflict, in document and claim order, each pair once. */
export function agreementPairs(report: Report, index = indexClaims(report), conflicts = conflictPairs(report, index)): AgreementPair[] {
  const conflicting = new Set(conflicts.map((p) => pairKey(p.a.claim.id, p.b.claim.id)));
  const pairs = new Map<string, AgreementPair>();
  report.documents.forEach((doc, document) => {
    for (const claim of doc.claims) {
      for (const m of claim.matches) {
        const other = index.get(m.claim);
        if (!other) continue;
        const key = pairKey(claim.id, m.claim);
        if (conflicting.has(key) || pairs.has(key)) continue;
        pairs.set(key, { a: { document, claim }, b: other, score: m.score, ...(m.by ? { by: m.by } : {}), ...(m.part ? { part: m.part } : {}) });
      }
    }
  });
  return [...pairs.values()];
}

export interface Counts {
  claims: number;
  agreement: number;
  discrepancy: number;
  unique: number;
}

export function countLabels(doc: ReportDocument): Counts {
  const c: Counts = { claims: doc.claims.length, agreement: 0, discrepancy: 0, unique: 0 };
  for (const claim of doc.claims) c[claim.label]++;
  return c;
}

/** Beyond this many characters a word diff costs more than it tells: show the passages plain. */
const MAX_DIFF_CHARS = 6000;

function pushSegment(out: Segment[], text: string, changed: boolean): void {
  if (!text) return;
  const isChanged = changed && /\S/.test(text);
  const last = out[out.length - 1];
  if (last && last.changed === isChanged) last.text += text;
  else out.push({ text, changed: isChanged });
}

/** The spacing before a word: inside a run of changed words when the words on both sides are changed. */
function pushGap(out: Segment[], gap: string, beforeChanged: boolean): void {
  const last = out[out.length - 1];
  if (gap && last?.changed === true && beforeChanged) last.text += gap;
  else pushSegment(out, gap, false);
}

/** A whitespace-separated word of a passage and where it starts in the passage. */
export interface SpacedWord {
  text: string;
  start: number;
}

/** The whitespace-separated words of a passage. */
export function spacedWords(text: string): SpacedWord[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]|[\ud800-\udfff]/u; // a surrogate half: part of an astral character, kept

/** A word without the punctuation around it: "said," and "said" are the same word in a diff. */
function bare(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && !LETTER_OR_NUMBER.test(word[s])) s++;
  while (e > s && !LETTER_OR_NUMBER.test(word[e - 1])) e--;
  return s === e ? word : word.slice(s, e);
}

/** One step of a word diff: a word both passages have (`a` and `b` are the same text), or a word of one only. */
export type WordStep = { both: true; a: SpacedWord; b: SpacedWord } | { both: false; a?: SpacedWord; b?: SpacedWord };

/**
 * The one word diff of the project (reports and hovers): whitespace-separated words compared
 * whole (the punctuation around a word aside), so a changed word is marked with the punctuation it
 * carries and every emphasis mark a renderer adds stands between a space and a word.
 */
export function wordSteps(a: string, b: string): WordStep[] {
  const wa = spacedWords(a);
  const wb = spacedWords(b);
  const out: WordStep[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(wa, wb, { comparator: (x, y) => x.text === y.text || bare(x.text) === bare(y.text) })) {
    const n = part.count ?? part.value.length;
    for (let k = 0; k < n; k++) {
      if (part.added) out.push({ both: false, b: wb[j++] });
      else if (part.removed) out.push({ both: false, a: wa[i++] });
      else out.push({ both: true, a: wa[i++], b: wb[j++] });
    }
  }
  return out;
}

/** Word-level differences: `left` marks words only `a` has, `right` words only `b` has; the passages' own spacing is kept. */
export function wordDiff(a: string, b: string): { left: Segment[]; right: Segment[] } {
  if (a.length + b.length > MAX_DIFF_CHARS) {
    return { left: [{ text: a, changed: false }], right: [{ text: b, changed: false }] };
  }
  const left: Segment[] = [];
  const right: Segment[] = [];
  let at = 0;
  let bt = 0;
  for (const step of wordSteps(a, b)) {
    if (step.a) {
      pushGap(left, a.slice(at, step.a.start), !step.both);
      pushSegment(left, step.a.text, !step.both);
      at = step.a.start + step.a.text.length;
    }
    if (step.b) {
      pushGap(right, b.slice(bt, step.b.start), !step.both);
      pushSegment(right, step.b.text, !step.both);
      bt = step.b.start + step.b.text.length;
    }
  }
  pushSegment(left, a.slice(at), false);
  pushSegment(right, b.slice(bt), false);
  return { left, right };
}

/** Lines joined by LF as they come: `Array.prototype.join('\n')`, streamed. */
export function* joinLines(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

/** Collapses runs of whitespace (line breaks inside a claim) to single spaces. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Score as shown to people: two decimals. */
export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : '?';
}

/** "a.txt" or, when two documents share a name, "a.txt (2)". */
export function documentNames(report: Report): string[] {
  const names = report.documents.map((d) => d.path || 'untitled');
  return names.map((n, i) => (names.indexOf(n) === i && names.lastIndexOf(n) === i ? n : `${n} (${i + 1})`));
}

/**
 * Where every other document stands on a claim. Reports from the engine carry `corroboration`;
 * for a report written before that field existed (or hand-built), it is derived from the claim's
 * matches and discrepancies the same way the engine does, and a compact report's list (silent
 * documents left out) is filled in, so renderers never have to care.
 */
export function corroborationOf(claim: ReportClaim, document: number, documents: number): ReportCorroboration[] {
  if (Array.isArray(claim.corroboration) && claim.corroboration.length) {
    const listed = claim.corroboration;
    if (listed.length >= documents - 1) return listed;
    // a compact report (`compact: true`) lists only the documents that agree or conflict
    const byDocument = new Map(listed.map((c) => [c.document, c]));
    const out: ReportCorroboration[] = [];
    for (let other = 0; other < documents; other++) {
      if (other !== document) out.push(byDocument.get(other) ?? { document: other, status: 'silent', claims: [], kinds: [] });
    }
    return out;
  }
  const out: ReportCorroboration[] = [];
  for (let other = 0; other < documents; other++) {
    if (other === document) continue;
    const conflicts = claim.discrepancies.filter((d) => d.there.document === other);
    if (conflicts.length) {
      out.push({
        document: other,
        status: 'conflicts',
        claims: [...new Set(conflicts.map((d) => d.there.claim))],
        kinds: [...new Set(conflicts.map((d) => d.kind))],
      });
      continue;
    }
    const matches = claim.matches.filter((m) => m.document === other).map((m) => m.claim);
    out.push({ document: other, status: matches.length ? 'agrees' : 'silent', claims: matches, kinds: [] });
  }
  return out;
}

export { kindPhrase } from '../report/kinds';

/**
 * One sentence on where the other sources stand on a claim, for reports on three or more
 * documents (with two, the label says it all): "said by 1 of 2 other sources (c.txt); conflicts
 * with b.txt on a place". `names` are the display names, already escaped for the output format.
 */
export function corroborationSentence(report: Report, names: readonly string[], document: number, claim: ReportClaim): string | null {
  const others = report.documents.length - 1;
  if (others < 2) return null;
  const list = corroborationOf(claim, document, report.documents.length);
  const agree = list.filter((c) => c.status === 'agrees').map((c) => names[c.document] ?? `#${c.document}`);
  const parts = [`said by ${agree.length} of ${others} other sources${agree.length ? ` (${agree.join(', ')})` : ''}`];
  for (const c of list) {
    if (c.status === 'conflicts') parts.push(`conflicts with ${names[c.document] ?? `#${c.document}`} on ${kindPhrase(c.kinds)}`);
  }
  return parts.join('; ');
}
