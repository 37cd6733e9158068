/** Words inside names: Arabic article particles, connectors (of, de, van, bin), and name stop words. */

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
export const SLOT_SKIP: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Punctuation the name-slot alignment keeps: commas set off a name in a list or an apposition ("Vietnam, X"; "his lawyer, X,"). */
export const SLOT_PUNCT: ReadonlySet<string> = new Set([',']);
