// The library (`require('career-plan')`, `import … from 'career-plan'`): the core's parser, linter
// and outlook behind a few functions that take plain strings. Programs that read plans use these
// instead of the core's modules, whose shapes may change; what is exported here is a contract
// (fields may be added, never renamed or dropped). dist/index.d.ts is generated from this file.
import { ConfigLoader, configProblemLines } from '../cli/config';
import { isPlanName } from '../cli/files';
import { checkIsoDate, localToday, type IsoDate } from '../core/calendar/dates';
import { looksLikePlan } from '../core/format/detect';
import { looksLikeBodyPlan } from '../core/parse/bodyPlanDetect';
import type { Criterion, Finding, Problem, Severity } from '../core/document/findings';
import type { LintConfig } from '../core/lint/config';
import { configMistakes } from '../core/config/configMistakes';
import { lint, lintText as lintParsed } from '../core/lint/lint';
import type { LearnedReader } from '../core/smart/learnedReader';
import { loadLearnedReader } from '../core/smart/loadLearnedReader';
import type { Plan } from '../core/plan/model';
import { outlook, type Outlook } from '../core/schedule/next';
import { parsePlan as parseText } from '../core/parse/parsePlan';
import { rules as registry } from '../core/rules/registry';
import type { SentenceVectors } from '../sentence/sentenceVectors';

export type { Criterion, Finding, Fix, Problem, Severity, TextEdit } from '../core/document/findings';
export type { LintConfig } from '../core/lint/config';
export type { Action, Company, Gap, Heading, Located, Moment, Plan, ReviewCadence, Step, Task } from '../core/plan/model';
export type { Outlook, Target, TargetKind } from '../core/schedule/next';
export type { Position, Range, Span } from '../core/document/range';
export type { LintOptions } from '../core/rules/options';

export interface DayOptions {
  /** The calendar day to judge the plan on, as YYYY-MM-DD; the local calendar day when left out. */
  readonly today?: string;
}

export interface LintTextOptions extends DayOptions {
  /** Rule severities and options, as `.career-plan.json` holds them; a plan's own `lint:` block wins over them. */
  readonly config?: LintConfig;
}

export interface LintResult {
  readonly plan: Plan;
  /** In document order; lines and characters are 0-based. */
  readonly findings: readonly Finding[];
}

export interface ParseResult {
  readonly plan: Plan;
  /** What could not be read as the plan format says; each is also a finding of lintText. */
  readonly problems: readonly Problem[];
}

/** A rule as data: what `career-plan lint` and the editor check, without the check itself. */
export interface RuleInfo {
  readonly id: string;
  readonly name: string;
  readonly criterion: Criterion | null;
  /** Its severity unless configured otherwise. */
  readonly severity: Severity;
  readonly description: string;
  readonly fixable: boolean;
}

/** Every rule, in the order findings at the same place are listed. */
export const rules: readonly RuleInfo[] = registry.map(({ id, name, criterion, severity, description, fixable }) => ({ id, name, criterion, severity, description, fixable }));

/** The learned reader of goals, made on the first lint and kept: making it reads 60,000 words. */
let reader: LearnedReader | undefined;
/** The same reader with its sentence stage, made on the first lintTextWithSentences that can load the encoder. */
let sentenceReader: { readonly vectors: SentenceVectors; readonly reader: LearnedReader } | undefined;

/**
 * Checks a plan's Markdown text against the format and the SMART rules, as `career-plan lint
 * --no-sentences` does: goals are judged by their words. At once, with no model to load.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const { parsed, findings } = lintParsed(text, { today: dayOf(options), config: configOf(options), reader: (reader ??= loadLearnedReader()) });
  return { plan: parsed.plan, findings };
}

/**
 * Checks a plan as `career-plan lint` does: as lintText, with each goal also read as a sentence by
 * the sentence encoder, which reads word order where the words alone do not. The first call loads
 * the encoder (about a third of a second and 160 MB, once a process). If it cannot load, goals are
 * judged by their words, as lintText judges them.
 */
