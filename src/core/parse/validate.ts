import type * as z from 'zod/mini';
import type { Fix } from '../document/findings';
import { closest } from '../format/closest';
import { checkIsoDate, daysInMonth, type IsoDate } from '../calendar/dates';
import { readProseDate } from '../calendar/proseDate';
import { aliasesIn, canonicalKey, childContext, knownKeys } from '../format/lookup';
import type { Context } from '../format/types';
import { planSchema } from '../format/schema';
import type { Span } from '../document/range';
import type { YMap, YNode } from './yamlTree';
import { subjectOf } from './subject';

export interface ValidationProblem {
  readonly ruleId: 'CP003' | 'CP004' | 'CP005' | 'CP006';
  readonly span: Span;
  readonly message: string;
  readonly subject: string;
  readonly suggestion?: Fix;
}

type Path = readonly PropertyKey[];

/** Validates the frontmatter data against the schema and locates every issue at its value or key. */
export function validatePlanData(root: YNode): ValidationProblem[] {
  const result = planSchema.safeParse(root.value);
  if (result.success) return [];
  const problems: ValidationProblem[] = [];
  for (const issue of result.error.issues) report(issue, [], root, problems);
  return problems;
}

function report(issue: z.core.$ZodIssue, prefix: Path, root: YNode, problems: ValidationProblem[]): void {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // When the value has the shape of one branch (a mapping), that branch's own issues say more.
    const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
    if (deeper) {
      for (const inner of deeper) report(inner, path, root, problems);
      return;
    }
  }
  const node = nodeAt(root, path);
  const subject = subjectOf(path);
  if (issue.code === 'unrecognized_keys') {
    const map = node?.kind === 'map' ? node : undefined;
    const context = contextOf(path);
    for (const key of issue.keys) {
      const entry = map?.entries.get(key);
      const written = entry?.key ?? key;
      const suggestion = suggestKey(written, context);
      // Renamed onto a key the mapping already has, it would be written twice.
      const rename = entry && suggestion && !map?.entries.has(canonicalKey(context, suggestion))
        ? { title: `Rename \`${written}\` to \`${suggestion}\``, edits: [{ span: entry.keySpan, newText: suggestion }] }
        : undefined;
      problems.push({
        ruleId: 'CP005',
        span: entry?.keySpan ?? node?.span ?? root.span,
        message: unknownKeyMessage(written, subject, context, suggestion),
        subject: subjectOf([...path, key]),
        ...(rename && { suggestion: rename }),
      });
    }
    return;
  }
  if (path.length === 0 && node?.value === null) {
    // `null` or `~` alone: no key at all, as an empty frontmatter.
    problems.push({ ruleId: 'CP006', span: node.span, message: 'The frontmatter holds no keys: write a `goal:` line saying where you want your career to be.', subject: 'goal' });
    return;
  }
  if (issue.code === 'invalid_type' && (node === undefined || node.value === null)) {
    const isGoal = path.length === 1 && path[0] === 'goal';
    problems.push({
      ruleId: isGoal ? 'CP006' : 'CP003',
      span: node?.span ?? parentSpan(root, path),
      message: isGoal ? 'The plan has no `goal`: add one line saying where you want your career to be.' : `\`${String(path.at(-1))}\` is required in ${subjectOf(path.slice(0, -1)) || 'the plan'}.`,
      subject,
    });
    return;
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    const written = String(node?.value);
    const meant = node ? dateMeant(written) : undefined;
    problems.push({
      ruleId: 'CP004',
      span: node?.span ?? root.span,
      message: meant ? `\`${written}\` should be a date written as YYYY-MM-DD: ${meant} if you mean ${written}.` : dateMessage(written, path.at(-1) === 'done'),
      subject,
      ...(node && meant && { suggestion: { title: `Write ${meant}`, edits: [{ span: node.span, newText: meant }] } }),
    });
    return;
  }
  const written = node?.kind === 'scalar' ? ` (it is ${describe(node.value)})` : '';
  problems.push({ ruleId: 'CP003', span: node?.span ?? root.span, message: `${subject ? `\`${subject}\`` : 'The frontmatter'} ${issue.message}${written}.`, subject });
}

/**
 * The day a date written in words or in another order names, as a plan's target would be read
 * ("March 2027" → 2027-03-31, "30 June 2028", "31/12/2027"): only when the words are that date and
 * nothing else, and it needs no today. Offered, never written unasked: only the person knows.
 */
function dateMeant(written: string): IsoDate | undefined {
  const read = readProseDate(written);
  return read && !read.relative && read.start === 0 && read.end === written.trimEnd().length ? read.date : undefined;
}

/** What is wrong with a date as written; `orTrue` for `done:`, which also takes `true`. */
export function dateMessage(text: string, orTrue = false): string {
  const check = checkIsoDate(text);
  if (!check.ok && check.reason === 'impossible') {
    const [year, month] = text.split('-').map(Number);
    if (month >= 1 && month <= 12) {
      const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
      return `${text} is not a day on the calendar: ${name} ${year} has ${daysInMonth(year, month)} days.`;
    }
    return `${text} is not a day on the calendar: months run from 01 to 12.`;
  }
  if (orTrue && /^(?:true|false)$/i.test(text.trim())) return `\`"${text}"\` is text in quotes: write \`true\` or \`false\` without quotes, or the day it was reached as YYYY-MM-DD.`;
  if (orTrue) return `\`${text}\` should be \`true\` or the day it was reached, written as YYYY-MM-DD like 2027-03-31 (\`false\` or no \`done:\` while it is not).`;
  return `\`${text}\` should be a date written as YYYY-MM-DD, like 2027-03-31.`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/** The context of the mapping at a path (of canonical keys), for naming keys and suggesting known ones. */
function contextOf(path: Path): Context {
  let context: Context = 'plan';
  for (const segment of path) if (typeof segment === 'string') context = childContext(context, segment);
  return context;
}

/** The known key (or alias) a misspelt one was probably meant as. */
function suggestKey(key: string, context: Context): string | undefined {
  return closest(key.toLowerCase(), [...knownKeys(context), ...aliasesIn(context)]);
}

function unknownKeyMessage(key: string, subject: string, context: Context, suggestion: string | undefined): string {
  const where = subject ? `in \`${subject}\`` : 'at the top of a plan';
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ` Known keys: ${knownKeys(context).join(', ')}.`;
  return `\`${key}\` is not a key the plan format knows ${where}.${hint}`;
}

export function nodeAt(root: YNode, path: Path): YNode | undefined {
  let node: YNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.kind === 'map' && typeof segment === 'string') node = node.entries.get(segment)?.node;
    else if (node.kind === 'seq' && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

/** A missing key is reported at the mapping that should hold it. */
function parentSpan(root: YNode, path: Path): Span {
  const parent = nodeAt(root, path.slice(0, -1)) as YMap | undefined;
  return parent?.span ?? root.span;
}
