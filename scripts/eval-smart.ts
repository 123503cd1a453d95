/**
 * Measures the SMART rules on a labelled corpus of goal statements (test/fixtures/goals, see its
 * README): each statement is linted as the `goal` of a minimal plan with no `target:`, so the
 * goal's own words must carry its deadline, and each finding counts for its rule's criterion.
 * Prints, per criterion, recall on the statements that lack it and the false-positive rate on
 * those that have it; exits 1 when a target is missed.
 *
 *   npm run eval:smart [-- --corpus DIR] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { addMonths } from '../src/core/dates';
import { lintText } from '../src/core/lint/lint';

export type Letter = 'S' | 'M' | 'T';
export const LETTERS: readonly Letter[] = ['S', 'M', 'T'];
const NAMES: Record<Letter, string> = { S: 'Specific', M: 'Measurable', T: 'Time-bound' };

/** The targets from the issue: the rules must beat a fine-tuned classifier, transparently. */
export const TARGETS: Record<Letter, { readonly recall: number; readonly falsePositives: number }> = {
  S: { recall: 0.95, falsePositives: 0.05 },
  M: { recall: 0.95, falsePositives: 0.05 },
  T: { recall: 0.98, falsePositives: 0.02 },
};

export const DEFAULT_CORPUS = path.resolve(__dirname, '../test/fixtures/goals');
/** A fixed day, so the measure never changes with the calendar. */
export const EVAL_TODAY = '2026-01-15';

export interface Statement {
  readonly source: string;
  readonly text: string;
  /** The letters it lacks. */
  readonly lacks: ReadonlySet<Letter>;
}

export interface Score {
  readonly lacking: number;
  readonly caught: number;
  readonly having: number;
  readonly flaggedWrongly: number;
  readonly misses: readonly Statement[];
  readonly falsePositives: readonly Statement[];
}

export function loadCorpus(dir: string = DEFAULT_CORPUS): Statement[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split(/\r?\n/)
        .flatMap((line, index): Statement[] => {
          if (!line.trim() || line.startsWith('#')) return [];
          const [labels, text] = line.split('\t');
          const lacks = new Set([...(labels === '-' ? '' : labels)].filter((c): c is Letter => (LETTERS as string[]).includes(c)));
          return [{ source: `${name}:${index + 1}`, text, lacks }];
        }),
    );
}

/** The plan a statement is judged in: its goal, one dated step, and nothing that would set a deadline for it. */
export function minimalPlan(goal: string, today: string = EVAL_TODAY): string {
  return `---\ngoal: ${JSON.stringify(goal)}\nsteps:\n  - title: First step\n    target: ${addMonths(today, 12)}\n---\n`;
}

/** The SMART letters the rules find missing in a statement. */
export function lettersFound(goal: string, today: string = EVAL_TODAY): Set<Letter> {
  const { findings } = lintText(minimalPlan(goal, today), { today });
  return new Set(findings.map((finding) => finding.criterion).filter((c): c is Letter => c !== null && (LETTERS as string[]).includes(c)));
}

export function evaluate(statements: readonly Statement[], today: string = EVAL_TODAY): Record<Letter, Score> {
  const found = statements.map((statement) => lettersFound(statement.text, today));
  const score = (letter: Letter): Score => {
    const misses: Statement[] = [];
    const falsePositives: Statement[] = [];
    let lacking = 0;
    let caught = 0;
    let having = 0;
    statements.forEach((statement, i) => {
      const flagged = found[i].has(letter);
      if (statement.lacks.has(letter)) {
        lacking++;
        if (flagged) caught++;
        else misses.push(statement);
      } else {
        having++;
        if (flagged) falsePositives.push(statement);
      }
    });
    return { lacking, caught, having, flaggedWrongly: falsePositives.length, misses, falsePositives };
  };
  return { S: score('S'), M: score('M'), T: score('T') };
}

export const recallOf = (score: Score) => (score.lacking === 0 ? 1 : score.caught / score.lacking);
export const falsePositiveRateOf = (score: Score) => (score.having === 0 ? 0 : score.flaggedWrongly / score.having);

export function meetsTarget(letter: Letter, score: Score): boolean {
  return recallOf(score) >= TARGETS[letter].recall && falsePositiveRateOf(score) <= TARGETS[letter].falsePositives;
}

const percent = (n: number) => `${(100 * n).toFixed(1)}%`;

export function report(scores: Record<Letter, Score>, statements: number, verbose: boolean): string {
  const lines = [`SMART evaluation: ${statements} goal statements, each the goal of a plan with no target, judged on ${EVAL_TODAY}`, ''];
  lines.push('criterion     recall (on those lacking it)   false positives (on those having it)   target');
  for (const letter of LETTERS) {
    const score = scores[letter];
    const target = TARGETS[letter];
    lines.push(
      [
        `${letter} ${NAMES[letter]}`.padEnd(14),
        `${percent(recallOf(score))} (${score.caught}/${score.lacking})`.padEnd(31),
        `${percent(falsePositiveRateOf(score))} (${score.flaggedWrongly}/${score.having})`.padEnd(39),
        `recall ≥ ${percent(target.recall)}, FP ≤ ${percent(target.falsePositives)}: ${meetsTarget(letter, score) ? 'met' : 'MISSED'}`,
      ].join(''),
    );
  }
  if (verbose) {
    for (const letter of LETTERS) {
      for (const statement of scores[letter].misses) lines.push(`  ${letter} missed          ${statement.source}  ${statement.text}`);
      for (const statement of scores[letter].falsePositives) lines.push(`  ${letter} false positive  ${statement.source}  ${statement.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function main(args: readonly string[]): number {
  const corpusFlag = args.indexOf('--corpus');
  const dir = corpusFlag >= 0 ? path.resolve(args[corpusFlag + 1] ?? '') : DEFAULT_CORPUS;
  const statements = loadCorpus(dir);
  const started = process.hrtime.bigint();
  const scores = evaluate(statements);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(report(scores, statements.length, args.includes('--verbose')));
  process.stdout.write(`\n${statements.length} plans linted in ${ms.toFixed(0)} ms (${(ms / statements.length).toFixed(2)} ms each).\n`);
  return LETTERS.every((letter) => meetsTarget(letter, scores[letter])) ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
