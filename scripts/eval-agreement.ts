/**
 * Do two careful readers label other people's goals alike? A second reader labelled 1,219 statements
 * of the corpus (450 of `dev` drawn at random, every English one of `test` and `holdout`) with only
 * the rubric of test/fixtures/goals/README.md and the statements in a shuffled order: no first
 * labels, no source, no verdict of the rules. Their labels are in others/second-reading.tsv
 * (`split`, `line` of the split's file, `lacks`, `ambiguous`).
 *
 * Prints, per split and letter, how often the two agree where both are sure (and Cohen's kappa),
 * the second reader scored like the rules against the first labels, and the rules on the statements
 * both readers are sure of and agree on. Prints figures only, never a statement, so it may be run on
 * the frozen splits.
 *
 *   npm run eval:agreement
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lettersFound, loadOthers, OTHERS, type Letter, type Statement } from './eval-smart';

type Split = 'dev' | 'test' | 'holdout';
/** A letter of SMART, or V: lacking S or M, a vague goal. */
type Judged = Letter | 'V';

interface Reading {
  readonly lacks: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
}

export interface Twice {
  readonly first: Statement;
  readonly second: Reading;
  readonly rules: ReadonlySet<Letter>;
}

const letters = (field: string) => new Set(field === '-' ? [] : [...field]);

export function loadSecondReading(file = path.join(OTHERS, 'second-reading.tsv')): Map<Split, Map<number, Reading>> {
  const bySplit = new Map<Split, Map<number, Reading>>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    if (line.trim() === '') continue;
    const [split, number, lacks, ambiguous] = line.split('\t');
    const readings = bySplit.get(split as Split) ?? new Map<number, Reading>();
    readings.set(Number(number), { lacks: letters(lacks), ambiguous: letters(ambiguous) });
    bySplit.set(split as Split, readings);
  }
  return bySplit;
}

/** The line of its split's file a statement was read from: the key of the second reading. */
export const lineOf = (statement: Statement) => Number(statement.where.split(':')[1]);

function readTwice(split: Split, readings: Map<number, Reading>): Twice[] {
  return loadOthers(split)
    .filter((statement) => readings.has(lineOf(statement)))
    .map((first) => ({ first, second: readings.get(lineOf(first))!, rules: lettersFound(first.text) }));
}

const has = (set: ReadonlySet<string>, letter: Judged) => (letter === 'V' ? set.has('S') || set.has('M') : set.has(letter));

export interface Agreement {
  /** Statements neither reader marked ambiguous for the letter. */
  readonly bothSure: number;
  readonly agreed: number;
  readonly kappa: number;
  /** The second reader scored against the first labels, as the rules are: [caught, lacking, flagged wrongly, having]. */
  readonly secondReader: readonly [number, number, number, number];
  /** The rules on the statements both readers are sure of and agree on. */
  readonly rulesOnAgreed: readonly [number, number, number, number];
}

export function agreementOf(twice: readonly Twice[], letter: Judged): Agreement {
  const sure = twice.filter(({ first, second }) => !has(first.ambiguous, letter) && !has(second.ambiguous, letter));
  const tally = (items: readonly Twice[], flagged: (item: Twice) => boolean): [number, number, number, number] => {
    const lacking = items.filter((item) => has(item.first.lacks, letter));
    const having = items.filter((item) => !has(item.first.lacks, letter));
    return [lacking.filter(flagged).length, lacking.length, having.filter(flagged).length, having.length];
  };
  const secondReader = tally(sure, (item) => has(item.second.lacks, letter));
  const [bothLack, firstLacks, secondOnly, firstHas] = secondReader;
  const n = sure.length;
  const agreed = bothLack + (firstHas - secondOnly);
  const secondLacks = bothLack + secondOnly;
  const chance = (firstLacks * secondLacks + firstHas * (n - secondLacks)) / (n * n);
  const agreedItems = sure.filter((item) => has(item.first.lacks, letter) === has(item.second.lacks, letter));
  return {
    bothSure: n,
    agreed,
    kappa: chance === 1 ? 1 : (agreed / n - chance) / (1 - chance),
    secondReader,
    rulesOnAgreed: tally(agreedItems, (item) => (letter === 'V' ? item.rules.has('S') || item.rules.has('M') : item.rules.has(letter))),
  };
}

const percent = (part: number, whole: number) => `${whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`} (${part}/${whole})`;
const scored = ([caught, lacking, wrongly, having]: readonly number[]) => `${percent(caught, lacking)} | ${percent(wrongly, having)}`;

function main(): void {
  const lines = [
    '| split | letter | both sure | agree | kappa | second reader: recall | second reader: false positives | rules where both agree: recall | rules where both agree: false positives |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [split, readings] of loadSecondReading()) {
    const twice = readTwice(split, readings);
    for (const letter of ['S', 'M', 'T', 'V'] as const) {
      const agreement = agreementOf(twice, letter);
      const name = letter === 'V' ? 'S or M' : letter;
      lines.push(`| ${split} (${twice.length}) | ${name} | ${agreement.bothSure} | ${percent(agreement.agreed, agreement.bothSure)} | ${agreement.kappa.toFixed(2)} | ${scored(agreement.secondReader)} | ${scored(agreement.rulesOnAgreed)} |`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) main();
