/**
 * Minimal text edits to a plan's frontmatter. Each operation returns the edits (offsets into the
 * parsed text) that make one change, written in the file's own style: its line break, indentation,
 * block or flow lists, comments kept. An empty result means the change does not apply (already
 * made, or the frontmatter cannot be edited safely).
 */
export { applyEdits } from './applyEdits';
export { appendToBodySection } from './bodySection';
export { diffEdits } from './diffEdits';
export { addGap, addGapAction, addGaps, closeGap, moveGap, setGapStatus, type NewGap } from './gaps';
export type { Move } from './keyedLists';
export { addMomentPrep, insertGoalTarget, insertValues, PLACEHOLDER_VALUES, recordReview, rewriteGoal, setReviewLast } from './planFields';
export { addStep, insertStepTarget, markStepDone, moveStep, setStepTarget } from './steps';
