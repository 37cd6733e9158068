/** Public surface of the engine, shared by the CLI and the extension. */
export * from './report/types';
export { claimTexts, compare, pairsToJudge, textsToEmbed } from './pipeline/compare';
export { EngineContext } from './context';
export { crossPair, judgeBeforeCross, judgePair, pairClaimTexts } from './pipeline/pairs';
export type { Judged, PairJudgement } from './pipeline/pairs';
// The host port: a host reads data/vectors.bin and data/lexicon.json and installs them before the first comparison.
export { installTables, loadTables, tablesInstalled, TablesError } from './lexicon/tables';
export type { EngineTables, LexiconFile, TableFiles } from './lexicon/tables';
