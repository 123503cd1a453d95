import type { Clause } from './clauses';
import {
  AMOUNT_NOUNS,
  COMPARATIVES,
  CREDENTIALS,
  FUNCTION_WORDS,
  LEVEL_CODE,
  NUMBER_WORDS,
  OPEN_ENDED_VERBS,
  OUTCOME_PARTICIPLES,
  QUALITIES,
  QUANTIFIERS,
  VAGUE_IDIOMS,
  VAGUE_OBJECTS,
} from './lexicon';
import type { Word } from './words';

export type MeasurableJudgement =
  | { readonly ok: true }
  /** `words`: what keeps the goal open-ended ("more", "learn"), to name in the message. */
  | { readonly ok: false; readonly start: number; readonly end: number; readonly words: readonly string[] };

type Verdict = { readonly measurable: true } | { readonly measurable: false; readonly because: readonly Word[] };

/** Prepositions that start an adjunct: a comparative after one describes the setting, not the goal. */
const ADJUNCT = new Set(['with', 'for', 'at', 'in', 'on', 'to', 'by', 'from', 'through', 'into', 'about', 'than', 'across', 'within', 'without', 'via']);
const BE = new Set(['be', 'become', 'feel', 'stay', 'remain', 'seem', 'get']);
/** Verbs whose object decides: "find a job" ends, "find my passion" does not. */
const OBJECT_VERBS = new Set(['get', 'find', 'land', 'win', 'earn', 'secure', 'obtain', 'receive', 'make', 'do', 'have', 'take', 'go', 'reach', 'start', 'give', 'achieve', 'build', 'create']);
/** "Be paid what I'm worth", "be taken seriously": states without a line to cross. */
const VAGUE_PARTICIPLES = new Set(['paid', 'known', 'seen', 'heard', 'noticed', 'valued', 'appreciated', 'respected', 'recognised', 'recognized', 'liked', 'trusted', 'taken', 'considered', 'treated', 'involved', 'organised', 'organized', 'motivated', 'inspired']);
const SKIPPABLE = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'own', 'new', 'first', 'second', 'next', 'very', 'really', 'some', 'up', 'out', 'on', 'off', 'of', 'back', 'into', 'over']);

/**
 * A goal is measurable when one of its clauses has a finish line: an amount (a number, a
 * percentage, money), a credential or level, a title to hold, or an outcome that happens or not
 * (ship, pass, get hired). It is not when every clause is open-ended: a comparison with no target
 * ("more", "better"), an activity with no end ("learn", "explore", "work on"), or a quality ("be
 * more confident").
 */
export function judgeMeasurable(clauses: readonly Clause[]): MeasurableJudgement {
  const open: Word[] = [];
  let first: Clause | undefined;
  for (const clause of clauses) {
    if (clause.identity || !clause.verb) continue;
    const verdict = judgeClause(clause);
    if (verdict.measurable) return { ok: true };
    first ??= clause;
    open.push(...verdict.because);
  }
  if (!first) return { ok: false, start: 0, end: 0, words: [] };
  const marks = open.length > 0 ? open : [first.verb!];
  return { ok: false, start: marks[0].start, end: marks[0].end, words: [...new Set(marks.map((word) => word.text))] };
}

function judgeClause(clause: Clause): Verdict {
  const words = clause.words;
  const verb = clause.verb!;
  if (words.some(isNumber)) return { measurable: true };
  const idiom = VAGUE_IDIOMS.exec(clause.text);
  if (idiom) {
    const inside = words.filter((word) => word.start >= clause.start + idiom.index && word.end <= clause.start + idiom.index + idiom[0].length);
    // "my Best Interests Assessor training" is a name, not "my best".
    if (inside.length > 0 && !inside.some((word) => word.proper)) return { measurable: false, because: inside };
  }
  // "Sell more licences", "get more certifications": the comparison, not the noun, decides.
  const compared = comparisons(words, COMPARATIVES);
  if (compared.length > 0) return { measurable: false, because: compared };
  if (words.some(isCredential)) return { measurable: true };
  const vague = comparisons(words, QUANTIFIERS);
  if (vague.length > 0) return { measurable: false, because: vague };
  if (OPEN_ENDED_VERBS.has(verb.lower)) return { measurable: false, because: [verb] };

  const object = headOf(words);
  if (BE.has(verb.lower)) {
    if (!object) return { measurable: false, because: [verb] };
    if (OUTCOME_PARTICIPLES.has(object.lower)) return { measurable: true };
    if (QUALITIES.has(object.lower) || VAGUE_PARTICIPLES.has(object.lower) || VAGUE_OBJECTS.has(object.lower) || VAGUE_OBJECTS.has(nounOf(words, object).lower)) return { measurable: false, because: [object] };
    return { measurable: true };
  }
  if (OBJECT_VERBS.has(verb.lower) && object) {
    const noun = nounOf(words, object);
    if (VAGUE_OBJECTS.has(noun.lower) || VAGUE_OBJECTS.has(object.lower) || QUALITIES.has(object.lower) || QUALITIES.has(noun.lower)) return { measurable: false, because: [noun] };
    if (AMOUNT_NOUNS.has(noun.lower)) return { measurable: false, because: [noun] };
  }
  return { measurable: true };
}

/** A number, an amount, a percentage or a level code: "3", "two", "two-chair", "80%", "$10k", "L6", "B2". */
function isNumber(word: Word): boolean {
  return /\d/.test(word.lower) || word.lower.split('-').some((part) => NUMBER_WORDS.has(part));
}

/** A credential: "PMP", "certified", "NASM-certified", "licence", "exam". */
function isCredential(word: Word): boolean {
  return word.lower.split('-').some((part) => CREDENTIALS.has(part)) || LEVEL_CODE.test(word.lower);
}

/** Comparisons with no target, before any adjunct: "sell *more* licences", "make the API *more* reliable". */
function comparisons(words: readonly Word[], vocabulary: ReadonlySet<string>): Word[] {
  const found: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (i > 0 && ADJUNCT.has(word.lower)) break;
    if (!word.proper && vocabulary.has(word.lower)) found.push(word);
  }
  return found;
}

/** The first word after the verb that is not an article, possessive or particle. */
function headOf(words: readonly Word[]): Word | undefined {
  return words.slice(1).find((word) => !SKIPPABLE.has(word.lower));
}

/** The noun an object phrase ends on: "a fresh *start*", "my *name* out there", "a role *model*". */
function nounOf(words: readonly Word[], head: Word): Word {
  let index = words.indexOf(head);
  while (index + 1 < words.length && !FUNCTION_WORDS.has(words[index + 1].lower)) index++;
  return words[index];
}
