/**
 * The review of a plan: what it walks through (the agenda), what the person answered, and the one
 * lossless change to the plan those answers make, with the dated entry for the body.
 */
export { reviewAgenda, type GapToReview, type ReviewAgenda, type StepToReview } from './agenda';
export { overdueReview } from './due';
export type { GapAnswer, GoalAnswer, NamedGap, ReviewAnswers, StepAnswer } from './answers';
export { REVIEWS_SECTION, reviewEntry } from './entry';
export { reviewEdits } from './reviewEdits';
