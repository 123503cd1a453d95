import type { LineIndex } from '../document/lineIndex';
import type { ParsedPlan } from '../parse/parsePlan';
import type { ReadCache } from '../document/readCache';
import { readYaml, type YEntry, type YMap, type YNode } from '../parse/yamlTree';

/**
 * What an edit needs to know about how a plan's frontmatter is written: its located YAML tree (keys
 * already canonical, so `milestones:` is found as `steps`), its line break, how deep it indents and
 * where the closing fence is. Read again from the text for each edit: edits are rare, and the parsed
 * plan deliberately keeps no YAML tree.
 */
export interface Layout {
  readonly text: string;
  readonly lines: LineIndex;
  readonly eol: string;
  readonly root: YMap;
  /** Spaces per nesting level. */
  readonly indent: number;
  /** Whether block lists sit one level deeper than their key (`steps:\n  - a`) or level with it (`steps:\n- a`). */
  readonly indentedLists: boolean;
  /** Offset of the closing `---` line, where new top-level keys go. */
  readonly fenceStart: number;
}

/**
 * A parsed plan as the rules of one lint run see it: with the run's cache, since each rule's fix
 * would otherwise read the frontmatter's layout again.
 */
export type CachedPlan = ParsedPlan & { readonly cache?: ReadCache };

/** The layout of a plan with a closed, readable YAML frontmatter whose top level is a mapping; undefined otherwise. */
export function layoutOf(parsed: CachedPlan): Layout | undefined {
  const { cache } = parsed;
  return cache ? cache.get('layout', parsed, () => readLayout(parsed, cache)) : readLayout(parsed);
}

function readLayout(parsed: ParsedPlan, cache?: ReadCache): Layout | undefined {
  const frontmatter = parsed.plan.frontmatter;
  // Broken YAML (CP002) could be read in more than one way: no edit should guess.
  if (!frontmatter || parsed.problems.some((problem) => problem.ruleId === 'CP002')) return undefined;
  const { text, lines } = parsed;
  const { start, end } = frontmatter.contentSpan;
  const closingLine = lines.positionAt(end).line + 1;
  if (closingLine >= lines.lineCount || !lines.lineText(closingLine).startsWith('---')) return undefined;
  const read = readYaml(text.slice(start, end), start, cache);
  if (read.root?.kind !== 'map') return undefined;
  const firstLine = lines.positionAt(start).line + 1;
  return {
    text,
    lines,
    eol: lines.eol,
    root: read.root,
    indent: detectIndent(lines, firstLine, closingLine),
    indentedLists: detectIndentedLists(text, lines, read.root),
    fenceStart: lines.lineStartOffset(closingLine),
  };
}

export function topEntry(layout: Layout, key: string): YEntry | undefined {
  return layout.root.entries.get(key);
}

export function isFlow(layout: Layout, node: YNode): boolean {
  const c = layout.text[node.span.start];
  return (node.kind === 'seq' && c === '[') || (node.kind === 'map' && c === '{');
}

export function columnOf(layout: Layout, offset: number): number {
  return layout.lines.positionAt(offset).character;
}

export function lineOf(layout: Layout, offset: number): number {
  return layout.lines.positionAt(offset).line;
}

/** The offset of the start of the line after the one holding `offset`: where a new line goes. */
export function nextLineStart(layout: Layout, offset: number): number {
  return layout.lines.lineStartOffset(lineOf(layout, offset) + 1);
}

/** The line holding the last written character of a node (its span may end after a line break). */
export function lastContentLine(layout: Layout, node: YNode): number {
  let end = node.span.end;
  while (end > node.span.start && /\s/.test(layout.text[end - 1])) end--;
  return lineOf(layout, Math.max(node.span.start, end - 1));
}

export function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}

export function indentOfLine(text: string): number {
  return /^ */.exec(text)![0].length;
}

/** The smallest indentation used in the frontmatter, or 2 when nothing is indented. */
function detectIndent(lines: LineIndex, from: number, to: number): number {
  let smallest = Infinity;
  for (let line = from; line < to; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const indent = indentOfLine(text);
    if (indent > 0) smallest = Math.min(smallest, indent);
  }
  return Number.isFinite(smallest) && smallest <= 8 ? smallest : 2;
}

/** Read from the first block list under a top-level key; indented when there is none. */
function detectIndentedLists(text: string, lines: LineIndex, root: YMap): boolean {
  for (const entry of root.entries.values()) {
    if (entry.node.kind !== 'seq' || text[entry.node.span.start] === '[' || entry.node.items.length === 0) continue;
    const keyColumn = lines.positionAt(entry.keySpan.start).character;
    return lines.positionAt(entry.node.span.start).character > keyColumn;
  }
  return true;
}
