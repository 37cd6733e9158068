/**
 * The one entry point shared by the CLI and the extension: articles in, report out.
 *
 * Stages: parse (metadata) → segment (claims) → prepare (similarity features) and facts → align each
 * pair of documents → compare the facts of every aligned pair → label and explain every claim.
 */
import { align, matchScore, type AlignEdge } from './align';
import { CandidateIndex } from './candidates';
import { EngineContext } from '../context';
import { compareFacts, contentOverlap, type FactConflict } from '../conflicts';
import { CLAIMS_SIZE as REMEMBERED_CLAIMS } from '../facts/memo';
import type { Side } from '../conflicts/common';
import { ClaimText } from '../conflicts/claim';
import type { NameMatcher } from '../facts/names';
import { extractFacts, type Fact } from '../facts';
import { languageCounts, languageNotice } from '../text/language';
import { parseArticle, type ArticleMeta } from '../text/parse';
import { segmentClaims } from '../text/segment';
import { MATCH_THRESHOLD, prepare, similarity, type Prepared } from '../similarity';
import {
  CancelledError,
  type ArticleInput,
  type CompareOptions,
  type MeaningVectors,
  type Report,
  type ReportClaim,
  type ReportCorroboration,
  type ReportDiscrepancy,
  type ReportDocument,
  type ReportMatch,
} from '../report/types';
import { describeClaim, withoutSilent } from './explain';
import { TUNING } from '../tuning';
import { ownString } from '../strings/own';
import { pairsByDate, pairsByMeaning } from './meaning';
import { clauseAsks, clauseLinks } from './clauses';
import { readWhens, relateWhens, type When } from '../facts/datetime';

/** Everything the engine knows about one claim while it compares. */
interface WorkClaim {
  id: string;
  start: number;
  end: number;
  prepared: Prepared;
  facts: Fact[];
  /** The claim's tokens and folded words for fact comparison, made once (see ClaimText). */
  claimText: ClaimText;
  matches: ReportMatch[];
  discrepancies: ReportDiscrepancy[];
  /** Best-scoring candidate in each other document (kept in the report for unique claims only). */
  nearest: ReportMatch[];
  /** The claim's sentence vector (CompareOptions.meaning), when the host gave one. */
  vector: Float32Array | undefined;
  /** The claim's text's id in the context (strings/text-ids), the same for the same text; 0: not remembered. */
  key: number;
}

interface WorkDocument {
  input: ArticleInput;
  meta: ArticleMeta;
  claims: WorkClaim[];
  /** Most mentioned people, and most mentioned names of any kind (see `shareMainName`). */
  mainPeople: string[];
  mainNames: string[];
}

const {
  maxMatches: DEFAULT_MAX_MATCHES, margin: MARGIN, weakFloor: WEAK_FLOOR, unrelatedThreshold: UNRELATED_THRESHOLD,
  mainNames: MAIN_NAMES, mainNamesCap: MAIN_NAMES_CAP,
} = TUNING.match;

/**
 * The texts of an article's claims, as compare() segments it: what a host embeds before handing
 * the vectors in as CompareOptions.meaning.
 */
export function claimTexts(text: string): string[] {
  const t = typeof text === 'string' ? text : '';
  return segmentClaims(t, parseArticle(t).body).map((s) => t.slice(s.start, s.end));
}

/** What every run over a set of articles starts with: its settings and every claim analysed. */
interface Run {
  check: () => void;
  threshold: number;
  maxMatches: number;
  ctx: EngineContext;
  docs: WorkDocument[];
}

function startRun(articles: readonly ArticleInput[], options: CompareOptions, meaning: MeaningVectors | undefined): Run {
  const check = (): void => {
    if (options.isCancelled?.()) throw new CancelledError();
  };
  const threshold = clamp01(options.matchThreshold ?? MATCH_THRESHOLD);
  const maxMatches = Math.max(1, Math.floor(options.maxMatches ?? DEFAULT_MAX_MATCHES));
  const ctx = options.context ?? new EngineContext();
  const docs: WorkDocument[] = articles.map((input, d) => {
    check();
    return analyse(input, d, ctx, meaning);
  });
  return { check, threshold, maxMatches, ctx, docs };
}

