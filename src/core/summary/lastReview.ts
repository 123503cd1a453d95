import type { ParsedPlan } from '../parse/parsePlan';
import { reviewEntries, type ReviewEntry } from '../parse/reviewEntries';

/** The newest entry of the body's `## Reviews` section: what the summary shows as changed since. */
export function lastReview(parsed: ParsedPlan): ReviewEntry | undefined {
  return reviewEntries(parsed.text, parsed.plan).at(-1);
}
