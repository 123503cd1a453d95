/**
 * Cuts a text into the word pieces the Universal Sentence Encoder was trained on: the most probable
 * split under its unigram vocabulary (SentencePiece), found by dynamic programming over the text's
 * code points. Written for this project to give the same pieces as TensorFlow.js's reader of the
 * same vocabulary (the encoder's own), checked against it in test/unit/sentence/sentencePieces.test.ts.
 */

/** The vocabulary as the encoder's vocab.json gives it: [piece, log probability], in id order. */
export type PieceVocabulary = readonly (readonly [string, number])[];

/** Spaces are pieces' own mark ("▁word"), and a text starts with one. */
const SPACE = '\u2581';
/** Ids below this are unknown, control and reserved symbols, never matched in text. */
const RESERVED = 6;
const UNKNOWN = 0;

export class SentencePieces {
  private readonly pieces = new Map<string, { readonly id: number; readonly score: number }>();
  private readonly longest: number;

  constructor(private readonly vocabulary: PieceVocabulary) {
    let longest = 1;
    for (let id = RESERVED; id < vocabulary.length; id++) {
      const [piece, score] = vocabulary[id];
      this.pieces.set(piece, { id, score });
      longest = Math.max(longest, [...piece].length);
    }
    this.longest = longest;
  }

  /** The ids of the text's pieces, in order; a run of characters no piece covers is one unknown. */
  encode(text: string): number[] {
    const normalized = text.normalize('NFKC');
    if (normalized.length === 0) return [];
    const symbols = [...(SPACE + normalized.replace(/ /g, SPACE))];
    // best[end]: the highest score of a split of symbols[0, end); 0 stands for none yet, as in the reference.
    const best = new Array<number>(symbols.length + 1).fill(0);
    const last = new Array<number>(symbols.length + 1).fill(UNKNOWN);
    for (let end = 1; end <= symbols.length; end++) {
      for (let start = Math.max(0, end - this.longest); start < end; start++) {
        const piece = this.pieces.get(symbols.slice(start, end).join(''));
        if (!piece) continue;
        const score = piece.score + best[start];
        if (best[end] === 0 || score >= best[end]) {
          best[end] = score;
          last[end] = piece.id;
        }
      }
    }
    const ids: number[] = [];
    for (let end = symbols.length; end > 0; end -= [...this.vocabulary[last[end]][0]].length) ids.push(last[end]);
    return ids.reverse().filter((id, index, all) => !(id === UNKNOWN && all[index - 1] === UNKNOWN));
  }
}
