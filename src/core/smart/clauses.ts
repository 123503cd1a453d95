import type { Span } from '../document/range';
import { BARE_TITLES, CAREER_MOVES, COMPARATIVES, DELIVERABLE_VERBS, DONE_VERBS, FRAME_WORDS, FUNCTION_WORDS, GENERAL_VERBS, GENERAL_WORDS, OPEN_ENDED_VERBS, OUTCOME_VERBS, QUALITIES, VAGUE_OBJECTS, VAGUE_ROLES } from './lexicon';
import { NOUN_OR_ADJECTIVE_ENDING } from './endings';
import { VERBS_WITH_NOUN_ENDINGS } from './wordnetVerbs';
import { wordsOf, type Word } from './words';

/** One action of a goal: "Pass CompTIA Security+" and "move into a SOC analyst role" are two. */
export interface Clause {
  /** Its words, without the time expressions and the frame ("I want to", "My goal is to"). */
  readonly words: readonly Word[];
  /** The first word once the frame is gone: the action's verb in the usual imperative goal. */
  readonly verb?: Word;
  /** "As a paralegal": who is acting, not an action. Such a clause, like one left with no verb, has no `verb`. */
  readonly identity: boolean;
  /** "…by completing a course": the means of the action before it. */
  readonly means?: boolean;
  /** "…to draft a manuscript": the purpose of the action before it. */
  readonly purpose?: boolean;
  /** The clause as written, time expressions included, and where it starts in the goal. */
  readonly text: string;
  readonly start: number;
}

export const VERBS: ReadonlySet<string> = new Set([...OUTCOME_VERBS, ...OPEN_ENDED_VERBS, ...GENERAL_VERBS, ...DELIVERABLE_VERBS, ...DONE_VERBS]);
const COMMON_WORDS: readonly ReadonlySet<string>[] = [GENERAL_WORDS, QUALITIES, BARE_TITLES, CAREER_MOVES, OPEN_ENDED_VERBS, OUTCOME_VERBS, VAGUE_OBJECTS, VAGUE_ROLES];
/** "Using": a verb the word classes leave out (it says nothing of a finish line either way). */
const EXTRA_VERBS = new Set(['use']);
/** "Learn (how) to design and implement X": verbs whose object is an ability. */
const LEARNING = new Set(['learn', 'learns', 'learning', 'study', 'understand', 'know', 'practise', 'practice', 'master']);
const SUBJECT_PRONOUNS = new Set(['i', 'we']);
const SUBJECT_FRAMES = new Set(['want', 'will', 'would', 'plan', 'hope', 'aim', 'intend', 'need', 'wish', 'shall', "'ll", 'am', 'must']);
const CONJUNCTIONS = new Set(['and', 'then', 'but', 'plus', 'while', 'also']);
const HARD_BREAK = /[;:!?]|\.(?:\s|$)|\s[-–—]\s/;
/** "Ph.D", "U.S", "M.B.A": letters with full stops between them. */
const ABBREVIATION = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

const startsClause = (word: Word | undefined) => word !== undefined && (VERBS.has(word.lower) || FRAME_WORDS.has(word.lower) || verbOfGerund(word) !== undefined);
/** "…by completing a course", "…through mentoring two juniors": the means is an action of its own. */
const MEANS = new Set(['by', 'through', 'via']);
/** "After completing my degree, I will…": what is done first is an action of the goal too, read like a means. */
const FIRST_DONE = new Set(['after', 'upon', 'once']);

/**
 * Splits a goal into clauses. "and" and commas only split before a verb or a frame word, so a list
 * of nouns ("Management and Leadership") stays in its clause. Words inside `removed` spans (the time
 * expressions) are left out.
 */
