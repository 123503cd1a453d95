import { BARE_TITLES, FUNCTION_WORDS } from './lexicon';
import type { Word } from './words';

/** Endings of adjectives and nouns: a word with one that starts a goal is not its verb, unless known as a verb. */
export const NOUN_OR_ADJECTIVE_ENDING = /(?:ant|ent|ence|ance|ive|al|ful|ous|ic|able|ible|ary|ness|ment|tion|sion|ity|ship|ism|ist)$/;

/**
 * "Be resourceful", "become bilingual", "be responsive to patient needs": after "be", a word with an
 * adjective's ending and no noun after it is a quality of the person, not a finish line.
 */
export function isQualityByShape(words: readonly Word[], object: Word): boolean {
  const at = words.indexOf(object);
  // Right after the verb or an adverb: "get into management", "be president of…" are a place and a title.
  if (at < 1 || BARE_TITLES.has(object.lower) || !(at === 1 || /ly$/.test(words[at - 1].lower))) return false;
  return isAdjectiveByShape(object, words[at + 1]);
}

/** A word with an adjective's ending and no noun after it: "reliable", "bilingual", "resourceful". */
export function isAdjectiveByShape(word: Word, next: Word | undefined): boolean {
  if (word.proper || word.lower.length < 6 || !ADJECTIVE_ENDING.test(word.lower)) return false;
  return next === undefined || FUNCTION_WORDS.has(next.lower);
}
/** Endings of adjectives ("resourceful", "bilingual", "decisive", "fluent"). */
const ADJECTIVE_ENDING = /(?:ive|ful|ous|ic|able|ible|less|ient|ent|ant|al)$/;
