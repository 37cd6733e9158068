/**
 * Runs the engine off the extension host's thread: `compare()` goes to a worker thread
 * (dist/worker.js), one request at a time, each with its own id. Cancelling the run in flight
 * terminates the worker (the engine's stages can run for seconds without a cancellation check), and
 * the next run starts a fresh one. Only when the worker cannot start at all does the engine run in
 * the extension host, and the log says so.
 */
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { ArticleInput, Report } from '../engine/report/types';
import type { EngineOptions, EngineReply, EngineRequest, WorkerReady, WorkerLog } from './engineProtocol';

export interface EngineResult {
  report: Report;
  /** Time the engine itself took, in ms (without messaging). */
  computeMs: number;
}

/** What the worker bundle exports when it is loaded on the main thread. */
export interface InProcessEngine {
  runRequest(request: EngineRequest, isCancelled?: () => boolean): EngineReply;
}

/** Counters for the log and the test API. */
export interface EngineStats {
  mode: 'worker' | 'in-process';
  workerStarts: number;
  terminations: number;
  /** A run is in flight. */
  busy: boolean;
}

interface Job {
  request: EngineRequest;
  token: vscode.CancellationToken;
  resolve(result: EngineResult | undefined): void;
  reject(error: Error): void;
  subscription?: vscode.Disposable;
}

export class EngineHost implements vscode.Disposable {
  private worker: Worker | undefined;
  /** The current worker has loaded its module (a failure after this is not a start-up failure). */
  private ready = false;
  private inProcess = false;
  private current: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;
  private workerStarts = 0;
  private terminations = 0;

  constructor(
    private readonly workerPath: string,
    private readonly log: vscode.LogOutputChannel,
    // A computed path, so esbuild leaves this `require` alone and the engine is bundled only once.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    private readonly loadInProcess: () => InProcessEngine = () => require(workerPath) as InProcessEngine,
  ) {}

  get stats(): EngineStats {
    return { mode: this.inProcess ? 'in-process' : 'worker', workerStarts: this.workerStarts, terminations: this.terminations, busy: this.current !== undefined };
  }

  /** Compares `inputs`; resolves to undefined when `token` is cancelled first. */
  run(inputs: ArticleInput[], options: EngineOptions, token: vscode.CancellationToken): Promise<EngineResult | undefined> {
    if (this.disposed || token.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const job: Job = { request: { id: this.nextId++, inputs, options }, token, resolve, reject };
      job.subscription = token.onCancellationRequested(() => this.cancel(job));
      this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    const worker = this.inProcess ? undefined : this.ensureWorker();
    if (worker) worker.postMessage(job.request);
    else void this.runInProcess(job);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerPath, { name: 'source-compare-engine' });
      this.workerStarts++;
      this.ready = false;
      worker.on('message', (m: EngineReply | WorkerReady) => this.onMessage(worker, m));
      worker.on('error', (e) => this.onWorkerGone(worker, `error: ${describeError(e)}`));
      worker.on('exit', (code) => this.onWorkerGone(worker, `exit code ${code}`));
      this.worker = worker;
      return worker;
    } catch (e) {
      this.fallBack(`new Worker(${this.workerPath}) threw: ${describeError(e)}`);
      return undefined;
    }
  }

  private onMessage(worker: Worker, message: EngineReply | WorkerReady | WorkerLog): void {
    if (worker !== this.worker) return;
    if ('ready' in message) {
      this.ready = true;
      return;
    }
    if ('log' in message) {
      this.log.info(message.log);
      return;
    }
    const job = this.current;
    // A reply for a run that was cancelled meanwhile has no job any more: dropped.
    if (!job || job.request.id !== message.id) return;
    this.settle(job, message);
  }

  private onWorkerGone(worker: Worker, reason: string): void {
    if (worker !== this.worker) return; // terminated on purpose, or already handled
    this.worker = undefined;
    const job = this.current;
    if (!this.ready) {
      this.fallBack(`the engine worker did not start (${reason})`);
      if (job) void this.runInProcess(job);
      return;
    }
    this.log.error(`engine worker stopped (${reason}); the next run starts a new one`);
    if (job) {
      this.release(job);
      job.reject(new Error(`the engine worker stopped (${reason})`));
    }
    this.pump();
  }

  private fallBack(reason: string): void {
    this.inProcess = true;
    this.log.warn(`${reason}; comparing in the extension host instead (long articles will block it while they run)`);
  }

  private async runInProcess(job: Job): Promise<void> {
    // Let the edit that triggered the run, and the progress UI, through before the synchronous engine.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.current !== job) return; // cancelled meanwhile
    let engine: InProcessEngine;
    try {
      engine = this.loadInProcess();
    } catch (e) {
      this.release(job);
      job.reject(new Error(`loading the engine failed: ${describeError(e)}`));
      this.pump();
      return;
    }
    this.settle(job, engine.runRequest(job.request, () => job.token.isCancellationRequested || this.disposed));
  }

  private settle(job: Job, reply: EngineReply): void {
    this.release(job);
    if (reply.ok) job.resolve({ report: reply.report, computeMs: reply.computeMs });
    else if (reply.cancelled) job.resolve(undefined);
    else job.reject(new Error(`engine compare() failed: ${reply.error}`));
    this.pump();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.subscription?.dispose();
      job.resolve(undefined);
      return;
    }
    if (this.current !== job) return;
    if (this.worker) {
      this.terminate(`run #${job.request.id} cancelled`);
    }
    // In process, the engine sees the token between its stages; the run settles itself.
    if (this.inProcess) return;
    this.release(job);
    job.resolve(undefined);
    this.pump();
  }

  private terminate(why: string): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    this.terminations++;
    void worker.terminate();
    this.log.info(`${why}: engine worker terminated (a new one starts with the next run)`);
  }

  private release(job: Job): void {
    job.subscription?.dispose();
    if (this.current === job) this.current = undefined;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const job of [...(this.current ? [this.current] : []), ...this.queue.splice(0)]) {
      this.release(job);
      job.resolve(undefined);
    }
  }
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
