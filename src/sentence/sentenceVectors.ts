import type { SentenceVectorOf } from '../core/smart/learnedReader';
import type { SentenceEncoder } from './sentenceEncoder';

/** How many vectors are kept: far more goals than a person has open, about 2 KB each. */
const KEPT = 4000;
const BATCH = 16;

/**
 * The sentence vectors of the goals the learned reader has met. The reader never waits: it asks
 * `vectorOf`, gets the vector if it is known and otherwise judges by its words alone while the
 * text is noted; `encodeWanted` then encodes what was noted, and the caller judges again.
 */
export class SentenceVectors {
  private readonly known = new Map<string, Float32Array>();
  private readonly wanted = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private encoding = false;

  constructor(private readonly encoder: SentenceEncoder) {}

  readonly vectorOf: SentenceVectorOf = (text) => {
    const vector = this.known.get(text);
    if (!vector) this.wanted.add(text);
    return vector;
  };

  /** Whether a text was asked for that is not encoded yet. */
  get hasWanted(): boolean {
    return this.wanted.size > 0;
  }

  /**
   * For the editor, after a plan was judged: `delayMs` later (typing goes on meanwhile), encodes
   * the texts asked for, then calls `encoded` if there were any. One encoding at a time.
   */
  encodeSoon(encoded: () => void, delayMs: number): void {
    if (!this.hasWanted || this.timer || this.encoding) return;
    this.timer = setTimeout(async () => {
      this.timer = undefined;
      this.encoding = true;
      const count = await this.encodeWanted().catch(() => 0);
      this.encoding = false;
      if (count > 0) encoded();
    }, delayMs);
  }

  /** Stops an encoding not started yet. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  /** Encodes the texts asked for since the last call; resolves to how many were encoded. */
  async encodeWanted(): Promise<number> {
    const texts = [...this.wanted];
    this.wanted.clear();
    for (let start = 0; start < texts.length; start += BATCH) {
      const batch = texts.slice(start, start + BATCH);
      const vectors = await this.encoder.encode(batch);
      batch.forEach((text, index) => this.known.set(text, vectors[index]));
    }
    // The oldest go first: a Map keeps the order in which texts were set.
    for (const text of this.known.keys()) {
      if (this.known.size <= KEPT) break;
      this.known.delete(text);
    }
    return texts.length;
  }
}
