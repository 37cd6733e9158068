/**
 * The engine worker (bundled to dist/worker.js): runs `compare()` in a worker thread so a long
 * comparison never blocks the extension host. The same file is the in-process fallback: loaded with
 * `require` on the main thread, it only exports `runRequest`.
 */
import { isMainThread, parentPort } from 'worker_threads';
import { compare } from '../engine/index';
import { applyDecisions } from '../engine/decisions';
import type { EngineReply, EngineRequest, WorkerReady } from './engineProtocol';

/** Runs one request; `isCancelled` is consulted between the engine's stages. */
export function runRequest(request: EngineRequest, isCancelled?: () => boolean): EngineReply {
  const started = performance.now();
  try {
    const { decisions, ...options } = request.options;
    const compared = compare(request.inputs, { ...options, isCancelled });
    const report = decisions?.length ? applyDecisions(compared, request.inputs, decisions, options) : compared;
    return { id: request.id, ok: true, report, computeMs: performance.now() - started };
  } catch (e) {
    const cancelled = e instanceof Error && e.name === 'CancelledError';
    return { id: request.id, ok: false, cancelled, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  // Requests arrive one at a time (the host queues them); cancellation terminates this thread.
  port.on('message', (request: EngineRequest) => port.postMessage(runRequest(request)));
  port.postMessage({ ready: true } satisfies WorkerReady);
}
