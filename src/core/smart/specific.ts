import { recursIn, VERBS, type Clause } from './clauses';
import type { Span } from '../document/range';
import { BARE_TITLES, CAREER_MOVES, CHANGE_VERBS, COMPARATIVES, DELIVERABLES, FUNCTION_WORDS, GENERAL_VERBS, GENERAL_WORDS, GLOVE_GENERAL_WORDS, LEVEL_CODE, NUMBER_WORDS, OPEN_ENDED_VERBS, QUALITIES, VAGUE_OBJECTS } from './lexicon';
import { isQualityByShape } from './endings';
import { WORDNET_QUALITIES } from './wordnetQualities';
import { WORDNET_THINGS } from './wordnetThings';
import type { Word } from './words';

export type SpecificJudgement =
  /** `named`: the words read as naming the goal's subject ("system design interviews", "$75,000"); empty when not English. */
  | { readonly ok: true; readonly named: readonly string[] }
  /**
   * `vague`: nothing concrete (`words` are its vague phrases); `role`: a title or level with no
   * where; `move`: a career move with no what or where (`words` are the role or move words);
   * `learned`: the learned reader's verdict where the rules found something named (`words` weighed most).
   */
  | { readonly ok: false; readonly kind: 'vague' | 'role' | 'move' | 'learned'; readonly start: number; readonly end: number; readonly words: readonly string[] };

