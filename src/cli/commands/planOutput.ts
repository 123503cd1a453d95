import { stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { collectPlanFiles, type PlanFile } from '../files';
import type { IsoDate } from '../../core/calendar/dates';
import { parsePlan, type ParsedPlan } from '../../core/parse/parsePlan';
import { UsageError, type CliIO } from '../io';

/** A plan file with its reading. */
export interface ReadPlan {
  readonly file: PlanFile;
  readonly parsed: ParsedPlan;
}

/**
 * The one plan file a drawing, an export or a summary is made of, read once, on `today` (the day a
 * plan written without frontmatter counts "in two years" from).
 */
export async function readOnePlan(args: readonly string[], cwd: string, today: IsoDate): Promise<ReadPlan> {
  if (args.length !== 1) throw new UsageError(`Name exactly one plan file${args.length > 1 ? `, not ${args.length}` : ''}.`);
  const info = await stat(path.resolve(cwd, args[0])).catch(() => undefined);
  if (isDynamicPattern(args[0]) || info?.isDirectory()) throw new UsageError(`${args[0]}: name one plan file, not a folder or a pattern.`);
  const [file] = await collectPlanFiles(args, cwd);
  const parsed = parsePlan(file.text, { today });
  requirePlan(file, parsed);
  return { file, parsed };
}

/**
 * A file named for `next`, `timeline`, `export` or `summary` must be a plan, with frontmatter or
 * written without it: an empty answer for a binary file or a README would pass for "nothing due".
 * Linting one says what is wrong with it instead.
 */
export function requirePlan(file: PlanFile, parsed: ParsedPlan): void {
  if (file.text.includes('\u0000')) throw new UsageError(`${file.name}: not a career plan (it looks like a binary file).`);
  const { plan } = parsed;
  if (plan.readFrom === 'body') return;
  if (!plan.frontmatter) throw new UsageError(`${file.name}: not a career plan: it has no frontmatter between --- lines (\`career-plan lint ${file.name}\` says more).`);
  if (!plan.goal && plan.steps.length === 0) throw new UsageError(`${file.name}: not a career plan: its frontmatter has no goal and no steps (\`career-plan lint ${file.name}\` says more).`);
}

/** Writes the result to `--output FILE`, or to standard output without one. */
export async function writeOutput(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) return io.out(text);
  try {
    await writeFile(path.resolve(io.cwd, output), text, 'utf8');
  } catch (error) {
    throw new UsageError(`${output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}
