/**
 * The learned reader: a second opinion on whether a goal is specific and measurable, learnt from
 * other people's goals and their labels (scripts/learned-reader.ts; measured in
 * docs/smart-accuracy.md). For each letter it weighs the rules' own readings of the goal with the
 * scores of its words — a logistic model over the words' GloVe vectors, which, being linear in
 * their mean, comes down to three numbers per word: as a word the rules read as named, as any word
 * of the goal, and as its first verb — and with a fourth number per word, learnt for the word
 * itself, for its being in the goal at all. Only those numbers ship, in a table, never the vectors.
 * Where a goal's sentence vector is at hand (the Universal Sentence Encoder, src/sentence/, run
 * outside the core), a second stage per letter weighs it with that score: word order then counts.
 */
import { FUNCTION_WORDS } from './lexicon';

/** What the generator writes: the vocabulary, its words' scores, and each letter's weights. */
export interface LearnedReaderTable {
  /** The vocabulary, commonest first, separated by spaces. */
  readonly words: string;
  /**
   * Per word, eight characters of `ALPHABET`, each a score's six bits: S as named, S as a word, S as
   * the verb, S for being used, then the same for M.
   */
  readonly scores: string;
  /** What each of the eight scores is multiplied by. */
  readonly scales: readonly number[];
  readonly S: LetterWeights;
  readonly M: LetterWeights;
}

interface LetterWeights {
  /** The weights of `readingsOf`'s values, in its order. */
  readonly readings: readonly number[];
  /** The score above which the goal lacks the letter where the rules found it (a logit). */
  readonly threshold: number;
  /** Where the rules found it missing, the score above which it still lacks it: the reader takes the rules' finding back less readily than it adds one. */
  readonly keep: number;
  /** The second stage, for a goal whose sentence vector is known: it replaces the score and both thresholds. */
  readonly sentence?: SentenceWeights;
}

/** A logistic model over the first stage's score and the goal's sentence vector. */
export interface SentenceWeights {
  readonly bias: number;
  /** What the first stage's score is multiplied by. */
  readonly score: number;
  /** One weight a dimension of the sentence vector. */
  readonly vector: readonly number[];
  readonly threshold: number;
  readonly keep: number;
}

/** A goal's sentence vector, when it has been computed (src/sentence/sentenceVectors.ts); the reader never waits for one. */
export type SentenceVectorOf = (text: string) => ArrayLike<number> | undefined;

/** What the rules read of a goal, as the learned reader takes it in. */
export interface RulesReading {
  readonly specific: boolean;
  readonly measurable: boolean;
  /** The words the S check read as naming the goal's subject. */
  readonly named: readonly string[];
  /** The main verb of the first action, lower case. */
  readonly verb: string | undefined;
}

export interface LearnedVerdict {
  readonly lacking: boolean;
  /** The goal's words that weigh most towards lacking the letter, in the goal's order: what a finding quotes. */
  readonly words: readonly string[];
  /** Where the first of `words` stands in the goal's text; the whole text when none is quoted. */
  readonly start: number;
  readonly end: number;
}

export interface LearnedReader {
  judge(text: string, rules: RulesReading): { readonly S: LearnedVerdict; readonly M: LearnedVerdict };
  /** The same reader, its table read once, judging with its second stage where `vectorOf` gives a goal's vector. */
  withSentences(vectorOf: SentenceVectorOf): LearnedReader;
}

