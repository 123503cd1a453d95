import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { buildHistory } from '../../core/history/model';
import { isTimelineSubject, subjectRange } from '../../core/timeline/subjects';
import type { Services } from '../feature';
import { GitVersions } from './gitVersions';
import { timelineContent, timelinePageHtml, type TimelineContent, type UpdateMessage } from './html';
import { fileName, readPlan, readPlanAndText } from './planSource';

export const TIMELINE_VIEW_TYPE = 'careerPlan.timeline';
const UPDATE_DELAY_MS = 200;
/** Bounds of the drawing width the page may ask for, in pixels. */
const MIN_WIDTH = 360;
const MAX_WIDTH = 1600;

/**
 * The one timeline panel, beside the editor. It shows one plan at a time and follows its edits:
 * the first content is the page itself, later ones are posted to the page so that scrolling and
 * focus survive. A click on a milestone reveals that element in the plan.
 */
export class TimelinePanel implements vscode.Disposable {
  private static instance: TimelinePanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** A hidden webview loses its page, and gets back the last HTML set, not the updates posted since. */
  private wasVisible = true;
  private disposed = false;
  /** The width the page reported, once it has. */
  private width: number | undefined;
  /** The plan's committed versions, read through the git extension; a commit redraws the page. */
  private readonly git = new GitVersions(() => this.renderSoon());
  private drawn: TimelineContent | undefined;

  /** What the page shows now (its pictures and list, as HTML), once drawn. */
  get shown(): TimelineContent | undefined {
    return this.drawn;
  }

  /** Shows the timeline of `uri`, reusing the open panel if there is one. */
  static async show(services: Services, uri: vscode.Uri): Promise<TimelinePanel> {
    const existing = TimelinePanel.instance;
    if (existing) {
      existing.uri = uri;
      existing.panel.reveal(undefined, true);
      await existing.render(true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, vscode.l10n.t('Timeline'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // The page is built from strings and loads no file: it may read none from disk.
      localResourceRoots: [],
    });
    const created = new TimelinePanel(panel, services, uri);
    TimelinePanel.instance = created;
    await created.render(true);
    return created;
  }

  /** The open panel, if any. */
  static get current(): TimelinePanel | undefined {
    return TimelinePanel.instance;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
    public uri: vscode.Uri,
  ) {
    this.disposables.push(
      this.git,
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        if (panel.visible && !this.wasVisible) void this.render(true);
        this.wasVisible = panel.visible;
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.received(message)),
      services.store.onDidChange(() => this.renderSoon()),
      services.clock.onDidChangeDay(() => this.renderSoon()),
      vscode.workspace.onDidChangeTextDocument((event) => event.document.uri.toString() === this.uri.toString() && this.renderSoon()),
    );
  }

  private renderSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.render(false);
    }, UPDATE_DELAY_MS);
  }

  /** The whole page when it is new or shows again, else an update message; nothing while hidden. */
  private async render(wholePage: boolean): Promise<void> {
    // A disposed panel throws on any property read: a resize message or update may still arrive.
    if (this.disposed || (!this.panel.visible && !wholePage)) return;
    // Titled at once: the history may take git a while to read.
    this.panel.title = vscode.l10n.t('Timeline: {0}', fileName(this.uri));
    const content = await this.content();
    // Closed while its content was read (git can take a while): a disposed webview takes nothing.
    if (this.disposed) return;
    this.drawn = content;
    if (wholePage) {
      this.panel.webview.html = timelinePageHtml({ ...content, title: this.panel.title, cspSource: this.panel.webview.cspSource, nonce: randomBytes(16).toString('base64') });
    } else {
      const message: UpdateMessage = { type: 'update', ...content };
      await this.panel.webview.postMessage(message);
    }
  }

  private async content(): Promise<TimelineContent> {
    const read = await readPlanAndText(this.services.store, this.uri);
    if (!read) return { svg: '', list: '<p>This plan cannot be read.</p>', trend: '' };
    const today = this.services.clock.today();
    const history = buildHistory({ ...read, versions: await this.git.versions(this.uri), today });
    return timelineContent(read.plan, today, this.width, history);
  }

  /** The page is trusted with nothing but a width and the name of an element: anything else is ignored. */
  private async received(message: unknown): Promise<void> {
    const { type, subject, width } = (message ?? {}) as { type?: unknown; subject?: unknown; width?: unknown };
    if (type === 'resize' && typeof width === 'number' && Number.isFinite(width)) {
      const fitted = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
      if (fitted !== this.width) {
        this.width = fitted;
        await this.render(false);
      }
      return;
    }
    if (type !== 'reveal' || !isTimelineSubject(subject)) return;
    const plan = await readPlan(this.services.store, this.uri);
    const range = plan && subjectRange(plan, subject);
    // Closed while the plan was read: the panel's column can no longer be asked.
    if (!range || this.disposed) return;
    // Beside the timeline, where the plan is (or goes) — never in the timeline's own column.
    const key = this.uri.toString();
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key && editor.viewColumn !== this.panel.viewColumn);
    const viewColumn = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = await vscode.window.showTextDocument(this.uri, { viewColumn, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (TimelinePanel.instance === this) TimelinePanel.instance = undefined;
    if (this.pending) clearTimeout(this.pending);
    for (const disposable of this.disposables) disposable.dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }
}
