import type { Shape } from '../shape';

/**
 * A plan written as labelled lines: "Goal:" and the steps or milestones under it, each with a date,
 * "Skills to build" or "Gaps" after them; or the same under headings with tasks below each step.
 */
export const GOAL_LINES: Shape = {
  id: 'goal-lines',
  name: 'Goal line with dated steps',
  goal: /(my |main |overall |big )?goal|vision|aim|where I want to be/,
  target: /target( date)?|deadline|due|by|when/,
  steps: /steps|milestones|plan|how I get there|path|stages|roadmap/,
  step: /step( \d+)?|milestone( \d+)?|stage( \d+)?|phase( \d+)?/,
  gaps: /gaps|skills( to (build|learn|develop|gain))?|what I need to learn|learning|to learn|missing skills/,
  gap: /gap( \d+)?|skill( \d+)?/,
  stepsFollowGoal: true,
  notes: /notes|why|values|reflection|log|journal/,
};
