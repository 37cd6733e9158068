/**
 * A comparison's working memory: the similarity's scratch buffers and kernel, the tokeniser's and
 * the name matcher's memo tables. Every comparison owns one; no stage keeps mutable module state, so
 * two comparisons interleaved (or the engine run from several workers) give the same reports as
 * each run alone. Only immutable decoded tables (word vectors, lemmas, the model) are module-wide.
 *
 * A host that compares again and again (the extension's worker, `pairs` mode) may pass one context
 * to every call so its memo tables stay warm; what a context remembers never changes a result.
 */
import { ConflictMemo } from './conflicts/memo';
import { FactMemo } from './facts/memo';
import { NameMatcher } from './facts/names';
import { ScoreMemo } from './similarity/score-memo';
import { SimilarityScratch } from './similarity/scratch';

export class EngineContext {
  readonly similarity = new SimilarityScratch();
  readonly names = new NameMatcher();
  /** Facts of the claims read lately, by claim text (a re-run after an edit reuses them). */
  readonly facts = new FactMemo();
  /** Fact conflicts of the claim pairs compared lately (a re-run after an edit reuses them). */
  readonly conflicts = new ConflictMemo();
  /** Match scores of the claim pairs scored lately, by claim text. */
  readonly scores = new ScoreMemo();
}
