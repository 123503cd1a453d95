/**
 * Measures the SMART rules on labelled goal statements (test/fixtures/goals, see its README): each
 * statement is linted as the `goal` of a minimal plan with no `target:`, so the goal's own words must
 * carry its deadline, and each finding counts for its rule's criterion.
 *
 * Four sets: `dev`, `test` and `holdout`, statements other people published, split by publisher (the
 * rules are tuned on `dev`; `test` was frozen before tuning and `holdout` collected after it, from other
 * publishers, and both are only ever read as figures); and the regression set, the project's own
 * statements. Prints per-letter recall and false-positive rate on each, lists the misses of `dev`,
 * and with `--write` keeps the figures in docs/smart-accuracy.md.
 * Exits 1 when the `test` split misses a target.
 *
 * `--unseen` scores `dev` a second time with the words the lists learnt from it taken out (see
 * eval-smart-unseen.ts), to estimate an idea on words the lists never saw; it reads no `test`.
 *
 *   npm run eval:smart [-- --write] [--quiet] [--unseen]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { addMonths } from '../src/core/calendar/dates';
import { lintText } from '../src/core/lint/lint';
import { analyzeGoal } from '../src/core/smart/analyzeGoal';
import { loadLearnedReader } from '../src/core/smart/loadLearnedReader';
import { sentenceVectors } from './sentence/vectors';
import { forgetWordsLearntFrom } from './eval-smart-unseen';

export type Letter = 'S' | 'M' | 'T';
export const LETTERS: readonly Letter[] = ['S', 'M', 'T'];
const NAMES: Record<Letter, string> = { S: 'Specific', M: 'Measurable', T: 'Time-bound' };

/** The targets of issue 17 on other people's words, and the regression set's floor. */
export const TARGETS: Record<Letter, { readonly recall: number; readonly falsePositives: number }> = {
  S: { recall: 0.85, falsePositives: 0.05 },
  M: { recall: 0.9, falsePositives: 0.05 },
  T: { recall: 0.98, falsePositives: 0.03 },
};
export const VAGUE_TARGETS = { caught: 0.92, fineFlagged: 0.05 };
export const REGRESSION_FLOOR = 0.95;

const GOALS = path.resolve(__dirname, '../test/fixtures/goals');
export const OURS = [path.join(GOALS, 'ours'), path.resolve(__dirname, '../test/fixtures/rules/statements')];
export const OTHERS = path.join(GOALS, 'others');
/** A fixed day, so the measure never changes with the calendar. */
export const EVAL_TODAY = '2026-01-15';

export interface Statement {
  /** `file:line` of the statement. */
  readonly where: string;
  readonly text: string;
  /** The letters it lacks. */
  readonly lacks: ReadonlySet<Letter>;
  /** Letters two careful readers could label either way: left out of that letter's figures. */
  readonly ambiguous: ReadonlySet<Letter>;
  /** ISO 639-1 code of its language. */
  readonly lang: string;
  /** Where it was published (others' statements only). */
  readonly source?: string;
}

const letters = (field: string): Set<Letter> => new Set([...(field === '-' ? '' : field)].filter((c): c is Letter => (LETTERS as string[]).includes(c)));

const dataLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));

/** The project's own statements: `LABELS<TAB>statement` in every .tsv of the folders. */
export function loadOurs(dirs: readonly string[] = OURS): Statement[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.tsv'))
      .sort()
      .flatMap((name) =>
        dataLines(path.join(dir, name)).map(({ line, number }) => {
          const [labels, text] = line.split('\t');
          return { where: `${name}:${number}`, text, lacks: letters(labels), ambiguous: new Set<Letter>(), lang: 'en' };
        }),
      ),
  );
}

/** Other people's statements of one split: `LABELS<TAB>AMBIGUOUS<TAB>SOURCE<TAB>OCCUPATION<TAB>LANG<TAB>statement`. */
export function loadOthers(split: 'dev' | 'test' | 'holdout', dir: string = OTHERS): Statement[] {
  const file = path.join(dir, `${split}.tsv`);
  return dataLines(file).slice(1).map(({ line, number }) => {
    const [labels, ambiguous, source, , lang, text] = line.split('\t');
    return { where: `${split}.tsv:${number}`, text, lacks: letters(labels), ambiguous: letters(ambiguous), lang, source };
  });
}

