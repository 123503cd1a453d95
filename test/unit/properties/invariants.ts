import { isDeepStrictEqual } from 'node:util';
import type { IsoDate } from '../../../src/core/calendar/dates';
import { applyEdits } from '../../../src/core/edits/applyEdits';
import type { Finding, Fix, Problem } from '../../../src/core/document/findings';
import { combineFixes } from '../../../src/core/fixes/combineFixes';
import type { LineIndex } from '../../../src/core/document/lineIndex';
import { lintText } from '../../../src/core/lint/lint';
import { readMarkdownParts } from '../../../src/core/parse/body';
import type { BodyParts } from '../../../src/core/parse/bodyParts';
import { parsePlan, type ParsedPlan } from '../../../src/core/parse/parsePlan';
import { readPlainBody } from '../../../src/core/parse/plainBody';
import type { Position, Range, Span } from '../../../src/core/document/range';
import { rules } from '../../../src/core/rules/registry';

/**
 * What must hold for any text whatsoever, checked by the property tests, the fuzzer and the
 * regression fixtures alike. Each check throws an Error saying which promise broke and where.
 */
export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

const RULE_IDS = new Set(rules.map((rule) => rule.id));
const SEVERITIES = new Set(['error', 'warning', 'info']);
/** How the parser and the linter word an exception they caught: a bug of ours, never a user's mistake. */
const CAUGHT_BUG = /Please report it\.$/;

export interface CheckOptions {
  /** Lint the text a second time and require the same answer (doubles the cost). */
  readonly determinism?: boolean;
}

