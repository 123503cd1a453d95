/**
 * The learned reader's model (src/core/smart/learnedReader.ts), trained and cross-validated on
 * `dev`: shared by its measure (scripts/learned-reader-cv.ts) and its generator
 * (scripts/learned-reader.ts). Per letter, a logistic model over the rules' readings of a goal
 * (`readingsOf`) and, unless without vectors, GloVe sentence features — the mean vector of the words
 * the rules read as named, of all the goal's words, and the vector of its first verb — and which of
 * the vocabulary's words the goal uses (`presenceOf`), each with a weight of its own.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeGoal, rubricDecidesM, rubricDecidesS } from '../../src/core/smart/analyzeGoal';
import { goalWords, presenceOf, readingsOf, type RulesReading } from '../../src/core/smart/learnedReader';
import { OTHERS, type Letter, type Statement } from '../eval-smart';
import { trainLogistic, type Row, type Vocabulary } from '../glove/vectors';

export const FOLDS = 5;
const TRAINING = { epochs: 15, l2: 1e-4 };
/** The regularisation of the words' own weights, chosen by cross-validation on `dev` (scripts/learned-reader-cv.ts `--word-l2`). */
export const WORD_L2 = 1e-3;

export interface Example {
  readonly features: readonly number[];
  /** The vocabulary's words the goal uses, as [rank, value]. */
  readonly sparse: Row['sparse'];
  readonly positive: boolean;
  /** Whether the rules report the letter missing. */
  readonly rulesFlag: boolean;
  /** Whether the rules' finding rests on a rule of the rubric the reader may not overrule: a role or move with no where, a comparison with no target. */
  readonly rubricFlag: boolean;
}

/** What the rules read of a goal, as the learned reader takes it in, and whether the rubric decides a letter as the rules did. */
export function rulesReadingOf(text: string): RulesReading & { readonly rubricDecides: { readonly S: boolean; readonly M: boolean } } {
  const analysis = analyzeGoal(text);
  return {
    specific: analysis.specific.ok,
    measurable: analysis.measurable.ok,
    named: analysis.specific.ok ? analysis.specific.named : [],
    verb: analysis.actions[0]?.verb,
    rubricDecides: { S: rubricDecidesS(analysis.specific), M: rubricDecidesM(analysis.measurable) },
  };
}

export class Features {
  private readonly dimensions: number;
  constructor(
    private readonly vocabulary: Vocabulary | undefined,
    private readonly letter: Letter,
  ) {
    this.dimensions = vocabulary ? vocabulary.features(0).length - 2 : 0;
  }

  /** The word's unit vector, or none outside the vocabulary. */
  vectorOf(word: string): number[] | undefined {
    const rank = this.vocabulary?.rankOf.get(word.toLowerCase());
    return rank === undefined ? undefined : this.vocabulary!.features(rank).slice(0, this.dimensions);
  }

  /** The mean vector of the words the vocabulary holds; zeros when it holds none. */
  private meanVector(words: readonly string[]): number[] {
    const sum = new Array<number>(this.dimensions).fill(0);
    const known = words.map((word) => this.vectorOf(word)).filter((vector) => vector !== undefined);
    for (const vector of known) vector.forEach((value, d) => (sum[d] += value));
    return known.length > 0 ? sum.map((value) => value / known.length) : sum;
  }

  exampleOf(statement: Statement): Example {
    const rules = rulesReadingOf(statement.text);
    const readings = readingsOf(statement.text, rules);
    const features = this.vocabulary ? [...readings, ...this.meanVector(rules.named), ...this.meanVector(goalWords(statement.text)), ...this.meanVector(rules.verb ? [rules.verb] : [])] : readings;
    const sparse = this.vocabulary ? presenceOf(goalWords(statement.text), (word) => this.vocabulary!.rankOf.get(word)) : [];
    return { features, sparse, positive: statement.lacks.has(this.letter), rulesFlag: this.letter === 'S' ? !rules.specific : !rules.measurable, rubricFlag: rules.rubricDecides[this.letter as 'S' | 'M'] };
  }
}

