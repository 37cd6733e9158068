/**
 * The engine worker (bundled to dist/worker.js): runs `compare()` in a worker thread so a long
 * comparison never blocks the extension host. The same file is the in-process fallback: loaded with
 * `require` on the main thread, it only exports `runRequest`.
 */
import { isMainThread, parentPort } from 'worker_threads';
import { compare, EngineContext, type MeaningVectors } from '../engine/index';
import { applyDecisions } from '../engine/pipeline/decisions';
import { TablesError } from '../engine/lexicon/tables';
import { ensureEngineTables } from '../host/tables';
import { comparisonVectors, describeLoad, loadSentenceEncoder, type EncoderLoad } from '../host/encoder';
import type { EngineReply, EngineRequest, WorkerLog, WorkerReady } from './engineProtocol';

/** One working memory for this thread's comparisons: its memo tables stay warm across edits. */
const context = new EngineContext();

/**
 * Runs one request; `isCancelled` is consulted between the engine's stages; `meaning`: the claims'
 * sentence vectors when the request asked for them and this thread has an encoder.
 */
export function runRequest(request: EngineRequest, isCancelled?: () => boolean, meaning?: MeaningVectors): EngineReply {
  const started = performance.now();
  try {
    ensureEngineTables(); // dist/data/ beside this bundle; read once per thread
    const { decisions, meaning: _wanted, ...options } = request.options;
    void _wanted;
    const compared = compare(request.inputs, { ...options, isCancelled, context, ...(meaning ? { meaning } : {}) });
    const report = decisions?.length ? applyDecisions(compared, request.inputs, decisions, options) : compared;
    return { id: request.id, ok: true, report, computeMs: performance.now() - started };
  } catch (e) {
    const cancelled = e instanceof Error && e.name === 'CancelledError';
    // Missing or broken data files are an installation problem: the message says it all, no stack.
    const error = e instanceof TablesError ? `${e.name}: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { id: request.id, ok: false, cancelled, error };
  }
}

/** This thread's sentence encoder, loaded on the first request that wants meaning (never on start). */
let encoder: Promise<EncoderLoad> | undefined;

/**
 * The sentence vectors of the request's claims, or undefined (not asked for, or no encoder: the
 * report then has no `similarity` and the host's log says why). The encoder keeps every text's
 * vector, so after an edit only the changed claims are embedded.
 */
async function vectorsFor(request: EngineRequest, log: (line: string) => void): Promise<MeaningVectors | undefined> {
  if (request.options.meaning !== true) return undefined;
  if (encoder === undefined) {
    encoder = loadSentenceEncoder();
    void encoder.then((load) => log(describeLoad(load)));
  }
  const load = await encoder;
  if (!load.encoder) return undefined;
  // only the claims the words leave without a counterpart (the engine's textsToEmbed); the run by
  // words uses this thread's context, so the comparison after it reuses what it found
  const { decisions: _decisions, meaning: _meaning, ...options } = request.options;
  void _decisions;
  void _meaning;
  return comparisonVectors(load.encoder, request.inputs, { ...options, context });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const log = (line: string): void => port.postMessage({ log: line } satisfies WorkerLog);
  // Requests arrive one at a time (the host queues them); cancellation terminates this thread.
  port.on('message', (request: EngineRequest) => {
    void vectorsFor(request, log)
      .catch((e: unknown) => { log(`sentence encoder failed: ${e instanceof Error ? e.message : String(e)}`); return undefined; })
      .then((meaning) => port.postMessage(runRequest(request, undefined, meaning)));
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}
