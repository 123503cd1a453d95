import { mayHoldBodyPlan } from '../format/detect';
import { parsePlan } from './parsePlan';

/**
 * Whether a whole text is a plan written without frontmatter: a shape recognises its body. It reads
 * the body only when the text names a goal at all (mayHoldBodyPlan), so most notes cost a regular
 * expression. A workspace scan judges files by their heads (detect.ts's judgeHead) and does not call
 * this: a body-only plan is found when careerPlan.planFiles names it or when it is opened.
 */
export function looksLikeBodyPlan(text: string): boolean {
  return mayHoldBodyPlan(text) && parsePlan(text).plan.readFrom === 'body';
}
