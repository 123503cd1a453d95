import * as vscode from 'vscode';
import { daysBetween, type IsoDate } from '../../core/calendar/dates';
import { reviewAgenda, reviewEdits, type GapAnswer, type GoalAnswer, type NamedGap, type ReviewAgenda, type ReviewAnswers, type StepAnswer, type StepToReview } from '../../core/review';
import { escapeIcons } from '../../core/schedule/countdown';
import type { Feature } from '../feature';
import type { MilestoneNode } from '../tree/nodes';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';
import { Questions, type Choice } from '../services/questions';

export const START_REVIEW_COMMAND = 'careerPlan.startReview';
/** Internal: the review's question on screen, for the integration tests. */
export const REVIEW_QUESTION_COMMAND = 'careerPlan.debug.reviewQuestion';

/** How many gaps key people may name in one review: the question repeats until left empty. */
const MAX_NAMED_GAPS = 10;

/**
 * "Start Review": walks the plan with the person — each step not yet reached, each open gap in rank
 * order, what key people said the gaps are, what went well, whether the goal still holds — then
 * writes every answer, `review.last` and the dated entry under `## Reviews` as one edit that one undo
 * takes back. Escape at any question writes nothing. From the tree it reviews that row's plan; from
 * the palette, the status bar or CP605's quick fix, the plan named or the active one.
 */
export const registerStartReview: Feature = (context, { store, clock }) => {
  const questions = new Questions();
  context.subscriptions.push(
    vscode.commands.registerCommand(START_REVIEW_COMMAND, async (where?: MilestoneNode | vscode.Uri | string) => {
      const uri = typeof where === 'string' ? vscode.Uri.parse(where) : where instanceof vscode.Uri ? where : (where?.uri ?? (await pickPlan(store, vscode.l10n.t('Review which plan?')))?.uri);
      if (!uri) return false;
      const document = await vscode.workspace.openTextDocument(uri);
      const state = store.get(document);
      if (!state) return false;
      const version = document.version;
      const today = clock.today();
      const answers = await askReview(questions, reviewAgenda(state.parsed.plan, today));
      if (!answers) return false;
      // The answers name steps and gaps by their place in the plan as it was asked about.
      if (document.version !== version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed during the review, so nothing was written. Start the review again.'));
        return false;
      }
      const written = await editPlan(store, uri, (parsed) => reviewEdits(parsed, answers, today));
      if (written) vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Review of {0} written: one undo takes it back.', today), 8000);
      return written;
    }),
    vscode.commands.registerCommand(REVIEW_QUESTION_COMMAND, () => questions.current()),
  );
};

/** Every question of the review, in order; undefined as soon as one is cancelled. */
async function askReview(ask: Questions, agenda: ReviewAgenda): Promise<ReviewAnswers | undefined> {
  const steps: StepAnswer[] = [];
  for (const [n, step] of agenda.steps.entries()) {
    const answer = await askStep(ask, vscode.l10n.t('Plan review · Step {0} of {1}', n + 1, agenda.steps.length), step, agenda.today);
    if (!answer) return undefined;
    steps.push(answer);
  }
  const gaps: GapAnswer[] = [];
  for (const [n, gap] of agenda.gaps.entries()) {
    const title = vscode.l10n.t('Plan review · Gap {0} of {1}', n + 1, agenda.gaps.length);
    const closed = await askWhen(ask, title, vscode.l10n.t('Have you closed the gap “{0}”?', gap.title), vscode.l10n.t('Still open'), vscode.l10n.t('Closed'), agenda.today);
    if (closed === undefined) return undefined;
    if (closed !== null) {
      gaps.push({ index: gap.index, closed });
      continue;
    }
    const now = gap.nextAction ? vscode.l10n.t('Its next action now: “{0}”. ', gap.nextAction) : '';
    const action = await ask.text(title, vscode.l10n.t('{0}What is the next action on “{1}”? Enter on empty keeps the actions as they are.', now, gap.title), {
      placeHolder: vscode.l10n.t('Ask to lead the next hiring loop'),
    });
    if (action === undefined) return undefined;
    gaps.push({ index: gap.index, action: action || undefined });
  }
  const closedNow = new Set(gaps.filter((gap) => gap.closed).map((gap) => gap.index));
  const open = agenda.gaps.filter((gap) => !closedNow.has(gap.index));
  let focus: number | undefined;
  if (open.length > 1) {
    const chosen = await ask.pick(
      vscode.l10n.t('Plan review · Focus'),
      vscode.l10n.t('Which gap is the most significant now? It is ranked first: the one to work on next.'),
      open.map((gap, rank): Choice<number> => ({ label: escapeIcons(gap.title), description: rank === 0 ? vscode.l10n.t('first so far') : undefined, answer: gap.index })),
    );
    if (chosen === undefined) return undefined;
    focus = chosen === open[0].index ? undefined : chosen;
  }
  const people = await askPeople(ask);
  if (!people) return undefined;
  const since = agenda.lastReview ? vscode.l10n.t('since the last review ({0})', agenda.lastReview) : vscode.l10n.t('lately');
  const wins = await ask.text(vscode.l10n.t('Plan review · Wins'), vscode.l10n.t('What went well {0}? Empty to leave it out.', since), {
    placeHolder: vscode.l10n.t('shipped the billing migration; mentored two juniors'),
  });
  if (wins === undefined) return undefined;
  let goal: GoalAnswer | undefined;
  if (agenda.goal !== undefined) {
    goal = await askGoal(ask, agenda.goal);
    if (!goal) return undefined;
  }
  return { steps, gaps, focus, asked: people.asked || undefined, named: people.named, wins: wins || undefined, goal };
}

