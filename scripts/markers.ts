/**
 * What the table scripts share: a page carries a generated block between a start and an end marker
 * comment, rewritten from the code it describes, or with `--check` only compared (exit 1 when a page
 * is stale), so CI fails while a page disagrees with the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export interface Markers {
  readonly start: string;
  readonly end: string;
}

/** The page with what stands between its markers replaced by `block`; undefined when it lacks them. */
export function replaceBetweenMarkers(page: string, { start, end }: Markers, block: string): string | undefined {
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from === -1 || to < from) return undefined;
  return `${page.slice(0, from + start.length)}\n${block}\n${page.slice(to)}`;
}

export interface GeneratedPage {
  readonly file: string;
  /** The page's text with its generated block current. */
  readonly updated: (current: string) => string;
}

/** A script's main: writes each stale page, or with `--check` names it; returns the exit code. */
export function updatePages(pages: readonly GeneratedPage[], script: string, args: readonly string[]): number {
  let stale = 0;
  for (const { file, updated } of pages) {
    const current = readFileSync(file, 'utf8');
    const next = updated(current);
    if (next === current) continue;
    if (args.includes('--check')) {
      process.stderr.write(`${path.relative(process.cwd(), file)} is out of date: run npx tsx ${script}\n`);
      stale++;
    } else writeFileSync(file, next);
  }
  return stale > 0 ? 1 : 0;
}
