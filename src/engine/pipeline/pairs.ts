/**
 * Pairs mode: how text `b` as a whole stands against source `a` (design.md, "Pairs mode").
 *
 * Both texts are segmented into claims. When each side is one claim the score is their symmetric
 * similarity (a paraphrase judgement); otherwise every claim of `b` is scored by how well the best
 * claim of `a` supports it, and `b` is only as supported as its least supported claim. A conflict
 * of facts between a claim of `b` and its best counterpart in `a` makes the pair a discrepancy.
 *
 * Against a source of several claims (an article), two more things make a claim of `b` unsupported:
 * a content word or figure that appears nowhere in the source (something the source never says),
 * and a hedge of the source dropped ("believed to be cesium" → "cesium": a guess stated as fact).
 * Neither applies to single-sentence pairs, where a paraphrase may use new words freely.
 */
import { candidatePairs } from './align';
import { claimTexts } from './compare';
import { compareFacts } from '../conflicts';
import { ClaimText } from '../conflicts/claim';
import { extractFacts, type Fact } from '../facts';
import { parseArticle } from '../text/parse';
import { segmentClaims } from '../text/segment';
import { MATCH_THRESHOLD, prepare, similarity, support, type Prepared } from '../similarity';
import { ENCODER_MATCH_THRESHOLD, encoderSimilarity } from '../similarity/encoder-head';
import { cosine } from '../ports';
import type { Token } from '../text/tokens';
import type { DiscrepancyKind, Label, MeaningVectors, Span } from '../report/types';
import { HEDGES } from '../lexicon/stopwords';
import { TUNING } from '../tuning';
import { EngineContext } from '../context';

export interface PairJudgement {
  label: Label;
  /** How much of `b` is supported by `a`, in [0, 1]. */
  score: number;
  kinds: DiscrepancyKind[];
}

interface Side {
  text: string;
  date: string | null;
  claims: Array<{ span: Span; prepared: Prepared; facts: Fact[]; tokens: readonly Token[]; claimText: ClaimText; vector: Float32Array | undefined }>;
}


/**
 * The claim texts whose sentence vectors judgePair(a, b, …, meaning) looks up: both claims when
 * each text is one claim, else none (a longer text is judged by words).
 */
export function pairClaimTexts(a: string, b: string): string[] {
  const ca = claimTexts(a);
  if (ca.length !== 1) return [];
  const cb = claimTexts(b);
  return cb.length === 1 ? [ca[0], cb[0]] : [];
}

/** Below this similarity two claims are not about the same thing, so their facts are not compared. */
const FACT_CHECK_FLOOR = TUNING.pairs.factCheckFloor;

function side(text: string, ctx: EngineContext, meaning: MeaningVectors | undefined): Side {
  const meta = parseArticle(text);
  const spans = segmentClaims(text, meta.body);
  return {
    text,
    date: meta.date,
    claims: spans.map((s) => {
      const span = { start: s.start, end: s.end };
      const claimText = new ClaimText(text, span.start, span.end, ctx.similarity.tokenForms);
      return {
        span,
        prepared: prepare(text, span, ctx.similarity),
        facts: extractFacts(text, span, meta.date, ctx.names, claimText),
        tokens: claimText.textTokens(),
        claimText,
        vector: meaning?.vectorOf(text.slice(span.start, span.end)),
      };
    }),
  };
}

/**
 * Judges text `b` against source `a`. Never throws on string input. A host judging many pairs may
 * pass one context for all of them (warm memo tables; results never depend on it). With `meaning`
 * (the claims' sentence vectors, by claim text as claimTexts() cuts them), a pair of one claim a
 * side is scored by the encoder head (lexical features and the cosine) against its own threshold.
 */
export function judgePair(a: string, b: string, ctx: EngineContext = new EngineContext(), meaning?: MeaningVectors): PairJudgement {
  try {
    return judge(a, b, ctx, meaning).judgement;
  } finally {
    ctx.similarity.packs.clear(); // this pair's claims are not scored again
  }
}

/**
 * The judgement of a pair before the host's cross-encoder has read anything, and the two claims
 * whose probability it waits on (a's first), or null when it waits on none: the pair is not one
 * claim a side with vectors, a fact conflict decides it, or its head score decides it whatever the
 * probability (TUNING.pairs: from 0.886 up it agrees, below 0.457 it does not). Without a wait the
 * judgement is final; with one, the host reads the pair and asks judgePair again with a
 * `pairProbability` that has it.
 */
export function judgeBeforeCross(a: string, b: string, ctx: EngineContext, meaning: MeaningVectors): Judged {
  try {
    return judge(a, b, ctx, { ...meaning, pairProbability: () => undefined });
  } finally {
    ctx.similarity.packs.clear();
  }
}

/** The two claims whose cross-encoder probability the judgement of this pair waits on, or null (judgeBeforeCross). */
export function crossPair(a: string, b: string, ctx: EngineContext, meaning: MeaningVectors): [string, string] | null {
  return judgeBeforeCross(a, b, ctx, meaning).crossPair;
}

export interface Judged {
  judgement: PairJudgement;
  /** The claims the cross-encoder should read: the decision waits on their probability. */
  crossPair: [string, string] | null;
}

