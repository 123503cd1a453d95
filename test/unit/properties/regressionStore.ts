import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { IsoDate } from '../../../src/core/calendar/dates';

/**
 * Inputs that once broke a property, kept in test/fixtures/regressions/ and checked on every
 * `npm test`. A text is stored as `<hash>.md`, byte for byte; a text that UTF-8 cannot hold
 * (a lone surrogate) as `<hash>.json`. `index.json` records, per file, the day it was checked on
 * and what broke.
 */
export const REGRESSIONS_DIR = path.resolve(__dirname, '../../fixtures/regressions');
const INDEX = path.join(REGRESSIONS_DIR, 'index.json');
export const DEFAULT_TODAY: IsoDate = '2026-06-15';

export interface RegressionInfo {
  readonly today: IsoDate;
  /** For an edit that failed: the operation and its arguments, replayed on the text. */
  readonly edit?: { readonly operation: string; readonly args: unknown };
  /** The property that found it, and the first line of what broke. */
  readonly found?: string;
  readonly error?: string;
}

export interface Regression extends RegressionInfo {
  readonly file: string;
  readonly text: string;
}

function readIndex(): Record<string, RegressionInfo> {
  return existsSync(INDEX) ? (JSON.parse(readFileSync(INDEX, 'utf8')) as Record<string, RegressionInfo>) : {};
}

export function readRegressions(): Regression[] {
  const index = readIndex();
  return readdirSync(REGRESSIONS_DIR)
    .filter((file) => file.endsWith('.md') || (file.endsWith('.json') && file !== 'index.json'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(REGRESSIONS_DIR, file), 'utf8');
      const text = file.endsWith('.json') ? (JSON.parse(raw) as { text: string }).text : raw;
      return { file, text, ...index[file], today: index[file]?.today ?? DEFAULT_TODAY };
    });
}

/** Stores a failing input unless it is already there; returns its file name. */
export function writeRegression(text: string, info: RegressionInfo): string {
  const hash = createHash('sha256').update(`${info.today}\0${text}`).digest('hex').slice(0, 12);
  const wellFormed = (text as string & { isWellFormed(): boolean }).isWellFormed();
  const file = `${hash}${wellFormed ? '.md' : '.json'}`;
  const target = path.join(REGRESSIONS_DIR, file);
  if (!existsSync(target)) writeFileSync(target, wellFormed ? text : `${JSON.stringify({ text })}\n`, 'utf8');
  const index = readIndex();
  index[file] = info;
  // Sorted by file name; an entry keeps every field it has (an edit to replay, its arguments…).
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(INDEX, `${JSON.stringify(sorted, null, 2)}\n`);
  return file;
}
