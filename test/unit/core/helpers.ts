import { parsePlan, type ParsedPlan } from '../../../src/core/parse/parsePlan';
import type { Range } from '../../../src/core/document/range';

/** A plan from frontmatter lines, so tests read like the file they describe. */
export function plan(...frontmatter: string[]): string {
  return `---\n${frontmatter.join('\n')}\n---\n`;
}

export function parse(text: string): ParsedPlan {
  return parsePlan(text);
}

/** The text a range covers. */
export function textAt(parsed: ParsedPlan, range: Range): string {
  return parsed.text.slice(parsed.lines.offsetAt(range.start), parsed.lines.offsetAt(range.end));
}

/** Problems as `line:ruleId message` (1-based lines), easy to compare and to read in a failure. */
export function problemsOf(parsed: ParsedPlan): string[] {
  return parsed.problems.map((p) => `${p.range.start.line + 1}:${p.ruleId} ${p.message}`);
}
