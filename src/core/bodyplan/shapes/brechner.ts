import type { Shape } from '../shape';

/**
 * Eric Brechner's template ("What's your career plan?"): a "Career goal:" line, the steps below it
 * one per line with a target each, then "Gaps to reach next step (in order of significance):" and a
 * list, the most significant gap first.
 */
export const BRECHNER: Shape = {
  id: 'brechner',
  name: 'Career goal, steps and gaps (Brechner’s template)',
  goal: /career goal|long[- ]term (career )?goal/,
  target: /targets?( date)?|by when|when/,
  steps: /steps?( to get there)?|steps and targets|roles? (on the way|in between)/,
  gaps: /gaps?( to (reach|get to) (the |my )?next (step|role|level))?( \(?in order of significance\)?)?/,
  stepsFollowGoal: true,
};
