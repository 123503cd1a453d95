/**
 * Estimates a choice about the GloVe everyday words (scripts/glove-general-words.ts) on `dev` alone:
 * `dev` is split in two by publisher (odd and even source ids); the classifier learns from one half,
 * with the words the lists learnt from the other half taken out of them (eval-smart-unseen.ts), and
 * the other half is scored with the words it chose at each threshold. `test` and `holdout` are never
 * read. One half a process, since taking words out of the lists lasts as long as the process:
 *
 *   npx tsx scripts/glove-split-half.ts --held odd|even [--thresholds 0.5,0.6,0.7]
 */
import * as lexicon from '../src/core/smart/lexicon';
import { evaluate, falsePositiveRateOf, loadOthers, recallOf, type Score } from './eval-smart';
import { forgetWordsLearntFrom } from './eval-smart-unseen';
import { generalWords, learnGeneralWords } from './glove-general-words';
import { loadVocabulary } from './glove/vectors';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const heldOdd = argument('--held', 'odd') === 'odd';
const thresholds = argument('--thresholds', '0.5,0.6,0.7,0.8').split(',').map(Number);

const dev = loadOthers('dev').filter((statement) => statement.lang === 'en');
const isOdd = (source = '') => Number(source.slice(1)) % 2 === 1;
const held = dev.filter((statement) => isOdd(statement.source) === heldOdd);
const trainedOn = dev.filter((statement) => isOdd(statement.source) !== heldOdd);

forgetWordsLearntFrom(held.map((statement) => statement.text));
const model = learnGeneralWords(trainedOn, loadVocabulary(30_000));
const glove = lexicon.GLOVE_GENERAL_WORDS as Set<string>;
const figure = (score: Score) => `${(100 * recallOf(score)).toFixed(1)} % (${score.caught}/${score.lacking}) / ${(100 * falsePositiveRateOf(score)).toFixed(1)} % (${score.flaggedWrongly}/${score.having})`;
process.stdout.write(`held out: ${heldOdd ? 'odd' : 'even'} sources, ${held.length} statements; learnt from ${trainedOn.length}\n`);
for (const threshold of [Number.POSITIVE_INFINITY, ...thresholds]) {
  glove.clear();
  if (Number.isFinite(threshold)) for (const word of generalWords(model, threshold)) glove.add(word);
  const scores = evaluate(held);
  process.stdout.write(`${Number.isFinite(threshold) ? `threshold ${threshold}` : 'no GloVe words'} (${glove.size} words): S ${figure(scores.letters.S)}, vague ${figure(scores.vague)}\n`);
}
