import * as z from 'zod/mini';
import { SEVERITY_SETTINGS } from '../format/severity';
import { rules } from '../rules/registry';
import type { LintOptions } from '../rules/options';

/** What a rule may be set to: a severity, `true` for the rule's default, `false` for off. */
export const severitySchema = z.literal([...SEVERITY_SETTINGS, true, false]);

/**
 * The bounds of each option, the same as those of the editor setting of the same name (a unit test
 * compares them with package.json). Messages name them, so they are written here rather than read
 * back from the schemas (zod/mini's schemas do not show them).
 */
export const OPTION_BOUNDS = {
  focusLimit: { whole: true, minimum: 1 },
  minMonthsBetweenSteps: { whole: false, minimum: 0 },
  momentPrepDays: { whole: true, minimum: 0 },
} as const satisfies Record<keyof LintOptions, { whole: boolean; minimum: number }>;

const optionSchema = ({ whole, minimum }: { whole: boolean; minimum: number }) => (whole ? z.int() : z.number()).check(z.minimum(minimum));

export const OPTION_SCHEMAS = Object.fromEntries(Object.entries(OPTION_BOUNDS).map(([name, bounds]) => [name, optionSchema(bounds)])) as Record<keyof LintOptions, z.ZodMiniNumber<number>>;

/** A rule is named by its id or its name, written exactly so (the editor completes both). */
const ruleKeys = Object.fromEntries(rules.flatMap((rule) => [rule.id, rule.name]).map((key) => [key, z.optional(severitySchema)]));

/**
 * The schema of a `.career-plan.json` file. Every object is strict, so a misspelt key is an error
 * rather than a setting silently ignored. The editor's JSON Schema for the file
 * (schemas/career-plan-config.schema.json) is generated from this one.
 */
export const configFileSchema = z.strictObject({
  /** Editors and schema stores write it; it means nothing here. */
  $schema: z.optional(z.string()),
  rules: z.optional(z.strictObject(ruleKeys)),
  options: z.optional(z.partial(z.strictObject(OPTION_SCHEMAS))),
  /** Patterns in gitignore syntax, relative to the file's folder. */
  ignores: z.optional(z.array(z.string())),
  /** Stops the search for configuration files above this folder. */
  root: z.optional(z.boolean()),
});

export type ConfigFile = z.output<typeof configFileSchema>;

/** The top-level keys, for naming them in messages. */
export const CONFIG_KEYS = Object.keys(configFileSchema.shape);