function judge(a: string, b: string, ctx: EngineContext, meaning: MeaningVectors | undefined): Judged {
  const A = side(a, ctx, meaning);
  const B = side(b, ctx, meaning);
  if (B.claims.length === 0) return { judgement: { label: 'agreement', score: 1, kinds: [] }, crossPair: null };
  if (A.claims.length === 0) return { judgement: { label: 'unique', score: 0, kinds: [] }, crossPair: null };

  const kinds = new Set<DiscrepancyKind>();
  let score = 1;
  let unsupported = false;
  const single = A.claims.length === 1 && B.claims.length === 1;
  // One claim a side, both embedded: the encoder head scores the pair and its threshold decides.
  const byMeaning = single && A.claims[0].vector !== undefined && B.claims[0].vector !== undefined;
  // …and read together by the cross-encoder when the host has one: its probability joins the score
  // in the decision (not the score itself: a probability of paraphrase is not a graded similarity,
  // STS-B dev 0.870 → 0.845 when it was)
  const crossOn = byMeaning && meaning?.pairProbability !== undefined;
  const texts: [string, string] | null = crossOn ? [claimTextOf(a, A.claims[0]), claimTextOf(b, B.claims[0])] : null;
  const cross = texts ? meaning?.pairProbability?.(texts[0], texts[1]) : undefined;
  const threshold = crossOn ? CROSS_THRESHOLD : byMeaning ? ENCODER_MATCH_THRESHOLD : MATCH_THRESHOLD;
  const sourceLemmas = single ? null : new Set(A.claims.flatMap((c) => c.tokens.map((t) => t.lemma)));
  // Which claims of `a` each claim of `b` is scored against: the candidates the aligner's index
  // proposes (so the cost does not grow with |a| × |b|). By meaning, a pair of single claims is
  // always scored, shared words or not ("profits rose sharply" / "earnings increased steeply"); by
  // words alone such a pair scores 0 (the lexical head on no shared word only adds noise: STS-B
  // dev 0.796 → 0.794 when scored).
  const candidates: number[][] = B.claims.map(() => []);
  if (byMeaning) candidates[0].push(0);
  else for (const [bi, ai] of candidatePairs(B.claims.map((c) => c.prepared), A.claims.map((c) => c.prepared))) candidates[bi].push(ai);
  for (const [bi, claim] of B.claims.entries()) {
    let best = -1;
    let bestScore = 0;
    for (const k of candidates[bi]) {
      const src = A.claims[k];
      const s = byMeaning
        ? encoderSimilarity(src.prepared, claim.prepared, cosine(src.vector as Float32Array, claim.vector as Float32Array), ctx.similarity)
        : single ? similarity(src.prepared, claim.prepared, ctx.similarity) : support(src.prepared, claim.prepared, ctx.similarity);
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    score = Math.min(score, bestScore);
    if (sourceLemmas && (saysMore(claim.tokens, sourceLemmas) || (best >= 0 && dropsHedge(A.claims[best].tokens, claim.tokens)))) {
      unsupported = true;
    }
    if (best >= 0 && (single || bestScore >= FACT_CHECK_FLOOR)) {
      const src = A.claims[best];
      const found = compareFacts(
        { text: b, span: claim.span, facts: claim.facts, claim: claim.claimText, date: B.date, words: claim.tokens },
        { text: a, span: src.span, facts: src.facts, claim: src.claimText, date: A.date, words: src.tokens, name: 'a' },
        ctx.names,
      );
      for (const f of found) kinds.add(f.kind);
    }
  }
  score = Math.max(0, Math.min(1, score));
  // the score stays the similarity (graded); whether the pair agrees also weighs the cross-encoder.
  // Without its probability (the host left a pair out whose score decides it), the decision is the
  // one every probability gives: the least one, 0, against the threshold.
  const decision = crossOn ? withCross(score, cross ?? 0) : score;
  const label: Label = kinds.size ? 'discrepancy' : decision >= threshold && !unsupported ? 'agreement' : 'unique';
  const undecided = crossOn && cross === undefined && kinds.size === 0 && !unsupported && withCross(score, 0) < threshold && withCross(score, 1) >= threshold;
  return { judgement: { label, score: Math.round(score * 10000) / 10000, kinds: [...kinds].sort() }, crossPair: undecided ? texts : null };
}

const CROSS_WEIGHT = TUNING.pairs.crossWeight;
const CROSS_THRESHOLD = TUNING.pairs.crossThreshold;

/** The encoder head's score joined with the cross-encoder's probability: what the agreement threshold is held against. */
function withCross(score: number, cross: number): number {
  return CROSS_WEIGHT * cross + (1 - CROSS_WEIGHT) * score;
}

const claimTextOf = (text: string, claim: { span: Span }): string => text.slice(claim.span.start, claim.span.end);

/** A content word or figure of the claim that the source never uses, in any inflection. */
function saysMore(claim: readonly Token[], sourceLemmas: ReadonlySet<string>): boolean {
  return claim.some((t) => t.kind !== 'punct' && !t.stop && !sourceLemmas.has(t.lemma));
}

/** The source hedges ("believed", "may", "allegedly") where the claim states the same thing flatly. */
function dropsHedge(source: readonly Token[], claim: readonly Token[]): boolean {
  const said = new Set(claim.map((t) => t.norm));
  return source.some((t) => HEDGES.has(t.norm) && !said.has(t.norm));
}
