/**
 * Long real inputs for the alignment tests and scripts/check-symmetry.ts: every BASIL article of one
 * outlet, concatenated (read at run time from ../shared/data/basil, never copied into the repo), and
 * the measures of how a report changes when the documents are given in another order.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleInput, Report } from '../../src/engine';

export const BASIL_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'data', 'basil');
export const OUTLETS = ['fox', 'hpo', 'nyt'] as const;
export type Outlet = (typeof OUTLETS)[number];

/** Why the BASIL tests are skipped, or false when the data is there. */
export function basilMissing(): string | false {
  return existsSync(BASIL_DIR) ? false : `BASIL data absent (${BASIL_DIR}): long-input alignment tests skipped`;
}

/** Drops a leading `---` … `---` front-matter block. */
function stripFrontMatter(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return text;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '---') return lines.slice(i + 1).join('\n');
  }
  return text;
}

/**
 * All BASIL articles of one outlet (in folder order), one after another: their bodies, or with
 * `raw` the files as they are (the front matter of every article but the first is then text).
 */
export function outletText(outlet: Outlet, raw = false): string {
  const parts: string[] = [];
  for (const id of readdirSync(BASIL_DIR).sort()) {
    const p = join(BASIL_DIR, id, `${outlet}.md`);
    if (!existsSync(p)) continue;
    const text = readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
    parts.push((raw ? text : stripFrontMatter(text)).trim());
  }
  return parts.join('\n\n') + '\n';
}

export function outletInput(outlet: Outlet, raw = false): ArticleInput {
  return { path: `${outlet}-all.md`, text: outletText(outlet, raw) };
}

/** Labels of each document's claims, in claim order. */
export function labels(report: Report): string[][] {
  return report.documents.map((d) => d.claims.map((c) => c.label));
}

/**
 * How `permuted` (documents in the order `order`: its document k is the base's document order[k])
 * differs from `base`: claims whose label differs, and claims whose matches (other document, other
 * claim, score) differ, both counted over all documents of the base.
 */
export function orderChanges(base: Report, permuted: Report, order: readonly number[]): { claims: number; labels: number; matches: number } {
  const where = new Map<number, number>(order.map((orig, k) => [orig, k]));
  let claims = 0;
  let labelChanges = 0;
  let matchChanges = 0;
  base.documents.forEach((doc, d) => {
    const other = permuted.documents[where.get(d)!]!;
    if (other.claims.length !== doc.claims.length) throw new Error(`document ${d}: ${doc.claims.length} claims, ${other.claims.length} after reordering`);
    doc.claims.forEach((c, k) => {
      claims++;
      const o = other.claims[k]!;
      if (o.label !== c.label) labelChanges++;
      const mine = matchKeys(c.matches.map((m) => ({ document: m.document, claim: m.claim, score: m.score })));
      const theirs = matchKeys(o.matches.map((m) => ({ document: order[m.document]!, claim: `${order[m.document]}:${m.claim.split(':')[1]}`, score: m.score })));
      if (mine !== theirs) matchChanges++;
    });
  });
  return { claims, labels: labelChanges, matches: matchChanges };
}

function matchKeys(ms: Array<{ document: number; claim: string; score: number }>): string {
  return ms.map((m) => `${m.claim}@${m.score}`).sort().join(' ');
}

/** Matches listed on one end only, or with another score on the other end (should be none). */
export function oneSidedMatches(report: Report): number {
  const byId = new Map(report.documents.flatMap((d) => d.claims.map((c) => [c.id, c] as const)));
  let bad = 0;
  for (const d of report.documents) {
    for (const c of d.claims) {
      for (const m of c.matches) {
        const back = byId.get(m.claim)?.matches.find((x) => x.claim === c.id);
        if (!back || back.score !== m.score) bad++;
      }
    }
  }
  return bad;
}

/** Claims not labelled agreement (the count a self-comparison must bring to zero). */
export function notAgreeing(report: Report): { unique: number; discrepancy: number; claims: number } {
  const all = report.documents.flatMap((d) => d.claims);
  return {
    unique: all.filter((c) => c.label === 'unique').length,
    discrepancy: all.filter((c) => c.label === 'discrepancy').length,
    claims: all.length,
  };
}

/** Every order of 0 … n−1. */
export function permutations(n: number): number[][] {
  if (n <= 1) return [[0]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]));
}
