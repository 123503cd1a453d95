import type { Shape } from '../shape';

/**
 * An individual development plan (IDP, PDP): headings such as Goals, Strengths, Development areas,
 * Actions and Timeline. The goal is the first line under the goals heading; the development areas
 * are the gaps; dated lines of the timeline are the steps.
 */
export const IDP: Shape = {
  id: 'idp',
  name: 'Individual development plan (goals, development areas, timeline)',
  goal: /(career |development |professional |long[- ]term |my )?goals?( for (this|the next) (year|period))?|(career )?aspirations?|career objective/,
  target: /target( date)?|completion date|by when/,
  steps: /timeline|milestones|short[- ]term goals?( \(.*\))?|development goals|plan|key milestones/,
  gaps: /development (areas|needs|opportunities)|areas (for|of) (development|improvement|growth)|areas to (develop|improve)|skills to (develop|build|improve)|(skill|competency) gaps|gaps|weaknesses/,
  notes: /strengths|reflections?|support( needed)?|resources|notes|review|feedback|actions?( plan)?|development activities/,
};
