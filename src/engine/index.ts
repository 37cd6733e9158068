/** Public surface of the engine, shared by the CLI and the extension. */
export * from './types';
export { compare } from './compare';
export { judgePair } from './pairs';
export type { PairJudgement } from './pairs';
