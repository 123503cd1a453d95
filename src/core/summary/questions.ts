import { describeDaysLeft, type IsoDate } from '../calendar/dates';

export interface QuestionSubjects {
  readonly goal?: string;
  readonly nextStep?: { readonly title: string; readonly date?: IsoDate; readonly daysLeft?: number };
  readonly focus?: string;
}

/**
 * What to ask a manager, mentor or partner at a 1:1, drawn from the plan: the gaps they see before
 * the next step (the question the whole method turns on), whether the gap being worked on is still
 * the one that matters most, what would show it closed, and whether the next date still holds.
 */
export function questionsToAsk({ goal, nextStep, focus }: QuestionSubjects): string[] {
  const questions: string[] = [];
  questions.push(nextStep ? `What gaps do you see between where I am now and “${nextStep.title}”?` : 'What gaps do you see between where I am now and my next step?');
  if (focus) {
    questions.push(`Is “${focus}” still the most significant gap to close first?`);
    questions.push(`What would show you that I have closed “${focus}”?`);
  }
  if (nextStep?.date && nextStep.daysLeft !== undefined) {
    questions.push(nextStep.daysLeft < 0 ? `“${nextStep.title}” was due ${nextStep.date}: what date is realistic now?` : `Is ${nextStep.date} (${describeDaysLeft(nextStep.daysLeft)}) still realistic for “${nextStep.title}”?`);
  }
  if (goal) questions.push(`Does “${goal}” still sound like the right destination to you?`);
  return questions;
}
