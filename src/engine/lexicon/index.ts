/**
 * Every word list the engine reads, in one room: calendar words, negations, abbreviations, name
 * particles, spellings, function words, and the fact extractors' tables (numbers, titles,
 * organisations, places, gazetteer). Lists that differ on purpose say why beside each other.
 */
export * from './abbreviations';
export * from './calendar';
export * from './facts';
export * from './names';
export * from './negation';
export * from './spelling';
export * from './stopwords';