/**
 * The texts of the claims that the comparison by meaning looks at: those the words (and dates)
 * leave without a counterpart in a document that shares main names with theirs. pipeline/meaning
 * pairs only such claims, so a host that embeds these alone and hands their vectors to compare()
 * gets the report it would get with every claim's vector. Pass one context to both calls: the
 * second then reuses what the first found.
 */
export function textsToEmbed(articles: readonly ArticleInput[], options: CompareOptions = {}): string[] {
  const run = startRun(articles, options, undefined);
  const wanted = new Set<string>();
  try {
    alignAll(run.docs, run.threshold, run.maxMatches, run.ctx, run.check, undefined, wanted);
  } finally {
    run.ctx.similarity.packs.clear();
  }
  return [...wanted];
}

/**
 * The pairs of texts [claim, part of a longer claim] the comparison with these sentence vectors
 * (options.meaning) would hand the host's cross-encoder (see pipeline/clauses): a host that judges
 * these and answers them through `meaning.pairProbability` gets the claims said inside longer
 * ones. Pass one context to every call: each reuses what the one before found.
 */
export function pairsToJudge(articles: readonly ArticleInput[], options: CompareOptions & { meaning: MeaningVectors }): Array<[string, string]> {
  const asked = new Map<string, Set<string>>();
  const out: Array<[string, string]> = [];
  const recording: MeaningVectors = {
    name: options.meaning.name,
    vectorOf: (t) => options.meaning.vectorOf(t),
    pairProbability: (a, b) => {
      const seen = asked.get(a) ?? asked.set(a, new Set()).get(a)!;
      if (!seen.has(b)) {
        seen.add(b);
        out.push([a, b]);
      }
      return undefined;
    },
  };
  const run = startRun(articles, options, recording);
  try {
    alignAll(run.docs, run.threshold, run.maxMatches, run.ctx, run.check, recording);
  } finally {
    run.ctx.similarity.packs.clear();
  }
  return out;
}

/** Compares two or more articles; every claim of every document gets a label and its evidence. */
export function compare(articles: readonly ArticleInput[], options: CompareOptions = {}): Report {
  const { threshold, maxMatches, ctx, docs, check } = startRun(articles, options, options.meaning);

  let notes: string[][];
  try {
    notes = alignAll(docs, threshold, maxMatches, ctx, check, options.meaning);
  } finally {
    ctx.similarity.packs.clear(); // the claims are scored no more
  }

  const documents: ReportDocument[] = docs.map((doc) => ({
    path: doc.input.path,
    title: doc.meta.title,
    date: doc.meta.date,
    source: doc.meta.source,
    url: doc.meta.url,
    metadata: doc.meta.metadata,
    notice: joinNotes(languageNotice(doc.input.text, doc.claims, (k) => ctx.language.through(doc.claims[k].key, () => languageCounts(doc.input.text, doc.claims[k]))), notes[docs.indexOf(doc)]),
    claims: doc.claims.map((c) => toReportClaim(doc, c, docs, options.compact === true)),
  }));
  const all = documents.flatMap((d) => d.claims);
  const count = (label: ReportClaim['label']): number => all.filter((c) => c.label === label).length;
  return {
    schema: 'source-compare/report@1',
    ...(options.meaning !== undefined ? { similarity: `words and meaning (${options.meaning.name})` } : {}),
    ...(options.compact ? { compact: true as const } : {}),
    documents,
    summary: { claims: all.length, agreement: count('agreement'), discrepancy: count('discrepancy'), unique: count('unique') },
  };
}

/**
 * Aligns every pair of documents and records the edges on the claims (by words, dates taken out,
 * and by meaning when `meaning` is given: the claims carry vectors, and with the host's
 * cross-encoder claims said inside longer ones are found too); returns each document's notes (the
 * documents it shares no main name with).
 */
