/**
 * The engine worker (bundled to dist/worker.js): runs `compare()` in a worker thread so a long
 * comparison never blocks the extension host. The same file is the in-process fallback: loaded with
 * `require` on the main thread, it only exports `runRequest`.
 */
import { isMainThread, parentPort } from 'worker_threads';
import { compare, EngineContext } from '../engine/index';
import { TablesError } from '../engine/lexicon/tables';
import { ensureEngineTables } from '../host/tables';
import type { EngineReply, EngineRequest, WorkerReady } from './engineProtocol';

/** One working memory for this thread's comparisons: its memo tables stay warm across edits. */
const context = new EngineContext();

/** Runs one request; `isCancelled` is consulted between the engine's stages. */
export function runRequest(request: EngineRequest, isCancelled?: () => boolean): EngineReply {
  const started = performance.now();
  try {
    ensureEngineTables(); // dist/data/ beside this bundle; read once per thread
    const report = compare(request.inputs, { ...request.options, isCancelled, context });
    return { id: request.id, ok: true, report, computeMs: performance.now() - started };
  } catch (e) {
    const cancelled = e instanceof Error && e.name === 'CancelledError';
    // Missing or broken data files are an installation problem: the message says it all, no stack.
    const error = e instanceof TablesError ? `${e.name}: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { id: request.id, ok: false, cancelled, error };
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  // Requests arrive one at a time (the host queues them); cancellation terminates this thread.
  port.on('message', (request: EngineRequest) => port.postMessage(runRequest(request)));
  port.postMessage({ ready: true } satisfies WorkerReady);
}
