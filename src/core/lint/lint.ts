import type { IsoDate } from '../calendar/dates';
import type { Finding } from '../document/findings';
import { comparePositions } from '../document/range';
import { ReadCache } from '../document/readCache';
import { parsePlan, type ParsedPlan, type ParseOptions } from '../parse/parsePlan';
import { DEFAULT_OPTIONS, isOptionValue, type LintOptions } from '../rules/options';
import type { LearnedReader } from '../smart/learnedReader';
import { rules as registry } from '../rules/registry';
import type { Report, Rule } from '../rules/rule';
import type { LintConfig } from './config';
import { applyDirectives } from './directives';
import { resolveSeverities } from './severities';
import { repeatedLintKeys, unknownRuleKeys } from './lintBlockKeys';

/** The rules a `lint:` key naming no rule, or a rule set twice, is reported by: as a misspelt key, as a key written twice. */
const KEY_UNKNOWN = 'CP005';
const FRONTMATTER_SYNTAX = 'CP002';

export interface LintRequest {
  /** The calendar day to judge the plan on. */
  readonly today: IsoDate;
  readonly config?: LintConfig;
  /** Defaults to every registered rule. */
  readonly rules?: readonly Rule[];
  /** The analysis's cache, when the parse that made the plan read through it too (see ReadCache). */
  readonly cache?: ReadCache;
  /** The learned reader of goals (learnedReaderTable.ts), where the caller has it loaded; without it the rules judge alone. */
  readonly reader?: LearnedReader;
}

/**
 * The options that are what their rules count with. Configuration files and the library's `config`
 * are checked before they get here, but the editor's settings.json can hold anything: an option
 * that is not (a focus limit of "3", 1.5 months) keeps its default rather than reaching a date.
 */
function validOptions(options: Partial<LintOptions> | undefined): Partial<LintOptions> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([name, value]) => name in DEFAULT_OPTIONS && isOptionValue(name as keyof LintOptions, value)));
}

/** Runs every enabled rule on a parsed plan and returns its findings in document order. */
export function lint(parsed: ParsedPlan, request: LintRequest): Finding[] {
  const rules = request.rules ?? registry;
  const severities = resolveSeverities(rules, [request.config?.rules, parsed.plan.lint?.value]);
  const options = { ...DEFAULT_OPTIONS, ...validOptions(request.config?.options) };
  const findings: Finding[] = [];
  const cache = request.cache ?? new ReadCache();
  // The rules see the plan with this run's cache; nothing read for them outlives the run.
  const cached = { ...parsed, cache };
  // A plan read from its body has no frontmatter for a fix's YAML edits to go in: it is linted as
  // written, and converting it to frontmatter (careerPlan.convertToFrontmatter) brings the fixes.
  const fixable = parsed.plan.readFrom !== 'body';
  for (const rule of rules) {
    const severity = severities.get(rule.id);
    if (!severity || severity === 'off') continue;
    const report = (r: Report) =>
      findings.push({
        ruleId: rule.id,
        ruleName: rule.name,
        criterion: rule.criterion,
        severity,
        message: r.message,
        range: r.range ?? parsed.lines.rangeOf(r.span ?? { start: 0, end: 0 }),
        subject: r.subject,
        fix: fixable ? r.fix : undefined,
        ...(fixable && r.suggestions && { suggestions: r.suggestions }),
      });
    // The lint: block's keys are checked against the rules run, which only the linter knows (and
    // only a plan with such a block loads the check: dist/lib-lint-block.js).
    if (rule.id === KEY_UNKNOWN && parsed.plan.lintKeys?.length) unknownRuleKeys(parsed.plan, rules).forEach(report);
    if (rule.id === FRONTMATTER_SYNTAX && parsed.plan.lintKeys?.length) repeatedLintKeys(parsed.plan, rules).forEach(report);
    try {
      rule.check({ parsed: cached, plan: parsed.plan, today: request.today, options, report, cache, reader: request.reader });
    } catch (error) {
      // One faulty rule must not hide the others' findings.
      report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `Rule ${rule.id} failed on this plan (${error instanceof Error ? error.message : String(error)}). Please report it.`, subject: 'plan' });
    }
  }
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  return applyDirectives(findings, parsed.plan.body.directives, rules).sort(
    (a, b) => comparePositions(a.range.start, b.range.start) || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0),
  );
}

/** Parses and lints a text in one call. */
export function lintText(text: string, request: LintRequest & ParseOptions): { parsed: ParsedPlan; findings: Finding[] } {
  const cache = new ReadCache();
  const parsed = parsePlan(text, { ...request, cache });
  return { parsed, findings: lint(parsed, { ...request, cache }) };
}
