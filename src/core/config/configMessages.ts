import type * as z from 'zod/mini';
import { closest } from '../format/closest';
import { SEVERITY_SETTINGS } from '../format/severity';
import { rules } from '../rules/registry';
import { CONFIG_FILE_NAME } from './fileNames';
import { OPTION_BOUNDS } from '../rules/options';
import { CONFIG_KEYS } from './schema';

const RULE_KEYS = rules.flatMap((rule) => [rule.id, rule.name]);
const OPTION_KEYS = Object.keys(OPTION_BOUNDS);
const SEVERITY_WORDS: readonly string[] = SEVERITY_SETTINGS;

/** A value as a message quotes it: short, and as JSON writes it, so a string shows its quotes. */
export function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

const didYouMean = (word: string, candidates: readonly string[]) => {
  const guess = closest(word, candidates);
  return guess ? ` Did you mean \`${guess}\`?` : '';
};

const list = (words: readonly string[]) => `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** What is wrong with a key of an object in the file that the schema does not know. */
export function unknownKeyMessage(path: readonly PropertyKey[], key: string): string {
  switch (path.join('.')) {
    case '':
      return `\`${key}\` is not a setting of ${CONFIG_FILE_NAME}.${didYouMean(key, CONFIG_KEYS)} Its settings are ${list(CONFIG_KEYS.map((k) => `\`${k}\``))}.`;
    case 'rules':
      return `\`${key}\` is not a rule id or name.${didYouMean(key, RULE_KEYS) || ' The rules are listed in docs/rules/README.md.'}`;
    case 'options':
      return `\`${key}\` is not an option.${didYouMean(key, OPTION_KEYS)} The options are ${list(OPTION_KEYS.map((k) => `\`${k}\``))}.`;
    default:
      return `\`${key}\` is not expected here.`;
  }
}

/** What is wrong with a value the schema refuses, said for the setting it belongs to. */
export function valueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  const [top, name] = issue.path;
  if (issue.path.length === 0) return `${CONFIG_FILE_NAME} holds one JSON object, such as { "rules": { "CP101": "off" } }, not ${shown(value)}.`;
  if (top === 'rules' && name === undefined) return `\`rules\` holds rule ids or names with their severities, such as { "CP101": "off" }, not ${shown(value)}.`;
  if (top === 'rules') {
    const hint = typeof value === 'string' ? didYouMean(value.toLowerCase(), SEVERITY_WORDS) : '';
    return `${shown(value)} is not a severity.${hint} A rule is set to "error", "warning", "info" or "off", or to true for its default severity and false for off.`;
  }
  if (top === 'options' && name === undefined) return `\`options\` holds numbers by option name, such as { "focusLimit": 2 }, not ${shown(value)}.`;
  if (top === 'options' && typeof name === 'string' && name in OPTION_BOUNDS) {
    const bounds = OPTION_BOUNDS[name as keyof typeof OPTION_BOUNDS];
    return `\`${name}\` takes ${bounds.whole ? 'a whole number' : 'a number'} of at least ${bounds.minimum}, not ${shown(value)}.`;
  }
  if (top === 'ignores' && name === undefined) return `\`ignores\` holds a list of patterns in .gitignore syntax, such as ["drafts/", "*.old.md"], not ${shown(value)}.`;
  if (top === 'ignores') return `Each pattern in \`ignores\` is a string, not ${shown(value)}.`;
  if (top === 'root') return `\`root\` is true (look for no configuration above this folder) or false, not ${shown(value)}.`;
  if (top === '$schema') return `\`$schema\` is the address of a JSON Schema, a string, not ${shown(value)}.`;
  return issue.message;
}
