/**
 * Where a person's decisions live: `.source-compare/decisions.json` in the workspace folder of the
 * compared articles (a file to commit beside them; the CLI reads it with `--decisions`), or, with
 * no folder (untitled articles only), in memory for the window. Reads and writes go through
 * `workspace.fs`, so virtual workspaces work; an edit of the file from outside (git checkout, a
 * colleague's commit) is picked up. Every change can be undone, newest first. What a decision
 * means is the engine's business (src/engine/pipeline/decisions.ts); this only keeps the list.
 */
import * as vscode from 'vscode';
import { parseDecisions, serialiseDecisions, withDecision, withoutDecision, type Decision } from '../engine/pipeline/decision-keys';

export const DECISIONS_FILE = '.source-compare/decisions.json';
const RELOAD_DELAY_MS = 150;

export class DecisionStore implements vscode.Disposable {
  private decisions: Decision[] = [];
  /** The list before each change, newest last (for Undo). */
  private readonly history: Decision[][] = [];
  private loaded: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Our own last write, so the watcher does not reload what we just wrote. */
  private written: string | undefined;
  /** Bumped by every change made here: a read that began before one is stale and dropped. */
  private version = 0;
  /**
   * Reads and writes of the file, one after another. A reload must not read the file while a
   * save is writing it: it would take the old contents for a change made elsewhere.
   */
  private io: Promise<unknown> = Promise.resolve();

  /** Fires when the decisions change (a decision, an undo, or the file edited from outside). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const folder = this.folder();
    if (folder) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, DECISIONS_FILE));
      // Only a change made elsewhere counts: our own writes come back here too. A moment's quiet
      // first, so a file being written is read whole.
      let timer: NodeJS.Timeout | undefined;
      const reload = () => {
        clearTimeout(timer);
        timer = setTimeout(() => void this.load(true).then((changed) => changed && this.changed.fire()), RELOAD_DELAY_MS);
      };
      this.disposables.push({ dispose: () => clearTimeout(timer) });
      this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    }
  }

  /** The file's URI, or undefined when there is no workspace folder. */
  get uri(): vscode.Uri | undefined {
    const folder = this.folder();
    return folder && vscode.Uri.joinPath(folder.uri, DECISIONS_FILE);
  }

  /** Every decision (read from the file on first use). */
  async all(): Promise<Decision[]> {
    await this.load();
    return this.decisions;
  }

  /** The decisions as last read, without waiting (the session asks for them synchronously). */
  get current(): Decision[] {
    return this.decisions;
  }

  /** Records `d` (replacing an earlier decision about the same pair) and saves. */
  async add(d: Decision): Promise<void> {
    await this.load();
    this.history.push(this.decisions);
    this.decisions = withDecision(this.decisions, d);
    await this.save();
  }

  /** Removes the decision about the pair `d` names, and saves. */
  async remove(d: Decision): Promise<boolean> {
    await this.load();
    const next = withoutDecision(this.decisions, d);
    if (next.length === this.decisions.length) return false;
    this.history.push(this.decisions);
    this.decisions = next;
    await this.save();
    return true;
  }

  /** Forgets every decision and the undo history, and saves the empty list (test API). */
  async reset(): Promise<void> {
    await this.load();
    this.history.length = 0;
    this.decisions = [];
    await this.save();
  }

  /** Undoes the last change made in this window; false when there is none. */
  async undo(): Promise<boolean> {
    const previous = this.history.pop();
    if (!previous) return false;
    this.decisions = previous;
    await this.save();
    return true;
  }

  /**
   * Reads the file (once, or again with `force`); a missing file is no decisions, a bad one is
   * logged. Resolves to true when the decisions read differ from those held.
   */
  load(force = false): Promise<boolean> {
    if (this.loaded && !force) return this.loaded.then(() => false);
    const before = serialiseDecisions(this.decisions);
    const version = this.version;
    const loading = this.serially(async () => {
      const uri = this.uri;
      if (!uri) return;
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        if (version === this.version) this.decisions = [];
        return;
      }
      // A change made here while the file was read wins: the file then holds (or will hold) ours.
      if (version !== this.version || text === this.written) return;
      try {
        this.decisions = parseDecisions(text);
        this.log.info(`read ${this.decisions.length} decision(s) from ${vscode.workspace.asRelativePath(uri)}`);
      } catch (e) {
        // Kept as they were: a file caught half-written, or broken by hand, must not undo every decision.
        this.log.error(`${vscode.workspace.asRelativePath(uri)}: ${e instanceof Error ? e.message : String(e)}; the decisions held are kept`);
      }
    });
    this.loaded = loading;
    return loading.then(() => serialiseDecisions(this.decisions) !== before);
  }

  private async save(): Promise<void> {
    this.version++;
    const uri = this.uri;
    if (uri) {
      const text = serialiseDecisions(this.decisions);
      this.written = text;
      await this.serially(async () => {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      });
    }
    this.changed.fire();
  }

  /** Runs `job` after every read and write queued before it; a failure does not stop the queue. */
  private serially<T>(job: () => Promise<T>): Promise<T> {
    const run = this.io.then(job, job);
    this.io = run.catch(() => undefined);
    return run;
  }

  private folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
