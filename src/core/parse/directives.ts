import type { Directive, DirectiveKind } from '../plan/model';
import type { Range, Span } from '../document/range';
import type { YNode } from './yamlNodes';

/**
 * `career-plan-disable`, `-enable`, `-disable-line` and `-disable-next-line`, followed by rule ids or
 * names (none means every rule). Written as an HTML comment in the body or a `#` comment in the
 * frontmatter, where most findings are.
 */
const DIRECTIVE = /career-plan-(disable-next-line|disable-line|disable|enable)\b([^>\n]*?)(?:-->|$)/;

export function parseDirective(comment: string, range: Range): Directive | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
  const ruleIds = match[2].split(/[\s,]+/).filter((id) => id.length > 0);
  return { kind: match[1] as DirectiveKind, ruleIds, line: range.start.line, range };
}

/**
 * Finds `# career-plan-…` comments in the frontmatter's lines. Text of a value is not a comment: a
 * line of a `|` block or of a quoted string that reads `# career-plan-disable` turns nothing off.
 */
export function frontmatterDirectives(text: string, from: number, to: number, rangeOf: (start: number, end: number) => Range, root?: YNode): Directive[] {
  const directives: Directive[] = [];
  // Only the frontmatter is searched: the rest of the text may be megabytes long.
  const frontmatter = text.slice(from, to);
  if (!frontmatter.includes('career-plan-')) return directives;
  const values = root ? scalarSpans(root) : [];
  const pattern = /#\s*career-plan-[^\r\n]*/g;
  for (let match = pattern.exec(frontmatter); match; match = pattern.exec(frontmatter)) {
    const start = from + match.index;
    if (values.some((span) => span.start <= start && start < span.end)) continue;
    const directive = parseDirective(match[0], rangeOf(start, start + match[0].length));
    if (directive) directives.push(directive);
  }
  return directives;
}

/** Where the frontmatter's values are written. */
function scalarSpans(node: YNode): Span[] {
  if (node.kind === 'scalar') return [node.span];
  if (node.kind === 'seq') return node.items.flatMap(scalarSpans);
  return [...node.entries.values()].flatMap((entry) => scalarSpans(entry.node));
}
