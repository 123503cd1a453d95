import * as z from 'zod';
import { SEVERITY_SETTINGS } from '../format/severity';
import { rules } from '../rules/registry';
import type { LintOptions } from '../rules/options';

/** What a rule may be set to: a severity, `true` for the rule's default, `false` for off. */
export const severitySchema = z.literal([...SEVERITY_SETTINGS, true, false]);

/**
 * The bounds of each option, the same as those of the editor setting of the same name (a unit test
 * compares them with package.json).
 */
export const OPTION_SCHEMAS = {
  focusLimit: z.int().min(1),
  minMonthsBetweenSteps: z.number().min(0),
  momentPrepDays: z.int().min(0),
} as const satisfies Record<keyof LintOptions, z.ZodType<number>>;

/** A rule is named by its id or its name, written exactly so (the editor completes both). */
const ruleKeys = Object.fromEntries(rules.flatMap((rule) => [rule.id, rule.name]).map((key) => [key, severitySchema.optional()]));

/**
 * The schema of a `.career-plan.json` file. Every object is strict, so a misspelt key is an error
 * rather than a setting silently ignored. The editor's JSON Schema for the file
 * (schemas/career-plan-config.schema.json) is generated from this one.
 */
export const configFileSchema = z.strictObject({
  /** Editors and schema stores write it; it means nothing here. */
  $schema: z.string().optional(),
  rules: z.strictObject(ruleKeys).optional(),
  options: z.strictObject(OPTION_SCHEMAS).partial().optional(),
  /** Patterns in gitignore syntax, relative to the file's folder. */
  ignores: z.array(z.string()).optional(),
  /** Stops the search for configuration files above this folder. */
  root: z.boolean().optional(),
});

export type ConfigFile = z.output<typeof configFileSchema>;

/** The top-level keys, for naming them in messages. */
export const CONFIG_KEYS = Object.keys(configFileSchema.shape);
