import * as vscode from 'vscode';
import type { LearnedReader } from '../../core/smart/learnedReader';
import type { SentenceVectors } from '../../sentence/sentenceVectors';
import type { LearnedReaderSource, SentenceSource } from './learnedReaderSource';

/** How long after a plan first asks for the reader its table loads: the plan's findings are shown first. */
const LOAD_DELAY_MS = 1000;
/** How long after an open plan was judged the goals it asked about are encoded: typing goes on meanwhile. */
const ENCODE_DELAY_MS = 400;

/**
 * The learned reader of goals (src/core/smart/learnedReader.ts) for the plan store. Its table is
 * large, so it is neither loaded at activation nor on the first plan's path: the first time a plan
 * asks, the rules judge alone and the table loads a moment later, from where the host keeps it
 * (learnedReaderSource.ts); `onDidLoad` then tells the store to read its plans again. If it cannot be
 * read, the rules go on judging alone.
 *
 * Where the host has a sentence encoder (the Node host), open plans get a second reader that also
 * weighs each goal's sentence vector. It never waits for one: a goal not encoded yet is judged by its
 * words, noted, encoded a moment later, and `onDidEncode` tells the store to judge its open plans
 * again. Plans on disk are judged by words alone, so a workspace scan encodes nothing. The setting
 * careerPlan.lint.readSentences turns this off.
 */
export class LearnedReaderLoader implements vscode.Disposable {
  private loaded: LearnedReader | undefined;
  private loadedForOpen: LearnedReader | undefined;
  private sentences: SentenceVectors | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private tried = false;
  private sentencesTried = false;
  private disposed = false;
  private readonly done = new vscode.EventEmitter<void>();
  private readonly encoded = new vscode.EventEmitter<void>();
  readonly onDidLoad = this.done.event;
  readonly onDidEncode = this.encoded.event;

  constructor(
    private readonly source: LearnedReaderSource,
    private readonly sentenceSource?: SentenceSource,
  ) {}

  /** The reader once loaded; until then undefined, and the first call starts the load. */
  get reader(): LearnedReader | undefined {
    if (!this.tried) {
      this.tried = true;
      this.timer = setTimeout(() => this.load(), LOAD_DELAY_MS);
    }
    return this.loaded;
  }

  /**
   * The reader for an open plan: with sentence vectors once the encoder has loaded, else `reader`.
   * With careerPlan.lint.readSentences off (`readSentences`), `reader`, and the encoder is not loaded.
   */
  readerForOpen(readSentences: boolean): LearnedReader | undefined {
    if (!readSentences) return this.reader;
    if (this.loaded && !this.sentencesTried) this.loadSentences();
    return this.loadedForOpen ?? this.reader;
  }

  /** After an open plan was judged: encodes, a moment later, the goals its reader asked about. */
  judgedOpen(): void {
    this.sentences?.encodeSoon(() => this.disposed || this.encoded.fire(), ENCODE_DELAY_MS);
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

  /** After the table, once an open plan asks: the encoder, if the host has one. If it cannot load, open plans keep the reader of words. */
  private loadSentences(): void {
    this.sentencesTried = true;
    this.sentenceSource?.()
      .then((sentences) => {
        if (this.disposed || !this.loaded) return;
        this.sentences = sentences;
        this.loadedForOpen = this.loaded.withSentences(sentences.vectorOf);
        // Only open plans are judged with it: plans on disk need not be read again.
        this.encoded.fire();
      })
      .catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.sentences?.dispose();
    this.done.dispose();
    this.encoded.dispose();
  }
}