const GOAL_WORD = /\p{L}[\p{L}'’-]*/gu;

/** The goal's words as the reader was trained on them. */
export const goalWords = (text: string): string[] => text.match(GOAL_WORD) ?? [];

/**
 * The rules' readings, in the order of `LetterWeights.readings`: a constant, the two verdicts, what
 * was named, a digit, the length (`words`: the goal's words, when the caller has them).
 */
export function readingsOf(text: string, rules: RulesReading, words: readonly string[] = goalWords(text)): number[] {
  return [
    1,
    rules.specific ? 0 : 1,
    rules.measurable ? 0 : 1,
    Math.log1p(rules.named.length),
    rules.named.some((word) => /^\p{Lu}/u.test(word)) ? 1 : 0,
    /\d/.test(text) ? 1 : 0,
    Math.log1p(words.length) / 3,
  ];
}

/**
 * Which words the goal uses, as the reader weighs them: each distinct lower-case word that `rankOf`
 * knows, as [its rank, 1/sqrt(the number of the goal's distinct words)], so a long goal's words
 * weigh no more, all together, than a short one's.
 */
export function presenceOf(words: readonly string[], rankOf: (word: string) => number | undefined): [number, number][] {
  const distinct = new Set(words.map((word) => word.toLowerCase()));
  const value = 1 / Math.sqrt(Math.max(distinct.size, 1));
  return [...distinct].map((word) => rankOf(word)).filter((rank) => rank !== undefined).map((rank) => [rank, value]);
}

/** A score is its character's place here less 32: from -32 to 31, one character each, which JSON keeps as it is. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A letter's four columns of word scores, in this order. */
const NAMED = 0;
const WORD = 1;
const VERB = 2;
const USED = 3;
/** Columns a letter has, and in all: S's, then M's. */
const PER_LETTER = 4;
export const COLUMNS = 2 * PER_LETTER;
/** How many words a finding quotes at most. */
const QUOTED = 3;

/** The second stage's score, from the first stage's and the sentence vector. */
export const sentenceScore = (weights: SentenceWeights, score: number, vector: ArrayLike<number>): number => {
  let total = weights.bias + weights.score * score;
  for (let d = 0; d < weights.vector.length; d++) total += weights.vector[d] * vector[d];
  return total;
};

/** The reader a table describes: the same table, the same verdicts (by words alone until `withSentences`). */
export function learnedReaderOf(table: LearnedReaderTable): LearnedReader {
  const rankOf = new Map(table.words.split(' ').map((word, rank) => [word, rank]));
  const place = new Map([...ALPHABET].map((char, index) => [char, index - 32]));
  const score = (rank: number, column: number) => place.get(table.scores[rank * COLUMNS + column])! * table.scales[column];

  /** The goal's words once, with where each stands, for both letters. */
  function read(text: string, rules: RulesReading) {
    const words = [...text.matchAll(GOAL_WORD)];
    const readings = readingsOf(text, rules, words.map((match) => match[0]));
    const known = words.map((match) => ({ word: match[0], start: match.index, rank: rankOf.get(match[0].toLowerCase()) })).filter((entry): entry is { word: string; start: number; rank: number } => entry.rank !== undefined);
    const named = rules.named.map((word) => rankOf.get(word.toLowerCase())).filter((rank) => rank !== undefined);
    const verb = rules.verb === undefined ? undefined : rankOf.get(rules.verb);
    const used = new Map(presenceOf(words.map((match) => match[0]), (word) => rankOf.get(word)));
    return { text, readings, known, named, verb, used };
  }

  function judgeLetter(letter: 0 | 1, weights: LetterWeights, rulesLacking: boolean, { text, readings, known, named, verb, used }: ReturnType<typeof read>, vectorOf?: SentenceVectorOf): LearnedVerdict {
    const column = letter * PER_LETTER;
    // How much each word adds: its share of the mean over the goal's words, and of the mean over the named words, and its being used.
    const namedShare = new Map<number, number>();
    for (const rank of named) namedShare.set(rank, (namedShare.get(rank) ?? 0) + score(rank, column + NAMED) / named.length);
    const usedWeight = (rank: number) => score(rank, column + USED) * (used.get(rank) ?? 0);
    const weight = (rank: number) => score(rank, column + WORD) / known.length + (namedShare.get(rank) ?? 0) + (rank === verb ? score(rank, column + VERB) : 0) + usedWeight(rank);
    const total =
      readings.reduce((sum, value, index) => sum + value * weights.readings[index], 0) +
      known.reduce((sum, { rank }) => sum + score(rank, column + WORD) / known.length, 0) +
      [...namedShare.values()].reduce((sum, value) => sum + value, 0) +
      (verb === undefined ? 0 : score(verb, column + VERB)) +
      [...used.keys()].reduce((sum, rank) => sum + usedWeight(rank), 0);
    const whole = { start: 0, end: text.length };
    const second = weights.sentence;
    const vector = second && vectorOf?.(text);
    const stage = vector ? { ...second, total: sentenceScore(second, total, vector) } : { ...weights, total };
    if (stage.total <= (rulesLacking ? stage.keep : stage.threshold)) return { lacking: false, words: [], ...whole };
    const heaviest = known
      .filter(({ word }) => !FUNCTION_WORDS.has(word.toLowerCase()))
      .map((entry) => ({ ...entry, weight: weight(entry.rank) }))
      .filter((entry) => entry.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .filter((entry, index, all) => all.findIndex((other) => other.rank === entry.rank) === index)
      .slice(0, QUOTED)
      .sort((a, b) => a.start - b.start);
    const first = heaviest[0];
    return { lacking: true, words: heaviest.map(({ word }) => word), ...(first ? { start: first.start, end: first.start + first.word.length } : whole) };
  }

  const readerWith = (vectorOf?: SentenceVectorOf): LearnedReader => ({
    judge: (text, rules) => {
      const reading = read(text, rules);
      return { S: judgeLetter(0, table.S, !rules.specific, reading, vectorOf), M: judgeLetter(1, table.M, !rules.measurable, reading, vectorOf) };
    },
    withSentences: readerWith,
  });
  return readerWith();
}
