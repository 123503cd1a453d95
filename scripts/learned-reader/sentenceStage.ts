/**
 * The learned reader's second stage (idea 20, docs/smart-ideas-written-down.md): per letter, a
 * logistic model over the first stage's score (a logit) and the goal's sentence vector. It is
 * trained on the first stage's cross-validated scores, never on the scores of a model that saw the
 * goal, so it learns how far to trust the first stage on goals it has not met.
 */
import type { SentenceWeights } from '../../src/core/smart/learnedReader';
import { trainLogistic } from '../glove/vectors';
import { FOLDS, type Example } from './model';

const TRAINING = { epochs: 15, l2: 1e-4 };

export interface StageInput {
  readonly example: Example;
  /** The first stage's score, as a logit. */
  readonly score: number;
  readonly vector: ArrayLike<number>;
}

const featuresOf = ({ score, vector }: StageInput) => [1, score, ...Array.from(vector)];

/** The second stage trained on these goals: its weights, and the probability it gives a goal. */
export function trainSentenceStage(inputs: readonly StageInput[]) {
  const positives = inputs.filter((input) => input.example.positive).length;
  const weight = (inputs.length - positives) / positives;
  const { weights, probability } = trainLogistic(
    inputs.map((input) => ({ features: featuresOf(input), positive: input.example.positive, weight: input.example.positive ? weight : 1 })),
    TRAINING,
  );
  const [bias, score, ...vector] = weights;
  return { weights: { bias, score, vector } as Omit<SentenceWeights, 'threshold' | 'keep'>, probability: (input: StageInput) => probability(featuresOf(input)) };
}

/** Each goal's probability from a second stage trained on the other folds. */
export function crossValidateSentenceStage(inputs: readonly StageInput[], folds: readonly number[]): number[] {
  const probabilities = new Array<number>(inputs.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const { probability } = trainSentenceStage(inputs.filter((_, index) => folds[index] !== fold));
    inputs.forEach((input, index) => {
      if (folds[index] === fold) probabilities[index] = probability(input);
    });
  }
  return probabilities;
}
