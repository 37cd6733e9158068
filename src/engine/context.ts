/**
 * A comparison's working memory: the similarity's scratch buffers and kernel, the tokeniser's and
 * the name matcher's memo tables. Every comparison owns one; no stage keeps mutable module state, so
 * two comparisons interleaved (or the engine run from several workers) give the same reports as
 * each run alone. Only immutable decoded tables (word vectors, lemmas, the model) are module-wide.
 *
 * A host that compares again and again (the extension's worker, `pairs` mode) may pass one context
 * to every call so its memo tables stay warm; what a context remembers never changes a result.
 */
import { NameMatcher } from './facts/names';
import { SimilarityScratch } from './similarity/scratch';

export class EngineContext {
  readonly similarity = new SimilarityScratch();
  readonly names = new NameMatcher();
}