/** Parses and lints `text` on `today` and checks every promise the core makes about the result. */
export function checkPlanText(text: string, today: IsoDate, options: CheckOptions = {}): void {
  let first: ReturnType<typeof lintText>;
  try {
    first = lintText(text, { today });
  } catch (error) {
    fail(`lintText threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const { parsed, findings } = first;
  checkParsed(parsed);
  checkFindings(parsed, findings);
  if (options.determinism) {
    // A copy of the text, so nothing can be keyed on the string's identity.
    const again = lintText(` ${text}`.slice(1), { today });
    if (!isDeepStrictEqual(again.findings, findings)) fail('linting the same text twice gave different findings');
    if (!isDeepStrictEqual(again.parsed.problems, parsed.problems)) fail('parsing the same text twice gave different problems');
    if (!isDeepStrictEqual(again.parsed.plan, parsed.plan)) fail('parsing the same text twice gave different plans');
  }
}

export function checkParsed(parsed: ParsedPlan): void {
  for (const problem of parsed.problems) checkProblem(parsed, problem);
  checkModel(parsed);
  checkPlainBody(parsed);
}

/** A body the plain reader takes reads as micromark reads it (headings, tasks, comments, sections). */
function checkPlainBody({ text, lines, plan, problems }: ParsedPlan): void {
  // A body too long to read is skipped whole (CP007, no unreadFrom): no reading to compare, and
  // reading a 5 MB one twice here took 7 s of the bounded-work tests' 10 s guard.
  if (plan.body.unreadFrom === undefined && problems.some((problem) => problem.ruleId === 'CP007' && problem.subject === 'body')) return;
  const plain = readPlainBody(text, plan.body.offset, lines, text.length);
  if (!plain) return;
  const markdown = readMarkdownParts(text, plan.body.offset, lines);
  // micromark stops at a stretch too costly for it; the plain reader reads on, and there is nothing to compare past it.
  if (markdown.body.unreadFrom !== undefined) return;
  const shown = (parts: BodyParts) => {
    const { headings, tasks, directives, unreadFrom } = parts.body;
    return { headings, tasks: tasks.map((task) => ({ ...task, heading: task.heading && headings.indexOf(task.heading) })), directives, unreadFrom, sections: parts.sections };
  };
  if (!isDeepStrictEqual(shown(plain), shown(markdown))) fail(`the plain body reader read the body otherwise than micromark: ${JSON.stringify(shown(plain))} against ${JSON.stringify(shown(markdown))}`);
}

function checkProblem(parsed: ParsedPlan, problem: Problem): void {
  if (CAUGHT_BUG.test(problem.message)) fail(`the parser caught an exception: ${problem.message}`);
  if (!RULE_IDS.has(problem.ruleId)) fail(`problem with unknown rule id ${problem.ruleId}`);
  checkRange(parsed.lines, problem.range, `problem ${problem.ruleId} "${problem.message}"`);
}

export function checkFindings(parsed: ParsedPlan, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const label = `${finding.ruleId} "${finding.message}"`;
    if (CAUGHT_BUG.test(finding.message)) fail(`a rule threw: ${finding.message}`);
    if (!RULE_IDS.has(finding.ruleId)) fail(`finding with unknown rule id ${finding.ruleId}`);
    if (!SEVERITIES.has(finding.severity)) fail(`${label}: severity ${String(finding.severity)}`);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') fail(`${finding.ruleId}: empty message`);
    checkRange(parsed.lines, finding.range, label);
    if (finding.fix) checkFix(parsed.text, finding.fix, label);
  }
  // One parse of the text with every fix applied stands for all of them: test/unit/properties/edits.test.ts checks each fix on its own.
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
  if (fixes.length > 0) checkAppliedText(applyOrFail(parsed.text, combineFixes(fixes), 'all fixes combined'), 'all fixes combined');
}

/** A fix's edits lie inside the text, do not overlap, and apply. */
export function checkFix(text: string, fix: Fix, label: string): void {
  const where = `${label}, fix "${fix.title}"`;
  for (const edit of fix.edits) {
    checkSpan(text, edit.span, where);
    if (typeof edit.newText !== 'string') fail(`${where}: newText is not a string`);
  }
  const ordered = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1].span;
    const current = ordered[i].span;
    if (current.start < previous.end) fail(`${where}: edits ${previous.start}–${previous.end} and ${current.start}–${current.end} overlap`);
  }
  applyOrFail(text, fix.edits, where);
}

function applyOrFail(text: string, edits: Fix['edits'], where: string): string {
  try {
    return applyEdits(text, edits);
  } catch (error) {
    fail(`${where}: applying the edits threw: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function checkAppliedText(after: string, where: string): void {
  const parsed = parsePlan(after);
  for (const problem of parsed.problems) if (CAUGHT_BUG.test(problem.message)) fail(`${where}: the fixed text makes the parser fail: ${problem.message}`);
}

export function checkSpan(text: string, span: Span, label: string): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) fail(`${label}: span ${span.start}–${span.end} outside a text of ${text.length} characters`);
}

export function checkPosition(lines: LineIndex, position: Position, label: string): void {
  const { line, character } = position;
  if (!Number.isInteger(line) || line < 0 || line >= lines.lineCount) fail(`${label}: line ${line} outside 0–${lines.lineCount - 1}`);
  const length = lines.lineText(line).length;
  if (!Number.isInteger(character) || character < 0 || character > length) fail(`${label}: character ${character} outside line ${line} of length ${length}`);
}

export function checkRange(lines: LineIndex, range: Range, label: string): void {
  checkPosition(lines, range.start, `${label} (start)`);
  checkPosition(lines, range.end, `${label} (end)`);
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
    fail(`${label}: range starts at ${start.line}:${start.character}, after its end ${end.line}:${end.character}`);
  }
}

/**
 * Every located thing in the plan model (values, items, headings, tasks, directives) lies inside
 * the text, and where it has both a span and a range, they name the same characters.
 */
function checkModel(parsed: ParsedPlan): void {
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (isSpan(record.span)) checkSpan(parsed.text, record.span, `plan model ${path}.span`);
    if (isSpan(record.contentSpan)) checkSpan(parsed.text, record.contentSpan, `plan model ${path}.contentSpan`);
    if (isRange(record.range)) {
      checkRange(parsed.lines, record.range, `plan model ${path}.range`);
      if (isSpan(record.span) && !isDeepStrictEqual(parsed.lines.rangeOf(record.span), record.range)) fail(`plan model ${path}: range and span disagree`);
    }
    for (const [key, child] of Object.entries(record)) {
      // The lint block's value is the user's own data, not a location.
      if (path === 'plan.lint' && key === 'value') continue;
      visit(child, `${path}.${key}`);
    }
  };
  visit(parsed.plan, 'plan');
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && typeof (value as Range).start === 'object' && typeof (value as Range).end === 'object';
}