export function clausesOf(text: string, removed: readonly Span[]): Clause[] {
  const all = plainCase(wordsOf(text));
  const groups: Word[][] = [[]];
  const means = new Set<Word[]>();
  const purposes = new Set<Word[]>();
  for (let i = 0; i < all.length; i++) {
    const word = all[i];
    const previous = all[i - 1];
    const between = previous ? text.slice(previous.end, word.start) : '';
    // "my Ph.D. at the University": the full stop of an abbreviation before a lower-case word ends no sentence.
    const abbreviation = ABBREVIATION.test(previous?.text ?? '') && /^\.\s+$/.test(between) && /^\p{Ll}/u.test(word.text);
    if (previous && ((HARD_BREAK.test(between) && !abbreviation) || (between.includes(',') && startsClause(word)))) groups.push([]);
    // "Be it fiction or non-fiction I want to put out a book": a subject and its frame start an action of their own.
    // Not after a subject or a setting with no action ("In my role as charge nurse I will…"): that part is read as the subject.
    else if (previous && groups.at(-1)!.length > 0 && VERBS.has(groups.at(-1)![0].lower) && SUBJECT_PRONOUNS.has(word.lower) && all[i + 1] && SUBJECT_FRAMES.has(all[i + 1].lower) && !['that', 'so', 'and', 'then', 'because', 'if', 'when', 'as'].includes(previous.lower)) groups.push([]);
    // "identify a topic … to draft a manuscript": a purpose after a noun, acting on a thing, is an action of its own.
    if (word.lower === 'to' && previous && !FRAME_WORDS.has(previous.lower) && !FUNCTION_WORDS.has(previous.lower) && !VERBS.has(previous.lower) && all[i + 1] && VERBS.has(all[i + 1].lower) && !COMPARATIVES.has(previous.lower) && /^(?:a|an|the|my|our|their|one|two|three|\d+)$/.test(all[i + 2]?.lower ?? '') && groups.at(-1)!.length > 1) {
      groups.push([]);
      purposes.add(groups.at(-1)!);
      continue;
    }
    if ((MEANS.has(word.lower) || FIRST_DONE.has(word.lower)) && all[i + 1] && verbOfGerund(all[i + 1]) !== undefined) {
      groups.push([]);
      means.add(groups.at(-1)!);
      continue;
    }
    // "Learn how to design and implement X": the second verb is still what is learnt.
    const learning = groups.at(-1)!.length >= 2 && groups.at(-1)!.at(-2)!.lower === 'to' && VERBS.has(previous?.lower ?? '') && groups.at(-1)!.some((w, k, g) => LEARNING.has(w.lower) && (g[k + 1]?.lower === 'to' || g[k + 1]?.lower === 'how'));
    if (CONJUNCTIONS.has(word.lower) && startsClause(all[i + 1]) && !FRAME_WORDS.has(all[i + 1].lower) && !learning) {
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
      const clause = toClause(kept, text.slice(start, group.at(-1)!.end), start);
      return means.has(group) ? { ...clause, means: true } : purposes.has(group) ? { ...clause, purpose: true } : clause;
    })
    .filter((clause) => clause.words.length > 0);
}

/**
 * "Expand Your Professional Network", "Become a Recognized Expert": in a goal written in Title Case
 * a capital says nothing about a name, so no word is read as one.
 */
