import * as vscode from 'vscode';
import type { LearnedReader } from '../../core/smart/learnedReader';
import type { LearnedReaderSource } from './learnedReaderSource';

/** How long after a plan first asks for the reader its table loads: the plan's findings are shown first. */
const LOAD_DELAY_MS = 1000;

/**
 * The learned reader of goals (src/core/smart/learnedReader.ts) for the plan store. Its table is
 * large, so it is neither loaded at activation nor on the first plan's path: the first time a plan
 * asks, the rules judge alone and the table loads a moment later, from where the host keeps it
 * (learnedReaderSource.ts); `onDidLoad` then tells the store to read its plans again. If it cannot be
 * read, the rules go on judging alone.
 */
export class LearnedReaderLoader implements vscode.Disposable {
  private loaded: LearnedReader | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private tried = false;
  private disposed = false;
  private readonly done = new vscode.EventEmitter<void>();
  readonly onDidLoad = this.done.event;

  constructor(private readonly source: LearnedReaderSource) {}

  /** The reader once loaded; until then undefined, and the first call starts the load. */
  get reader(): LearnedReader | undefined {
    if (!this.tried) {
      this.tried = true;
      this.timer = setTimeout(() => this.load(), LOAD_DELAY_MS);
    }
    return this.loaded;
  }

  private load(): void {
    this.timer = undefined;
    this.source().then(
      (reader) => {
        if (this.disposed) return;
        this.loaded = reader;
        this.done.fire();
      },
      () => undefined,
    );
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.done.dispose();
  }
}
