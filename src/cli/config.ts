import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { LintConfig } from '../core/lint/config';
import { UsageError } from './io';

export const CONFIG_FILE = '.career-plan.json';

/**
 * The configuration: the file given with `--config`, or else the nearest `.career-plan.json` from the
 * working directory up. Shape: `{ "rules": { "CP101": "off" }, "options": { "focusLimit": 2 } }`.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LintConfig> {
  if (explicit) return readConfig(path.resolve(cwd, explicit), explicit);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text !== undefined) return parseConfig(text, candidate);
    if (path.dirname(dir) === dir) return {};
  }
}

async function readConfig(file: string, shown: string): Promise<LintConfig> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`${shown}: the config file cannot be read.`);
  });
  return parseConfig(text, shown);
}

function parseConfig(text: string, shown: string): LintConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${shown}: not valid JSON (${(error as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${shown}: should hold a JSON object with "rules" and "options".`);
  const { rules, options } = data as Record<string, unknown>;
  const isObject = (value: unknown) => value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value));
  if (!isObject(rules) || !isObject(options)) throw new UsageError(`${shown}: "rules" and "options" should be objects.`);
  return data as LintConfig;
}