function alignAll(docs: WorkDocument[], threshold: number, maxMatches: number, ctx: EngineContext, check: () => void, meaning: MeaningVectors | undefined, wanted?: Set<string>): string[][] {
  const byMeaning = meaning !== undefined;
  const notes: string[][] = docs.map(() => []);
  // one candidate index over all documents; each pair's candidates are the same as from its own
  const index = new CandidateIndex(docs.map((d) => d.claims.map((c) => c.prepared)));
  // each claim's id in the context's score memo, once per document (0: not remembered)
  const keys = docs.map((d) => d.claims.map((c) => c.key));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      check();
      // Two reports that share none of their main names are probably about different events of the
      // same kind (two floods, two rehab stays): only near-identical claims count as the same there.
      const related = shareMainName(docs[i], docs[j], ctx.names);
      if (!related) {
        notes[i].push(differentEventNote(docs[j].input.path));
        notes[j].push(differentEventNote(docs[i].input.path));
      }
      const candidates = index.pairs(i, j);
      const { strong, weak, nearestA, nearestB } = align(
        docs[i].claims.map((c) => c.prepared),
        docs[j].claims.map((c) => c.prepared),
        {
          threshold: related ? threshold : Math.max(threshold, UNRELATED_THRESHOLD),
          weakFloor: related ? WEAK_FLOOR : 1,
          maxMatches,
          margin: MARGIN,
          candidates,
          isCancelled: check,
          scratch: ctx.similarity,
          memo: { scores: ctx.scores, left: keys[i], right: keys[j] },
        },
      );
      for (const e of strong) link(docs, i, j, e, ctx);
      for (const e of weak) linkIfConflicting(docs, i, j, e, ctx);
      // counterparts that differ only in how a date is written (resolved dates then decide)
      if (related) linkByDate(docs, i, j, candidates, threshold, ctx);
      // the claims the pairing by meaning below looks at (textsToEmbed)
      if (wanted !== undefined && related) {
        for (const k of openClaims(docs[i], j)) wanted.add(claimText(docs[i], k));
        for (const k of openClaims(docs[j], i)) wanted.add(claimText(docs[j], k));
      }
      // counterparts in other words: only between reports of one event (see meaning.ts)
      if (byMeaning && related) {
        for (const p of pairsByMeaning(
          docs[i].claims.map((c) => c.prepared), docs[j].claims.map((c) => c.prepared),
          docs[i].claims.map((c) => c.vector), docs[j].claims.map((c) => c.vector),
          openClaims(docs[i], j), openClaims(docs[j], i), ctx.similarity,
        )) link(docs, i, j, { a: p.a, b: p.b, score: p.score }, ctx, 'meaning');
        if (meaning?.pairProbability !== undefined) linkByClauses(docs, i, j, candidates, ctx, meaning.pairProbability.bind(meaning));
      }
      fillNearest(docs, i, j, nearestA, threshold, ctx);
      fillNearest(docs, j, i, flip(nearestB), threshold, ctx);
    }
  }
  return notes;
}

/**
 * Links the claims of documents i and j still without a counterpart there that a part of a longer
 * claim of the other says, as the host's cross-encoder judges (see pipeline/clauses).
 */
function linkByClauses(docs: WorkDocument[], i: number, j: number, candidates: ReadonlyArray<readonly [number, number]>, ctx: EngineContext, probability: (a: string, b: string) => number | undefined): void {
  const asks = clauseAsks(
    docs[i].input.text, docs[i].claims, docs[j].input.text, docs[j].claims, candidates,
    new Set(openClaims(docs[i], j)), new Set(openClaims(docs[j], i)), ctx.similarity, ctx.clauseParts,
  );
  const probabilities = asks.map((ask) => {
    const [shortDoc, shortClaim, longDoc] = ask.short === 0 ? [docs[i], ask.a, docs[j]] : [docs[j], ask.b, docs[i]];
    return probability(claimText(shortDoc, shortClaim), longDoc.input.text.slice(ask.part.start, ask.part.end));
  });
  for (const c of clauseLinks(asks, probabilities)) {
    link(docs, i, j, { a: c.a, b: c.b, score: c.score }, ctx, 'meaning', { document: c.short === 0 ? j : i, start: c.part.start, end: c.part.end });
  }
}

/**
 * Links the claims of documents i and j that differ only in how a date is written (see
 * pairsByDate): each claim's dates are read once, when a pair first asks for them.
 */
