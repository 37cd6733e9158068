/**
 * Negation words. `NEGATIONS` are the words that negate outright (the similarity features count
 * them); the fact extractors also read the weak negators (`rarely`, `hardly` …) and `unless` as
 * cues: `NEGATION_CUES` is built from the same list, so the two cannot drift apart.
 */

export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'neither', 'nowhere', 'cannot', 'without',
]);

/** Words that negate what follows them without a negation cue: "prevent an escalation" = "not escalate". */
export const NEGATIVE_IMPLICATIVES = new Set([
  'prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'avoids', 'avoided', 'avoiding', 'stop', 'stops', 'stopped',
  'halt', 'halted', 'block', 'blocked', 'deny', 'denied', 'denies', 'refuse', 'refused', 'refuses', 'fail', 'failed',
  'fails', 'without', 'lack', 'lacked', 'lacks', 'against', 'averted', 'avert', 'forestall', 'deter', 'deterred', 'ruled',
  'decline', 'declined', 'declines', 'declining', 'refusing', 'unable', 'failing', 'failure', 'lacking', 'denying',
  'blocking', 'blocks', 'halting', 'halts', 'stopping', 'averting', 'averts', 'deterring', 'deters', 'forestalled',
  'forestalling', 'forestalls', 'refusal',
]);

export const POSSESSION_VERBS = new Set(['have', 'has', 'had', 'having', 'get', 'got', 'gets', 'own', 'owns', 'owned', 'hold', 'holds', 'held', 'there', "there's", 'there’s']);

/** Words passed over between a negation cue and the word it negates ("not yet fully", "never been"). */
export const NEGATION_HEAD_SKIP: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'also', 'yet', 'only', 'to', 'a', 'an', 'any', 'the', 'have', 'has', 'had', 'do', 'does',
  'did', 'ever', 'always', 'even', 'just', 'so', 'very', 'really', 'as', 'necessarily', 'immediately', 'currently',
  'fully', 'entirely', 'directly', 'officially', 'publicly', 'previously', 'actually', 'at', 'all', 'been', 'get',
  'got', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'being',
]);

/** Forms of "be" ("'s" and the tokenizer's bare "s" of "there's"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", '’s', 's', 'be', 'been']);

export const AUX_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'do', 'does', 'did', 'may', 'might', 'must']);

/** Words that weaken or condition a statement toward its negation; cues for the fact extractors only. */
const WEAK_NEGATIONS: readonly string[] = ['unless', 'rarely', 'seldom', 'hardly', 'barely', 'scarcely'];

/** Negation cues of the fact extractors (lower-case tokens): the negations plus the weak ones. */
export const NEGATION_CUES: ReadonlySet<string> = new Set([...NEGATIONS, ...WEAK_NEGATIONS]);

export const NEG_CONTRACTIONS: ReadonlySet<string> = new Set([
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't",
  "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "mightn't", "needn't", "ain't", "shan't",
  'don’t', 'doesn’t', 'didn’t', 'isn’t', 'aren’t', 'wasn’t', 'weren’t', 'hasn’t', 'haven’t', 'hadn’t', 'won’t',
  'wouldn’t', 'can’t', 'couldn’t', 'shouldn’t',
]);

/**
 * Contractions written without their apostrophe ("dont", "havent": text that lost its quotes on the
 * way), with the auxiliary each negates.
 */
export const BARE_NEG_CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ['dont', 'do'], ['doesnt', 'does'], ['didnt', 'did'], ['isnt', 'is'], ['arent', 'are'], ['wasnt', 'was'],
  ['werent', 'were'], ['hasnt', 'has'], ['havent', 'have'], ['hadnt', 'had'], ['wont', 'will'], ['wouldnt', 'would'],
  ['cant', 'can'], ['couldnt', 'could'], ['shouldnt', 'should'], ['mustnt', 'must'], ['neednt', 'need'], ['aint', 'is'],
]);

/**
 * Endings that make another form of one word ("approve" / "approved", "decide" / "deciding"):
 * what two words may end in past their common start to count as one predicate.
 */
export const INFLECTION_ENDINGS: ReadonlySet<string> = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'e', 'y', 'ies', 'ied', 'en', 'n']);