/** The plan a statement is judged in: its goal, one dated step, and nothing that would set a deadline for it. */
export function minimalPlan(goal: string, today: string = EVAL_TODAY): string {
  return `---\ngoal: ${JSON.stringify(goal)}\nsteps:\n  - title: First step\n    target: ${addMonths(today, 12)}\n---\n`;
}

let reader = loadLearnedReader();

/**
 * From now on, statements are judged as the CLI and the editor judge them, with the learned reader's
 * sentence stage: these texts are encoded first (cached in node_modules/.cache).
 */
export async function judgeWithSentences(texts: Iterable<string>): Promise<void> {
  reader = reader.withSentences(await sentenceVectors(texts, (message) => process.stderr.write(message)));
}

/** Every statement `evaluateAll` judges. */
export const allStatements = (): Statement[] => [...loadOthers('dev'), ...loadOthers('test'), ...loadOthers('holdout'), ...loadOurs()];

/** The SMART letters the rules find missing in a statement. */
export function lettersFound(goal: string, today: string = EVAL_TODAY): Set<Letter> {
  const { findings } = lintText(minimalPlan(goal, today), { today, reader });
  return new Set(findings.map((finding) => finding.criterion).filter((c): c is Letter => c !== null && (LETTERS as string[]).includes(c)));
}

export interface Score {
  readonly lacking: number;
  readonly caught: number;
  readonly having: number;
  readonly flaggedWrongly: number;
  /** Statements left out of this letter's figures as ambiguous. */
  readonly ambiguous: number;
  readonly misses: readonly Statement[];
  readonly falsePositives: readonly Statement[];
}

export interface Scores {
  readonly statements: number;
  readonly letters: Record<Letter, Score>;
  /** Lacking S or M (neither ambiguous): how many get an S or M finding. */
  readonly vague: Score;
}

export function evaluate(statements: readonly Statement[], today: string = EVAL_TODAY): Scores {
  const found = statements.map((statement) => lettersFound(statement.text, today));
  const score = (lacks: (s: Statement) => boolean | undefined, flagged: (found: Set<Letter>) => boolean): Score => {
    const misses: Statement[] = [];
    const falsePositives: Statement[] = [];
    let lacking = 0;
    let caught = 0;
    let having = 0;
    let ambiguous = 0;
    statements.forEach((statement, i) => {
      const verdict = lacks(statement);
      if (verdict === undefined) {
        ambiguous++;
      } else if (verdict) {
        lacking++;
        if (flagged(found[i])) caught++;
        else misses.push(statement);
      } else {
        having++;
        if (flagged(found[i])) falsePositives.push(statement);
      }
    });
    return { lacking, caught, having, flaggedWrongly: falsePositives.length, ambiguous, misses, falsePositives };
  };
  const byLetter = (letter: Letter) => score((s) => (s.ambiguous.has(letter) ? undefined : s.lacks.has(letter)), (f) => f.has(letter));
  return {
    statements: statements.length,
    letters: { S: byLetter('S'), M: byLetter('M'), T: byLetter('T') },
    vague: score(
      (s) => (s.ambiguous.has('S') || s.ambiguous.has('M') ? undefined : s.lacks.has('S') || s.lacks.has('M')),
      (f) => f.has('S') || f.has('M'),
    ),
  };
}

export const recallOf = (score: Score) => (score.lacking === 0 ? 1 : score.caught / score.lacking);
export const falsePositiveRateOf = (score: Score) => (score.having === 0 ? 0 : score.flaggedWrongly / score.having);

export function meetsTarget(letter: Letter, score: Score): boolean {
  return recallOf(score) >= TARGETS[letter].recall && falsePositiveRateOf(score) <= TARGETS[letter].falsePositives;
}

export const meetsVagueTarget = (score: Score) => recallOf(score) >= VAGUE_TARGETS.caught && falsePositiveRateOf(score) <= VAGUE_TARGETS.fineFlagged;