function linkByDate(docs: WorkDocument[], i: number, j: number, candidates: ReadonlyArray<readonly [number, number]>, threshold: number, ctx: EngineContext): void {
  const dated = (d: WorkDocument, other: number) => d.claims.map((c) => ({
    start: c.start, end: c.end, dates: c.facts.filter((f) => f.type === 'date'), open: !c.matches.some((m) => m.document === other),
  }));
  const read = new Map<WorkClaim, When[]>();
  const days = (d: WorkDocument, k: number): When[] => {
    const c = d.claims[k];
    let w = read.get(c);
    if (w === undefined) read.set(c, (w = readWhens(d.input.text, c.start, c.end, d.meta.date, ctx.similarity.tokenForms).filter((x) => x.days !== null)));
    return w;
  };
  const comparable = (a: number, b: number): boolean => {
    const wb = days(docs[j], b);
    return days(docs[i], a).some((x) => wb.some((y) => relateWhens(x, y) !== 'incomparable'));
  };
  const floor = Math.max(threshold, TUNING.meaning.sameWordsWithoutDates);
  for (const p of pairsByDate(docs[i].input.text, dated(docs[i], j), docs[j].input.text, dated(docs[j], i), candidates, floor, ctx.similarity, comparable)) {
    // the score recorded is the claims' own similarity, dates included
    link(docs, i, j, { a: p.a, b: p.b, score: similarity(docs[i].claims[p.a].prepared, docs[j].claims[p.b].prepared, ctx.similarity) }, ctx);
  }
}

/** Other documents this short are searched whole for a claim the candidate index found nothing for… */
const NEAREST_SCAN_CLAIMS = 64;
/**
 * …until this many claim pairs have been scored so for one document against another (a bound on
 * work only: a 10 MB article of distinct sentences against a short one would otherwise score every
 * claim against every claim; a unique claim past it shows no closest claim).
 */
const NEAREST_SCAN_BUDGET = 100_000;

/**
 * Records, on each claim of document `i`, its closest claim of document `j` (for a unique claim's
 * "closest: … 0.48"): the best candidate the alignment scored, else — when the index proposed none
 * and `j` is short — the best of all of `j`'s claims.
 */
function fillNearest(docs: WorkDocument[], i: number, j: number, best: ReadonlyMap<number, AlignEdge>, threshold: number, ctx: EngineContext): void {
  const other = docs[j].claims;
  // a scan's result depends on the claim's Prepared alone, which claims of the same text share
  const scanned = new Map<Prepared, { b: number; score: number } | null>();
  let budget = NEAREST_SCAN_BUDGET;
  for (const [k, claim] of docs[i].claims.entries()) {
    let e: { b: number; score: number } | null | undefined = best.get(k);
    if (!e && other.length <= NEAREST_SCAN_CLAIMS) {
      e = scanned.get(claim.prepared);
      if (e === undefined && budget >= other.length) {
        budget -= other.length;
        e = null;
        for (const [b, o] of other.entries()) {
          const score = matchScore(claim.prepared, o.prepared, threshold, ctx.similarity);
          if (score > (e?.score ?? 0)) e = { b, score };
        }
        scanned.set(claim.prepared, e);
      }
    }
    if (e) claim.nearest.push({ document: j, claim: other[e.b].id, score: round3(e.score) });
  }
}

/** The right side's best edges seen from the right: a and b exchanged. */
function flip(edges: ReadonlyMap<number, AlignEdge>): Map<number, AlignEdge> {
  return new Map([...edges].map(([b, e]) => [b, { a: e.b, b: e.a, score: e.score }]));
}

/** The document's most mentioned names of one kind. */
function mainNames(claims: readonly WorkClaim[], types: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) {
    for (const f of c.facts) if (types.has(f.type)) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // names as frequent as the last main one count too (ties are not cut by spelling), up to a cap
  const floor = ranked[Math.min(MAIN_NAMES, ranked.length) - 1]?.[1] ?? 0;
  return ranked.filter(([, k], i) => i < MAIN_NAMES || (k >= floor && i < MAIN_NAMES_CAP)).map(([n]) => n);
}

const PEOPLE = new Set(['person']);
const NAMES = new Set(['person', 'organization', 'place']);

/**
 * True when the two documents share a main name (in any spelling): their main people when both
 * name people — an event of the same kind often happens at the same place or institution — else
 * their main names of any kind; true when either names nothing.
 */
function shareMainName(a: WorkDocument, b: WorkDocument, names: NameMatcher): boolean {
  let x = a.mainPeople;
  let y = b.mainPeople;
  if (x.length === 0 || y.length === 0) {
    x = a.mainNames;
    y = b.mainNames;
  }
  if (x.length === 0 || y.length === 0) return true;
  return x.some((n) => y.some((m) => n === m || names.sameName(n, m)));
}

