import type { Shape } from '../shape';

/**
 * A growth plan: "Target role:" and "Target timeline:" lines, 1-year / 3-year / ultimate goal
 * headings, and a skill-gap table (skill | current | required | priority) whose rows are the gaps,
 * ranked by the priority column.
 */
export const GROWTH_PLAN: Shape = {
  id: 'growth-plan',
  name: 'Growth plan (target role, 1-year / 3-year goals, skill-gap table)',
  goal: /target role|career goal|ultimate (career )?goal|(5|five|10|ten)[- ]years? (goal|vision)|long[- ]term (goal|vision)|north star|destination|dream (role|job)/,
  target: /target (timeline|date)|timeline|timeframe|by when/,
  step: /(1|one|2|two|3|three|6|six|12|eighteen|18)[- ](month|year)s? (goal|target|milestone)s?|(next|interim) (role|step|milestone)|short[- ]term goal|mid[- ]term goal|medium[- ]term goal/,
  steps: /milestones|career path|path|roadmap to (the )?target( role)?|steps/,
  gaps: /skills? gaps?( analysis)?|gap analysis|skills to (develop|build|close)|competenc(y|ies) gaps?|development priorities/,
  notes: /current (role|state|position|skills)|strengths|why|motivation|support|resources|notes|reflection|learning resources|network(ing)?/,
};
