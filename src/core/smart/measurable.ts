import type { Span } from '../document/range';
import { recursIn, VERBS, verbOfGerund, type Clause } from './clauses';
import {
  AMOUNT_NOUNS,
  CHANGE_VERBS,
  OUTCOME_VERBS,
  COMPARATIVES,
  CREDENTIALS,
  BARE_TITLES,
  DELIVERABLE_VERBS,
  DELIVERABLES,
  DONE_VERBS,
  FUNCTION_WORDS,
  GENERAL_WORDS,
  LEVEL_CODE,
  NUMBER_WORDS,
  OPEN_ENDED_VERBS,
  OUTCOME_PARTICIPLES,
  QUALITIES,
  QUANTIFIERS,
  VAGUE_IDIOMS,
  VAGUE_OBJECTS,
  VAGUE_ROLES,
} from './lexicon';
import { isAdjectiveByShape, isQualityByShape } from './endings';
import type { Word } from './words';

export type MeasurableJudgement =
  | { readonly ok: true }
  /**
   * `words`: what keeps the goal open-ended ("more", "learn"), to name in the message; `learned`: the
   * learned reader's verdict where the rules found a finish line (`words` weighed most).
   */
  | { readonly ok: false; readonly start: number; readonly end: number; readonly words: readonly string[]; readonly learned?: true };

type Verdict = { readonly measurable: true } | { readonly measurable: false; readonly because: readonly Word[] };

/** Prepositions that start an adjunct: a comparative after one describes the setting, not the goal. */
const ADJUNCT = new Set(['with', 'for', 'at', 'in', 'on', 'to', 'by', 'from', 'through', 'into', 'about', 'than', 'across', 'within', 'without', 'via']);
const BE = new Set(['be', 'become', 'feel', 'stay', 'remain', 'seem', 'get']);
/** "Be paid what I'm worth", "be taken seriously": states without a line to cross. */
const VAGUE_PARTICIPLES = new Set(['paid', 'known', 'seen', 'heard', 'noticed', 'valued', 'appreciated', 'respected', 'recognised', 'recognized', 'liked', 'trusted', 'taken', 'considered', 'treated', 'involved', 'organised', 'organized', 'motivated', 'inspired']);
const SKIPPABLE = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'own', 'new', 'old', 'current', 'whole', 'entire', 'same', 'other', 'first', 'second', 'third', 'next', 'last', 'very', 'really', 'some', 'up', 'out', 'on', 'off', 'of', 'back', 'into', 'over']);

/**
 * A goal is measurable when one of its clauses has a finish line: an amount (a number, a
 * percentage, money), a credential or level, a title to hold, an outcome that happens or not (ship,
 * pass, get hired), or a thing made that exists or not (a tracking system, a book proposal). It is
 * not when no clause has one: a comparison with no target ("more", "better"), an activity with no
 * end ("learn", "ensure", "take ownership"), a quality ("be more confident"), an ability nobody can
 * test ("be proficient in"). The finish line must be found: a verb nothing is known of does not
 * make a goal measurable by itself.
 */
export function judgeMeasurable(clauses: readonly Clause[], recurrences: readonly Span[] = []): MeasurableJudgement {
  const open: Word[] = [];
  let first: Clause | undefined;
  let main: Clause | undefined;
  let compared = false;
  for (const clause of clauses) {
    if (clause.identity) continue;
    // "Reduce pressure ulcers by implementing a protocol": the means does not end a change that names no
    // amount, unless it names one itself ("increase sales by signing 20 new clients").
    if (clause.means && main?.verb && CHANGE_VERBS.has(main.verb.lower) && !clause.words.some(isMeasure)) continue;
    // "Recruit more athletes to join my team": a purpose does not end a comparison with no target.
    if (clause.purpose && compared) continue;
    if (!clause.means) main = clause;
    const recurring = recursIn(clause, recurrences);
    const verdict = clause.verb ? judgeClause(clause, recurring) : judgePhrase(clause.words);
    if (verdict.measurable) return { ok: true };
    compared = !BE.has(clause.verb?.lower ?? '') && verdict.because.some((word) => COMPARATIVES.has(word.lower));
    first ??= clause;
    open.push(...verdict.because);
  }
  if (!first) return { ok: false, start: 0, end: 0, words: [] };
  const marks = open.length > 0 ? open : first.verb ? [first.verb] : [];
  if (marks.length === 0) return { ok: false, start: first.words[0]?.start ?? 0, end: first.words.at(-1)?.end ?? 0, words: [] };
  return { ok: false, start: marks[0].start, end: marks[0].end, words: [...new Set(marks.map((word) => word.text))] };
}