function differentEventNote(other: string): string {
  return `Shares none of its main names with ${other}: the two may report different events, so only near-identical claims are matched.`;
}

function joinNotes(first: string | null, more: readonly string[]): string | null {
  const all = [...(first ? [first] : []), ...more];
  return all.length ? all.join(' ') : null;
}

function analyse(input: ArticleInput, d: number, ctx: EngineContext, meaning: MeaningVectors | undefined): WorkDocument {
  const text = input.text;
  const meta = parseArticle(text);
  // Claims of one document with the same text share one Prepared: it is made from the claim's own
  // characters, so a copy would be equal in every field — and a long article of repeated lines
  // (boilerplate, a roll call, generated text) keeps one, not thousands. The context remembers it
  // across runs too (an edit prepares only the claims it changed).
  const preparedByText = new Map<string, Prepared>();
  const spans = segmentClaims(text, meta.body);
  // an article too long for the context's memos is not remembered (see facts/memo.ts CLAIMS_SIZE)
  const remember = spans.length <= REMEMBERED_CLAIMS;
  const claims = spans.map((s, k): WorkClaim => {
    const span = { start: s.start, end: s.end };
    const own = text.slice(s.start, s.end);
    const key = remember ? ctx.ids.id(own) : 0;
    let prepared = preparedByText.get(own);
    if (prepared === undefined) {
      const make = (): Prepared => prepare(text, span, ctx.similarity);
      // remembered with its own copy of the text, so the memo never pins the article
      prepared = ctx.prepared.through(key, make, (p) => ({ ...p, text: ownString(p.text) }));
      preparedByText.set(own, prepared);
    }
    return {
      id: `${d}:${k}`,
      start: s.start,
      end: s.end,
      prepared,
      facts: ctx.facts.facts(key, s.start, meta.date, () => extractFacts(text, span, meta.date, ctx.names, ctx.similarity.tokenForms)),
      claimText: new ClaimText(text, s.start, s.end, ctx.similarity.tokenForms),
      matches: [],
      discrepancies: [],
      nearest: [],
      vector: meaning?.vectorOf(own),
      key,
    };
  });
  return { input, meta, claims, mainPeople: mainNames(claims, PEOPLE), mainNames: mainNames(claims, NAMES) };
}

/** The text of claim `k` of `doc`. */
function claimText(doc: WorkDocument, k: number): string {
  return doc.input.text.slice(doc.claims[k].start, doc.claims[k].end);
}

/** Indices of the claims of `doc` with no counterpart in document `other`. */
function openClaims(doc: WorkDocument, other: number): number[] {
  const out: number[] = [];
  doc.claims.forEach((c, k) => { if (!c.matches.some((m) => m.document === other)) out.push(k); });
  return out;
}

/** Records one aligned pair on both claims, with the fact conflicts seen from each side. */
function link(docs: WorkDocument[], i: number, j: number, e: AlignEdge, ctx: EngineContext, by?: 'meaning', part?: ReportMatch['part']): void {
  const x = docs[i].claims[e.a];
  const y = docs[j].claims[e.b];
  const forward = conflicts(docs, i, x, j, y, ctx, true);
  const backward = conflicts(docs, j, y, i, x, ctx, true);
  if (twoEvents(docs, i, x, j, y, e.score, forward, backward)) return;
  record(x, y, i, j, e.score, forward, backward, by, part);
}

/** Slots whose two values mean two events when the claims are only loosely alike (TUNING.match.closeScore). */
const EVENT_SLOTS: ReadonlySet<string> = new Set(['person', 'place', 'organization', 'date', 'negation']);

/**
 * Two claims of one story about two events: paired below the close score, sharing little of their
 * content, and differing in a name, date or negation. Symmetric: the overlap is, and either
 * direction's conflicts count.
 */
function twoEvents(docs: WorkDocument[], i: number, x: WorkClaim, j: number, y: WorkClaim, score: number, forward: readonly ReportDiscrepancy[], backward: readonly ReportDiscrepancy[]): boolean {
  if (score >= TUNING.match.closeScore) return false;
  if (!forward.some((d) => EVENT_SLOTS.has(d.kind)) && !backward.some((d) => EVENT_SLOTS.has(d.kind))) return false;
  const side = (d: number, c: WorkClaim): Side => ({ text: docs[d].input.text, span: { start: c.start, end: c.end }, facts: c.facts, claim: c.claimText, date: docs[d].meta.date });
  return contentOverlap(side(i, x), side(j, y)) < TUNING.match.closeOverlap;
}

