import type { Shape } from '../shape';

/**
 * Task lists under headings: a goal heading or line, then one heading per step or gap ("Step 1:
 * Team lead (by 2027-06-30)", "Gap: Budget ownership") with the tasks for it below.
 */
export const TASK_HEADINGS: Shape = {
  id: 'task-headings',
  name: 'Headings per step and gap, with task lists',
  goal: /(career )?goal|where I am going|the goal/,
  target: /target( date)?|deadline|due|by/,
  step: /step( \d+)?|milestone( \d+)?|next role|role \d+|level \d+/,
  gap: /gap( \d+)?|skill gap|skill( \d+)?|to learn|focus( area)?( \d+)?/,
  steps: /steps|milestones|road ?map/,
  gaps: /gaps|skills|focus areas/,
  notes: /notes|log|done|archive|values/,
};