function plainCase(words: Word[]): Word[] {
  // "I WILL BE PATIENT.", "PAINT MORE TRAVEL ILLUSTRATIONS!": a goal shouted in capitals names no one by them.
  const lettered = words.filter((word) => /\p{L}{2,}/u.test(word.text));
  if (lettered.length >= 3 && lettered.filter((word) => word.text === word.text.toUpperCase()).length >= lettered.length * 0.8) {
    return words.map((word) => (word.proper && !/\d/.test(word.text) && word.text.length > 3 ? { ...word, proper: false } : word));
  }
  const long = words.slice(1).filter((word) => /^\p{L}{3,}/u.test(word.text) && !FUNCTION_WORDS.has(word.lower));
  const capitalised = long.filter((word) => /^\p{Lu}\p{Ll}/u.test(word.text));
  // Names stay names: the capitals must be on everyday words ("Career Fields"), not only on "Google Developer Expert".
  const everyday = capitalised.filter((word) => COMMON_WORDS.some((list) => list.has(word.lower)));
  // A short heading ("Fight For Justice", "Start Networking") is title case too once its one long word is everyday and capitalised.
  const titled = long.length >= 2 || (long.length === 1 && /^\p{Lu}/u.test(words[0]?.text ?? ''));
  if (!titled || capitalised.length < long.length * 0.8 || everyday.length < Math.max(1, Math.ceil(long.length / 2))) return words;
  return words.map((word) => (word.proper && /^\p{Lu}\p{Ll}+(?:[-/'’]\p{L}\p{Ll}*)*$/u.test(word.text) ? { ...word, proper: false } : word));
}

/** "plan", "aim", "love"… are only a frame before "to" ("I plan to…"); "Plan the offsite" is an action. */
const FRAME_BEFORE_TO = new Set(['aspire', 'aspiring', 'strive', 'striving', 'endeavour', 'endeavor', 'want', 'wants', 'wish', 'hope', 'hoping', 'plan', 'planning', 'aim', 'aiming', 'intend', 'intending', 'need', 'needs', 'like', 'love', 'going', 'goal', 'goals', 'objective', 'ambition', 'ambitions', 'dream', 'dreams', 'mission', 'intention', 'target']);

/** "I aimed to", "we decided to", "I seek to": a frame in the past tense or with a verb of wanting, only before "to". */
const FRAME_VERBS_BEFORE_TO = new Set(['aimed', 'wanted', 'hoped', 'planned', 'intended', 'decided', 'chose', 'strove', 'strived', 'seek', 'seeking', 'endeavoured', 'endeavored', 'aspired', 'dreamed', 'dreamt', 'wished', 'needed', 'expect', 'expected']);
/** "I always aimed to", "I still want to": an adverb inside the frame. */
const FRAME_ADVERBS = new Set(['always', 'still', 'ever', 'long', 'truly', 'very', 'much']);

function isFrame(word: Word, next: Word | undefined): boolean {
  if (FRAME_VERBS_BEFORE_TO.has(word.lower)) return next?.lower === 'to';
  if (FRAME_ADVERBS.has(word.lower)) return next !== undefined && (FRAME_WORDS.has(next.lower) || FRAME_VERBS_BEFORE_TO.has(next.lower));
  if (!FRAME_WORDS.has(word.lower)) return false;
  return !FRAME_BEFORE_TO.has(word.lower) || next?.lower === 'to' || (next !== undefined && FRAME_WORDS.has(next.lower));
}

function toClause(words: readonly Word[], text: string, start: number): Clause {
  let first = 0;
  // "My goal is simply to become…": a frame may go on past an adverb. "Successfully defend my thesis": an adverb before the verb.
  for (let moved = true; moved; ) {
    const from = first;
    while (first < words.length && isFrame(words[first], words[first + 1])) first++;
    while (first < words.length - 1 && ADVERB.test(words[first].lower) && !VERBS.has(words[first].lower)) first++;
    moved = first > from && first < words.length - 1;
  }
  let rest = words.slice(first);
  if (rest[0]?.lower === 'as') return { words: rest, identity: true, text, start };
  const gerund = rest[0] && verbOfGerund(rest[0]);
  if (gerund) {
    const verb = { ...rest[0], lower: gerund };
    return { words: [verb, ...rest.slice(1)], verb, identity: false, text, start };
  }
  if (rest[0] && !VERBS.has(rest[0].lower)) {
    // "The library will purchase…", "Students will increase…", "One of my goals is to become…": the action follows its subject.
    const predicate = predicateAfterSubject(rest);
    if (predicate > 0) rest = rest.slice(predicate);
    // "One of my goals is starting grad school": the predicate may be a gerund.
    const predicateGerund = predicate > 0 && verbOfGerund(rest[0]);
    if (predicateGerund) {
      const verb = { ...rest[0], lower: predicateGerund };
      return { words: [verb, ...rest.slice(1)], verb, identity: false, text, start };
    }
  }
  // "By next year," once its time frame is read, leaves a preposition and no action; "Significant
  // decrease in…", "Conference presentations", "AWS networking certification": a goal written as a noun phrase has none either.
  if (rest[0] && !VERBS.has(rest[0].lower) && (FUNCTION_WORDS.has(rest[0].lower) || /^[A-Z][A-Z0-9&]{1,5}$/.test(rest[0].text) || (NOUN_OR_ADJECTIVE_ENDING.test(rest[0].lower) && !VERBS_LIKE_NOUNS.has(rest[0].lower) && !actsOnWhatFollows(rest)))) return { words: rest, identity: false, text, start };
  return { words: rest, verb: rest[0], identity: false, text, start };
}

/** What can follow a verb and not a noun that starts a goal: its object's article or possessive, a reflexive, a preposition of direction. */
const OBJECT_START = new Set(['a', 'an', 'the', 'my', 'our', 'their', 'your', 'his', 'her', 'its', 'this', 'these', 'those', 'all', 'each', 'every', 'myself', 'ourselves', 'into', 'to']);
/**
 * "Implement a triage protocol", "Transition into a data role", "Document the handover": a word
 * WordNet knows as a verb, with an object or a direction after it, is the goal's verb despite its
 * ending ("Action plan for…", "General improvement in…" stay noun phrases).
 */
function actsOnWhatFollows(words: readonly Word[]): boolean {
  return VERBS_WITH_NOUN_ENDINGS.has(words[0].lower) && OBJECT_START.has(words[1]?.lower ?? '');
}
/** Verbs with those endings: "Drive sales", "Present at a conference". */
const VERBS_LIKE_NOUNS = new Set(['drive', 'thrive', 'strive', 'receive', 'give', 'arrive', 'derive', 'survive', 'revive', 'prevent', 'present', 'represent', 'invent', 'orient', 'comment', 'segment', 'augment', 'supplement', 'experiment', 'appeal', 'reveal', 'heal', 'deal', 'seal', 'panic', 'vary', 'attend', 'spend', 'extend', 'recommend', 'intend', 'tend', 'mentor', 'signal', 'total', 'label', 'model', 'travel', 'cancel', 'channel', 'equal', 'trial', 'dial']);

const COPULAS = new Set(['is', 'was', 'are', 'were', 'include', 'includes', 'included', 'involves', 'involved']);
const GOAL_NOUNS = new Set(['goal', 'goals', 'aim', 'aims', 'plan', 'plans', 'objective', 'objectives', 'ambition', 'ambitions', 'dream', 'dreams', 'priority', 'priorities', 'focus']);
/** Words that put the action after them: a modal ("will", "should") or "is to", "aim to". */
const MODALS = new Set(['will', "'ll", 'shall', 'must', 'should', 'can', 'would', 'could', 'may', 'might']);
const ADVERB = /^\p{L}{3,}ly$/u;
/** How far into the words a subject reaches before its action: 0 when there is no subject to skip. */
function predicateAfterSubject(words: readonly Word[]): number {
  for (let i = 0; i < Math.min(words.length - 1, 10); i++) {
    const lower = words[i].lower;
    const modal = MODALS.has(lower) || /^(?:i|we|you|they|he|she|it)'ll$/.test(lower);
    const infinitive = lower === 'to' && i > 0 && (['is', 'are', 'was', 'be', 'am'].includes(words[i - 1].lower) || FRAME_WORDS.has(words[i - 1].lower));
    // "My goal is becoming…", "one of my goals included starting…": a goal named as the subject, then what it is.
    if (COPULAS.has(lower) && i > 0 && words.slice(0, i).some((word) => GOAL_NOUNS.has(word.lower)) && words[i + 1] && verbOfGerund(words[i + 1])) return i + 1;
    if (!modal && !infinitive) continue;
    // "download 3 podcasts that will help me…": a modal after a relative pronoun is in a clause about the object.
    if (modal && i > 0 && ['that', 'which', 'who'].includes(words[i - 1].lower)) return 0;
    let next = i + 1;
    while (next < words.length && ADVERB.test(words[next].lower) && !VERBS.has(words[next].lower)) next++;
    if (next < words.length && words[next].lower === 'be' && words[next + 1]?.lower === 'able' && words[next + 2]?.lower === 'to') return next;
    // "Your goal should be to read…", "a good place to start will be to publish…": the action follows "be to".
    if (modal && words[next]?.lower === 'be' && words[next + 1]?.lower === 'to' && words[next + 2] && !FUNCTION_WORDS.has(words[next + 2].lower)) return next + 2;
    if (next < words.length && !FUNCTION_WORDS.has(words[next].lower)) return next;
    if (next < words.length && VERBS.has(words[next].lower)) return next;
  }
  return 0;
}

/** Whether one of the goal's recurrences ("every week", "twice a month") stands inside the clause. */
export function recursIn(clause: Clause, recurrences: readonly Span[]): boolean {
  return recurrences.some((span) => span.start >= clause.start && span.end <= clause.start + clause.text.length);
}

/** "Acquiring", "getting", "becoming": a goal written as a gerund phrase starts with its verb. */
export function verbOfGerund(word: Word): string | undefined {
  const lower = word.lower;
  if (!lower.endsWith('ing') || lower.length < 6) return undefined;
  const stem = lower.slice(0, -3);
  for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) if (VERBS.has(candidate) || EXTRA_VERBS.has(candidate)) return candidate;
  return undefined;
}