const MEASURED: Verdict = { measurable: true };
const VAGUE_VERB_PHRASE = /^\p{L}+\s+(?:sure|certain|ownership|responsibility|part|initiative|the lead|involved|up to date|current)\b/iu;
/** Words after which a change's amount stands: "by 20%", "to 50 clients", "from 6 to 3", "at least 10". */
const BEFORE_TARGET = new Set(['by', 'to', 'from', 'at', 'least', 'than', 'under', 'below', 'over', 'above', 'of', 'with', 'only', 'just', 'approximately', 'about', 'around', 'nearly', 'almost']);

/** Whether the amount at `index` is what a change reaches or moves by: money, a percentage, or after "by", "to", "from"… */
function isTargetOfChange(words: readonly Word[], index: number): boolean {
  const word = words[index];
  // "the bottom 20% of pupils", "the top 10% of sellers": a share that names a group, not a target.
  if (/^(?:bottom|top|lowest|highest)$/.test(words[index - 1]?.lower ?? '')) return false;
  if (/[$£€¥%]|^\d[\d.,]*k$/i.test(word.text) || /^(?:percent|per|x|fold|times)$/.test(words[index + 1]?.lower ?? '')) return true;
  return index <= 1 || BEFORE_TARGET.has(words[index - 1].lower) || (BEFORE_TARGET.has(words[index - 2]?.lower ?? '') && !FUNCTION_WORDS.has(words[index - 1].lower));
}

