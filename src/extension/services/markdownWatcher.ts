import * as vscode from 'vscode';

/** One file's latest news in a burst: changed (or created), or deleted. */
export interface FileChange {
  readonly uri: vscode.Uri;
  readonly deleted: boolean;
}

/** A burst is over when no file has changed for this long… */
const QUIET_MS = 200;
/** …or this long after its first change, so a build that writes for minutes is still followed. */
const MOST_MS = 2_000;

/**
 * Watches the workspace's Markdown files and hands on what changed in bursts: a `git checkout` or a
 * docs build changes thousands of files within a second, and each file is looked at once per burst
 * however often it changed (its last news wins). A burst handed on is finished before the next one
 * is, so a file is never read twice at once.
 */
export class MarkdownWatcher implements vscode.Disposable {
  private readonly pending = new Map<string, FileChange>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChange = 0;
  private handling: Promise<void> | undefined;

  constructor(private readonly handle: (changes: readonly FileChange[]) => Promise<void>) {
    this.disposables = [
      this.watcher,
      this.watcher.onDidCreate((uri) => this.note(uri, false)),
      this.watcher.onDidChange((uri) => this.note(uri, false)),
      this.watcher.onDidDelete((uri) => this.note(uri, true)),
    ];
  }

  private note(uri: vscode.Uri, deleted: boolean): void {
    if (this.pending.size === 0) this.firstChange = Date.now();
    this.pending.set(uri.toString(), { uri, deleted });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstChange + MOST_MS - Date.now()));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.handling) return;
    const changes = [...this.pending.values()];
    this.pending.clear();
    this.handling = this.handle(changes);
    try {
      await this.handling;
    } finally {
      this.handling = undefined;
    }
    // What changed meanwhile is the next burst.
    if (this.pending.size > 0) this.schedule();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
