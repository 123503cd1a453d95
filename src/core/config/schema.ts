import * as z from 'zod/mini';
import { SEVERITY_SETTINGS } from '../format/severity';
import { rules } from '../rules/registry';
import { OPTION_BOUNDS, type LintOptions } from '../rules/options';

/** What a rule may be set to: a severity, `true` for the rule's default, `false` for off. */
export const severitySchema = z.literal([...SEVERITY_SETTINGS, true, false]);

const optionSchema = ({ whole, minimum }: { whole: boolean; minimum: number }) => (whole ? z.int() : z.number()).check(z.minimum(minimum));

export const OPTION_SCHEMAS = Object.fromEntries(Object.entries(OPTION_BOUNDS).map(([name, bounds]) => [name, optionSchema(bounds)])) as Record<keyof LintOptions, z.ZodMiniNumber<number>>;

/** A rule is named by its id or its name, written exactly so (the editor completes both). */
const ruleKeys = Object.fromEntries(rules.flatMap((rule) => [rule.id, rule.name]).map((key) => [key, z.optional(severitySchema)]));

/**
 * The schema of a `.career-plan.json` file. Every object is strict, so a misspelt key is an error
 * rather than a setting silently ignored. The editor's JSON Schema for the file
 * (schemas/career-plan-config.schema.json) is generated from this one.
 */
const rulesSchema = z.optional(z.strictObject(ruleKeys));
const optionsSchema = z.optional(z.partial(z.strictObject(OPTION_SCHEMAS)));

/** What a caller of the library passes as `config`: the rules and options of a configuration file. */
export const lintConfigSchema = z.strictObject({ rules: rulesSchema, options: optionsSchema });

export const configFileSchema = z.strictObject({
  /** Editors and schema stores write it; it means nothing here. */
  $schema: z.optional(z.string()),
  rules: rulesSchema,
  options: optionsSchema,
  /** Patterns in gitignore syntax, relative to the file's folder. */
  ignores: z.optional(z.array(z.string())),
  /** Stops the search for configuration files above this folder. */
  root: z.optional(z.boolean()),
});

export type ConfigFile = z.output<typeof configFileSchema>;

/** The top-level keys, for naming them in messages. */
export const CONFIG_KEYS = Object.keys(configFileSchema.shape);
