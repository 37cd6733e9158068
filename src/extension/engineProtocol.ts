/**
 * The messages between the extension host and the engine worker (dist/worker.js). No `vscode`
 * import: the worker runs in a plain Node worker thread.
 */
import type { Decision } from '../engine/pipeline/decision-keys';
import type { ArticleInput, Report } from '../engine/report/types';

/** Engine options that travel to the worker (functions cannot: cancellation is by termination). */
export interface EngineOptions {
  matchThreshold?: number;
  /** A person's decisions, applied to the report by the engine (src/engine/pipeline/decisions.ts). */
  decisions?: Decision[];
  /**
   * Also find counterparts by meaning: the worker thread embeds the claims with the sentence
   * encoder (loaded on the first such request; each claim text embedded once per thread) and hands
   * the vectors to the engine. The in-process fallback compares by words only.
   */
  meaning?: boolean;
}

/** One comparison, numbered so a late reply can be matched to (or dropped for) its run. */
export interface EngineRequest {
  id: number;
  inputs: ArticleInput[];
  options: EngineOptions;
}

export type EngineReply =
  | { id: number; ok: true; report: Report; computeMs: number }
  | { id: number; ok: false; error: string; cancelled: boolean };

/** The worker's first message: its module has loaded, so later failures are not start-up failures. */
export interface WorkerReady {
  ready: true;
}

/** A line for the output channel (which sentence encoder loaded, or why none did). */
export interface WorkerLog {
  log: string;
}