/**
 * Goals lacking the letter count as much, all together, as the goals having it. Returns the weights
 * (the dense features', then one a word of the vocabulary) and the probability of an example.
 */
export function train(examples: readonly Example[], vocabularySize: number, wordL2 = WORD_L2) {
  const positives = examples.filter((example) => example.positive).length;
  const weight = (examples.length - positives) / positives;
  const { weights, probability } = trainLogistic(
    examples.map((example) => ({ features: example.features, sparse: example.sparse, positive: example.positive, weight: example.positive ? weight : 1 })),
    { ...TRAINING, sparseSize: vocabularySize, sparseL2: wordL2 },
  );
  return { weights, probability: (example: Example) => probability(example.features, example.sparse) };
}

const publisherOf = new Map(
  readFileSync(path.join(OTHERS, 'sources.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([id, , publisher]) => [id, publisher]),
);
const publisher = (statement: Statement) => publisherOf.get(statement.source ?? '') ?? statement.source ?? '';

/**
 * Each statement's probability from a model trained on the other publishers' (five folds by
 * publisher), and the number of publishers.
 */
export function crossValidate(statements: readonly Statement[], examples: readonly Example[], vocabularySize: number, wordL2 = WORD_L2): { probabilities: number[]; publishers: number } {
  const { folds, publishers } = foldsOf(statements);
  const probabilities = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const { probability } = train(
      examples.filter((_, index) => folds[index] !== fold),
      vocabularySize,
      wordL2,
    );
    examples.forEach((example, index) => {
      if (folds[index] === fold) probabilities[index] = probability(example);
    });
  }
  return { probabilities, publishers };
}

/** Each statement's fold (five, by publisher, so a publisher's goals are all in one), and the number of publishers. */
export function foldsOf(statements: readonly Statement[]): { folds: number[]; publishers: number } {
  const publishers = [...new Set(statements.map(publisher))];
  const foldOfPublisher = new Map(publishers.map((name, index) => [name, (index * 7919) % FOLDS]));
  return { folds: statements.map((statement) => foldOfPublisher.get(publisher(statement)) ?? 0), publishers: publishers.length };
}

/** The probability above which the cross-validated model flags `rate` of the goals that have the letter. */
export function thresholdAt(examples: readonly Example[], probabilities: readonly number[], rate: number): number {
  const having = probabilities.filter((_, index) => !examples[index].positive).sort((a, b) => b - a);
  return having[Math.floor(rate * having.length)];
}

/** The share of the goals having the letter that the rules flag. */
export function rulesFalseRate(examples: readonly Example[]): number {
  const having = examples.filter((example) => !example.positive);
  return having.filter((example) => example.rulesFlag).length / having.length;
}

/** The issue's own bound on false positives: where the reader may find a letter missing that the rules did not. */
export const FALSE_RATE = 0.05;

/**
 * A letter's two thresholds, as probabilities: `add`, above which the reader finds the letter
 * missing where the rules did not, where the cross-validated reader flags `FALSE_RATE` of `dev`'s
 * goals having it; `keep`, above which a finding of the rules stands, where it flags as many
 * wrongly as the rules do (or `add`, if that is lower). A finding of the rules is taken back only
 * when the reader is as sure as it was before it had two thresholds, so the rubric's plain cases keep
 * their findings.
 */
export function thresholdsOf(examples: readonly Example[], probabilities: readonly number[]): { readonly add: number; readonly keep: number } {
  const add = thresholdAt(examples, probabilities, FALSE_RATE);
  return { add, keep: Math.min(add, thresholdAt(examples, probabilities, rulesFalseRate(examples))) };
}

/** Whether the reader, with these thresholds, finds the letter missing in an example of this probability. */
export const flags = (example: Example, probability: number, thresholds: { readonly add: number; readonly keep: number }): boolean =>
  example.rubricFlag || probability > (example.rulesFlag ? thresholds.keep : thresholds.add);

/** English statements with the letter not marked ambiguous. */
export const judged = (statements: readonly Statement[], letter: Letter) => statements.filter((statement) => statement.lang === 'en' && !statement.ambiguous.has(letter));