/** The regression set's floor: every letter caught and left alone in at least 95 % of the cases. */
export const meetsRegressionFloor = (score: Score) => recallOf(score) >= REGRESSION_FLOOR && 1 - falsePositiveRateOf(score) >= REGRESSION_FLOOR;

const percent = (n: number) => `${(100 * n).toFixed(1)} %`;
/**
 * The 95 % Wilson interval of `part` out of `whole`: how far a rate read on this many statements could
 * lie from the rate on all such goals. On `test`, one goal lacking S is 1.5 points, so a target can sit
 * inside the interval of a figure that misses it.
 */
export function wilsonInterval(part: number, whole: number): [number, number] {
  if (whole === 0) return [0, 1];
  const z = 1.96;
  const rate = part / whole;
  const centre = rate + (z * z) / (2 * whole);
  const spread = z * Math.sqrt((rate * (1 - rate)) / whole + (z * z) / (4 * whole * whole));
  const scale = 1 + (z * z) / whole;
  return [Math.max(0, (centre - spread) / scale), Math.min(1, (centre + spread) / scale)];
}

const ratio = (part: number, whole: number) => {
  const [low, high] = wilsonInterval(part, whole);
  return `${part}/${whole}; ${(100 * low).toFixed(0)}–${(100 * high).toFixed(0)}`;
};

/** The figures of one set as Markdown table rows. */
function tableOf(name: string, scores: Scores, targets: 'issue' | 'regression'): string[] {
  const rows = [`| ${name} | recall (lacking it, caught) | false positives (having it, flagged) | ambiguous, left out | target |`, '|---|---|---|---|---|'];
  for (const letter of LETTERS) {
    const score = scores.letters[letter];
    const met = targets === 'issue' ? meetsTarget(letter, score) : meetsRegressionFloor(score);
    const target = targets === 'issue' ? `≥ ${percent(TARGETS[letter].recall)}, ≤ ${percent(TARGETS[letter].falsePositives)}` : `≥ 95 %, ≤ 5 %`;
    rows.push(`| ${letter} ${NAMES[letter]} | ${percent(recallOf(score))} (${ratio(score.caught, score.lacking)}) | ${percent(falsePositiveRateOf(score))} (${ratio(score.flaggedWrongly, score.having)}) | ${score.ambiguous} | ${target}: ${met ? 'met' : '**missed**'} |`);
  }
  if (targets === 'issue') {
    const vague = scores.vague;
    rows.push(`| S or M (vague goals) | ${percent(recallOf(vague))} (${ratio(vague.caught, vague.lacking)}) | ${percent(falsePositiveRateOf(vague))} (${ratio(vague.flaggedWrongly, vague.having)}) | ${vague.ambiguous} | ≥ 92 %, ≤ 5 %: ${meetsVagueTarget(vague) ? 'met' : '**missed**'} |`);
  }
  return rows;
}

export interface Evaluation {
  readonly dev: Scores;
  readonly test: Scores;
  readonly holdout: Scores;
  readonly regression: Scores;
  readonly otherLanguages: Scores;
}

const english = (statement: Statement) => statement.lang === 'en';

export function evaluateAll(): Evaluation {
  const dev = loadOthers('dev');
  const test = loadOthers('test');
  return {
    dev: evaluate(dev.filter(english)),
    test: evaluate(test.filter(english)),
    holdout: evaluate(loadOthers('holdout').filter(english)),
    regression: evaluate(loadOurs()),
    otherLanguages: evaluate([...dev, ...test].filter((statement) => !english(statement))),
  };
}

