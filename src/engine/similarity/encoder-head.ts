/**
 * Claim similarity when a sentence encoder ran: the lexical pair features (features.ts) followed by
 * the cosine of the two claims' embeddings, mapped by the head that
 * scripts/train-similarity-encoder.ts fits (data/model-encoder.generated.ts). Same special cases
 * as PairScore (identical word sequences, claims without content words), so the two heads differ
 * only where both have something to compare. Pure: the vectors come from the host through the
 * SentenceEncoder port.
 */
import { N_PAIR, pairFeaturesInto, type Prepared } from './features';
import { mlp } from './model';
import { SimilarityScratch } from './scratch';
import { ENCODER_MODEL } from './data/model-encoder.generated';

/** Similarity at or above which two claims say the same thing, with the encoder head. */
export const ENCODER_MATCH_THRESHOLD: number = ENCODER_MODEL.threshold;

/** The encoder whose cosine the head was fitted on (model name, without the runtime). */
export const ENCODER_HEAD_MODEL: string = ENCODER_MODEL.encoder;

/**
 * Symmetric similarity in [0, 1] from the lexical features and the embeddings' cosine. `scratch`
 * is the comparison's working memory (context.ts); a one-off call gets its own.
 */
export function encoderSimilarity(a: Prepared, b: Prepared, cosine: number, scratch: SimilarityScratch = new SimilarityScratch()): number {
  if (a.sig === b.sig) return a.sig ? 1 : a.text.trim() === b.text.trim() ? 1 : 0;
  if (!a.sig || !b.sig) return 0;
  const f = new Float64Array(N_PAIR + 1);
  pairFeaturesInto(a, b, f, scratch);
  f[N_PAIR] = cosine;
  const y = mlp(ENCODER_MODEL.sim, f, scratch);
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
