/**
 * A person's decisions about findings, applied to a report: "not the same fact" (dismiss: the two
 * claims are no longer counterparts, so no discrepancy between them), "reviewed" (kept, marked),
 * and "link" (a unique claim and a claim of another source compared as counterparts: the pair is
 * scored and its facts compared exactly as the engine compares any aligned pair).
 *
 * Decisions are keyed by each claim's normalised text and its source (the outlet named in the
 * article's metadata, else the file name), never by offsets or claim ids, so edits elsewhere in an
 * article keep them valid. The extension (`.source-compare/decisions.json`) and the CLI
 * (`--decisions FILE`) share this module; neither re-implements any of it.
 */
import { EngineContext } from '../context';
import { compareFacts } from '../conflicts';
import { describeClaim, withoutSilent } from './explain';
import { extractFacts } from '../facts';
import { parseArticle } from '../text/parse';
import { matchScore } from './align';
import { MATCH_THRESHOLD, prepare } from '../similarity';
import { claimKey, type Decision, type DecisionClaim } from './decision-keys';
import type { ArticleInput, Report, ReportClaim, ReportCorroboration, ReportDecisionMark, ReportDocument } from '../report/types';

export * from './decision-keys';

interface Located {
  document: number;
  claim: ReportClaim;
}

/**
 * `report` with `decisions` applied (a new report; the input is not changed). `articles` are the
 * compared texts in report order (a linked pair's facts are read from them). Decisions naming
 * claims the report does not hold are left out; every decision applied is marked on both claims
 * (`decisions`), so every export shows what a person decided.
 */
export function applyDecisions(report: Report, articles: readonly ArticleInput[], decisions: readonly Decision[], options: { matchThreshold?: number } = {}): Report {
  const out = JSON.parse(JSON.stringify(report)) as Report; // a deep copy (the report is plain JSON)
  if (!decisions.length) return out;
  const docs = out.documents;
  const index = new Map<string, Located[]>();
  for (const [document, doc] of docs.entries()) {
    for (const claim of doc.claims) {
      const k = claimKey(doc, claim);
      const key = `${k.source}\u0000${k.text}`;
      const list = index.get(key) ?? [];
      list.push({ document, claim });
      index.set(key, list);
    }
  }
  const find = (side: DecisionClaim): Located[] => index.get(`${side.source}\u0000${side.text}`) ?? [];
  const touched = new Set<ReportClaim>();
  const mark = (x: Located, y: Located, d: Decision) => {
    const m: ReportDecisionMark = { action: d.action, document: y.document, claim: y.claim.id, ...(d.at ? { at: d.at } : {}) };
    (x.claim.decisions ??= []).push(m);
    touched.add(x.claim);
  };

  for (const d of decisions) {
    for (const x of find(d.claim)) {
      if (!d.other) {
        if (d.action === 'review') mark(x, x, d);
        continue;
      }
      for (const y of find(d.other)) {
        if (y.document === x.document) continue;
        if (d.action === 'dismiss') unlink(x, y);
        else if (d.action === 'link') link(x, y, articles, docs, options.matchThreshold);
        mark(x, y, d);
        mark(y, x, d);
      }
    }
  }
  const paths = docs.map((d) => d.path);
  const compact = report.compact === true; // a compact report stays compact
  for (const [self, doc] of docs.entries()) for (const claim of doc.claims) if (touched.has(claim)) relabel(claim, self, docs.length, paths, compact);
  const all = docs.flatMap((d) => d.claims);
  const count = (label: ReportClaim['label']): number => all.filter((c) => c.label === label).length;
  out.summary = { claims: all.length, agreement: count('agreement'), discrepancy: count('discrepancy'), unique: count('unique') };
  return out;
}

/** Not the same fact: the two claims stop being counterparts, and nothing conflicts between them. */
function unlink(x: Located, y: Located): void {
  const drop = (a: Located, b: Located) => {
    a.claim.matches = a.claim.matches.filter((m) => !(m.document === b.document && m.claim === b.claim.id));
    a.claim.discrepancies = a.claim.discrepancies.filter((d) => !(d.there.document === b.document && d.there.claim === b.claim.id));
  };
  drop(x, y);
  drop(y, x);
}

/** A person says these are the same fact: score the pair and compare its facts, both ways. */
function link(x: Located, y: Located, articles: readonly ArticleInput[], docs: readonly ReportDocument[], threshold = MATCH_THRESHOLD, ctx: EngineContext = new EngineContext()): void {
  if (x.claim.matches.some((m) => m.document === y.document && m.claim === y.claim.id)) return;
  const tx = articles[x.document]?.text;
  const ty = articles[y.document]?.text;
  if (tx === undefined || ty === undefined) return;
  const sx = { start: x.claim.start, end: x.claim.end };
  const sy = { start: y.claim.start, end: y.claim.end };
  const score = Math.round(matchScore(prepare(tx, sx, ctx.similarity), prepare(ty, sy, ctx.similarity), threshold, ctx.similarity) * 1000) / 1000;
  const dx = parseArticle(tx).date;
  const dy = parseArticle(ty).date;
  const fx = extractFacts(tx, sx, dx, ctx.names);
  const fy = extractFacts(ty, sy, dy, ctx.names);
  const found = (here: Located, hereText: string, hereFacts: typeof fx, there: Located, thereText: string, thereFacts: typeof fx) =>
    compareFacts(
      { text: hereText, span: { start: here.claim.start, end: here.claim.end }, facts: hereFacts, date: parseArticle(hereText).date },
      { text: thereText, span: { start: there.claim.start, end: there.claim.end }, facts: thereFacts, date: parseArticle(thereText).date, name: docs[there.document].path },
      ctx.names,
    ).map((f) => ({
      kind: f.kind,
      here: { start: f.here.start, end: f.here.end, text: f.here.text },
      there: { document: there.document, claim: there.claim.id, start: f.there.start, end: f.there.end, text: f.there.text },
      message: f.message,
    }));
  x.claim.matches.unshift({ document: y.document, claim: y.claim.id, score });
  y.claim.matches.unshift({ document: x.document, claim: x.claim.id, score });
  x.claim.discrepancies.push(...found(x, tx, fx, y, ty, fy));
  y.claim.discrepancies.push(...found(y, ty, fy, x, tx, fx));
}

/** Label, corroboration and reason again from the claim's matches and discrepancies, as the engine derives them. */
function relabel(claim: ReportClaim, self: number, count: number, paths: readonly string[], compact: boolean): void {
  claim.discrepancies.sort((a, b) => a.here.start - b.here.start || a.there.document - b.there.document || a.there.start - b.there.start);
  claim.label = claim.discrepancies.length ? 'discrepancy' : claim.matches.length ? 'agreement' : 'unique';
  const corroboration: ReportCorroboration[] = [];
  for (let d = 0; d < count; d++) {
    if (d === self) continue;
    const kinds = [...new Set(claim.discrepancies.filter((x) => x.there.document === d).map((x) => x.kind))].sort();
    const claims = claim.matches.filter((m) => m.document === d).map((m) => m.claim);
    corroboration.push({ document: d, status: kinds.length ? 'conflicts' : claims.length ? 'agrees' : 'silent', claims, kinds });
  }
  claim.corroboration = compact ? withoutSilent(corroboration) : corroboration;
  claim.reason = describeClaim(claim.label, corroboration, claim.matches, paths);
  if (claim.label !== 'unique') delete claim.nearest;
}