/** Adverbs in -ly that do name something. */
const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'italy', 'july', 'reply', 'ally', 'rally', 'anomaly', 'monopoly', 'bully', 'jelly', 'belly', 'lily', 'emily', 'sally', 'holly', 'fly', 'apply']);
/** Verbs after which "as a developer" says who grows, not what. */
const GROWTH_VERBS = new Set(['grow', 'improve', 'develop', 'progress', 'mature', 'evolve', 'succeed', 'thrive', 'excel', 'advance', 'level', 'get']);
const BE = new Set(['be', 'become', 'feel', 'stay', 'remain', 'seem']);
const PRONOUN_THINGS = new Set(['something', 'anything', 'nothing', 'somewhere', 'anywhere', 'everything']);
/** Places that only name somewhere when someone's: "at my school" is a where, "back to school" is not. */
const PLACES = new Set(['school', 'university', 'uni', 'college', 'work', 'home', 'office', 'abroad']);
const DETERMINERS = new Set(['my', 'our', 'the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'your']);
const MOVE_VERBS_WITHOUT_TITLE = new Set(['promoted', 'promotion', 'promotions']);

/**
 * A goal is specific when, once its verbs, function words, time frames and the general words of
 * working life are set aside, a subject of its own is left: a skill, a deliverable, a team, an
 * organisation, a field. "Get better at my job" leaves nothing; "Get better at system design
 * interviews" leaves "system design interviews".
 */
export function judgeSpecific(clauses: readonly Clause[], recurrences: readonly Span[] = []): SpecificJudgement {
  // An amount of money or a percentage names its target, wherever it stands: "earn $75,000", "retain 95% of
  // clients", "65% of drivers will have access…".
  const money = clauses.map((clause) => MONEY_OR_SHARE.exec(clause.text)?.[0]).find((found) => found !== undefined);
  if (money) return { ok: true, named: [money] };
  const amounts = clauses.flatMap((clause) => clause.words.filter((word, i) => isAmount(clause, word, clause.words[i + 1])));
  if (amounts.length > 0) return { ok: true, named: amounts.map((word) => word.text) };
  const counted = clauses.flatMap((clause) => countedThings(clause.words));
  if (counted.length > 0) return { ok: true, named: counted.map((word) => word.text) };
  // Each clause's held occupation and identity words are read once: the subject words leave them out, the role check below reads them.
  const heldIn = new Map(clauses.map((clause) => [clause, heldRoles(clause)]));
  const identityIn = new Map(clauses.map((clause) => [clause, identityWords(clause)]));
  const named = clauses.flatMap((clause) => contentWords(clause, heldIn.get(clause)!, identityIn.get(clause)!));
  if (named.length > 0) return { ok: true, named: named.map((word) => word.text) };
  const habit = clauses.find((clause) => isHabit(clause, recurrences));
  if (habit) return { ok: true, named: [habit.verb!.text] };

  const judged = clauses.filter((clause) => !clause.identity);
  for (const clause of judged) {
    const quality = clause.words.some((word) => !word.proper && (COMPARATIVES.has(word.lower) || QUALITIES.has(word.lower)));
    const identity = identityIn.get(clause)!;
    // "time management skills", "leadership skills": a skill named after a role is not a role.
    const asSkill = (index: number) => DISCIPLINES.has(clause.words[index].lower) && (SOFT_QUALIFIERS.has(clause.words[index - 1]?.lower ?? '') || /^skills?$/.test(clause.words[index + 1]?.lower ?? ''));
    const held = heldIn.get(clause)!;
    const roles = clause.words.filter((word, index) => !identity.has(word) && word !== clause.verb && (isRoleWord(word) || held.has(word)) && !asSkill(index));
    if (quality || roles.length === 0) continue;
    const kind = roles.some((word) => CAREER_MOVES.has(word.lower) && !BARE_TITLES.has(word.lower)) ? 'move' : 'role';
    const from = clause.verb && clause.verb.start < roles[0].start ? clause.verb : roles[0];
    return { ok: false, kind, start: from.start, end: roles.at(-1)!.end, words: roles.map((word) => word.text) };
  }
  const clause = judged[0] ?? clauses[0];
  if (!clause) return { ok: false, kind: 'vague', start: 0, end: 0, words: [] };
  return { ok: false, kind: 'vague', start: clause.words[0].start, end: clause.words.at(-1)!.end, words: vaguePhrases(clause.words) };
}

/** Activities a person can take up as a habit although the lists call them open-ended: "read a book each month", "blog weekly". */
const HABITS = new Set(['read', 'write', 'blog', 'post', 'publish', 'journal', 'vlog', 'stream', 'upload', 'tweet', 'sketch', 'draw', 'paint', 'run', 'walk', 'swim', 'exercise', 'train', 'meditate', 'cook', 'bake', 'play', 'call', 'meet']);

/**
 * "Read a novel each month", "blog twice a week", "cycle to work on Fridays": a concrete activity
 * kept on a cadence names what to do. Not a general or open-ended one ("learn something new every day",
 * "be creative every night"), nor one aimed at a vague thing ("save money each month").
 */
function isHabit(clause: Clause, recurrences: readonly Span[]): boolean {
  const verb = clause.verb?.lower;
  if (!verb || clause.identity || !recursIn(clause, recurrences)) return false;
  if (NUMBER_WORDS.has(verb) || GENERAL_VERBS.has(verb) || CHANGE_VERBS.has(verb) || (OPEN_ENDED_VERBS.has(verb) && !HABITS.has(verb))) return false;
  return !clause.words.slice(1).some((word) => VAGUE_FILLERS.has(word.lower) || VAGUE_OBJECTS.has(word.lower) || QUALITIES.has(word.lower) || COMPARATIVES.has(word.lower) || /^(?:little|bit|goals?|skills?|actions?|steps?|money|time)$/.test(word.lower));
}

/** Money or a percentage, however written: "$75,000", "100k", "95%", "10 %", "20 percent", "5 per cent". */
const MONEY_OR_SHARE = /[$£€¥]\s?\d[\d.,]*\s?[kKmM]?|\b\d[\d.,]*(?:k\b|\s?(?:%|percent\b|per cent\b))/i;

/** Other amounts that name what a goal is about: a distance or a weight, the amount a change reaches. */
function isAmount(clause: Clause, word: Word, next: Word | undefined): boolean {
  // "run a mile a day", "walk 10,000 steps", "lose 10 kg": a distance or a weight is an amount.
  if (/^(?:a|one|\d[\d.,]*)$/i.test(word.text) && /^(?:miles?|km|kilomet(?:re|er)s?|steps|pounds|lbs|kg|kilos?)$/.test(next?.lower ?? '')) return true;
  if (!/^\d[\d.,]*$/.test(word.text)) return false;
  // "increase clients from 20 to 30", "reduce falls to 2 a month": an amount a change reaches names it.
  return CHANGE_VERBS.has(clause.verb?.lower ?? '') && /^(?:by|to|from)$/.test(previousWord(clause, word)?.lower ?? '');
}

/** "one book a week": a count of one says something only with a cadence after it. */
const CADENCE_WORDS = new Set(['a', 'per', 'each', 'every']);

const previousWord = (clause: Clause, word: Word) => clause.words[clause.words.indexOf(word) - 1];

/** Units and fillers a count can be of without naming anything: "2 small things", "3 times", "5 years". */
const NOT_COUNTED_THINGS = /^(?:things?|stuff|ways?|goals?|ones?|more|percent|per|of|minutes?|hours?|days?|weeks?|months?|years?|quarters?|levels?|areas?|points?|places?|x)$/;

/**
 * "Read 40 books", "generate 500 leads", "create 2 open source projects": a count says what is made or
 * done, so the counted noun names it. A count of things, times or years does not ("2 small things").
 */
function countedThings(words: readonly Word[]): Word[] {
  for (let i = 0; i < words.length - 1; i++) {
    const count = words[i];
    if (!/^\d[\d,.]*\+?$|^\d+[-–]\d+$/.test(count.lower) && !(NUMBER_WORDS.has(count.lower) && count.lower !== 'half' && (count.lower !== 'one' || CADENCE_WORDS.has(words[i + 3]?.lower ?? '')))) continue;
    // Past "more" and one describing word: "15 more customers", "2 open source projects", "3 small things".
    let at = i + 1;
    while (at < words.length - 1 && /^(?:more|additional|extra|new)$/.test(words[at].lower)) at++;
    while (at < i + 3 && at < words.length - 1 && !FUNCTION_WORDS.has(words[at].lower) && !NOT_COUNTED_THINGS.test(words[at].lower) && !/s$/.test(words[at].lower)) at++;
    const thing = words[at];
    if (!/^\p{L}{3,}s$/u.test(thing.lower) || NOT_COUNTED_THINGS.test(thing.lower) || FUNCTION_WORDS.has(thing.lower) || VAGUE_FILLERS.has(thing.lower)) continue;
    return [count, thing];
  }
  return [];
}

/** Function words that belong in the quote: "new things", "something". */
const VAGUE_FILLERS = new Set(['something', 'anything', 'everything', 'nothing', 'thing', 'things', 'stuff', 'new', 'own', 'lot', 'lots', 'some', 'all']);

/**
 * The runs of words between function words, "get better" and "job" in "get better at my job", leaving
 * out a bare "be" or "get". A run also ends where the goal puts more than a space between two words
 * (a comma, a bracket, a time frame set aside), so each quote is words the goal writes together.
 */
function vaguePhrases(words: readonly Word[]): string[] {
  const runs: Word[][] = [[]];
  for (const word of words) {
    const run = runs.at(-1)!;
    if (FUNCTION_WORDS.has(word.lower) && !GENERAL_VERBS.has(word.lower) && !VAGUE_FILLERS.has(word.lower)) {
      if (run.length > 0) runs.push([]);
    } else if (run.length > 0 && word.start - run.at(-1)!.end > 1) {
      runs.push([word]);
    } else {
      run.push(word);
    }
  }
  const phrases = runs.filter((run) => run.length > 0 && !(run.length === 1 && GENERAL_VERBS.has(run[0].lower)));
  return (phrases.length > 0 ? phrases : [words]).map((run) => run.map((word) => word.text).join(' '));
}

/** "time management", "people leadership": soft skills every job asks for, not a discipline of its own. */
const SOFT_QUALIFIERS = new Set(['time', 'stress', 'self', 'people', 'anger', 'conflict', 'team', 'relationship', 'personal', 'general', 'good', 'better', 'strong', 'effective']);
/** "management" and "leadership" after a qualifier name a discipline: "project management", "engineering leadership". */
const DISCIPLINES = new Set(['management', 'leadership']);

function isRoleWord(word: Word): boolean {
  return BARE_TITLES.has(word.lower) || CAREER_MOVES.has(word.lower) || MOVE_VERBS_WITHOUT_TITLE.has(word.lower) || LEVEL_CODE.test(word.lower);
}

/** The words of a clause that name a subject. */
function contentWords(clause: Clause, held: ReadonlySet<Word>, identity: ReadonlySet<Word>): Word[] {
  const skipped = new Set(identity);
  if (clause.verb) skipped.add(clause.verb);
  // "something creative", "anything more meaningful": the adjective describes nothing in particular.
  clause.words.forEach((word, index) => {
    if (!PRONOUN_THINGS.has(word.lower)) return;
    let next = index + 1;
    while (next < clause.words.length && COMPARATIVES.has(clause.words[next].lower)) next++;
    if (next < clause.words.length) skipped.add(clause.words[next]);
  });
  for (const word of unnamedHeads(clause.words)) skipped.add(word);
  for (const word of held) skipped.add(word);
  return clause.words.filter((word, index) => !skipped.has(word) && isContent(word, clause.words[index - 1], clause.words[index + 1]) && !(PLACES.has(word.lower) && !DETERMINERS.has(clause.words[index - 1]?.lower ?? '')));
}

/** Occupations: held with no where ("become a senior developer", "work as a nurse") they name no more than a title does. */
const OCCUPATIONS = new Set([
  'developer', 'engineer', 'programmer', 'designer', 'analyst', 'scientist', 'nurse', 'teacher', 'educator', 'physician', 'doctor',
  'therapist', 'writer', 'journalist', 'chef', 'cook', 'firefighter', 'accountant', 'lawyer', 'attorney', 'librarian', 'pharmacist',
  'researcher', 'administrator', 'coordinator', 'technician', 'assistant', 'salesperson', 'artist', 'photographer', 'musician',
  'dancer', 'actor', 'author', 'coach', 'trainer', 'counselor', 'counsellor', 'paralegal', 'architect', 'electrician', 'plumber',
  'mechanic', 'pilot', 'driver', 'midwife', 'dentist', 'surgeon', 'paramedic', 'officer', 'instructor', 'lecturer', 'professor',
]);
const HOLDING = new Set(['be', 'become', 'as']);

/** The occupation a clause says the person is or becomes, past its level and qualities: "be a *nurse*", "as a senior *developer*". */
function heldRoles(clause: Clause): Set<Word> {
  const held = new Set<Word>();
  const words = clause.words;
  words.forEach((word, index) => {
    if (!HOLDING.has(word.lower) && !(index === 0 && BE.has(clause.verb?.lower ?? '') && word === clause.verb)) return;
    // "become a Firefighter": a capital on the occupation held is a title's, not a name's.
    const isOccupation = (at: number) => words[at] !== undefined && OCCUPATIONS.has(words[at].lower.replace(/s$/, ''));
    // Past the article, the level ("senior"), a quality ("better") or an everyday field word ("software").
    const describes = (at: number) => {
      const lower = words[at].lower;
      return /^(?:a|an|the|my|very|really|more|much|even)$/.test(lower) || BARE_TITLES.has(lower) || COMPARATIVES.has(lower) || QUALITIES.has(lower) || (GENERAL_WORDS.has(lower) && !words[at].proper && isOccupation(at + 1));
    };
    let at = index + 1;
    while (at < words.length && describes(at)) at++;
    if (isOccupation(at)) held.add(words[at]);
  });
  return held;
}

/** Articles and demonstratives that leave their noun unnamed: "a conference", "another course", "these issues". */
const UNNAMING = new Set(['a', 'an', 'another', 'any', 'some', 'these', 'this', 'those']);
/** Verbs that bring a new thing into being: "write a book", "draft a manuscript" say what by making it. */
const MAKING_VERBS = new Set(['start', 'write', 'draft', 'compose', 'create', 'build', 'design', 'develop', 'produce', 'publish', 'invent', 'construct', 'craft', 'devise', 'prepare', 'code', 'record', 'film', 'paint', 'draw', 'make', 'put', 'give', 'present', 'deliver']);
const BE_FORMS = new Set(['is', 'am', 'are', 'was', 'be', 'as']);
const UNNAMING_ADJECTIVES = new Set(['new', 'other', 'different', 'own', 'certain', 'whole', 'same']);

/**
 * "Attend a conference in my field", "take a class", "lead a small project", "address these issues":
 * the head noun of an indefinite or pointing noun phrase is one of a kind, not a named thing. Its
 * modifiers are still read ("a Kubernetes course", "a nursing degree" name what), and so is a role after
 * "be" or "as" (judged as a role) or a thing made ("write a book").
 */
function unnamedHeads(words: readonly Word[]): Word[] {
  const unnamed: Word[] = [];
  words.forEach((word, index) => {
    if (!UNNAMING.has(word.lower)) return;
    const before = words[index - 1]?.lower ?? '';
    if (BE_FORMS.has(before) || BE.has(before) || MAKING_VERBS.has(before) || MAKING_VERBS.has(before.replace(/e?s$/, ''))) return;
    // "a new market", "another other tool": a word of novelty or difference says which one no more than "a" does.
    let begin = index + 1;
    while (begin < words.length && UNNAMING_ADJECTIVES.has(words[begin].lower)) begin++;
    let end = begin;
    while (end < words.length && !FUNCTION_WORDS.has(words[end].lower)) end++;
    const phrase = words.slice(begin, end);
    if (phrase.length === 0 || phrase.some((inPhrase) => inPhrase.proper || /\d/.test(inPhrase.lower) || /^[A-Z0-9&]{2,}$/.test(inPhrase.text))) return;
    // "Knit a sweater", "fix the fence": one physical thing made, fixed or grown is something in particular.
    if (isPhysicalThing(phrase.at(-1)!.lower)) return;
    unnamed.push(phrase.at(-1)!);
  });
  return unnamed;
}

/** A noun of a physical thing (wordnetThings.ts), in the singular or the plural: "sweater", "chickens", "boxes", "berries". */
function isPhysicalThing(lower: string): boolean {
  return [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')].some((form) => WORDNET_THINGS.has(form));
}

/** Whether a word stands before a noun of the same phrase, naming a kind of it. */
function beforeNoun(next?: Word): boolean {
  return next !== undefined && !FUNCTION_WORDS.has(next.lower) && /^\p{L}{2,}$/u.test(next.lower);
}

/** The broad sides of a job that, before "skills" or "care", say no more than the job does. */
const BROAD_SIDES = new Set(['clinical', 'medical', 'technical', 'professional', 'practical', 'nursing', 'academic']);

/** Nouns of a quality or a state, told by their ending: "visibility", "awareness", "mentorship", "professionalism". */
const ABSTRACT_ENDING = /(?:ness|ity|ities|ship|ships|ism|hood)$/;
/** Places, things and fields with those endings ("university", "internship", "cybersecurity"). */
const CONCRETE_DESPITE_ENDING = ['business', 'university', 'universities', 'city', 'cities', 'charity', 'charities', 'facility', 'facilities', 'municipality', 'utility', 'utilities', 'internship', 'scholarship', 'fellowship', 'apprenticeship', 'championship', 'township', 'security', 'accessibility', 'electricity', 'humanities', 'sorority', 'fraternity'];
function isAbstractNoun(lower: string): boolean {
  return lower.length > 5 && ABSTRACT_ENDING.test(lower) && !CONCRETE_DESPITE_ENDING.some((word) => lower.endsWith(word) || lower.endsWith(`${word}s`));
}

/** Endings that make a noun of a verb or an adjective, and what the word may have been before. */
const NOMINAL_ENDINGS: readonly (readonly [ending: string, stems: readonly string[]])[] = [
  ['ation', ['ate', 'e', '']],
  ['ition', ['ite', 'e']],
  ['tion', ['te', 't', 'e']],
  ['sion', ['de', 'se', 'ss']],
  ['ment', ['']],
  ['ance', ['', 'e', 'ant']],
  ['ence', ['', 'e', 'ent']],
  ['ency', ['ent']],
  ['ancy', ['ant']],
  ['ility', ['le']],
  ['ity', ['', 'e', 'le']],
  ['ness', ['']],
  ['al', ['', 'e']],
  ['ure', ['', 'e']],
];

/** "participation", "collaboration", "encouragement", "adaptability": the noun of a vague verb or a quality is as vague. */
function isNounOfVagueWord(lower: string): boolean {
  const singular = lower.replace(/s$/, '');
  for (const [ending, stems] of NOMINAL_ENDINGS) {
    if (!singular.endsWith(ending) || singular.length - ending.length < 3) continue;
    const root = singular.slice(0, -ending.length);
    if (stems.some((stem) => OPEN_ENDED_VERBS.has(root + stem) || QUALITIES.has(root + stem) || GENERAL_VERBS.has(root + stem))) return true;
  }
  return false;
}

function isContent(word: Word, previous?: Word, next?: Word): boolean {
  const lower = word.lower;
  // "him/her", "parents/carers", "areas/from": words joined by a slash are read one by one.
  if (/^\p{L}+(?:\/\p{L}+)+$/u.test(lower)) return lower.split('/').some((part) => isContent({ ...word, text: part, lower: part }, previous, next));
  // "they've", "you'll": a pronoun with its verb.
  if (/^\p{L}+'(?:ve|re|ll|d|m)$/u.test(lower) && FUNCTION_WORDS.has(lower.replace(/'.*$/, ''))) return false;
  if (DISCIPLINES.has(lower) && previous && !FUNCTION_WORDS.has(previous.lower) && !BARE_TITLES.has(previous.lower) && !SOFT_QUALIFIERS.has(previous.lower) && !VERBS.has(previous.lower)) return true;
  if (FUNCTION_WORDS.has(lower) || BARE_TITLES.has(lower) || LEVEL_CODE.test(lower)) return false;
  // "my support team", "the sales department": a word before a team names which one.
  if (/^(?:team|teams|department|departments|unit|units|ward|wards)$/.test(next?.lower ?? '') && !COMPARATIVES.has(lower) && !QUALITIES.has(lower) && !/^(?:whole|entire|own|new|great|good|small|large|strong)$/.test(lower)) return true;
  // An acronym is a name wherever it stands, first word included: "AWS networking specialty certification".
  if (/^[A-Z][A-Z0-9&]{1,5}$/.test(word.text) && !GENERAL_WORDS.has(lower) && !VERBS.has(lower) && !FUNCTION_WORDS.has(lower)) return true;
  // Capitals for emphasis on an everyday word ("I HAVE to", "ENABLE teachers") name nothing.
  if (/^\p{Lu}{4,}$/u.test(word.text) && (GENERAL_WORDS.has(lower) || VERBS.has(lower))) return false;
  // A capital makes a name ("Stripe", "Best Interests Assessor"), but not of a title or a degree ("Director", "PhD").
  if (word.proper) return !CAREER_MOVES.has(lower);
  if (/\d/.test(lower)) return (lower.match(/\p{L}/gu) ?? []).length >= 2 && !/^[$£€¥]/.test(lower);
  // "a more engaging job", "a supportive environment": an adjective or adverb of quality says how, not what.
  if (GENERAL_WORDS.has(lower) || GLOVE_GENERAL_WORDS.has(lower) || COMPARATIVES.has(lower) || QUALITIES.has(lower) || WORDNET_QUALITIES.has(lower)) return false;
  // "clinical skills", "medical care", "clinical experience": the broad side of a job before a general noun says no more than the job.
  if (BROAD_SIDES.has(lower) && next && /^(?:skills?|knowledge|care|experience|practice|expertise|abilit(?:y|ies)|competenc(?:e|ies|y))$/.test(next.lower)) return false;
  // "improve visibility", "build partnerships", "increase participation": a quality, a state or the noun of a vague
  // verb names no subject, unless it names a kind of the noun after it ("payment service", "security team").
  if ((isAbstractNoun(lower) || isNounOfVagueWord(lower)) && !beforeNoun(next)) return false;
  // A verb names an action, not what it is about: "seek", "collaborating", "builds". Not when it names a kind of
  // thing or skill: "the design team", "writing skills", "public speaking".
  if (isVerbForm(lower)) return namesAKind(word, previous, next);
  if (lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower)) return false;
  return /\p{L}/u.test(lower);
}