/** A weak pair counts only as a discrepancy: same statement, a changed fact. */
function linkIfConflicting(docs: WorkDocument[], i: number, j: number, e: AlignEdge, ctx: EngineContext): void {
  const x = docs[i].claims[e.a];
  const y = docs[j].claims[e.b];
  const forward = conflicts(docs, i, x, j, y, ctx, false);
  const backward = conflicts(docs, j, y, i, x, ctx, false);
  if ((forward.length > 0 || backward.length > 0) && !twoEvents(docs, i, x, j, y, e.score, forward, backward)) record(x, y, i, j, e.score, forward, backward);
}

function record(x: WorkClaim, y: WorkClaim, i: number, j: number, raw: number, forward: ReportDiscrepancy[], backward: ReportDiscrepancy[], by?: 'meaning', part?: ReportMatch['part']): void {
  const score = round3(raw);
  x.matches.push({ document: j, claim: y.id, score, ...(by ? { by } : {}), ...(part ? { part: { ...part } } : {}) });
  y.matches.push({ document: i, claim: x.id, score, ...(by ? { by } : {}), ...(part ? { part: { ...part } } : {}) });
  x.discrepancies.push(...forward);
  y.discrepancies.push(...backward);
}

function conflicts(docs: WorkDocument[], hereDoc: number, here: WorkClaim, thereDoc: number, there: WorkClaim, ctx: EngineContext, matched: boolean): ReportDiscrepancy[] {
  const h = docs[hereDoc];
  const t = docs[thereDoc];
  const make = (): FactConflict[] => compareFacts(
    { text: h.input.text, span: { start: here.start, end: here.end }, facts: here.facts, claim: here.claimText, date: h.meta.date },
    { text: t.input.text, span: { start: there.start, end: there.end }, facts: there.facts, claim: there.claimText, date: t.meta.date, name: t.input.path, matched },
    ctx.names,
  );
  const found = ctx.conflicts.conflicts({ id: here.key, start: here.start, date: h.meta.date }, { id: there.key, start: there.start, date: t.meta.date }, t.input.path, matched, make);
  return found.map((f) => ({
    kind: f.kind,
    here: { start: f.here.start, end: f.here.end, text: f.here.text },
    there: { document: thereDoc, claim: there.id, start: f.there.start, end: f.there.end, text: f.there.text },
    message: f.message,
  }));
}

function toReportClaim(doc: WorkDocument, c: WorkClaim, docs: WorkDocument[], compact: boolean): ReportClaim {
  const matches = [...c.matches].sort((a, b) => b.score - a.score || a.document - b.document || idIndex(a.claim) - idIndex(b.claim));
  const discrepancies = [...c.discrepancies].sort((a, b) => a.here.start - b.here.start || a.there.document - b.there.document || a.there.start - b.there.start);
  const label = discrepancies.length ? 'discrepancy' : matches.length ? 'agreement' : 'unique';
  const self = docs.indexOf(doc);
  const corroboration = docs.flatMap((_, d): ReportCorroboration[] => {
    if (d === self) return [];
    const kinds = [...new Set(discrepancies.filter((x) => x.there.document === d).map((x) => x.kind))].sort();
    const claims = matches.filter((m) => m.document === d).map((m) => m.claim);
    const status = kinds.length ? 'conflicts' : claims.length ? 'agrees' : 'silent';
    return [{ document: d, status, claims, kinds }];
  });
  const claim: ReportClaim = {
    id: c.id,
    start: c.start,
    end: c.end,
    text: doc.input.text.slice(c.start, c.end),
    label,
    matches,
    discrepancies,
    reason: describeClaim(label, corroboration, matches, docs.map((d) => d.input.path)),
    corroboration: compact ? withoutSilent(corroboration) : corroboration,
  };
  // A near miss a person may want to link by hand: the closest candidate in each other document.
  if (label === 'unique' && c.nearest.length) claim.nearest = [...c.nearest].sort((a, b) => a.document - b.document);
  return claim;
}

function idIndex(id: string): number {
  return Number(id.slice(id.indexOf(':') + 1));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : MATCH_THRESHOLD;
}
