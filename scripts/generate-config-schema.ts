// Writes schemas/career-plan-config.schema.json, the JSON Schema of a `.career-plan.json` lint
// configuration, which package.json's jsonValidation gives VS Code's JSON editing: completion of
// rule ids and names, their descriptions on hover, and a warning on a typo. It is the zod schema the
// CLI and the extension validate the file with (src/core/config/schema.ts) written as JSON Schema,
// with descriptions added: rules' from the registry, options' from the editor settings of the same
// names. `--check` fails when the file is stale (a unit test runs the same comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { configFileSchema, severitySchema } from '../src/core/config/schema';
import { rules } from '../src/core/rules/registry';

export const CONFIG_SCHEMA_FILE = path.resolve(__dirname, '../schemas/career-plan-config.schema.json');
const MANIFEST = path.resolve(__dirname, '../package.json');

const SEVERITY_DESCRIPTIONS = ['Report as an error', 'Report as a warning', 'Report as information', 'Do not check', "Use the rule's default severity", 'Do not check'];

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

export function configJsonSchema(): JsonSchema {
  const settings = JSON.parse(readFileSync(MANIFEST, 'utf8')).contributes.configuration.properties as Record<string, { markdownDescription?: string; default?: unknown }>;
  // The severity is written once, under definitions, and referred to by every rule.
  const ids = z.registry<{ id: string }>();
  ids.add(severitySchema, { id: 'severity' });
  const schema = z.toJSONSchema(configFileSchema, { target: 'draft-7', metadata: ids, io: 'input' }) as JsonSchema;
  const { rules: ruleSchema, options, ignores, root, $schema } = schema.properties!;

  schema.definitions!.severity.enumDescriptions = SEVERITY_DESCRIPTIONS;
  ruleSchema.description = 'Severity of each rule, by id or name (one of the two).';
  // A rule set by its id and by its name is a mistake the reader reports (readConfig.ts): the editor warns of it too.
  ruleSchema.allOf = rules.map((rule) => ({ not: { required: [rule.id, rule.name] } }));
  for (const rule of rules) {
    const what = `${rule.description} Default: ${rule.severity}.`;
    ruleSchema.properties![rule.id].markdownDescription = `\`${rule.name}\`: ${what}`;
    ruleSchema.properties![rule.name].markdownDescription = `${rule.id}: ${what}`;
  }
  options.description = 'Numbers some rules use.';
  for (const [option, property] of Object.entries(options.properties!)) {
    const setting = settings[`careerPlan.${option}`];
    if (!setting) throw new Error(`package.json has no setting careerPlan.${option} to describe the option ${option}`);
    Object.assign(property, { default: setting.default, markdownDescription: setting.markdownDescription });
  }
  ignores.markdownDescription = 'Plans not to lint: patterns in `.gitignore` syntax, relative to this folder (as in a `.career-planignore` file here, read after them).';
  root.markdownDescription = 'When `true`, no `.career-plan.json` or `.career-planignore` above this folder applies to the plans in it and below.';
  $schema.description = 'The JSON Schema of this file, for editors; the linter does not read it.';
  return {
    $schema: schema.$schema,
    title: 'Career Plan lint configuration',
    description: "Rule severities, rule options and ignored plans for every plan in this folder and below, read by the editor and the career-plan CLI; a nearer folder's file wins setting by setting, and a plan's own lint: block wins over all (docs/configuration.md).",
    ...schema,
  };
}

export const configSchemaText = (): string => `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

if (require.main === module) {
  const text = configSchemaText();
  if (process.argv.includes('--check')) {
    if (readFileSync(CONFIG_SCHEMA_FILE, 'utf8') !== text) {
      console.error(`${path.relative(process.cwd(), CONFIG_SCHEMA_FILE)} is stale: run \`npm run schema:config\`.`);
      process.exit(1);
    }
  } else {
    writeFileSync(CONFIG_SCHEMA_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), CONFIG_SCHEMA_FILE)}`);
  }
}
