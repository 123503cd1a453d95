import type { IsoDate } from '../calendar/dates';
import { parsePlan } from '../parse/parsePlan';
import type { Plan } from '../plan/model';
import { matchByTitle, sameTitle } from './match';
import { readReviewEntries, type ReviewEntry } from './reviews';

/** The plan's text as it stood at one commit, with the commit's calendar date. */
export interface PlanVersion {
  readonly date: IsoDate;
  readonly text: string;
  /** Its frontmatter read (readVersion), when the caller keeps versions from one drawing to the next. */
  readonly plan?: Plan;
}

/** A version with its frontmatter read, which is all an older version is read for. */
export function readVersion(version: PlanVersion): PlanVersion & { readonly plan: Plan } {
  return { ...version, plan: version.plan ?? parsePlan(version.text, { maxBodyLength: 0 }).plan };
}

export interface HistoryInput {
  /** The plan as it reads now (the open document, perhaps not saved or committed). */
  readonly text: string;
  /** `text` parsed, when the caller has it already. */
  readonly plan?: Plan;
  /** Earlier versions of the plan, oldest first; none when the plan is not in git (or git is absent). */
  readonly versions?: readonly PlanVersion[];
  readonly today: IsoDate;
}

/** Where the history was read from: the plan's commits, or only its review entries and dates. */
export type HistorySource = 'git' | 'reviews';

/** A step's target date as it stood on a day. */
export interface TrendPoint {
  readonly when: IsoDate;
  readonly target: IsoDate;
}

export interface StepTrend {
  /** The step's title as last written. */
  readonly title: string;
  /** Its 1-based number in the plan as it reads now; absent for a step that was removed since. */
  readonly number?: number;
  /** Oldest first, one per version (or review) in which the step had a target. */
  readonly points: readonly TrendPoint[];
  /** The day the step was reached, when it was. */
  readonly reached?: IsoDate;
}

export type HistoryEventKind = 'reached' | 'closed' | 'review';

export interface HistoryEvent {
  readonly date: IsoDate;
  readonly kind: HistoryEventKind;
  /** The step reached, the gap closed, or "Review". */
  readonly title: string;
}

/** How a plan came to be what it is: each step's target over time, and the days things happened. */
export interface PlanHistory {
  readonly source: HistorySource;
  readonly today: IsoDate;
  readonly goal?: string;
  /** The days the picture has a point for: each version's (or review's) day, oldest first. */
  readonly days: readonly IsoDate[];
  readonly steps: readonly StepTrend[];
  /** Steps reached, gaps closed and reviews held, oldest first. */
  readonly events: readonly HistoryEvent[];
}

/**
 * Reads a plan's history. With versions (from git), each step's target at each version, matched
 * across versions by title (or, for an edited title, by position); versions of one day count once,
 * as the last of that day; the text as it reads now counts as today's version when it differs from
 * the last. Without versions, the review entries of the plan's `## Reviews` section give a point per
 * review (the targets they moved, read back from today's), and today's targets the last point.
 */
export function buildHistory(input: HistoryInput): PlanHistory {
  const plan = input.plan ?? parsePlan(input.text).plan;
  const entries = readReviewEntries(input.text, plan).filter((entry) => entry.date <= input.today);
  const versions = input.versions ?? [];
  return versions.length > 0 ? fromVersions(input, plan, versions, entries) : fromReviews(input, plan, entries);
}

interface ParsedVersion {
  readonly date: IsoDate;
  readonly plan: Plan;
}

