import { PLAN } from './plan';
import type { MappingFormat } from './types';

/**
 * Tells whether a text is a career plan without parsing it: its frontmatter has a `goal` key and a
 * `steps` or `gaps` key (or their aliases) at the top level. Cheap enough to run on every file, and
 * able to answer from a file's first kilobytes (judgeHead), so a workspace scan need not read more.
 */
const FENCE = /^\uFEFF?---[ \t]*\r?\n/;
/** A head that is all of a fence line so far: the fence may still come. */
const FENCE_SO_FAR = /^\uFEFF?(-{0,3}|---[ \t]*\r?)$/;

/**
 * Keys are looked for in the frontmatter's first 100,000 characters: the parser reads no longer
 * frontmatter (parsePlan's DEFAULT_MAX_FRONTMATTER_LENGTH, which a test holds this to), and a file's
 * head answers as its whole text would.
 */
export const DETECT_FRONTMATTER_LIMIT = 100_000;

/** A line starting with one of the keys, as the plan's top level may spell it (any case, or an alias). */
function keyLine(keys: readonly (keyof typeof PLAN.keys)[]): RegExp {
  const table: MappingFormat['keys'] = PLAN.keys;
  const spellings = keys.flatMap((key) => [key, ...(table[key].aliases ?? [])]);
  return new RegExp(`^(${spellings.map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ \\t]*:`, 'im');
}

const GOAL = keyLine(['goal']);
const STEPS_OR_GAPS = keyLine(['steps', 'gaps']);

export function looksLikePlan(text: string): boolean {
  return judgeHead(text, true) === true;
}

/**
 * Whether a file whose first characters are `head` is a plan, as looksLikePlan would say of its
 * whole text; undefined when the rest could change the answer, that is while the frontmatter is
 * still open and holds the keys of neither a plan nor its limit. `complete`: the head is the whole file.
 */
export function judgeHead(head: string, complete: boolean): boolean | undefined {
  const fence = FENCE.exec(head);
  if (!fence) return !complete && FENCE_SO_FAR.test(head) ? undefined : false;
  const start = fence[0].length;
  const end = head.indexOf('\n---', start - 1);
  const frontmatter = head.slice(start, Math.min(end === -1 ? head.length : end, DETECT_FRONTMATTER_LIMIT));
  if (GOAL.test(frontmatter) && STEPS_OR_GAPS.test(frontmatter)) return true;
  return complete || end !== -1 || head.length >= DETECT_FRONTMATTER_LIMIT ? false : undefined;
}

/**
 * Whether a text without frontmatter may hold a plan written in its body: it names a goal in one of
 * the words the shapes of src/core/bodyplan/ look for. A cheap first look, before reading the body
 * (parse/bodyPlanDetect.ts); false says no shape could recognise the text.
 */
const GOAL_WORDS = /\b(goals?|objective|target role|aspirations?|vision|aim|north star|destination|dream (role|job)|where I (want to be|am going))\b/i;

export function mayHoldBodyPlan(text: string): boolean {
  return !FENCE.test(text) && GOAL_WORDS.test(text);
}
