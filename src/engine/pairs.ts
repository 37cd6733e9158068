/**
 * Pairs mode: how text `b` as a whole stands against source `a` (design.md, "Pairs mode").
 *
 * Both texts are segmented into claims. When each side is one claim the score is their symmetric
 * similarity (a paraphrase judgement); otherwise every claim of `b` is scored by how well the best
 * claim of `a` supports it, and `b` is only as supported as its least supported claim. A conflict
 * of facts between a claim of `b` and its best counterpart in `a` makes the pair a discrepancy.
 */
import { compareFacts } from './conflicts';
import { extractFacts, type Fact } from './facts';
import { parseArticle } from './parse';
import { segmentClaims } from './segment';
import { MATCH_THRESHOLD, prepare, similarity, support, type Prepared } from './similarity';
import type { DiscrepancyKind, Label, Span } from './types';

export interface PairJudgement {
  label: Label;
  /** How much of `b` is supported by `a`, in [0, 1]. */
  score: number;
  kinds: DiscrepancyKind[];
}

interface Side {
  text: string;
  date: string | null;
  claims: Array<{ span: Span; prepared: Prepared; facts: Fact[] }>;
}

/** Below this similarity two claims are not about the same thing, so their facts are not compared. */
const FACT_CHECK_FLOOR = 0.5;

function side(text: string): Side {
  const meta = parseArticle(text);
  const spans = segmentClaims(text, meta.body);
  return {
    text,
    date: meta.date,
    claims: spans.map((s) => {
      const span = { start: s.start, end: s.end };
      return { span, prepared: prepare(text, span), facts: extractFacts(text, span, meta.date) };
    }),
  };
}

/** Judges text `b` against source `a`. Never throws on string input. */
export function judgePair(a: string, b: string): PairJudgement {
  const A = side(a);
  const B = side(b);
  if (B.claims.length === 0) return { label: 'agreement', score: 1, kinds: [] };
  if (A.claims.length === 0) return { label: 'unique', score: 0, kinds: [] };

  const kinds = new Set<DiscrepancyKind>();
  let score = 1;
  const single = A.claims.length === 1 && B.claims.length === 1;
  for (const claim of B.claims) {
    let best = -1;
    let bestScore = -1;
    A.claims.forEach((src, k) => {
      const s = single ? similarity(src.prepared, claim.prepared) : support(src.prepared, claim.prepared);
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    });
    score = Math.min(score, bestScore);
    if (best >= 0 && (single || bestScore >= FACT_CHECK_FLOOR)) {
      const src = A.claims[best];
      const found = compareFacts(
        { text: b, span: claim.span, facts: claim.facts },
        { text: a, span: src.span, facts: src.facts, name: 'a' },
      );
      for (const f of found) kinds.add(f.kind);
    }
  }
  score = Math.max(0, Math.min(1, score));
  const label: Label = kinds.size ? 'discrepancy' : score >= MATCH_THRESHOLD ? 'agreement' : 'unique';
  return { label, score: Math.round(score * 10000) / 10000, kinds: [...kinds].sort() };
}
