import * as vscode from 'vscode';
import { looksLikePlan } from '../../core/format/detect';
import { mergeConfigs } from '../../core/config/merge';
import { DEFAULT_OPTIONS } from '../../core/rules/options';
import { analyse, type AnalysisRequest } from './analysis';
import type { ConfigStore } from './configStore';
import { openPlan, type LintedWith, type OpenPlan, type PlanState } from './planState';
import { storedPlan } from './storedPlan';
import { tabUri, urisInTabs } from './editorTabs';
import type { Clock } from './clock';
import { affectsSettings, readSettings } from './settings';


const SCAN_INCLUDE = '**/*.md';
const SCAN_EXCLUDE = '{**/node_modules/**,**/.git/**}';
const CHANGE_DELAY_MS = 250;

/**
 * Lets the event loop turn. Plans on disk are read one per turn: a plan's parse and lint are a few
 * milliseconds (tens for the very first, before the JIT has compiled the parser), so the extension
 * host never waits on more than one plan. Awaiting the file read alone would not promise that: a
 * file system that answers at once resolves in a microtask, and the loop would not turn.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The one place plans are parsed and linted. Open documents are parsed on demand for their current
 * version; plans on disk are found by `scan()` and kept current by a file watcher. Listeners hear
 * `onDidChange` (debounced) whenever any plan's state may have changed.
 */
export class PlanStore implements vscode.Disposable {
  private readonly states = new Map<string, PlanState>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private scanned: Promise<void> | undefined;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly clock: Clock,
    private readonly configs: ConfigStore,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isPlan(event.document) || this.states.has(event.document.uri.toString())) this.fireSoon();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.isPlan(document) && this.fireSoon()),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => [...opened, ...closed].some((tab) => this.states.has(tabUri(tab) ?? '')) && this.fireSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => affectsSettings(event) && this.invalidate()),
      clock.onDidChangeDay(() => this.invalidate()),
      configs.onDidChange(() => this.invalidate()),
    );
  }

  /** Whether a document is a plan: a Markdown file matching the plan globs, or with plan frontmatter. */
  isPlan(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    const { planFiles } = readSettings(document.uri);
    if (planFiles.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
    return looksLikePlan(document.getText());
  }

  /** The plan state of an open document, parsed now if its text changed; undefined when not a plan. */
  get(document: vscode.TextDocument): OpenPlan | undefined {
    const key = document.uri.toString();
    const known = this.states.get(key);
    if (known?.open && known.version === document.version && !known.stale && known.today === this.clock.today()) return known;
    if (!this.isPlan(document)) {
      if (known) this.forget(key);
      return undefined;
    }
    // The last parse of this open document lets a keystroke re-read only the part it changed.
    const previous = known?.open ? known.analysis : undefined;
    const request = this.request(document.uri);
    const state = openPlan(document.uri, document.version, analyse(document.getText(), { ...request, previous }), request);
    this.states.set(key, state);
    return state;
  }

  /**
   * Every plan known in the workspace: open ones at their current text, the rest as on disk. After
   * a change of day or of settings, plans on disk are re-read in the background (onDidChange
   * fires when they are done); until then they keep their previous findings and `today`.
   */
  plans(): PlanState[] {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    // A plan outside every workspace folder is listed while it has a tab: VS Code can keep its
    // document loaded long after the tab is closed.
    const tabs = urisInTabs();
    const listed = (document: vscode.TextDocument) => tabs.has(document.uri.toString()) || vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
    const result: PlanState[] = [];
    for (const [key, state] of [...this.states]) {
      const document = open.get(key);
      if (document && !listed(document)) continue;
      const current = document ? this.get(document) : state;
      if (current) result.push(current);
    }
    for (const document of open.values()) {
      if (!this.states.has(document.uri.toString()) && listed(document)) {
        const state = this.get(document);
        if (state) result.push(state);
      }
    }
    return result.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  /** Finds every plan in the workspace once, off the activation path, and watches them after. */
  scan(): Promise<void> {
    this.scanned ??= this.scanWorkspace();
    return this.scanned;
  }

  private async scanWorkspace(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(SCAN_INCLUDE);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.readFromDisk(uri)),
      watcher.onDidChange((uri) => void this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri.toString())),
    );
    // Folders come and go: a person adds one to the workspace, and the web workbench may open a
    // .code-workspace file's folders only after the extension host has started.
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders((event) => void this.foldersChanged(event)));
    await this.readAll(await vscode.workspace.findFiles(SCAN_INCLUDE, SCAN_EXCLUDE));
  }

  private async foldersChanged(event: vscode.WorkspaceFoldersChangeEvent): Promise<void> {
    for (const [key, state] of this.states) {
      if (!state.open && !vscode.workspace.getWorkspaceFolder(state.uri)) this.states.delete(key);
    }
    this.fireSoon();
    for (const folder of event.added) {
      await this.readAll(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SCAN_INCLUDE), SCAN_EXCLUDE));
    }
  }

  private async readAll(files: readonly vscode.Uri[]): Promise<void> {
    for (const uri of files) {
      await this.readFromDisk(uri, false);
      await nextTurn();
    }
    this.fireSoon();
  }

  private async readFromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      // Linted once, with its configuration files read.
      await this.configs.load(uri);
    } catch {
      return;
    }
    const { planFiles } = readSettings(uri);
    const matchesGlob = planFiles.some((pattern) => vscode.languages.match({ pattern }, { uri, languageId: 'markdown' } as vscode.TextDocument) > 0);
    if (matchesGlob || looksLikePlan(text)) {
      const request = this.request(uri);
      this.states.set(key, storedPlan(uri, analyse(text, request), request));
    }
    else if (!this.states.delete(key)) return;
    if (notify) this.fireSoon();
  }

  /**
   * How a plan is linted: the `.career-plan.json` files from its folder up, then the
   * `careerPlan.rules` setting and the options set in the settings over them (the plan's own `lint:`
   * block wins over both, in the lint). Until its configuration files are read, the settings alone.
   */
  private request(uri: vscode.Uri): AnalysisRequest & LintedWith {
    const files = this.configs.forPlan(uri);
    const config = mergeConfigs([files?.config, readSettings(uri).lint]);
    return { today: this.clock.today(), config, ignored: files?.ignored, options: { ...DEFAULT_OPTIONS, ...config.options }, configured: files !== undefined };
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
          await this.readFromDisk(state.uri, false);
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
    if (this.scanned && document.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(document.uri)) void this.readFromDisk(document.uri);
    else this.fireSoon();
  }

  private forget(key: string): void {
    if (this.states.delete(key)) this.fireSoon();
  }

  private invalidate(): void {
    for (const [key, state] of this.states) if (state.open) this.states.set(key, { ...state, stale: true });
    this.refreshFromDisk();
    this.fireSoon();
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
