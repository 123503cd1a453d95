import type { Shape } from '../shape';
import { BRECHNER } from './brechner';
import { GOAL_LINES } from './goalLines';
import { GROWTH_PLAN } from './growthPlan';
import { IDP } from './idp';
import { OKR } from './okr';
import { TASK_HEADINGS } from './taskHeadings';

/** Every shape, the more particular first: on a tie the first one's reading is kept. */
export const SHAPES: readonly Shape[] = [BRECHNER, GROWTH_PLAN, IDP, OKR, TASK_HEADINGS, GOAL_LINES];
