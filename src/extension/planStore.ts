import * as vscode from 'vscode';
import { looksLikePlan } from '../core/detect';
import type { IsoDate } from '../core/dates';
import type { Finding } from '../core/findings';
import { lint } from '../core/lint/lint';
import { parsePlan, type ParsedPlan } from '../core/parse/parsePlan';
import type { Clock } from './clock';
import { affectsSettings, readSettings } from './settings';

/** One plan as the editor knows it: parsed, linted, and for which version of its text. */
export interface PlanState {
  readonly uri: vscode.Uri;
  /** The open document's version, or undefined for a plan read from disk. */
  readonly version: number | undefined;
  readonly parsed: ParsedPlan;
  readonly findings: readonly Finding[];
  readonly today: IsoDate;
}

const SCAN_INCLUDE = '**/*.md';
const SCAN_EXCLUDE = '{**/node_modules/**,**/.git/**}';
const CHANGE_DELAY_MS = 250;

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
  readonly onDidChange = this.changed.event;

  constructor(private readonly clock: Clock) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isPlan(event.document) || this.states.has(event.document.uri.toString())) this.fireSoon();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.isPlan(document) && this.fireSoon()),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidChangeConfiguration((event) => affectsSettings(event) && this.invalidate()),
      clock.onDidChangeDay(() => this.invalidate()),
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
  get(document: vscode.TextDocument): PlanState | undefined {
    const key = document.uri.toString();
    const known = this.states.get(key);
    if (known && known.version === document.version && known.today === this.clock.today()) return known;
    if (!this.isPlan(document)) {
      if (known) this.forget(key);
      return undefined;
    }
    const state = this.analyse(document.uri, document.getText(), document.version);
    this.states.set(key, state);
    return state;
  }

  /** Every plan known in the workspace: open ones at their current text, the rest as on disk. */
  plans(): PlanState[] {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const result: PlanState[] = [];
    for (const [key, state] of [...this.states]) {
      const document = open.get(key);
      const current = document ? this.get(document) : state.today === this.clock.today() ? state : this.reanalyse(state);
      if (current) result.push(current);
    }
    for (const document of open.values()) {
      if (!this.states.has(document.uri.toString())) {
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
    const files = await vscode.workspace.findFiles(SCAN_INCLUDE, SCAN_EXCLUDE);
    for (const uri of files) await this.readFromDisk(uri, false);
    this.fireSoon();
  }

  private async readFromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return;
    }
    const { planFiles } = readSettings(uri);
    const matchesGlob = planFiles.some((pattern) => vscode.languages.match({ pattern }, { uri, languageId: 'markdown' } as vscode.TextDocument) > 0);
    if (matchesGlob || looksLikePlan(text)) this.states.set(key, this.analyse(uri, text, undefined));
    else if (!this.states.delete(key)) return;
    if (notify) this.fireSoon();
  }

  private analyse(uri: vscode.Uri, text: string, version: number | undefined): PlanState {
    const today = this.clock.today();
    const parsed = parsePlan(text);
    return { uri, version, parsed, findings: lint(parsed, { today, config: readSettings(uri).lint }), today };
  }

  private reanalyse(state: PlanState): PlanState {
    const fresh = this.analyse(state.uri, state.parsed.text, undefined);
    this.states.set(state.uri.toString(), fresh);
    return fresh;
  }

  /** A closed plan falls back to its text on disk, if the workspace scan knows it. */
  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.states.has(key)) return;
    this.states.delete(key);
    if (this.scanned && document.uri.scheme === 'file') void this.readFromDisk(document.uri);
    else this.fireSoon();
  }

  private forget(key: string): void {
    if (this.states.delete(key)) this.fireSoon();
  }

  private invalidate(): void {
    for (const [key, state] of this.states) if (state.version === undefined) this.states.set(key, this.analyse(state.uri, state.parsed.text, undefined));
    for (const [key, state] of this.states) if (state.version !== undefined) this.states.set(key, { ...state, version: Number.NaN });
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
