import type { Shape } from '../shape';

/**
 * An objective with its key results (OKR): the objective is the goal, each key result a step with
 * its date, and "Initiatives" or "Skills" the gaps when written.
 */
export const OKR: Shape = {
  id: 'okr',
  name: 'Objective and key results',
  goal: /(career |personal )?objective|o\d?/,
  target: /target( date)?|deadline|by|due/,
  steps: /key results?|krs?/,
  step: /kr ?\d+|key result ?\d+/,
  gaps: /skills to (build|develop)|gaps|blockers|learning goals/,
  notes: /initiatives|notes|score|reflection|retro(spective)?/,
};
