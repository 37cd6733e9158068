/** The fact record shared by all extractors (re-exported from ./index). */

export type FactType = 'number' | 'date' | 'person' | 'place' | 'organization' | 'quote' | 'negation';

export interface Fact {
  type: FactType;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  /** === docText.slice(start, end) */
  text: string;
  /**
   * Normalised comparable value: numbers canonical ("40", "0.667", "10000"); dates ISO
   * ("2023-11-08", "2023-10", "--10-17", "--10", "2023") or "weekday:wednesday" / "relative:yesterday"
   * when unresolved; names folded (lower case, no diacritics, no al-/el- particles); quotes normalised
   * words; negations "not <predicate>".
   */
  value: string;
  unit?: string;
  qualifier?: 'at least' | 'more than' | 'less than' | 'about' | 'at most' | 'exactly' | string;
  /** Quotes: explicit attribution only ("said X", "X said", "according to X", "X told"). */
  speaker?: string | null;
  /** Up to three lower-case words before and after the fact (slot context for pairing). */
  context?: string[];
  /** How many of `context` come before the fact (the rest follow it). */
  before?: number;
  /** Dates: day of week 0–6 when the fact names or resolves to one. */
  weekday?: number;
  /** Negations and numbers etc.: true when inside quotation marks. */
  inQuote?: boolean;
  /** Negations: the negated word (predicate or auxiliary), lower-case. */
  head?: string;
  /** Negations: the auxiliary / word right before the cue, lower-case ("is" in "is not"). */
  aux?: string;
  /** Negations: the head was reached past a verb of possession ("does not have a licence"). */
  possessive?: boolean;
  /**
   * Negations of a noun ("no civilians were killed", "no tumors were detected"): the verb the noun
   * phrase is the subject of, lower-case — the participle after its auxiliary, else the auxiliary.
   */
  verb?: string;
  /** Names: true when a strong cue fixed the type (title, org word, gazetteer, place preposition). */
  cued?: boolean;
  /** Names: a lone, uncued, sentence-initial capitalised word (may be an ordinary word). */
  weak?: boolean;
  /** Numbers: the two ends of a range the number belongs to ("between 30 and 80", "1 to 3 percent", "256-170"). */
  range?: [number, number];
  /** Quotes: the span of the quoted words without the quotation marks. */
  innerStart?: number;
  innerEnd?: number;
}
