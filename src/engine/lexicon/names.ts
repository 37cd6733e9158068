/** Words inside names: Arabic article particles, connectors (of, de, van, bin), and name stop words. */
import { ARTICLES } from './grammar';

/** Arabic article particles dropped when names are folded for comparison (al-Nahr ~ el-Nahr ~ Nahr). */
export const PARTICLES = new Set(['al', 'el', 'ez', 'es', 'as', 'ad', 'an', 'ash', 'at', 'ar', 'az', 'ud', 'ul', 'ed', 'et', 'er', 'en', 'adh', 'ath']);

export const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ben', 'abu']);

export const NAME_STOP = new Set(['the', 'of', 'and', 'for', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'du', '&']);

/** Particles whose word vector only adds noise to a name's (al-, el-, bin, abu). */
export const VECTOR_PARTICLES = new Set(['al', 'el', 'ez', 'es', 'as', 'ad', 'ed', 'ar', 'an', 'at', 'az', 'ash', 'ath', 'ul', 'ibn', 'bin', 'abu']);

export const RUN_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'von', 'van', '&']);

/** Generational suffixes after a name ("Robert S. Mueller III", "Martin Luther King Jr."): not a word of the name to compare. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words the name-slot alignment (conflicts/slots) passes over: articles, which one source writes and the other leaves out. */
export const SLOT_SKIP: ReadonlySet<string> = ARTICLES;

/** Punctuation the name-slot alignment keeps: commas set off a name in a list or an apposition ("Vietnam, X"; "his lawyer, X,"). */
export const SLOT_PUNCT: ReadonlySet<string> = new Set([',']);

/** Chambers and the legislatures they belong to. */
export const BODY_PARTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['congress', ['senate', 'house', 'house of representatives']],
  ['parliament', ['house of commons', 'house of lords', 'commons', 'lords', 'senate', 'national assembly', 'bundestag', 'bundesrat', 'lok sabha', 'rajya sabha']],
  ['legislature', ['senate', 'assembly', 'house']],
  ['state department', ['us embassy']],
]);

/** Corporate endings left out of an acronym ("General Electric Co." → GE). */
export const CORPORATE_ENDINGS = new Set(['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'group', 'company', 'corporation', 'the']);
export const NAME_SMALL_WORDS = new Set(['of', 'at', 'and', 'for', 'the', 'in', 'de', 'du', 'des', 'la', 'le']);

/** Titles, offices and parties: words that describe a person without naming one. */
export const DESCRIPTOR_WORDS = new Set([
  'rep', 'reps', 'representative', 'sen', 'senator', 'gov', 'governor', 'gop', 'republican', 'republicans', 'democrat', 'democrats',
  'democratic', 'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'chief', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'mayor', 'judge', 'justice', 'official', 'head', 'leader', 'deputy',
  'ambassador', 'envoy', 'commissioner', 'chancellor', 'speaker', 'attorney', 'counsel', 'sheriff', 'mr', 'mrs', 'ms', 'dr', 'gen', 'col',
  'lt', 'sgt', 'capt', 'adm', 'pope', 'king', 'queen', 'prince', 'princess', 'lord', 'sir', 'dame', 'rev', 'bishop', 'cardinal',
]);

/** Prepositions that tie an organisation to a person's post ("director of X", "a professor at Y", "spokesman for Z"). */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with']);

/** Small words left out of a name's initials ("Bureau of Alcohol and Firearms" → "baf"). */
export const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the']);
