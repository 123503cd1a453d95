import * as vscode from 'vscode';
import type { FileSource } from './fileSource';
import { MarkdownWatcher, type FileChange } from './markdownWatcher';
import type { PlanNames } from './planNames';
import { inPool, nextTurn } from './pool';
import { ScanExcludes } from './scanExcludes';
import { affectsPlanFiles, readPlanFiles } from './settings';

const MARKDOWN = '**/*.md';
/** Files read at once: enough to keep the disk and Node's thread pool busy, few enough to leave the host free. */
const IN_FLIGHT = 8;
/**
 * A scan nobody asked for (the reminders', the countdown's) judges other Markdown files by their
 * content only in a workspace that has a plan named by careerPlan.planFiles, or no more Markdown
 * files than this: a person who opens a README in a docs repository does not pay for reading it
 * all (docs/faq.md says so).
 */
const BACKGROUND_CONTENT_LIMIT = 1_000;
/** After a keystroke in a Markdown document, the scan waits this long (the diagnostics' debounce and then some). */
const EDIT_QUIET_MS = 500;
const PROGRESS_EVERY_MS = 100;

export interface ScanProgress {
  /** Markdown files looked at, of the `total` the workspace search listed. */
  readonly read: number;
  readonly total: number;
  readonly state: 'looking' | 'done' | 'stopped';
}

/** What the finder tells the plan store, which keeps the plans. */
export interface FoundPlans {
  /** An editor has the file open: the store reads it from there. */
  isOpen(uri: vscode.Uri): boolean;
  /** The store keeps this plan already. */
  isKnown(uri: vscode.Uri): boolean;
  /** Awaited: a plan is listed once it is linted, with its configuration files read. */
  found(uri: vscode.Uri, text: string): void | Promise<void>;
  /** Not a plan (any more), left out, or gone. */
  dropped(uri: vscode.Uri): void;
  /** The workspace search listed these files: a plan the store keeps from disk and not among them is now left out. */
  keepOnly(listed: ReadonlySet<string>): void;
  /** When a Markdown document was last typed into (Date.now()): the scan waits a moment after. */
  editedAt(): number;
}

interface Listing {
  /** Every Markdown file the search did not leave out. */
  readonly files: readonly vscode.Uri[];
  readonly named: ReadonlySet<string>;
}

type Wanted = 'named' | 'background' | 'all';
const WIDER: Record<Wanted, number> = { named: 0, background: 1, all: 2 };

/**
 * Finds the plans among a workspace's Markdown files and follows them as files change (issue 23).
 *
 * The workspace search lists the Markdown files, leaving out what the editor's search leaves out
 * (scanExcludes.ts). Files named by careerPlan.planFiles are plans: they are read first, whole, one
 * per turn of the event loop, and handed to the store as each is read. Every other file is judged by
 * its head (fileSource.ts), a few at a time, never again unless it changes; progress is told as it
 * goes, a keystroke in a Markdown document pauses it, and it can be stopped (the next scan asked for
 * goes on from there). A file watcher hands on bursts of changes, which are read the same way.
 */
export class PlanFinder implements vscode.Disposable {
  private readonly excludes: ScanExcludes;
  private readonly progressed = new vscode.EventEmitter<ScanProgress>();
  private readonly disposables: vscode.Disposable[];
  /** Files read and found not to be plans: not read again until they change. */
  private readonly judged = new Set<string>();
  private listing: Promise<Listing> | undefined;
  private content: Promise<void> | undefined;
  /** The content scan under way; a stopped one (or one started over) finds its `stopped` set. */
  private run = { stopped: false };
  /** The widest scan asked for, done again when what it found may have changed (settings, folders). */
  private wanted: Wanted | undefined;
  private watcher: MarkdownWatcher | undefined;
  private current: ScanProgress | undefined;
  private lastReport = 0;
  readonly onDidProgress = this.progressed.event;

  constructor(
    private readonly files: FileSource,
    private readonly names: PlanNames,
    private readonly plans: FoundPlans,
  ) {
    this.excludes = new ScanExcludes(files);
    this.disposables = [
      this.excludes,
      this.progressed,
      this.excludes.onDidChange(() => this.startOver()),
      vscode.workspace.onDidChangeConfiguration((event) => affectsPlanFiles(event) && this.startOver()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.startOver()),
    ];
  }

  /** How far the last scan of other files' content went; undefined before one starts. */
  get progress(): ScanProgress | undefined {
    return this.current;
  }

  /** Whether a scan has started, and with it the file watcher that keeps the plans on disk current. */
  get following(): boolean {
    return this.watcher !== undefined;
  }

  /** Resolves once the plans named by careerPlan.planFiles are read (the rest may still be looked for). */
  async findNamed(): Promise<void> {
    this.want('named');
    await this.list();
  }

  /** Resolves once every plan is found, or the scan is stopped. */
  findAll(): Promise<void> {
    this.want('all');
    this.content ??= this.readContent();
    return this.content;
  }

  /** For a feature that runs on its own: the named plans, and the others only where that is cheap. */
  async findInBackground(): Promise<void> {
    this.want('background');
    const { files, named } = await this.list();
    if (named.size > 0 || files.length <= BACKGROUND_CONTENT_LIMIT) await this.findAll();
  }

