import { PLAN } from './plan';
import type { MappingFormat } from './types';

/**
 * Tells whether a text is a career plan without parsing it: its frontmatter has a `goal` key and a
 * `steps` or `gaps` key (or their aliases) at the top level. Cheap enough to run on every file.
 */
const FENCE = /^\uFEFF?---[ \t]*\r?\n/;

/** A line starting with one of the keys, as the plan's top level may spell it (any case, or an alias). */
function keyLine(keys: readonly (keyof typeof PLAN.keys)[]): RegExp {
  const table: MappingFormat['keys'] = PLAN.keys;
  const spellings = keys.flatMap((key) => [key, ...(table[key].aliases ?? [])]);
  return new RegExp(`^(${spellings.map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ \\t]*:`, 'im');
}

const GOAL = keyLine(['goal']);
const STEPS_OR_GAPS = keyLine(['steps', 'gaps']);

export function looksLikePlan(text: string): boolean {
  const fence = FENCE.exec(text);
  if (!fence) return false;
  const end = text.indexOf('\n---', fence[0].length - 1);
  const frontmatter = text.slice(fence[0].length, end === -1 ? Math.min(text.length, 100_000) : end);
  return GOAL.test(frontmatter) && STEPS_OR_GAPS.test(frontmatter);
}
