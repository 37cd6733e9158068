/**
 * Function words and word forms the shallow readers walk by: where a clause ends, what stands
 * between an agent and its verb, which verbs keep their base form in the past, prefixes written with
 * a hyphen. Used by the roles reader (facts/roles.ts, facts/words.ts), the anchored readers
 * (conflicts/readers.ts) and the similarity features (similarity/features.ts).
 */

/** The articles: passed over before a name, a speaker or a slot ("the minister", "a spokeswoman"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words that open a noun phrase: the articles, possessives and demonstratives ("the mayor", "its board"). */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/** Words that end a clause for the purpose of finding a verb's patients. */
export const CLAUSE_ENDS = new Set(['who', 'which', 'that', 'after', 'before', 'when', 'while', 'because', 'as', 'since', 'although', 'though', 'but', 'where', 'said', 'says', 'and', 'then', 'if', 'until', 'following']);
/**
 * Words that open a clause of their own inside a sentence ("…a depot that was used by the guard",
 * "…, but the number fell"): where text/clauses cuts a long claim into the parts it says.
 */
export const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'but', 'while', 'whereas', 'although', 'though', 'because']);
/** Punctuation after which a clause ends (a hyphen only with space on both sides: text/clauses). */
export const CLAUSE_BREAKS = new Set([',', ';', ':', '\u2014', '\u2013', '--']);
/** Words that may stand between the agent and the verb ("has", "will", "also", "reportedly"). */
export const VERB_GROUP = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'also', 'not', "n't", 'never', 'later', 'then', 'finally', 'again', 'just', 'already', 'had', 'has', 'to']);
/** Words that do not name a participant. */
export const NOT_PARTICIPANT = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'week', 'year',
  'month', 'day', 'night', 'morning', 'evening', 'afternoon', 'time', 'final', 'semi', 'match', 'game', 'cup', 'round',
]);

/** Verbs whose past is written as the base form. */
export const UNCHANGED_PAST = new Set(['beat', 'hit', 'cut', 'put', 'set', 'let', 'hurt', 'shut', 'quit', 'bet', 'cast', 'cost', 'spread', 'upset', 'bid', 'burst', 'split', 'shed', 'thrust', 'outbid', 'overtake', 'read']);
export const MODAL_BEFORE = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'to', 'did', 'does', 'do']);

/** Words that end the stretch an anchor is looked for in. */
export const ANCHOR_STOP = new Set(['and', 'but', 'while', 'whereas', 'then', 'followed', 'after', 'before', 'which', 'who']);

/** Prefixes written with a hyphen whose own vector only adds noise (de-escalation, re-election). */
export const HYPHEN_PREFIXES = new Set(['de', 're', 'co', 'pre']);