function namesAKind(word: Word, previous?: Word, next?: Word): boolean {
  // "ways to save money", "encourages employee growth", "perform higher duties": a verb after "to", in its
  // third person or before a describing word acts; it does not name a kind of what follows.
  if (previous?.lower === 'to' || /[^s]s$/.test(word.lower) || (next && (COMPARATIVES.has(next.lower) || QUALITIES.has(next.lower)))) return false;
  if (next && !FUNCTION_WORDS.has(next.lower) && (GENERAL_WORDS.has(next.lower) || DELIVERABLES.has(next.lower)) && !VERBS.has(next.lower)) return true;
  return word.lower.endsWith('ing') && previous !== undefined && !FUNCTION_WORDS.has(previous.lower) && !VERBS.has(previous.lower) && !COMPARATIVES.has(previous.lower);
}

function isVerbForm(lower: string): boolean {
  if (VERBS.has(lower) && !DELIVERABLES.has(lower)) return true;
  const stems = [lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/(\p{L})\1ing$/u, '$1'), lower.replace(/e?s$/, ''), lower.replace(/e?d$/, '')];
  return /(?:ing|s|ed)$/.test(lower) && stems.some((stem) => stem !== lower && VERBS.has(stem) && !DELIVERABLES.has(stem));
}

/**
 * The words that only say who the person is: "be a better *nurse*", "become a more strategic
 * *thinker*", "grow as a *developer*". They name no subject of the goal.
 */
