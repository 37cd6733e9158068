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
import { IdMemo, TextIds } from './strings/text-ids';
import type { Prepared } from './similarity/features';
import type { ClausePart } from './pipeline/clauses';
import type { LanguageCounts } from './text/language';

/** Claims per generation whose similarity features are kept across runs (a few KB each). */
const PREPARED_CLAIMS = 4096;

export class EngineContext {
  readonly similarity = new SimilarityScratch();
  readonly names = new NameMatcher();
  /** Ids of claim texts, by which the memos below know a claim across comparisons. */
  readonly ids = new TextIds();
  /** Facts of the claims read lately (a re-run after an edit reuses them). */
  readonly facts = new FactMemo(this.ids);
  /** Similarity features of the claims prepared lately (a claim's own characters decide them). */
  readonly prepared = new IdMemo<Prepared>(this.ids, PREPARED_CLAIMS);
  /** Clause parts of the claims cut lately (pipeline/clauses: claims said inside longer ones). */
  readonly clauseParts = new IdMemo<readonly ClausePart[]>(this.ids, PREPARED_CLAIMS);
  /** What the language check counts in each claim read lately. */
  readonly language = new IdMemo<LanguageCounts>(this.ids, PREPARED_CLAIMS);
  /** Match scores of the claim pairs scored lately. */
  readonly scores = new ScoreMemo(this.ids);
  /** Fact conflicts of the claim pairs compared lately. */
  readonly conflicts = new ConflictMemo(this.ids);
}