function fromVersions(input: HistoryInput, plan: Plan, versions: readonly PlanVersion[], entries: readonly ReviewEntry[]): PlanHistory {
  const all: PlanVersion[] = [...versions];
  if (versions[versions.length - 1].text !== input.text) all.push({ date: input.today, text: input.text, plan });
  const byDay: ParsedVersion[] = [];
  for (const version of [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const parsed = { date: version.date, plan: readVersion(version).plan };
    if (byDay.length > 0 && byDay[byDay.length - 1].date === version.date) byDay[byDay.length - 1] = parsed;
    else byDay.push(parsed);
  }
  const last = byDay[byDay.length - 1].plan;

  const stepSeries = chain(byDay.map((version) => version.plan.steps.map((step) => step.title.value)));
  const steps = stepSeries.map((series): StepTrend & { order: number } => {
    const present = series.items.map((index, v) => (index === undefined ? undefined : byDay[v].plan.steps[index]));
    const points = present.flatMap((step, v) => (step?.target ? [{ when: byDay[v].date, target: step.target.value }] : []));
    const latest = lastPresent(present)!;
    const inNow = series.items[byDay.length - 1];
    const reached = reachedOn(present, byDay, entries);
    return {
      title: latest.title.value,
      ...(inNow === undefined ? {} : { number: inNow + 1 }),
      points,
      ...(reached ? { reached } : {}),
      order: inNow ?? last.steps.length + series.id,
    };
  });
  steps.sort((a, b) => a.order - b.order);

  const gapSeries = chain(byDay.map((version) => version.plan.gaps.map((gap) => gap.title.value)));
  const closed: HistoryEvent[] = [];
  for (const series of gapSeries) {
    const index = series.items[byDay.length - 1];
    const gap = index === undefined ? undefined : last.gaps[index];
    if (!gap || gap.status !== 'closed') continue;
    const firstClosed = series.items.findIndex((item, v) => item !== undefined && byDay[v].plan.gaps[item].status === 'closed');
    const date = gap.closed?.value ?? closedInEntries(gap.title.value, entries) ?? byDay[firstClosed].date;
    closed.push({ date, kind: 'closed', title: gap.title.value });
  }

  const reviewDays = [...entries.map((entry) => entry.date), ...byDay.flatMap((version) => (version.plan.review?.last ? [version.plan.review.last.value] : []))];
  return {
    source: 'git',
    today: input.today,
    ...(plan.goal ? { goal: plan.goal.value } : {}),
    days: byDay.map((version) => version.date),
    steps: steps.map(({ order: _order, ...step }) => step),
    events: events(steps, closed, reviewDays, input.today),
  };
}

function fromReviews(input: HistoryInput, plan: Plan, entries: readonly ReviewEntry[]): PlanHistory {
  const reviewDays = [...entries.map((entry) => entry.date), ...(plan.review?.last ? [plan.review.last.value] : [])].filter((day) => day <= input.today);
  const days = [...new Set([...reviewDays, input.today])].sort();
  const steps = plan.steps.map((step): StepTrend => {
    const title = step.title.value;
    // Walk back from today: before a review that moved this step, its target was the one it moved from.
    let target = step.target?.value;
    const points: TrendPoint[] = [];
    for (const day of [...days].reverse()) {
      if (target) points.unshift({ when: day, target });
      const moves = entries.filter((entry) => entry.date === day).flatMap((entry) => entry.moved.filter((move) => sameTitle(move.title) === sameTitle(title)));
      if (moves.length > 0) target = moves[0].from;
    }
    const reached = doneDate(step) ?? reachedInEntries(title, entries);
    return { title, number: step.index + 1, points, ...(reached ? { reached } : {}) };
  });
  const closed = plan.gaps.flatMap((gap): HistoryEvent[] => {
    if (gap.status !== 'closed') return [];
    const date = gap.closed?.value ?? closedInEntries(gap.title.value, entries);
    return date ? [{ date, kind: 'closed', title: gap.title.value }] : [];
  });
  return {
    source: 'reviews',
    today: input.today,
    ...(plan.goal ? { goal: plan.goal.value } : {}),
    days,
    steps,
    events: events(steps, closed, reviewDays, input.today),
  };
}

/** Items followed through a list of versions: `items[v]` is the item's index in version v, if it is there. */
interface Series {
  readonly id: number;
  readonly items: (number | undefined)[];
}

function chain(versions: readonly (readonly string[])[]): Series[] {
  const series: Series[] = [];
  let previousIds: number[] = [];
  versions.forEach((titles, v) => {
    const matches = v === 0 ? titles.map(() => undefined) : matchByTitle(versions[v - 1], titles);
    previousIds = titles.map((_, i) => {
      const match = matches[i];
      const id = match === undefined ? series.push({ id: series.length, items: new Array(versions.length).fill(undefined) }) - 1 : previousIds[match];
      series[id].items[v] = i;
      return id;
    });
  });
  return series;
}

type StepOf = Plan['steps'][number];

function doneDate(step: StepOf | undefined): IsoDate | undefined {
  return typeof step?.done?.value === 'string' ? step.done.value : undefined;
}

/** The day written as `done`, else the one a review entry names, else the first version that has it done. */
function reachedOn(present: readonly (StepOf | undefined)[], versions: readonly ParsedVersion[], entries: readonly ReviewEntry[]): IsoDate | undefined {
  const latest = lastPresent(present);
  if (!latest?.done) return undefined;
  const firstDone = present.findIndex((step) => step?.done !== undefined);
  return doneDate(latest) ?? reachedInEntries(latest.title.value, entries) ?? versions[firstDone].date;
}

function lastPresent<T>(items: readonly (T | undefined)[]): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i] !== undefined) return items[i];
  return undefined;
}

function reachedInEntries(title: string, entries: readonly ReviewEntry[]): IsoDate | undefined {
  for (const entry of entries) {
    const reached = entry.reached.find((item) => sameTitle(item.title) === sameTitle(title));
    if (reached) return reached.date ?? entry.date;
  }
  return undefined;
}

function closedInEntries(title: string, entries: readonly ReviewEntry[]): IsoDate | undefined {
  return entries.find((entry) => entry.closed.some((gap) => sameTitle(gap) === sameTitle(title)))?.date;
}

const EVENT_ORDER: Record<HistoryEventKind, number> = { review: 0, reached: 1, closed: 2 };

function events(steps: readonly StepTrend[], closed: readonly HistoryEvent[], reviewDays: readonly IsoDate[], today: IsoDate): HistoryEvent[] {
  const all: HistoryEvent[] = [
    ...[...new Set(reviewDays)].filter((day) => day <= today).map((date): HistoryEvent => ({ date, kind: 'review', title: 'Review' })),
    ...steps.flatMap((step): HistoryEvent[] => (step.reached ? [{ date: step.reached, kind: 'reached', title: step.title }] : [])),
    ...closed,
  ];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : EVENT_ORDER[a.kind] - EVENT_ORDER[b.kind]));
}
