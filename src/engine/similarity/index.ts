/**
 * Claim similarity for Source Compare: symmetric similarity of two claims, asymmetric support of a
 * claim by a source sentence, and blocking keys for candidate generation.
 *
 * prepare() tokenises and looks words up once per claim; similarity()/support() align the content
 * words softly (lemma, WordNet synonym, GloVe-derived vectors, Jaro-Winkler for names, acronyms)
 * and map the resulting features through a tiny model trained by scripts/train-similarity.ts.
 */
import type { Span } from '../report/types';
import { N_PAIR, N_SUPPORT, align, alignmentValid, packedOf, pairFeaturesOf, prepareText, supportFeaturesInto, supportFeaturesOf, type Alignment, type Prepared } from './features';
import { mlp } from './model';
import { SimilarityScratch } from './scratch';
import { MODEL } from './data/model.generated';
import { TUNING } from '../tuning';

export type { Prepared } from './features';
export { jaroWinkler } from '../strings/jaro-winkler';

/** Similarity at or above which two claims say the same thing (one threshold used everywhere). */
export const MATCH_THRESHOLD: number = TUNING.match.threshold;

export { SimilarityScratch } from './scratch';

/**
 * A claim prepared for comparison. `scratch` is the comparison's (see context.ts); a one-off call
 * may leave it out and gets fresh memory.
 */
export function prepare(text: string, span?: Span, scratch: SimilarityScratch = new SimilarityScratch()): Prepared {
  return prepareText(text, span, scratch);
}

function pairVector(scratch: SimilarityScratch): Float64Array {
  if (scratch.pair.length < N_PAIR) scratch.pair = new Float64Array(N_PAIR);
  return scratch.pair;
}

function supportVector(scratch: SimilarityScratch): Float64Array {
  if (scratch.support.length < N_SUPPORT) scratch.support = new Float64Array(N_SUPPORT);
  return scratch.support;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Symmetric similarity in [0, 1]; "same meaning" ≈ ≥ MATCH_THRESHOLD. */
export function similarity(a: Prepared, b: Prepared, scratch: SimilarityScratch = new SimilarityScratch()): number {
  return scorePair(a, b, scratch).sim;
}

/** How much of `claim` is said by `source`, in [0, 1] (asymmetric). */
export function support(source: Prepared, claim: Prepared, scratch: SimilarityScratch = new SimilarityScratch()): number {
  return supportWith(source, claim, null, scratch);
}

/** support(), with claim's best matches in source when already aligned (else aligns). */
function supportWith(source: Prepared, claim: Prepared, best: Float64Array | null, scratch: SimilarityScratch): number {
  if (!claim.sig) return 1;
  if (!source.sig) return 0;
  if (source.sig === claim.sig) return 1;
  // The claim's whole word sequence appears in the source: the source says it, word for word.
  if (claim.sig.length < source.sig.length && packedOf(source, scratch).psig.includes(packedOf(claim, scratch).psig)) return 1;
  const f = supportVector(scratch);
  if (best) supportFeaturesOf(source, claim, best, f, scratch);
  else supportFeaturesInto(source, claim, f, scratch);
  return clamp01(mlp(MODEL.sup, f, scratch));
}

/**
 * similarity(a, b), with support in either direction on demand from the same word alignment:
 * support(a, b) and support(b, a) then cost no second alignment. Values equal the separate calls.
 * The alignment lives in scratch memory: asked after another pair was aligned, a support realigns.
 */
export class PairScore {
  readonly sim: number;
  private readonly al: Alignment | null;

  constructor(private readonly a: Prepared, private readonly b: Prepared, private readonly scratch: SimilarityScratch) {
    let al: Alignment | null = null;
    let sim: number;
    if (a.sig === b.sig) sim = a.sig ? 1 : a.text.trim() === b.text.trim() ? 1 : 0;
    else if (!a.sig || !b.sig) sim = 0;
    else {
      al = align(a, b, scratch);
      const f = pairVector(scratch);
      pairFeaturesOf(a, b, al, f, scratch);
      sim = clamp01(mlp(MODEL.sim, f, scratch));
    }
    this.sim = sim;
    this.al = al;
  }

  /** support(a, b): how much of b is said by a. */
  supportOfB(): number {
    return supportWith(this.a, this.b, this.al && alignmentValid(this.al, this.scratch) ? this.al.bestB : null, this.scratch);
  }

  /** support(b, a): how much of a is said by b. */
  supportOfA(): number {
    return supportWith(this.b, this.a, this.al && alignmentValid(this.al, this.scratch) ? this.al.bestA : null, this.scratch);
  }
}

export function scorePair(a: Prepared, b: Prepared, scratch: SimilarityScratch = new SimilarityScratch()): PairScore {
  return new PairScore(a, b, scratch);
}

const COMMON_RANK_KEYS = TUNING.candidates.commonRankKeys;

/**
 * Keys for candidate generation: two claims that may match share at least one key in most cases
 * (content lemmas that are not very common, numbers, acronyms/initials, WordNet synonym groups).
 * Distinct, in the order of the claim's words (deterministic; no sort needed). A content lemma is
 * its own key (a word has no ':'), numbers and initials are prefixed, synonym groups are numbers:
 * no key of one kind can equal a key of another, and most keys need no new string.
 */
export function blockingKeys(p: Prepared): Array<string | number> {
  const keys = new Set<string | number>();
  for (const it of p.items) {
    if (it.num) { keys.add(`n:${it.lemma}`); continue; }
    if (it.w < Math.log(20 + COMMON_RANK_KEYS)) continue;
    keys.add(it.lemma.includes(':') ? `l:${it.lemma}` : it.lemma);
    if (it.acr) keys.add(`i:${it.norm}`);
    if (it.run) keys.add(`i:${it.run}`);
    for (const g of it.groups) keys.add(g);
  }
  return [...keys];
}
