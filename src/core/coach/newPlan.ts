import type { IsoDate } from '../calendar/dates';
import { yamlScalar } from '../edits/yamlText';

/** What the "New Career Plan" flow asks for. Everything but the goal may be left out. */
export interface NewPlanAnswers {
  readonly goal: string;
  readonly target?: IsoDate;
  readonly steps: readonly { readonly title: string; readonly target?: IsoDate }[];
  /** The most significant skill gap: the one to work on first. */
  readonly gap?: string;
}

export interface NewPlanOptions {
  /** The day the plan is written, recorded as its last review. */
  readonly today: IsoDate;
  readonly eol?: string;
}

/**
 * The text of a new plan file from the person's answers. Every answer is written as a YAML scalar
 * that reads back as exactly what was typed, so a goal with a colon or a step called "No" cannot
 * change the plan's structure.
 */
export function newPlanText(answers: NewPlanAnswers, options: NewPlanOptions): string {
  const scalar = (text: string) => yamlScalar(text.trim(), false);
  const lines = ['---', `goal: ${scalar(answers.goal)}`];
  if (answers.target) lines.push(`target: ${answers.target}`);
  lines.push(`review: { every: 3 months, last: ${options.today} }`);

  const steps = answers.steps.filter((step) => step.title.trim() !== '');
  if (steps.length === 0) lines.push('steps: []');
  else lines.push('steps:');
  for (const step of steps) {
    lines.push(`  - title: ${scalar(step.title)}`);
    if (step.target) lines.push(`    target: ${step.target}`);
  }

  const gap = answers.gap?.trim();
  if (gap) {
    lines.push('gaps:', '  # Most significant first: the first open gap is the one to work on now.', `  - title: ${scalar(gap)}`, '    status: active');
  }

  lines.push(
    '---',
    '',
    '# Career plan',
    '',
    'Notes, reflections and task lists go here. A task list under a heading that names a step or a gap',
    'counts as its actions:',
    '',
    `## ${gap ?? steps[0]?.title.trim() ?? 'Next actions'}`,
    '',
    '- [ ] The first small thing to do this week',
    '',
  );
  return lines.join(options.eol ?? '\n');
}
