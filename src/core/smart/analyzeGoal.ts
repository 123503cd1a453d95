import type { Span } from '../document/range';
import type { ReadCache } from '../document/readCache';
import { clausesOf, VERBS } from './clauses';
import { findTimeExpressions, findVagueHorizons, type TimeExpression } from './deadline';
import { findForeignTimeExpressions } from './deadlineForeign';
import { goalLanguage, type GoalLanguage } from './language';
import type { LearnedReader, LearnedVerdict } from './learnedReader';
import { COMPARATIVES } from './lexicon';
import { judgeMeasurable, type MeasurableJudgement } from './measurable';
import { judgeSpecific, type SpecificJudgement } from './specific';
import { readableText } from './words';

/** What a goal sentence says about three SMART criteria; the other two need the whole plan. */
export interface GoalAnalysis {
  readonly text: string;
  /** The S and M checks read English only: on another language they are left unjudged (`ok`), and its deadlines are read with that language's words. */
  readonly language: GoalLanguage;
  readonly specific: SpecificJudgement;
  readonly measurable: MeasurableJudgement;
  /** Deadlines, time frames and recurrences written in the goal: none means it is not time-bound by its words. */
  readonly deadlines: readonly TimeExpression[];
  /** "someday", "eventually": time words that set no deadline. */
  readonly horizons: readonly TimeExpression[];
  /** Each action the goal asks for ("pass X", "move into Y"), as offsets of its clause. */
  readonly actions: readonly { readonly start: number; readonly end: number; readonly verb: string }[];
}

/** A goal is a sentence or two; past this length the rest is not read, so a pasted essay cannot stall the editor. */
export const MAX_GOAL_LENGTH = 1000;

/**
 * Reads a goal sentence. Offsets in the result are into `text`. Several rules read the same goal: they
 * pass their lint run's cache. With the learned reader, its verdicts on S and M stand where they and
 * the rules' differ (learnedReader.ts).
 */
export function analyzeGoal(text: string, cache?: ReadCache, reader?: LearnedReader): GoalAnalysis {
  const read = (goal: string) => readGoal(goal, reader);
  return cache ? cache.get(reader ? 'goal-learned' : 'goal', text, read) : read(text);
}

function readGoal(text: string, reader: LearnedReader | undefined): GoalAnalysis {
  const read = readableText(text.length <= MAX_GOAL_LENGTH ? text : text.slice(0, MAX_GOAL_LENGTH).replace(/\S*$/, ''));
  const language = goalLanguage(read);
  if (language !== 'en') {
    // Another script is read for nothing, its deadline included: CP008 says so, and CP501 stays silent.
    const deadlines = language === 'other' ? [] : findForeignTimeExpressions(read, language);
    return { text, language, specific: { ok: true, named: [] }, measurable: { ok: true }, deadlines, horizons: [], actions: [] };
  }
  const deadlines = findTimeExpressions(read);
  const horizons = findVagueHorizons(read);
  const clauses = clausesOf(read, [...deadlines, ...horizons]);
  const actions = clauses
    .filter((clause) => clause.verb && VERBS.has(clause.verb.lower))
    .map((clause) => ({ start: clause.start, end: clause.start + clause.text.length, verb: clause.verb!.lower }));
  const recurrences = deadlines.filter((deadline) => deadline.kind === 'recurrence');
  const asides = asidesOf(read);
  const measured = asides.length > 0 ? clausesOf(read, [...deadlines, ...horizons, ...asides]) : clauses;
  const specific = judgeSpecific(clauses, recurrences);
  const measurable = judgeMeasurable(measured, recurrences);
  if (!reader) return { text, language, specific, measurable, deadlines, horizons, actions };
  const learned = reader.judge(text, { specific: specific.ok, measurable: measurable.ok, named: specific.ok ? specific.named : [], verb: actions[0]?.verb });
  return { text, language, specific: learnedSpecific(specific, learned.S), measurable: learnedMeasurable(measurable, learned.M), deadlines, horizons, actions };
}

/**
 * A role or a career move with no where is the rubric's own case: the rules' S finding stands
 * whatever the learned reader reads. So is a comparison with nothing named ("sell more", "study
 * harder"): M's case below, read for S.
 */
export const rubricDecidesS = (rules: SpecificJudgement): boolean => !rules.ok && (rules.kind !== 'vague' || compares(rules.words));

/** So is a comparison with no target ("sell more licences") for M. */
export const rubricDecidesM = (rules: MeasurableJudgement): boolean => !rules.ok && compares(rules.words);

/** Whether a finding's words hold a comparative ("more", "harder"). */
const compares = (words: readonly string[]) => words.some((phrase) => phrase.toLowerCase().split(/\s+/).some((word) => COMPARATIVES.has(word)));

/** Where the learned reader finds S missing and the rules did not, its finding quotes the words that weighed most. */
function learnedSpecific(rules: SpecificJudgement, learned: LearnedVerdict): SpecificJudgement {
  if (rules.ok === !learned.lacking || rubricDecidesS(rules)) return rules;
  return learned.lacking ? { ok: false, kind: 'learned', start: learned.start, end: learned.end, words: learned.words } : { ok: true, named: [] };
}

function learnedMeasurable(rules: MeasurableJudgement, learned: LearnedVerdict): MeasurableJudgement {
  if (rules.ok === !learned.lacking || rubricDecidesM(rules)) return rules;
  return learned.lacking ? { ok: false, learned: true, start: learned.start, end: learned.end, words: learned.words } : { ok: true };
}

/** "(e.g. Python, Go)", "(such as…)": a parenthesis that gives examples is part of what the goal names. */
const EXAMPLES = /^\(\s*(?:e\.?\s?g|i\.?\s?e|such as|like|including|for example|for instance)\b/i;

/**
 * "Improve my writing (my first language is Polish)", "learn to code (wish me luck)": an aside in
 * parentheses comments on the goal and sets no finish line, so the M check reads the goal without it.
 * Not one with a number ("(at least 12)") or one that gives examples.
 */
function asidesOf(text: string): Span[] {
  return [...text.matchAll(/\([^()]*\)/g)].filter((match) => !/\d/.test(match[0]) && !EXAMPLES.test(match[0])).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
