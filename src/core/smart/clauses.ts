import type { Span } from '../range';
import { FRAME_WORDS, FUNCTION_WORDS, GENERAL_VERBS, OPEN_ENDED_VERBS, OUTCOME_VERBS } from './lexicon';
import { wordsOf, type Word } from './words';

/** One action of a goal: "Pass CompTIA Security+" and "move into a SOC analyst role" are two. */
export interface Clause {
  /** Its words, without the time expressions and the frame ("I want to", "My goal is to"). */
  readonly words: readonly Word[];
  /** The first word once the frame is gone: the action's verb in the usual imperative goal. */
  readonly verb?: Word;
  /** "As a paralegal": who is acting, not an action. Such a clause, like one left with no verb, has no `verb`. */
  readonly identity: boolean;
  /** The clause as written, time expressions included, and where it starts in the goal. */
  readonly text: string;
  readonly start: number;
}

export const VERBS: ReadonlySet<string> = new Set([...OUTCOME_VERBS, ...OPEN_ENDED_VERBS, ...GENERAL_VERBS]);
const CONJUNCTIONS = new Set(['and', 'then', 'but', 'plus', 'while', 'also']);
const HARD_BREAK = /[;:!?]|\.(?:\s|$)|\s[-–—]\s/;

const startsClause = (word: Word | undefined) => word !== undefined && (VERBS.has(word.lower) || FRAME_WORDS.has(word.lower));

/**
 * Splits a goal into clauses. "and" and commas only split before a verb or a frame word, so a list
 * of nouns ("Management and Leadership") stays in its clause. Words inside `removed` spans (the time
 * expressions) are left out.
 */
export function clausesOf(text: string, removed: readonly Span[]): Clause[] {
  const all = wordsOf(text);
  const groups: Word[][] = [[]];
  for (let i = 0; i < all.length; i++) {
    const word = all[i];
    const previous = all[i - 1];
    const between = previous ? text.slice(previous.end, word.start) : '';
    if (previous && (HARD_BREAK.test(between) || (between.includes(',') && startsClause(word)))) groups.push([]);
    if (CONJUNCTIONS.has(word.lower) && startsClause(all[i + 1]) && !FRAME_WORDS.has(all[i + 1].lower)) {
      groups.push([]);
      continue;
    }
    groups.at(-1)!.push(word);
  }
  return groups
    .filter((group) => group.length > 0)
    .map((group) => {
      const start = group[0].start;
      const kept = group.filter((word) => !removed.some((span) => word.start < span.end && span.start < word.end));
      return toClause(kept, text.slice(start, group.at(-1)!.end), start);
    })
    .filter((clause) => clause.words.length > 0);
}

/** "plan", "aim", "love"… are only a frame before "to" ("I plan to…"); "Plan the offsite" is an action. */
const FRAME_BEFORE_TO = new Set(['want', 'wants', 'wish', 'hope', 'hoping', 'plan', 'planning', 'aim', 'aiming', 'intend', 'intending', 'need', 'needs', 'like', 'love', 'going', 'goal', 'goals', 'objective', 'ambition', 'ambitions', 'dream', 'dreams', 'mission', 'intention', 'target']);

function isFrame(word: Word, next: Word | undefined): boolean {
  if (!FRAME_WORDS.has(word.lower)) return false;
  return !FRAME_BEFORE_TO.has(word.lower) || next?.lower === 'to' || (next !== undefined && FRAME_WORDS.has(next.lower));
}

function toClause(words: readonly Word[], text: string, start: number): Clause {
  let first = 0;
  while (first < words.length && isFrame(words[first], words[first + 1])) first++;
  const rest = words.slice(first);
  if (rest[0]?.lower === 'as') return { words: rest, identity: true, text, start };
  // "By next year," once its time frame is read, leaves a preposition and no action.
  if (rest[0] && FUNCTION_WORDS.has(rest[0].lower) && !VERBS.has(rest[0].lower)) return { words: rest, identity: false, text, start };
  return { words: rest, verb: rest[0], identity: false, text, start };
}
