// Writes schemas/career-plan-config.schema.json, the JSON Schema of a `.career-plan.json` lint
// configuration, which package.json's jsonValidation gives VS Code's JSON editing: completion of
// rule ids and names, their descriptions on hover, and a warning on a typo. Rules come from the
// registry and options from the editor settings of the same names, so the schema cannot drift from
// either; `--check` fails when the file is stale (a unit test runs the same comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OPTIONS } from '../src/core/rules/options';
import { rules } from '../src/core/rules/registry';

export const CONFIG_SCHEMA_FILE = path.resolve(__dirname, '../schemas/career-plan-config.schema.json');
const MANIFEST = path.resolve(__dirname, '../package.json');

const SEVERITY = {
  enum: ['error', 'warning', 'info', 'off', true, false],
  enumDescriptions: ['Report as an error', 'Report as a warning', 'Report as information', 'Do not check', "Use the rule's default severity", 'Do not check'],
};

interface SettingSchema {
  type: string;
  minimum?: number;
  default?: unknown;
  markdownDescription?: string;
}

export function configJsonSchema(): object {
  const settings = JSON.parse(readFileSync(MANIFEST, 'utf8')).contributes.configuration.properties as Record<string, SettingSchema>;
  const ruleProperties: Record<string, object> = {};
  for (const rule of rules) {
    const what = `${rule.description} Default: ${rule.severity}.`;
    ruleProperties[rule.id] = { $ref: '#/definitions/severity', markdownDescription: `\`${rule.name}\`: ${what}` };
    ruleProperties[rule.name] = { $ref: '#/definitions/severity', markdownDescription: `${rule.id}: ${what}` };
  }
  const optionProperties: Record<string, object> = {};
  for (const option of Object.keys(DEFAULT_OPTIONS)) {
    const setting = settings[`careerPlan.${option}`];
    if (!setting) throw new Error(`package.json has no setting careerPlan.${option} to describe the option ${option}`);
    const { type, minimum, markdownDescription } = setting;
    optionProperties[option] = { type, minimum, default: DEFAULT_OPTIONS[option as keyof typeof DEFAULT_OPTIONS], markdownDescription };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Career Plan lint configuration',
    description: 'Rule severities and rule options for every plan in this folder and below, as read by the career-plan CLI. A plan\'s own lint: block wins over it.',
    type: 'object',
    definitions: { severity: SEVERITY },
    properties: {
      rules: { type: 'object', description: 'Severity of each rule, by id or name.', properties: ruleProperties, additionalProperties: false },
      options: { type: 'object', description: 'Numbers some rules use.', properties: optionProperties, additionalProperties: false },
    },
    additionalProperties: false,
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
