import { looksLikeBodyPlan } from '../../core/parse/bodyPlanDetect';
import * as vscode from 'vscode';
import { looksLikePlan, mayHoldBodyPlan } from '../../core/format/detect';
import { mergeConfigs } from '../../core/config/merge';
import { DEFAULT_OPTIONS } from '../../core/rules/options';
import { analyse, readText, type AnalysisRequest, type Read } from './analysis';
import type { ConfigStore } from './configStore';
import type { FileSource } from './fileSource';
import { LearnedReaderLoader } from './learnedReaderLoader';
import type { LearnedReaderSource, SentenceSource } from './learnedReaderSource';
import { PlanFinder, type ScanProgress } from './planFinder';
import { PlanNames } from './planNames';
import { openPlan, type LintedWith, type OpenPlan, type PlanState } from './planState';
import { nextTurn } from './pool';
import { storedPlan } from './storedPlan';
import { tabUri, urisInTabs } from './editorTabs';
import type { Clock } from './clock';
import { affectsSettings, readSettings } from './settings';

const CHANGE_DELAY_MS = 250;

/**
 * The one place plans are parsed and linted. Open documents are parsed on demand for their current
 * version; plans on disk are found by the plan finder (planFinder.ts: a workspace scan, then a file
 * watcher), read through the file source the host has (fileSource.ts). Listeners hear
 * `onDidChange` (debounced) whenever any plan's state may have changed.
 */
export class PlanStore implements vscode.Disposable {
  private readonly states = new Map<string, PlanState>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly names = new PlanNames();
  private readonly scanProgressed = new vscode.EventEmitter<ScanProgress>();
  private finderMade: PlanFinder | undefined;
  private readonly disposables: vscode.Disposable[];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  /** When a Markdown document was last typed into: the finder's scan waits a moment after. */
  private lastEdit = 0;
  private readonly reader: LearnedReaderLoader;
  /** The learned reader the plans are judged with, once loaded. */
  get learnedReader() {
    return this.reader.reader;
  }
  readonly onDidChange = this.changed.event;
  /** How far the scan for plans by their content is (the milestones view's header shows it). */
  readonly onDidChangeScanProgress = this.scanProgressed.event;

