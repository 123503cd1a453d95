import type { LineIndex } from '../../../../src/core/document/lineIndex';
import { parsePlan, type ParsedPlan } from '../../../../src/core/parse/parsePlan';
import type { YEntry, YMap, YNode } from '../../../../src/core/parse/yamlNodes';
import { readYaml } from '../../../../src/core/parse/yamlTree';

/**
 * A plan as an edit sees it: its text, its parse, its frontmatter as located YAML and as plain data
 * (canonical keys, ordinary objects), so an edit's result can be compared with what it should be.
 */
export interface Snapshot {
  readonly text: string;
  readonly parsed: ParsedPlan;
  readonly lines: LineIndex;
  /** The frontmatter's top-level mapping, when it reads cleanly (edits apply to nothing else). */
  readonly root?: YMap;
  readonly data?: Record<string, unknown>;
}

export function snapshot(text: string): Snapshot {
  const parsed = parsePlan(text);
  const content = parsed.plan.frontmatter?.contentSpan;
  const read = content ? readYaml(text.slice(content.start, content.end), content.start) : undefined;
  // Edits leave broken YAML (CP002) alone: there is nothing for them to do in it.
  const broken = parsed.problems.some((problem) => problem.ruleId === 'CP002');
  const root = read?.root?.kind === 'map' && !broken ? read.root : undefined;
  return { text, parsed, lines: parsed.lines, root, data: root ? (plain(root.value) as Record<string, unknown>) : undefined };
}

/** The reader's null-prototype objects as ordinary ones, so expected data can be written as literals. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, plain(child)]));
  return value;
}

export function clone<T>(value: T): T {
  return plain(value) as T;
}

/** An offset range of the original text that an edit may touch, both ends included. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

/** The whole lines a node is written on, up to the start of the line after its last character. */
export function linesOfNode(snap: Snapshot, node: YNode, from = node.span.start): Region {
  const { lines, text } = snap;
  let last = node.span.end;
  while (last > node.span.start && /\s/.test(text[last - 1])) last--;
  const lastLine = lines.positionAt(Math.max(from, last - 1)).line;
  return {
    start: lines.lineStartOffset(lines.positionAt(from).line),
    end: lastLine + 1 < lines.lineCount ? lines.lineStartOffset(lastLine + 1) : text.length,
  };
}

/** A key and its value's lines. */
export function linesOfEntry(snap: Snapshot, entry: YEntry): Region {
  return linesOfNode(snap, { ...entry.node, span: { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.node.span.end) } } as YNode);
}

export function listAt(snap: Snapshot, key: string): YNode | undefined {
  return snap.root?.entries.get(key)?.node;
}
