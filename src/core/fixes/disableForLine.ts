import type { TextEdit } from '../document/findings';
import { parseDocument } from 'yaml';
import { parsePlan, type ParsedPlan } from '../parse/parsePlan';

const FRONTMATTER_COMMENT = (ruleId: string) => `# career-plan-disable-next-line ${ruleId}`;
const BODY_COMMENT = (ruleId: string) => `<!-- career-plan-disable-next-line ${ruleId} -->`;
/** Where the rule list of an existing `disable-next-line` comment ends, in either form. */
const NEXT_LINE_DIRECTIVE = /career-plan-disable-next-line\b[^>\r\n]*?(?=\s*(?:-->|$))/;

/**
 * The edit that keeps one rule quiet on one line: a `career-plan-disable-next-line` comment above
 * it, as a YAML comment in the frontmatter or an HTML comment in the body, indented like the line.
 * When the line above already holds such a comment for other rules, the rule is added to it.
 * Undefined where no comment can do it: on the opening fence, at the top of a file without
 * frontmatter, or inside text that would swallow the comment (a YAML block scalar, a code block).
 */
export function disableForLine(parsed: ParsedPlan, line: number, ruleId: string): TextEdit | undefined {
  const { lines, plan, text } = parsed;
  if (line < 0 || line >= lines.lineCount) return undefined;
  const where = placeOf(parsed, line);
  if (!where) return undefined;

  const existing = plan.body.directives.find((directive) => directive.kind === 'disable-next-line' && directive.line === line - 1);
  if (existing) {
    if (existing.ruleIds.length === 0 || existing.ruleIds.some((id) => id.toLowerCase() === ruleId.toLowerCase())) return undefined;
    const above = lines.lineText(line - 1);
    const match = NEXT_LINE_DIRECTIVE.exec(above);
    if (!match) return undefined;
    const at = lines.lineStartOffset(line - 1) + match.index + match[0].length;
    return { span: { start: at, end: at }, newText: ` ${ruleId}` };
  }

  const indent = /^[ \t]*/.exec(lines.lineText(line))?.[0] ?? '';
  const comment = where === 'frontmatter' ? FRONTMATTER_COMMENT(ruleId) : BODY_COMMENT(ruleId);
  const at = lines.lineStartOffset(line);
  const edit: TextEdit = { span: { start: at, end: at }, newText: `${indent}${comment}${lines.eol}` };
  return isReadAsDirective(text, edit, line, where, parsed) ? edit : undefined;
}

function placeOf(parsed: ParsedPlan, line: number): 'frontmatter' | 'body' | undefined {
  const frontmatter = parsed.plan.frontmatter;
  if (!frontmatter) return line === 0 ? undefined : 'body';
  const opening = parsed.lines.positionAt(frontmatter.contentSpan.start).line;
  const closing = parsed.lines.positionAt(frontmatter.span.end).line;
  if (line <= opening) return undefined;
  return line <= closing ? 'frontmatter' : 'body';
}

/**
 * Checks the comment would be read as a comment. In the frontmatter the YAML must mean the same
 * data afterwards (inside a block scalar the line would become part of its text); in the body the
 * parser must find the directive (inside a code block it is just code).
 */
function isReadAsDirective(text: string, edit: TextEdit, line: number, where: 'frontmatter' | 'body', before: ParsedPlan): boolean {
  const after = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  if (where === 'frontmatter') {
    const content = before.plan.frontmatter?.contentSpan;
    if (!content) return false;
    const old = yamlData(text.slice(content.start, content.end));
    const now = yamlData(after.slice(content.start, content.end + edit.newText.length));
    return old !== undefined && old === now;
  }
  return parsePlan(after).plan.body.directives.some((directive) => directive.kind === 'disable-next-line' && directive.line === line);
}

/** The frontmatter's data as JSON, or undefined when it does not read cleanly. */
function yamlData(source: string): string | undefined {
  try {
    const doc = parseDocument(source, { uniqueKeys: true });
    return doc.errors.length > 0 ? undefined : JSON.stringify(doc.toJS({ maxAliasCount: 0 }));
  } catch {
    return undefined;
  }
}
