import * as z from 'zod/mini';
import { planSchema } from './schema';

/** The plan's JSON Schema, for YAML tools and editors that read one. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { target: 'draft-7', unrepresentable: 'any' }),
    $id: 'https://career-plan.invalid/schemas/career-plan.schema.json',
    title: 'Career plan frontmatter',
    description: 'The YAML frontmatter of a Career Plan Markdown file (see docs/plan-format.md).',
  };
}