function identityWords(clause: Clause): Set<Word> {
  const words = clause.words;
  const identity = new Set<Word>();
  const verb = clause.verb?.lower;
  if (!verb) return identity;
  if (BE.has(verb)) {
    // "Be resourceful", "become fluent in Spanish": a quality told by its ending is who they are; what follows is still read.
    for (const word of words.slice(1, 3)) if (isQualityByShape(words, word)) identity.add(word);
    let i = 1;
    if (words[i] && ['a', 'an', 'the', 'my'].includes(words[i].lower)) i++;
    let compared = false;
    while (words[i] && (COMPARATIVES.has(words[i].lower) || QUALITIES.has(words[i].lower) || ['very', 'much', 'even', 'really', 'so', 'far'].includes(words[i].lower))) {
      compared = true;
      i++;
    }
    if (compared && words[i] && !FUNCTION_WORDS.has(words[i].lower)) {
      // Only the noun is who they are: "a stronger *developer*" is no one in particular, "a stronger Java developer" knows Java.
      while (words[i + 1] && !FUNCTION_WORDS.has(words[i + 1].lower) && !GENERAL_WORDS.has(words[i + 1].lower) && !words[i + 1].lower.endsWith('ing')) i++;
      identity.add(words[i]);
    }
  }
  if (GROWTH_VERBS.has(verb)) {
    const as = words.findIndex((word) => word.lower === 'as');
    if (as > 0) {
      let end = as + 1;
      while (words[end] && ['a', 'an', 'the'].includes(words[end].lower)) end++;
      while (words[end + 1] && !FUNCTION_WORDS.has(words[end + 1].lower)) end++;
      if (words[end]) identity.add(words[end]);
    }
  }
  return identity;
}
