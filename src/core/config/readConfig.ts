import type * as z from 'zod/mini';
import { LineIndex } from '../document/lineIndex';
import { comparePositions, type Range, type Span } from '../document/range';
import { unknownKeyMessage, valueMessage } from './configMessages';
import { jsonLocator } from './jsonLocate';
import { checkJsonSyntax } from './jsonSyntax';
import { rules } from '../rules/registry';
import { repeatedRuleKeys } from '../rules/repeatedRuleKeys';
import { configFileSchema, type ConfigFile } from './schema';

/** A mistake in a configuration file, at the key or value it concerns. */
export interface ConfigProblem {
  readonly message: string;
  readonly range: Range;
}

export interface ConfigReading {
  /** What applies: the file's settings less those in error (nothing when the file is not JSON). */
  readonly config: ConfigFile;
  readonly problems: readonly ConfigProblem[];
}

/**
 * Reads a `.career-plan.json` text: checks it is JSON, then validates it with the schema the
 * editor's JSON Schema is generated from, and locates every mistake (a wrong severity, an unknown
 * rule, option or key, a value of the wrong type) at the text it concerns. The settings in error
 * are left out and the rest applies, so one typo does not undo a whole file in the editor; the CLI
 * refuses to lint with any problem at all.
 */
export function readConfigText(text: string): ConfigReading {
  // A byte order mark is no part of the JSON, and editors count columns without it.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(json);
  const rangeOf = (span: Span | undefined): Range => lines.rangeOf(span ?? { start: 0, end: 0 });

  const syntax = checkJsonSyntax(json, { uniqueNames: true });
  if (syntax) return { config: {}, problems: [{ message: `Not valid JSON: ${syntax.message}.`, range: rangeOf({ start: syntax.offset, end: Math.min(json.length, syntax.offset + 1) }) }] };

  const data: unknown = JSON.parse(json);
  const result = configFileSchema.safeParse(data);
  const locateJson = jsonLocator(json);
  const repeated = repeatedRules(data).map(({ key, message }) => ({ message, range: rangeOf(locateJson(['rules'], key)) }));
  if (result.success) return { config: result.data, problems: repeated };

  const problems: ConfigProblem[] = [...repeated];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ message: unknownKeyMessage(issue.path, key), range: rangeOf(locateJson(issue.path, key)) });
    } else {
      problems.push({ message: valueMessage(issue, valueAt(data, issue.path)), range: rangeOf(locateJson(issue.path)) });
    }
  }
  problems.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return { config: withoutMistakes(data, result.error.issues), problems };
}

/** The value at a path of keys in JSON data, if there is one. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) value = isContainer(value) && Object.hasOwn(value, segment) ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  return value;
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The file's settings with every one in error taken out, validated again. */
function withoutMistakes(data: unknown, issues: readonly z.core.$ZodIssue[]): ConfigFile {
  const copy: unknown = structuredClone(data);
  for (const issue of issues) {
    if (issue.path.length === 0 && issue.code !== 'unrecognized_keys') return {};
    const parentPath = issue.code === 'unrecognized_keys' ? issue.path : issue.path.slice(0, -1);
    const parent = valueAt(copy, parentPath);
    if (!isContainer(parent)) continue;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path[issue.path.length - 1]];
    for (const key of keys) {
      // An item of a list is blanked rather than spliced out, so the other issues' indexes still hold.
      if (Array.isArray(parent)) parent[key as number] = undefined;
      else delete (parent as Record<PropertyKey, unknown>)[key];
    }
  }
  // `ignores` is the one list in the file: its blanked patterns go.
  const ignores = valueAt(copy, ['ignores']);
  if (Array.isArray(ignores)) ignores.splice(0, ignores.length, ...ignores.filter((item) => item !== undefined));
  const again = configFileSchema.safeParse(copy);
  return again.success ? again.data : {};
}

/** Keys of `rules` that set a rule an earlier key set (`CP101` and `goal-vague-verb`): one must go. */
function repeatedRules(data: unknown): { key: string; message: string }[] {
  const settings = valueAt(data, ['rules']);
  if (!isContainer(settings)) return [];
  const keys = Object.keys(settings);
  return repeatedRuleKeys(keys, (key) => rules.find((rule) => rule.id === key || rule.name === key)).map(({ index, message }) => ({ key: keys[index], message }));
}