async function askStep(ask: Questions, title: string, step: StepToReview, today: IsoDate): Promise<StepAnswer | undefined> {
  const due = step.target ? vscode.l10n.t(' (target {0}, {1})', step.target, daysText(daysBetween(today, step.target))) : '';
  const reached = await askWhen(ask, title, vscode.l10n.t('Have you reached “{0}”{1}?', step.title, due), vscode.l10n.t('Not yet'), vscode.l10n.t('Reached'), today);
  if (reached === undefined) return undefined;
  if (reached !== null) return { index: step.index, reached };
  const target = await askTarget(ask, title, step);
  if (target === undefined) return undefined;
  return { index: step.index, target: target ?? undefined };
}

/** "Not yet" (null), today, or another day the person writes; undefined when cancelled. */
async function askWhen(ask: Questions, title: string, question: string, notYet: string, done: string, today: IsoDate): Promise<IsoDate | null | undefined> {
  const choice = await ask.pick(title, question, [
    { label: notYet, answer: 'no' },
    { label: `$(check) ${vscode.l10n.t('{0} today', done)}`, description: today, answer: 'today' },
    { label: `$(calendar) ${vscode.l10n.t('{0} on another day…', done)}`, answer: 'other' },
  ]);
  if (choice === undefined) return undefined;
  if (choice === 'no') return null;
  if (choice === 'today') return today;
  return ask.day(title, vscode.l10n.t('{0} on which day?', done), today);
}

/** A new target for a step not reached: null keeps the one it has (or leaves it without). */
async function askTarget(ask: Questions, title: string, step: StepToReview): Promise<IsoDate | null | undefined> {
  const keep: Choice<IsoDate | null | 'other'> = step.target
    ? { label: vscode.l10n.t('Keep {0}', step.target), description: vscode.l10n.t('still right'), answer: null }
    : { label: vscode.l10n.t('Leave it without a date'), answer: null };
  const slips = [vscode.l10n.t('a month later'), vscode.l10n.t('three months later'), vscode.l10n.t('six months later')];
  const later = step.laterTargets.map((date, n): Choice<IsoDate | null | 'other'> => ({ label: vscode.l10n.t('Move to {0}', date), description: slips[n], answer: date }));
  const question = step.target ? vscode.l10n.t('Is {0} still the right target for “{1}”?', step.target, step.title) : vscode.l10n.t('“{0}” has no target date. Set one?', step.title);
  const choice = await ask.pick(title, question, [keep, ...later, { label: `$(calendar) ${vscode.l10n.t('Another date…')}`, answer: 'other' }]);
  if (choice !== 'other') return choice;
  return ask.day(title, vscode.l10n.t('The new target for “{0}”', step.title), step.target ?? '');
}

/** Who was asked what the gaps are, and the gaps they named, each with who named it. */
async function askPeople(ask: Questions): Promise<{ asked: string; named: NamedGap[] } | undefined> {
  const title = vscode.l10n.t('Plan review · Key people');
  const asked = await ask.text(title, vscode.l10n.t('Whom did you ask what the gaps are between now and your next step (your manager, a mentor, a peer)? Empty if nobody.'), {
    placeHolder: vscode.l10n.t('Dana (manager), Sam (mentor)'),
  });
  if (asked === undefined) return undefined;
  const people = asked
    .split(/[,;]/)
    .map((person) => person.trim())
    .filter(Boolean);
  const named: NamedGap[] = [];
  while (named.length < MAX_NAMED_GAPS) {
    const gap = await ask.text(title, vscode.l10n.t('A gap someone named, to add to your plan. Empty when there is no other.'), { placeHolder: vscode.l10n.t('Budget ownership') });
    if (gap === undefined) return undefined;
    if (!gap) break;
    const source = await askSource(ask, title, gap, people);
    if (source === undefined) return undefined;
    named.push({ title: gap, source: source || undefined });
  }
  return { asked, named };
}

async function askSource(ask: Questions, title: string, gap: string, people: readonly string[]): Promise<string | undefined> {
  const question = vscode.l10n.t('Who named “{0}”?', gap);
  if (people.length === 0) return ask.text(title, vscode.l10n.t('{0} Empty to leave it out.', question), { placeHolder: vscode.l10n.t('Dana, my manager') });
  const choice = await ask.pick(title, question, [
    ...people.map((person): Choice<string | null> => ({ label: escapeIcons(person), answer: person })),
    { label: vscode.l10n.t('Someone else…'), answer: null },
    { label: vscode.l10n.t('Leave it out'), answer: '' },
  ]);
  if (choice !== null) return choice;
  return ask.text(title, question, { placeHolder: vscode.l10n.t('Dana, my manager') });
}

async function askGoal(ask: Questions, goal: string): Promise<GoalAnswer | undefined> {
  const title = vscode.l10n.t('Plan review · Goal');
  const choice = await ask.pick(title, vscode.l10n.t('Does your goal still hold? “{0}”', goal), [
    { label: vscode.l10n.t('Yes, it still holds'), answer: 'holds' },
    { label: `$(edit) ${vscode.l10n.t('It changed: rewrite it…')}`, answer: 'rewrite' },
    { label: vscode.l10n.t('No, I will rethink it later'), answer: 'rethink' },
  ]);
  if (choice === undefined) return undefined;
  if (choice === 'holds') return { holds: true };
  if (choice === 'rethink') return { holds: false };
  const text = await ask.text(title, vscode.l10n.t('Your goal as it reads now'), { value: goal, validate: (value) => (value.trim() === '' ? vscode.l10n.t('Write a few words.') : undefined) });
  return text === undefined ? undefined : { holds: false, goal: text };
}

function daysText(days: number): string {
  if (days === 0) return vscode.l10n.t('today');
  return days > 0 ? vscode.l10n.t('in {0} days', days) : vscode.l10n.t('{0} days ago', -days);
}