  constructor(
    private readonly clock: Clock,
    private readonly configs: ConfigStore,
    private readonly files: FileSource,
    readerSource: LearnedReaderSource,
    sentenceSource?: SentenceSource,
  ) {
    this.reader = new LearnedReaderLoader(readerSource, sentenceSource);
    this.disposables = [
      this.changed,
      this.scanProgressed,
      this.reader,
      // Once the learned reader has loaded, every plan is judged again with it.
      this.reader.onDidLoad(() => this.invalidate()),
      // Once the goals of open plans have their sentence vectors, those plans are judged again.
      this.reader.onDidEncode(() => this.openPlansChanged()),
      { dispose: () => this.finderMade?.dispose() },
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && event.document.languageId === 'markdown') this.lastEdit = Date.now();
        // A plan it is already: no need to read it again to know.
        if (this.states.has(event.document.uri.toString()) || this.isPlan(event.document)) this.fireSoon();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.isPlan(document) && this.fireSoon()),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => [...opened, ...closed].some((tab) => this.states.has(tabUri(tab) ?? '')) && this.fireSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => affectsSettings(event) && this.invalidate()),
      // A folder removed takes its plans with it; the finder looks through an added one.
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.foldersChanged()),
      clock.onDidChangeDay(() => this.invalidate()),
      configs.onDidChange(() => this.invalidate()),
    ];
  }

  /**
   * Made when a scan is first asked for, not at activation: esbuild.js puts the finder in a file of
   * its own (dist/scan.js), loaded then.
   */
  private get finder(): PlanFinder {
    this.finderMade ??= this.makeFinder();
    return this.finderMade;
  }

  private makeFinder(): PlanFinder {
    const finder = new PlanFinder(this.files, this.names, {
      isOpen: (uri) => this.isOpen(uri),
      isKnown: (uri) => this.states.has(uri.toString()),
      // Linted once, with its configuration files read.
      found: async (uri, text) => {
        // A configuration file that cannot be read is reported on its own; the plan is linted without it.
        await this.configs.load(uri).catch(() => undefined);
        if (this.isOpen(uri)) return;
        const request = this.request(uri);
        this.states.set(uri.toString(), storedPlan(uri, analyse(text, request), request));
        this.fireSoon();
      },
      dropped: (uri) => this.forget(uri.toString()),
      keepOnly: (listed) => {
        for (const [key, state] of this.states) if (!state.open && !listed.has(key)) this.forget(key);
      },
      editedAt: () => this.lastEdit,
    });
    finder.onDidProgress((progress) => this.scanProgressed.fire(progress));
    return finder;
  }

  /** Whether a document is a plan: a Markdown file matching the plan globs, with plan frontmatter, or whose body a shape reads as a plan. */
  isPlan(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.names.matches(document.uri)) return true;
    const text = document.getText();
    if (looksLikePlan(text)) return true;
    // Reading a body takes a parse: asked again for the same version (each view asks), the answer is kept.
    const known = this.bodyPlans.get(document);
    if (known?.version === document.version) return known.plan;
    const plan = looksLikeBodyPlan(text);
    this.bodyPlans.set(document, { version: document.version, plan });
    return plan;
  }
  private readonly bodyPlans = new WeakMap<vscode.TextDocument, { version: number; plan: boolean }>();

  /** The plan state of an open document, parsed now if its text changed; undefined when not a plan. */
  get(document: vscode.TextDocument): OpenPlan | undefined {
    const key = document.uri.toString();
    const known = this.states.get(key);
    if (known?.open && known.version === document.version && !known.stale && known.today === this.clock.today()) return known;
    const notPlan = () => {
      if (known) this.forget(key);
      return undefined;
    };
    if (document.languageId !== 'markdown') return notPlan();
    const text = document.getText();
    // The last parse of this open document lets a keystroke re-read only the part it changed.
    const previous = known?.open ? known.analysis : undefined;
    const request = this.request(document.uri, true);
    let read: Read | undefined;
    if (!this.names.matches(document.uri) && !looksLikePlan(text)) {
      // A plan only by its body: the parse that says so is the one linted, one parse per version.
      if (!mayHoldBodyPlan(text)) return notPlan();
      read = readText(text, { today: request.today, previous });
      const plan = read.reading.parsed.plan.readFrom === 'body';
      this.bodyPlans.set(document, { version: document.version, plan });
      if (!plan) return notPlan();
    }
    const state = openPlan(document.uri, document.version, analyse(text, { ...request, previous }, read), request);
    this.states.set(key, state);
    this.reader.judgedOpen();
    return state;
  }

  /**
   * Every plan known in the workspace: open ones at their current text, the rest as on disk. After
   * a change of day or of settings, plans on disk are re-read in the background (onDidChange
   * fires when they are done); until then they keep their previous findings and `today`.
   */
  plans(): PlanState[] {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    // A plan the workspace scan does not follow — outside every workspace folder, or read from its
    // body alone and named by no plan glob — is listed while it has a tab: VS Code can keep its
    // document loaded long after the tab is closed.
    const tabs = urisInTabs();
    const followed = (state: PlanState) => vscode.workspace.getWorkspaceFolder(state.uri) !== undefined && (state.plan.readFrom !== 'body' || this.names.matches(state.uri));
    const listed = (state: PlanState) => tabs.has(state.uri.toString()) || followed(state);
    const result: PlanState[] = [];
    for (const [key, state] of [...this.states]) {
      const document = open.get(key);
      const current = document ? this.get(document) : state;
      if (current && (!document || listed(current))) result.push(current);
    }
    for (const [key, document] of open) {
      // Not parsed at all when it could not be listed.
      if (this.states.has(key) || (!tabs.has(key) && !vscode.workspace.getWorkspaceFolder(document.uri))) continue;
      const state = this.get(document);
      if (state && listed(state)) result.push(state);
    }
    return result.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  /**
   * Finds every plan in the workspace, off the activation path, and follows them after: those named
   * by careerPlan.planFiles first, then the other Markdown files by their content. Resolves when all
   * are found, or when the scan is stopped (asking again goes on from there).
   */
  scan(): Promise<void> {
    return this.finder.findAll();
  }

  /** Resolves once the plans named by careerPlan.planFiles are known; the others come as they are found. */
  scanNamed(): Promise<void> {
    return this.finder.findNamed();
  }

  /**
   * For what runs on its own (reminders, the countdown): the named plans, and plans found by their
   * content only where that is cheap; see PlanFinder.findInBackground.
   */
  scanInBackground(): Promise<void> {
    return this.finder.findInBackground();
  }

  /** Stops looking through file contents; the plans found so far stay. */
  stopScan(): void {
    this.finder.stop();
  }

  get scanProgress(): ScanProgress | undefined {
    return this.finderMade?.progress;
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
  }

  private foldersChanged(): void {
    for (const [key, state] of this.states) {
      if (!state.open && !vscode.workspace.getWorkspaceFolder(state.uri)) this.states.delete(key);
    }
    this.fireSoon();
  }

  /** Reads a plan on disk again: kept with its new findings while it is still a plan. An unreadable file is left as it was. */
  private async reread(uri: vscode.Uri): Promise<void> {
    let text: string | undefined;
    try {
      text = await this.finder.textIfPlan(uri);
      // Linted once, with its configuration files read.
      if (text !== undefined) await this.configs.load(uri);
    } catch {
      return;
    }
    const key = uri.toString();
    if (this.isOpen(uri)) return;
    if (text === undefined) this.states.delete(key);
    else {
      const request = this.request(uri);
      this.states.set(key, storedPlan(uri, analyse(text, request), request));
    }
  }

  /**
   * How a plan is linted: the `.career-plan.json` files from its folder up, then the
   * `careerPlan.rules` setting and the options set in the settings over them (the plan's own `lint:`
   * block wins over both, in the lint). Until its configuration files are read, the settings alone.
   * An open plan is judged by the reader that weighs sentence vectors too, once there is one.
   */
  private request(uri: vscode.Uri, open = false): AnalysisRequest & LintedWith {
    const files = this.configs.forPlan(uri);
    const settings = readSettings(uri);
    const config = mergeConfigs([files?.config, settings.lint]);
    const reader = open ? this.reader.readerForOpen(settings.lintReadSentences) : this.reader.reader;
    return { today: this.clock.today(), config, ignored: files?.ignored, options: { ...DEFAULT_OPTIONS, ...config.options }, configured: files !== undefined, reader };
  }

  /** Re-reads every plan on disk (their text is not kept), one per turn of the event loop. */
  private refreshFromDisk(): void {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        const closed = [...this.states.values()].filter((state) => !state.open);
        for (const state of closed) {
          await this.reread(state.uri);
          await nextTurn();
        }
      } while (this.refreshAgain);
      this.refreshing = undefined;
      this.fireSoon();
    })();
  }

  /**
   * A closed plan falls back to its text on disk, if the workspace scan knows it; one opened from
   * outside the workspace leaves with its editor (no watcher would keep it current).
   */
  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.states.has(key)) return;
    this.states.delete(key);
    if (this.finderMade?.following && document.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(document.uri)) void this.reread(document.uri).then(() => this.fireSoon());
    else this.fireSoon();
  }

  private forget(key: string): void {
    if (this.states.delete(key)) this.fireSoon();
  }

  /** Open plans are judged again when next asked for; plans on disk are not read again. */
  private openPlansChanged(): void {
    for (const [key, state] of this.states) if (state.open) this.states.set(key, { ...state, stale: true });
    this.fireSoon();
  }

  /** Every plan is judged again: open ones when next asked for, those on disk read again now. */
  private invalidate(): void {
    this.openPlansChanged();
    this.refreshFromDisk();
  }

  private fireSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.changed.fire();
    }, CHANGE_DELAY_MS);
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
