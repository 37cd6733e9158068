/** Public surface of the engine, shared by the CLI and the extension. */
export * from './report/types';
export { compare } from './pipeline/compare';
export { judgePair } from './pipeline/pairs';
export type { PairJudgement } from './pipeline/pairs';