function judgeClause(clause: Clause, recurring: boolean): Verdict {
  // "Audit and map the process": the second verb shares the first one's object.
  const words = ['and', 'or', '&'].includes(clause.words[1]?.lower ?? '') && clause.words.length > 3 ? [clause.words[0], ...clause.words.slice(3)] : clause.words;
  const verb = clause.verb!;
  // "Increase operating profit in each of our three businesses": a change ends at an amount it reaches or
  // moves by, not at a count of where it happens.
  const measured = CHANGE_VERBS.has(verb.lower) ? words.some((word, i) => isMeasure(word, i, words) && isTargetOfChange(words, i)) : words.some(isMeasure);
  if (measured || COUNTED_CADENCE.test(clause.text) || TIME_GAINED.test(clause.text)) return MEASURED;
  // "Meet with my CPA more often": more of a habit, with no count, has no finish line either.
  const moreOften = /\bmore (?:often|frequently|regularly|consistently)\b/i.exec(clause.text);
  if (moreOften) return { measurable: false, because: words.filter((word) => word.start >= clause.start + moreOften.index && word.end <= clause.start + moreOften.index + moreOften[0].length) };
  // "Cross-train operators continuously", "blog regularly": a habit with no count has no finish line.
  const habit = words.find((word) => CONTINUAL.has(word.lower));
  if (habit) return { measurable: false, because: [habit] };
  const idiom = VAGUE_IDIOMS.exec(clause.text);
  if (idiom) {
    const inside = words.filter((word) => word.start >= clause.start + idiom.index && word.end <= clause.start + idiom.index + idiom[0].length);
    // "my Best Interests Assessor training" is a name, not "my best".
    if (inside.length > 0 && !inside.some((word) => word.proper)) return { measurable: false, because: inside };
  }
  // "Sell more licences", "get more certifications": the comparison, not the noun, decides.
  const compared = comparisons(words, COMPARATIVES);
  if (compared.length > 0) return { measurable: false, because: compared };
  // "Attend tech events", "obtain specialty certifications", "implement new strategies": a plural with no count,
  // no name and nothing to say which has no finish line: how many?
  if (!recurring && uncountedPlural(words)) return { measurable: false, because: [verb] };
  if (words.some(isCredential) && !NOT_RESCUED_BY_CREDENTIAL.has(verb.lower)) return MEASURED;
  const vague = comparisons(words, QUANTIFIERS);
  if (vague.length > 0) return { measurable: false, because: vague };
  const lemma = verb.lower;
  // "See all planned work completed", "get my paper published": an outcome that happens to the object.
  if (SEE_DONE.has(lemma) && words.slice(2).some((word, i) => OUTCOME_PARTICIPLES.has(word.lower) && !FUNCTION_WORDS.has(words[i + 1].lower))) return MEASURED;
  // "Serve as a public librarian", "work as a school nurse": a role held, judged as "be".
  if (AS_ROLE.has(lemma) && words[1]?.lower === 'as') {
    const role = nounOf(words, headOf(words.slice(1)) ?? words[1]);
    if (role && !GENERAL_WORDS.has(role.lower) && !VAGUE_ROLES.has(role.lower) && !VAGUE_OBJECTS.has(role.lower) && !QUALITIES.has(role.lower) && !FUNCTION_WORDS.has(role.lower)) return MEASURED;
  }
  // "Sign up", "set up this repo", "pay off my equipment", "turn in all assignments": a phrasal verb that ends.
  if (PHRASAL_ENDS.has(`${lemma} ${words[1]?.lower ?? ''}`)) return MEASURED;
  // "…, leading to improved satisfaction": a consequence ends only with an amount, which was looked for above.
  if (lemma === 'lead' && words[1]?.lower === 'to') return { measurable: false, because: [verb] };
  // "Serve on the curriculum committee": a seat on a named body is held or not.
  if (SEATED.has(lemma) && words[1]?.lower === 'on' && isFinishedThing(words.slice(2))) return MEASURED;
  // "make sure", "take ownership of", "get involved": activities however concrete what follows.
  if (VAGUE_VERB_PHRASE.test(clause.text.slice(verb.start - clause.start))) return { measurable: false, because: [verb] };
  // "develop as a leader": what follows "as" is who, not what.
  const head = headOf(words);
  const object = head && head.lower !== 'as' && !(FUNCTION_WORDS.has(head.lower) && !/\d/.test(head.lower)) ? head : undefined;
  const noun = object && nounOf(words, object);
  const vagueThing = (word: Word) => VAGUE_OBJECTS.has(word.lower) || QUALITIES.has(word.lower) || VAGUE_PARTICIPLES.has(word.lower);
  // The noun decides ("a paid course" is a course); a lone adjective or participle decides when there is no noun.
  const phrase = object ? objectPhrase(words, object) : [];
  const named = phrase.some((word) => word.proper || /^[A-Z0-9&]{2,}$/.test(word.text));
  const vagueObject = noun !== undefined && !named && (vagueThing(noun) || QUALITIES.has(object!.lower) || (object === noun && vagueThing(object)) || AMOUNT_NOUNS.has(noun.lower));

  if (BE.has(lemma)) {
    if (!object || !noun) return { measurable: false, because: [verb] };
    const quality = words.slice(1, 3).find((word) => isQualityByShape(words, word));
    if (quality) return { measurable: false, because: [quality] };
    if (object.lower === 'able' || object.lower === 'capable') return everyoneAble(clause) ? MEASURED : { measurable: false, because: [object] };
    if (OUTCOME_PARTICIPLES.has(object.lower)) return MEASURED;
    if (vagueThing(object) && !named) return { measurable: false, because: [object] };
    if (vagueObject || (VAGUE_ROLES.has(noun.lower) && !named)) return { measurable: false, because: [noun] };
    if (FUNCTION_WORDS.has(object.lower)) return { measurable: false, because: [verb] };
    return MEASURED;
  }
  if (OPEN_ENDED_VERBS.has(lemma) && !DELIVERABLE_VERBS.has(lemma)) {
    // "Advance to the position of senior sales manager": a move that names where it ends.
    if (MOVES.has(lemma) && words.some((word, i) => i > 0 && (word.lower === 'to' || word.lower === 'into')) && isFinishedThing(words.slice(1))) return MEASURED;
    // "Read Chapter 1 of Python for Dummies" ends; "read more" does not.
    if (FINITE_WHEN_NAMED.has(lemma) && object && (object.proper || /^["“']/.test(clause.text.slice(object.start - clause.start - 1)))) return MEASURED;
    // "Read a book each month", "post a new video every week", "post every day": one thing, or the act itself, on a
    // cadence can be counted; "learn something every day" cannot.
    if (recurring && (oneThingEach(words, object, noun) || (PUBLISHING.has(lemma) && !object))) return MEASURED;
    return { measurable: false, because: [verb] };
  }
  if (!object || !noun) {
    // "Switch from accounting to a data analyst role", "go back to school", "present at a conference": it ends where it lands.
    const through = words.findIndex((word, index) => index > 0 && LANDING.has(word.lower));
    // Where it lands must be named: "write for personal enjoyment", "take them to unfamiliar places" land nowhere.
    const landing = through > 0 ? words.slice(through + 1).filter((word) => !FUNCTION_WORDS.has(word.lower) && !VAGUE_OBJECTS.has(word.lower) && !QUALITIES.has(word.lower) && !(GENERAL_WORDS.has(word.lower) && !DELIVERABLES.has(word.lower) && !word.proper)) : [];
    const moves = (OUTCOME_VERBS.has(lemma) || MOVES.has(lemma)) && !DELIVERABLE_VERBS.has(lemma) && !OPEN_ENDED_VERBS.has(lemma);
    const presents = DELIVERABLE_VERBS.has(lemma) && words[through]?.lower !== 'as' && isFinishedThing(landing);
    // "Present at a users group", "attend an in-person conference": an event attended or spoken at happens or not.
    const atEvent = (DONE_VERBS.has(lemma) || SHOWN.has(lemma) || lemma === 'speak') && words.slice(1).some((word) => EVENT_NOUNS.has(word.lower));
    return OUTCOME_PARTICIPLES.has(lemma) || INTRANSITIVE_OUTCOMES.has(lemma) || (moves && landing.length > 0) || presents || atEvent ? MEASURED : { measurable: false, because: [verb] };
  }
  // "Start blogging", "keep writing": the activity started decides.
  const started = STARTERS.has(lemma) ? verbOfGerund(object) : undefined;
  if (started) return judgeClause({ ...clause, words: words.slice(words.indexOf(object)), verb: { ...object, lower: started } }, recurring);
  if (vagueObject) return { measurable: false, because: [noun] };
  // "Make my manager proud", "keep our API reliable": a quality of the object, not a finish line. An adjective by its
  // ending counts only at the end ("make the handbook available to all staff" makes something).
  const after = words.slice(words.indexOf(object) + 1);
  const quality = MAKERS.has(lemma) ? after.find((word, i) => QUALITIES.has(word.lower) || COMPARATIVES.has(word.lower) || word.lower === 'proud' || (i === after.length - 1 && isAdjectiveByShape(word, undefined))) : undefined;
  if (quality) return { measurable: false, because: [quality] };
  // A concrete thing done on a cadence ("hold a 1:1 every week") can be counted.
  if (recurring && !OPEN_ENDED_VERBS.has(lemma)) return MEASURED;
  if ((OUTCOME_VERBS.has(lemma) || DONE_VERBS.has(lemma)) && !DELIVERABLE_VERBS.has(lemma)) return MEASURED;
  // Made things end when a deliverable, a name, a title or a credential is what they make ("a contribution to Nodejs").
  if (isFinishedThing(phrase) || (DELIVERABLE_VERBS.has(lemma) && words.slice(1).some((word) => word.proper))) return MEASURED;
  // "Present our findings to the board", "give a demo at the meetup": shown to an audience or at an event, it happens or not.
  if (SHOWN.has(lemma) && isFinishedThing(landingOf(words, object))) return MEASURED;
  // A verb nothing is known of ("audit", "reconcile", "precept") done to a concrete thing, or to anything named, happens or not.
  if (!VERBS.has(lemma) && (isFinishedThing(words.slice(1)) || !GENERAL_WORDS.has(noun.lower))) return MEASURED;
  // "Mentor a new graduate nurse", "build a team": one of a concrete thing is a count.
  if (DELIVERABLE_VERBS.has(lemma) && /^(?:a|an|one)$/.test(words[words.indexOf(object) - 1]?.lower ?? '') && !GENERAL_WORDS.has(noun.lower)) return MEASURED;
  return { measurable: false, because: [verb] };
}

/** "Change careers", "switch jobs": one move, however it is worded. */
const MOVES_OF_CAREER = new Set(['change', 'switch', 'swap']);
/** Words before a plural object that say how many or which: "all", "the", "my", "20". */
const SAYS_WHICH = new Set(['the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'all', 'both', 'these', 'those', 'each', 'every']);
const PLURAL_ADJECTIVES = new Set(['new', 'more', 'regular', 'additional', 'other', 'further', 'extra', 'relevant', 'appropriate', 'various', 'different', 'specialty', 'specialized', 'advanced', 'professional']);

/** The verb acts on a bare plural ("attend tech events", "take new classes"), with no count, name or determiner. */
function uncountedPlural(words: readonly Word[]): boolean {
  const verb = words[0].lower;
  if (!(DONE_VERBS.has(verb) || OUTCOME_VERBS.has(verb) || DELIVERABLE_VERBS.has(verb) || verb === 'take' || verb === 'get') || MOVES_OF_CAREER.has(verb)) return false;
  let i = 1;
  while (i < words.length && PLURAL_ADJECTIVES.has(words[i].lower)) i++;
  const phrase: Word[] = [];
  while (i < words.length && !FUNCTION_WORDS.has(words[i].lower) && !SAYS_WHICH.has(words[i].lower)) phrase.push(words[i++]);
  if (phrase.length === 0 || phrase.length > 3 || SAYS_WHICH.has(words[1]?.lower ?? '')) return false;
  const noun = phrase.at(-1)!;
  if (!/^\p{L}{3,}[^s']s$/u.test(noun.lower) || phrase.some((word) => word.proper || /\d|^[A-Z0-9&]{2,}$/.test(word.text) || isMeasure(word, 0, [word]))) return false;
  // What follows may still say which: "attend conferences on Kubernetes", "take classes at Stanford", "for each section".
  return !words.slice(i).some((word) => word.proper || /\d/.test(word.lower) || ['each', 'every', 'all'].includes(word.lower));
}

const SHOWN = new Set(['present', 'give', 'deliver', 'demo', 'pitch']);
const EVENT_NOUNS = new Set(['conference', 'meetup', 'summit', 'symposium', 'convention', 'congress', 'seminar', 'webinar', 'workshop', 'event', 'group', 'expo', 'fair', 'forum', 'panel']);
const PHRASAL_ENDS = new Set(['sign up', 'set up', 'pay off', 'turn in', 'hand in', 'sign off', 'close out', 'wrap up']);
/** Verbs of putting work out: done on a cadence, each time counts ("post every day", "blog weekly"). */
const PUBLISHING = new Set(['post', 'blog', 'publish', 'write', 'journal', 'vlog', 'stream', 'upload', 'tweet']);

/** "a book", "one new video": a single concrete thing as the object, to be done once each time. */
function oneThingEach(words: readonly Word[], object: Word | undefined, noun: Word | undefined): boolean {
  if (!object || !noun) return false;
  let at = words.indexOf(object) - 1;
  while (at > 0 && /^(?:new|other|single|different|short|full)$/.test(words[at].lower)) at--;
  const before = words[at]?.lower ?? '';
  const counted = /^(?:a|an|one)$/.test(object.lower) || /^(?:a|an|one)$/.test(before);
  return counted && !/^(?:little|bit|lot|while|few)$/.test(noun.lower) && !FUNCTION_WORDS.has(noun.lower) && !VAGUE_OBJECTS.has(noun.lower) && !QUALITIES.has(noun.lower) && !COMPARATIVES.has(noun.lower);
}
/** Where the object is shown or taken: the words after its phrase's first "to"/"at"/"for" ("…to *the leadership team*"). */
function landingOf(words: readonly Word[], object: Word): Word[] {
  const after = words.slice(words.indexOf(object) + 1);
  const at = after.findIndex((word) => word.lower === 'to' || word.lower === 'at' || word.lower === 'for');
  return at < 0 ? [] : after.slice(at + 1).filter((word) => !FUNCTION_WORDS.has(word.lower));
}
const SEE_DONE = new Set(['see', 'get', 'have', 'want']);
const SEATED = new Set(['serve', 'sit']);
const AS_ROLE = new Set(['serve', 'work', 'act', 'function', 'practise', 'practice', 'start', 'begin', 'continue', 'return']);
/** Verbs of looking and improving: "look into certificates", "improve my exam" reach no credential. */
const NOT_RESCUED_BY_CREDENTIAL = new Set(['learn', 'understand', 'explore', 'investigate', 'research', 'look', 'consider', 'improve', 'enhance', 'strengthen', 'review', 'read', 'seek', 'discuss', 'familiarise', 'familiarize', 'advance', 'work', 'study', 'prepare', 'strive', 'aim']);

/** "three times a month", "twice a year": a cadence that counts. */
const COUNTED_CADENCE = /\b(?:(?:\d+|once|twice|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times?\s+)?(?:a|per|each|every)|\d+\s*(?:x|times)\s*\/?)\s*(?:day|week|month|quarter|year|semester|term|sprint|wk|mo|yr)\b/i;
/** "a full week earlier", "a day sooner": a span of time gained is an amount. */
const TIME_GAINED = /\b(?:a|an|one)\s+(?:full\s+|whole\s+)?(?:minute|hour|day|week|month|quarter|year)\s+(?:earlier|sooner|faster|quicker|ahead)\b/i;
const CONTINUAL = new Set(['continuously', 'continually', 'regularly', 'consistently', 'constantly', 'always', 'ongoing', 'routinely', 'habitually']);
const MAKERS = new Set(['make', 'keep', 'get', 'render']);
const STARTERS = new Set(['start', 'begin', 'continue', 'keep', 'resume', 'try']);
const LANDING = new Set(['to', 'into', 'as', 'at', 'for', 'from', 'in', 'on']);
const MOVES = new Set(['advance', 'progress', 'move', 'step', 'grow', 'transition', 'level', 'switch', 'transfer', 'retrain', 'go', 'return', 'relocate', 'pivot']);
/** The object up to its first preposition, across "and"/"or": "a skills-based incentive and assessment program". */
function objectPhrase(words: readonly Word[], object: Word): Word[] {
  const from = words.indexOf(object);
  let to = from;
  while (to + 1 < words.length && !ADJUNCT.has(words[to + 1].lower) && words[to + 1].lower !== 'of') to++;
  return words.slice(from, to + 1);
}
const FINITE_WHEN_NAMED = new Set(['read', 'reads', 'watch', 'study', 'studies', 'listen', 'practise', 'practice']);

/** A goal written as a noun phrase ("First Bug Bounty Payout", "Significant decrease in QnR issues"). */
function judgePhrase(words: readonly Word[]): Verdict {
  if (words.length === 0) return { measurable: false, because: [] };
  if (words.some(isMeasure) || words.some(isCredential) || TIME_GAINED.test(words.map((word) => word.lower).join(' '))) return MEASURED;
  // "CEO of a tech company", "AWS DevOps Engineer Professional": a title, or a credential known by its name, is held or not.
  if ((BARE_TITLES.has(nounOf(words, words[0]).lower) && !/^(?:management|leadership)$/.test(nounOf(words, words[0]).lower)) || words.filter((word) => word.proper || /^[A-Z][A-Z0-9&]{1,5}$/.test(word.text)).length >= 2) return MEASURED;
  // "No unauthorized absences", "zero falls": none of a thing is a count.
  if (words[0].lower === 'no' && words.length > 1 && !FUNCTION_WORDS.has(words[1].lower)) return MEASURED;
  const compared = comparisons(words, COMPARATIVES);
  if (compared.length > 0) return { measurable: false, because: compared };
  const head = nounOf(words, words[0]);
  // A single thing achieved or made ("payout", "report", "migration"), not an activity or a plural with no count.
  if (!head.lower.endsWith('s') && (DELIVERABLES.has(head.lower) || OUTCOME_NOUN.test(head.lower)) && !OPEN_NOUN.test(head.lower)) return MEASURED;
  return { measurable: false, because: [head] };
}


/** Nouns of a result: "payout", "report", "publication", "promotion". */
const OUTCOME_NOUN = /(?:payout|report|publication|promotion|certification|acceptance|admission|offer|launch|release|award|win|degree|licen[cs]e|internship|fellowship|scholarship|residency|apprenticeship|placement|grant|prize|contract)$/;
/** Nouns of an activity with no end: "development", "improvement", "understanding", "research". */
const OPEN_NOUN = /(?:ment|ing|ance|ence|ity|ism|ship|ness|research|growth|learning)$/;
/** Verbs that end by happening, with nothing after them: "graduate", "retire", "relocate". */
const INTRANSITIVE_OUTCOMES = new Set(['graduate', 'retire', 'relocate', 'qualify', 'resign', 'quit', 'launch', 'ship', 'publish']);


/** "Every student will be able to…": an ability checked for each one is a finish line; "be able to read assembly" is not. */
function everyoneAble(clause: Clause): boolean {
  return /^(?:every|each|all|100\s?%)\b/i.test(clause.text.trim());
}

/** Words that name something that either exists or does not: a deliverable, a name, a title, a result. */
function isFinishedThing(words: readonly Word[]): boolean {
  return words.some((word) => DELIVERABLES.has(word.lower) || word.proper || /^[A-Z0-9&]{2,}$/.test(word.text) || BARE_TITLES.has(word.lower) || OUTCOME_PARTICIPLES.has(word.lower));
}

/**
 * A number that measures: "3", "two", "80%", "$10k", "L6", "B2". Not a label or an order: "3rd grade",
 * "K-3", "Domain 4", "NURS 301", "10 years of experience".
 */
function isMeasure(word: Word, index: number, words: readonly Word[]): boolean {
  const lower = word.lower;
  if (!(/\d/.test(lower) || lower.split('-').some((part) => NUMBER_WORDS.has(part)))) return false;
  // "a double-dip recession": a compound of a number word and a word is a kind, not an amount ("double-digit" is one).
  if (/^(?:double|triple|half)-\p{L}+$/u.test(lower) && !/-digits?$/.test(lower)) return false;
  const previous = words[index - 1]?.lower ?? '';
  const next = words[index + 1]?.lower ?? '';
  if (namesAKindByCode(words, index)) return false;
  // "more 4's and 5's": a grade named by its number is a label.
  if (next === 's' && words[index + 1].start === word.end + 1) return false;
  // "the 90th percentile", "1st place" rank a result; "3rd grade", "my 2nd year" only label.
  if (/^\d+(?:st|nd|rd|th)$/.test(lower)) return RANKS.has(next);
  if (/^(?:k|pre-?k)-\d+$/.test(lower) || /-(?:grade|year-old|graders?)$/.test(lower)) return false;
  if (/^\d+(?:\.\d+)?$/.test(lower) && /^(?:grades?|domains?|tiers?|phases?|chapters?|sections?|units?|modules?|versions?|web|standards?|objectives?|goals?|steps?|parts?|articles?|rooms?|wards?|lines?|routes?)$/.test(previous)) return false;
  if (/^\d{3,4}$/.test(lower) && /^[A-Z]{2,5}$/.test(words[index - 1]?.text ?? '')) return false;
  if (next === 'grade' || next === 'graders' || (/^(?:years?|months?)$/.test(next) && /^(?:of|experience)$/.test(words[index + 2]?.lower ?? ''))) return false;
  if (lower === 'one' && (next === 'of' || next === 'day' || previous === 'the' || previous === 'no')) return false;
  // "double checking each dose", "double-check orders": a manner of doing, not an amount.
  if (/^(?:double|triple)(?:-|$)/.test(lower) && (/-(?:check|checking|checked|checks)$/.test(lower) || /(?:ing|ed)$/.test(next) || /^check/.test(next))) return false;
  return true;
}

/** "P1 incidents", "T2 tickets": a code before a plural noun names a kind of them; "B2 level", "L6 engineer", "C1 proficiency" are levels. */
function namesAKindByCode(words: readonly Word[], index: number): boolean {
  if (!/^\p{L}{1,3}\d{1,2}$/u.test(words[index].lower)) return false;
  let end = index;
  while (end + 1 < words.length && !FUNCTION_WORDS.has(words[end + 1].lower) && end - index < 3) end++;
  return end > index && /[^s]s$/.test(words[end].lower);
}
const RANKS = new Set(['percentile', 'place', 'position', 'rank']);

/** A credential: "PMP", "certified", "NASM-certified", "licence", "exam", "L6". */
function isCredential(word: Word, index = 0, words: readonly Word[] = []): boolean {
  if (words.length > 0 && namesAKindByCode(words, index)) return false;
  // "Ph.D.", "M.B.A.": a credential written with full stops.
  return word.lower.split('-').some((part) => CREDENTIALS.has(part)) || LEVEL_CODE.test(word.lower) || (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}\.?$/u.test(word.lower) && CREDENTIALS.has(word.lower.replace(/\./g, '')));
}

/** Comparisons with no target, before any adjunct: "sell *more* licences", "make the API *more* reliable". */
function comparisons(words: readonly Word[], vocabulary: ReadonlySet<string>): Word[] {
  const found: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (i > 0 && ADJUNCT.has(word.lower)) break;
    // "…completed, as I very much enjoy it": what a subordinate clause compares is not the goal's target.
    if (i > 0 && (SUBORDINATORS.has(word.lower) || (/^(?:as|so|that)$/.test(word.lower) && SUBJECTS.has(words[i + 1]?.lower ?? '')))) break;
    if (!word.proper && vocabulary.has(word.lower)) found.push(word);
  }
  return found;
}

const SUBORDINATORS = new Set(['because', 'since', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'unless', 'whenever']);
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'my', 'our', 'their', 'his', 'her', 'your', 'students', 'patients', 'staff', 'everyone']);

/** The first word after the verb that is not an article, possessive, particle or determiner ("complete *all* required trainings"). */
function headOf(words: readonly Word[]): Word | undefined {
  return words.slice(1).find((word, i) => !SKIPPABLE.has(word.lower) && !(DETERMINERS.has(word.lower) && i + 2 < words.length && (!FUNCTION_WORDS.has(words[i + 2].lower) || words[i + 2].lower === 'of')));
}
/** Determiners of quantity before a noun: "all required trainings", "each new hire". Alone ("do it all") they are the object; "these issues" points to what the goal does not name. */
const DETERMINERS = new Set(['all', 'each', 'every', 'both']);

/** The noun an object phrase ends on: "a fresh *start*", "my *name* out there", "a role *model*". */
function nounOf(words: readonly Word[], head: Word): Word {
  const from = words.indexOf(head);
  let index = from;
  while (index + 1 < words.length && !FUNCTION_WORDS.has(words[index + 1].lower) && !AFTER_NOUN.has(words[index + 1].lower)) index++;
  // "leadership skills necessary to…": an adjective after the noun is not the noun.
  while (index > from && (QUALITIES.has(words[index].lower) || POSTPOSED_ADJECTIVE.test(words[index].lower))) index--;
  return words[index];
}

/** Words that open a modifier after the noun: "language *describing* our services", "attitudes *regarding* ethics". */
const AFTER_NOUN = new Set(['regarding', 'concerning', 'including', 'involving', 'covering', 'describing', 'explaining', 'outlining', 'detailing', 'showing', 'addressing', 'targeting', 'focusing', 'using', 'featuring', 'containing', 'related', 'based', 'such', 'like', 'especially', 'particularly', 'specifically', 'that', 'which', 'who']);
const POSTPOSED_ADJECTIVE = /(?:ary|ful|ive|able|ible|ous)$/;