export function report(evaluation: Evaluation): string {
  const { dev, test, holdout, regression, otherLanguages } = evaluation;
  const lines = [
    `Each statement is the goal of a plan with no \`target:\`, judged on ${EVAL_TODAY}. A letter marked ambiguous for a statement leaves it out of that letter's figures. After each count comes its 95 % interval (Wilson): where the rate on all such goals most likely lies, given how few statements were read.`,
    '',
    `**test** — ${test.statements} English statements by other people, frozen before tuning:`,
    '',
    ...tableOf('test', test, 'issue'),
    '',
    `**holdout** — ${holdout.statements} English statements by other people of publishers in neither other split, collected after \`test\` was frozen and never tuned on (a second look at words the rules have not seen):`,
    '',
    ...tableOf('holdout', holdout, 'issue'),
    '',
    `**dev** — ${dev.statements} English statements by other people, the rules are tuned on these and the learned reader is trained on them, so its figures here are in-sample (\`npx tsx scripts/learned-reader.ts\`, which makes the reader, prints them cross-validated by publisher, by words alone and with sentences):`,
    '',
    ...tableOf('dev', dev, 'issue'),
    '',
    `**regression** — ${regression.statements} statements written by the project (test/fixtures/goals/ours and test/fixtures/rules/statements):`,
    '',
    ...tableOf('regression', regression, 'regression'),
    '',
    `**other languages** — ${otherLanguages.statements} German, French and Spanish statements of both splits; only the deadline is read, S and M are left unjudged:`,
    '',
    ...tableOf('de/fr/es', otherLanguages, 'regression').filter((row) => !/^\| [SM] /.test(row)),
  ];
  return `${lines.join('\n')}\n`;
}

function missesOf(name: string, scores: Scores, letters: readonly Letter[] = LETTERS): string[] {
  const lines: string[] = [];
  for (const letter of letters) {
    for (const statement of scores.letters[letter].misses) lines.push(`  ${letter} missed          ${name} ${statement.where}  ${statement.text}${letter === 'S' ? namedBy(statement.text) : ''}`);
    for (const statement of scores.letters[letter].falsePositives) lines.push(`  ${letter} false positive  ${name} ${statement.where}  ${statement.text}`);
  }
  return lines;
}

/** What an S miss was read as naming: the words to look at. */
function namedBy(goal: string): string {
  const specific = analyzeGoal(goal).specific;
  return specific.ok ? `  [named: ${specific.named.join(', ')}]` : '';
}

const DOC = path.resolve(__dirname, '../docs/smart-accuracy.md');
const MARK = '<!-- figures: npm run eval:smart -- --write -->';

/** `--unseen`: dev as it is, then dev once the words the lists learnt from it are forgotten. No `test`. */
function mainUnseen(args: readonly string[]): number {
  const dev = loadOthers('dev').filter(english);
  const seen = evaluate(dev);
  const lost = forgetWordsLearntFrom(dev.map((statement) => statement.text));
  const unseen = evaluate(dev);
  const forgotten = Object.entries(lost).map(([list, count]) => `${list} ${count}`).join(', ');
  const lines = [
    `**dev** — ${seen.statements} English statements, with today's word lists:`,
    '',
    ...tableOf('dev', seen, 'issue'),
    '',
    `**dev, unseen words** — the same, once the words added to the lists since the corpus was made (b2acd0f) that dev uses are taken out (${forgotten}):`,
    '',
    ...tableOf('dev unseen', unseen, 'issue'),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!args.includes('--quiet')) process.stdout.write(`\nMisses and false positives of dev with unseen words:\n${missesOf('dev-unseen', unseen).join('\n')}\n`);
  return 0;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--unseen')) return mainUnseen(args);
  await judgeWithSentences(allStatements().map((statement) => statement.text));
  const started = process.hrtime.bigint();
  const evaluation = evaluateAll();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const figures = report(evaluation);
  process.stdout.write(figures);
  if (!args.includes('--quiet')) {
    const misses = [...missesOf('dev', evaluation.dev), ...missesOf('regression', evaluation.regression), ...missesOf('other', evaluation.otherLanguages, ['T'])];
    process.stdout.write(`\nMisses and false positives of dev, the regression set and other languages (the test and holdout splits' are never listed):\n${misses.join('\n')}\n`);
  }
  process.stdout.write(`\nEvaluated in ${ms.toFixed(0)} ms.\n`);
  if (args.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    const at = doc.indexOf(MARK);
    writeFileSync(DOC, `${doc.slice(0, at + MARK.length)}\n\n${figures}`);
  }
  const { test } = evaluation;
  return LETTERS.every((letter) => meetsTarget(letter, test.letters[letter])) && meetsVagueTarget(test.vague) ? 0 : 1;
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