export async function lintTextWithSentences(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const sentences = (sentenceReader ??= await loadSentenceReader());
  if (!sentences) return lintText(text, options);
  const request = { today: dayOf(options), config: configOf(options), reader: sentences.reader };
  // Parsed once, linted twice: the first lint notes the goals the reader asks about; they are
  // encoded, and the second judges with them (each lint with a cache of its own, so the second
  // does not take the first's verdicts).
  const parsed = parseText(text);
  lint(parsed, request);
  await sentences.vectors.encodeWanted();
  return { plan: parsed.plan, findings: lint(parsed, request) };
}

/** The encoder comes from dist/sentence.js beside the library's bundle (esbuild.js): lintText's callers never load TensorFlow.js. */
async function loadSentenceReader(): Promise<typeof sentenceReader> {
  try {
    const { loadSentenceVectors } = await import('../sentence/loadSentenceVectors');
    const vectors = await loadSentenceVectors(__dirname);
    return { vectors, reader: (reader ??= loadLearnedReader()).withSentences(vectors.vectorOf) };
  } catch {
    return undefined;
  }
}

/** Reads a plan's Markdown text into its model. Never throws: what cannot be read is a problem. */
export function parsePlan(text: string): ParseResult {
  const { plan, problems } = parseText(text);
  return { plan, problems };
}

/** A plan's next target, what is overdue and what is ahead, as `career-plan next` gives them. */
export function next(plan: Plan | string, options: DayOptions = {}): Outlook {
  return outlook(typeof plan === 'string' ? parseText(plan).plan : plan, dayOf(options));
}

/**
 * Whether a Markdown file is a career plan, as the CLI and the editor decide when they look through
 * a folder: its name is a plan's (`*.plan.md`, `career-plan*.md`) or its frontmatter has a goal
 * and steps or gaps. Other Markdown files (a README) are not linted.
 */
export function isPlan(text: string, path?: string): boolean {
  return (path !== undefined && isPlanName(path.replaceAll('\\', '/'))) || looksLikePlan(text) || looksLikeBodyPlan(text);
}

/** A library takes no date it cannot judge on: a wrong `today` is the caller's mistake, said at once. */
function dayOf(options: DayOptions): IsoDate {
  if (options.today === undefined) return localToday();
  const check = checkIsoDate(options.today);
  if (!check.ok) throw new RangeError(`today must be a calendar date written as YYYY-MM-DD, not "${options.today}".`);
  return check.date;
}

/** Nor a configuration it cannot apply: a misspelt rule or a wrong option is said at once, as the CLI says it of a `.career-plan.json`. */
function configOf(options: LintTextOptions): LintConfig | undefined {
  const mistakes = configMistakes(options.config ?? {});
  if (mistakes.length > 0) throw new TypeError(`config: ${mistakes.join(' ')}`);
  return options.config;
}

/** What applies to a plan file from the configuration files around it. */
export interface PlanConfiguration {
  readonly config: LintConfig;
  /** An ignore file or an `ignores` entry leaves the plan out. */
  readonly ignored: boolean;
  /** Mistakes in those configuration files, one line each (`file:line:column: message`), as the CLI prints them. */
  readonly problems: readonly string[];
}

/**
 * The configuration of a plan file (an absolute path) as `career-plan lint` finds it: the
 * `.career-plan.json` files from the plan's folder up, nearer ones winning setting by setting
 * (docs/configuration.md). `cwd` is what the problems' file names are relative to.
 */
export async function planConfiguration(file: string, cwd: string): Promise<PlanConfiguration> {
  return (await configurationReader(cwd))(file);
}

/**
 * planConfiguration for many files: the returned function reads each folder's configuration files
 * once, as the CLI does in one run, where asking file by file would read them again for every plan.
 */
export async function configurationReader(cwd: string): Promise<(file: string) => Promise<PlanConfiguration>> {
  const loader = await ConfigLoader.create(undefined, cwd);
  return async (file) => {
    const found = await loader.forPlan(file);
    return { config: found.config, ignored: found.ignored, problems: configProblemLines([found], cwd) };
  };
}