  /** Stops the content scan under way; plans found so far are kept. */
  stop(): void {
    this.run.stopped = true;
  }

  /**
   * A file's whole text if it is a plan (by its name, or by its head), else undefined; `named` when
   * the caller knows already whether careerPlan.planFiles names it. Rejects when it cannot be read.
   */
  textIfPlan(uri: vscode.Uri, named = this.names.matches(uri)): Promise<string | undefined> {
    return named ? this.files.readText(uri) : this.files.readIfPlan(uri);
  }

  private want(scan: Wanted): void {
    if (this.wanted === undefined || WIDER[scan] > WIDER[this.wanted]) this.wanted = scan;
  }

  private list(): Promise<Listing> {
    this.listing ??= this.makeListing();
    return this.listing;
  }

  private async makeListing(): Promise<Listing> {
    this.watcher ??= new MarkdownWatcher((changes) => this.changed(changes));
    const files: vscode.Uri[] = [];
    const named = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const excludes = await this.excludes.of(folder.uri);
      if (!excludes) continue;
      const planFiles = readPlanFiles(folder.uri);
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN), excludes.glob)) {
        // findFiles' own matching is ripgrep's; this is the watcher's, so both leave out the same files.
        if (excludes.excludes(uri)) continue;
        files.push(uri);
        if (this.names.matches(uri, planFiles)) named.add(uri.toString());
      }
    }
    this.plans.keepOnly(new Set(files.map((uri) => uri.toString())));
    for (const uri of files) {
      if (!named.has(uri.toString()) || this.plans.isOpen(uri) || this.plans.isKnown(uri)) continue;
      await this.look(uri, true);
    }
    return { files, named };
  }

  private async readContent(): Promise<void> {
    const run = (this.run = { stopped: false });
    const { files, named } = await this.list();
    const todo = files.filter((uri) => {
      const key = uri.toString();
      return !named.has(key) && !this.judged.has(key) && !this.plans.isKnown(uri) && !this.plans.isOpen(uri);
    });
    const total = files.length;
    let read = total - todo.length;
    this.report(run, { read, total, state: 'looking' }, true);
    await inPool(todo, IN_FLIGHT, async (uri) => {
      await this.untilEditingPauses();
      if (run.stopped) return false;
      // The listing told the named files apart: no file here needs its settings read again.
      await this.look(uri, false);
      this.report(run, { read: ++read, total, state: 'looking' }, false);
      return true;
    });
    this.report(run, { read, total, state: run.stopped ? 'stopped' : 'done' }, true);
    // A stopped scan is not done: the next one asked for goes on from here.
    if (run.stopped && this.run === run) this.content = undefined;
  }

  /** Reads a file the scan or the watcher points at, and tells the store what it is. An unreadable file is left as it was. */
  private async look(uri: vscode.Uri, named?: boolean): Promise<void> {
    let text: string | undefined;
    try {
      text = await this.textIfPlan(uri, named);
    } catch {
      return;
    }
    // Opened meanwhile: the store reads it from its editor.
    if (this.plans.isOpen(uri)) return;
    if (text === undefined) {
      this.judged.add(uri.toString());
      this.plans.dropped(uri);
      return;
    }
    await this.plans.found(uri, text);
    // A plan is parsed and linted when found: one per turn of the event loop.
    await nextTurn();
  }

  private async changed(changes: readonly FileChange[]): Promise<void> {
    const reads: vscode.Uri[] = [];
    for (const { uri, deleted } of changes) {
      this.judged.delete(uri.toString());
      const excludes = deleted ? undefined : await this.excludes.of(uri);
      if (!excludes || excludes.excludes(uri)) this.plans.dropped(uri);
      else if (!this.plans.isOpen(uri)) reads.push(uri);
    }
    await inPool(reads, IN_FLIGHT, async (uri) => {
      await this.untilEditingPauses();
      await this.look(uri);
      return true;
    });
  }

  /** The settings, the folders or an ignore file changed: what was found may be left out now, or more may be let in. */
  private startOver(): void {
    if (!this.listing) return;
    this.run.stopped = true;
    this.listing = undefined;
    this.content = undefined;
    const wanted = this.wanted;
    this.wanted = undefined;
    if (wanted === 'all') void this.findAll();
    else if (wanted === 'background') void this.findInBackground();
    else if (wanted === 'named') void this.findNamed();
  }

  private async untilEditingPauses(): Promise<void> {
    for (let wait = this.plans.editedAt() + EDIT_QUIET_MS - Date.now(); wait > 0; wait = this.plans.editedAt() + EDIT_QUIET_MS - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** Tells listeners how far the scan is, at most every PROGRESS_EVERY_MS unless `now`; a scan started over since says nothing. */
  private report(run: { stopped: boolean }, progress: ScanProgress, now: boolean): void {
    if (run !== this.run) return;
    this.current = progress;
    if (!now && Date.now() - this.lastReport < PROGRESS_EVERY_MS) return;
    this.lastReport = Date.now();
    this.progressed.fire(progress);
  }

  dispose(): void {
    this.run.stopped = true;
    this.watcher?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
