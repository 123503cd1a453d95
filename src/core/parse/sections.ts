import type { LineIndex } from '../document/lineIndex';
import type { Body, Directive, Heading, Task } from '../plan/model';
import type { Position, Range } from '../document/range';
import { readBodyParts } from './body';
import type { BodyParts } from './bodyParts';
import { changeBetween } from './textDiff';

/**
 * Re-reads only the part of the body a keystroke changed. The body is cut into sections at its
 * top-level ATX headings (`# …` in the first column): what comes before such a heading cannot change
 * how the heading and what follows it read, so the sections the edit touches are read again, the
 * ones before are kept and the ones after are moved. Two checks make it safe: the re-read text must
 * still open with its heading and must still end just before the next section's heading (an
 * unclosed code fence or HTML block would swallow it); and neither version of the body may hold a
 * link definition (`[label]: url`), which reaches across sections. Otherwise undefined: read it all.
 */
export interface PreviousBody {
  /** The previous document's body text, and where it started. */
  readonly source: string;
  readonly offset: number;
  readonly parts: BodyParts;
  /** The previous document's lines. */
  readonly lines: LineIndex;
}

export function rereadChanged(text: string, offset: number, lines: LineIndex, previous: PreviousBody): BodyParts | undefined {
  const source = text.slice(offset);
  if (source.includes(']:') || previous.source.includes(']:')) return undefined;
  // Where reading stopped depends on the whole body: read it all again.
  if (previous.parts.body.unreadFrom !== undefined) return undefined;
  // Only the body changed: it starts where it did, at the same line and character.
  const start = lines.positionAt(offset);
  const previousStart = previous.lines.positionAt(previous.offset);
  if (offset !== previous.offset || start.line !== previousStart.line || start.character !== previousStart.character) return undefined;
  const old = previous.source;
  const { from, oldTo } = changeBetween(old, source);
  const delta = source.length - old.length;

  // Sections as body offsets; the first one starts the body.
  const starts = [0, ...previous.parts.sections.map((start) => start - previous.offset).filter((start) => start > 0)];
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1] < from) first++;
  let next = first + 1;
  while (next < starts.length && starts[next] <= oldTo) next++;
  const regionStart = starts[first];
  const oldRegionEnd = next < starts.length ? starts[next] : old.length;
  const newRegionEnd = oldRegionEnd + delta;

  // Read the region with the next section's heading line, which must still read as one.
  const boundaryLineEnd = next < starts.length ? lineEndAfter(source, newRegionEnd) : source.length;
  const read = readBodyParts(text, offset + regionStart, lines, offset + boundaryLineEnd);
  if (read.body.unreadFrom !== undefined) return undefined;
  const sections = read.sections.map((start) => start - offset);
  if (regionStart > 0 && sections[0] !== regionStart) return undefined;
  if (next < starts.length && sections.at(-1) !== newRegionEnd) return undefined;

  // Old items before the region stay, those after it move; lines are the previous document's.
  const oldStartLine = previous.lines.positionAt(previous.offset + regionStart).line;
  const oldEndLine = next < starts.length ? previous.lines.positionAt(previous.offset + oldRegionEnd).line : Number.POSITIVE_INFINITY;
  const newEndLine = next < starts.length ? lines.positionAt(offset + newRegionEnd).line : 0;
  const lineShift = newEndLine - oldEndLine;
  const offsetShift = offset + delta - previous.offset;
  const before = (line: number) => line < oldStartLine;
  const after = (line: number) => line >= oldEndLine;
  const moved = (position: Position): Position => ({ line: position.line + lineShift, character: position.character });
  const move = (range: Range): Range => ({ start: moved(range.start), end: moved(range.end) });
  const body = previous.parts.body;

  const movedHeadings = new Map<Heading, Heading>();
  const headings: Heading[] = [];
  for (const heading of body.headings) if (before(heading.range.start.line)) headings.push(heading);
  const inRegion = read.body.headings.filter((heading) => heading.range.start.line < newEndLine || next >= starts.length);
  headings.push(...inRegion);
  for (const heading of body.headings) {
    if (!after(heading.range.start.line)) continue;
    const copy = { ...heading, range: move(heading.range) };
    movedHeadings.set(heading, copy);
    headings.push(copy);
  }

  const tasks: Task[] = body.tasks.filter((task) => before(task.range.start.line));
  tasks.push(...read.body.tasks);
  for (const task of body.tasks) {
    if (!after(task.range.start.line)) continue;
    tasks.push({
      ...task,
      range: move(task.range),
      span: { start: task.span.start + offsetShift, end: task.span.end + offsetShift },
      due: task.due && { value: task.due.value, range: move(task.due.range), span: { start: task.due.span.start + offsetShift, end: task.due.span.end + offsetShift } },
      ...(task.dueNotADay && { dueNotADay: { value: task.dueNotADay.value, range: move(task.dueNotADay.range), span: { start: task.dueNotADay.span.start + offsetShift, end: task.dueNotADay.span.end + offsetShift } } }),
      heading: task.heading && (movedHeadings.get(task.heading) ?? task.heading),
    });
  }

  const directives: Directive[] = body.directives.filter((directive) => before(directive.line));
  directives.push(...read.body.directives);
  for (const directive of body.directives) if (after(directive.line)) directives.push({ ...directive, line: directive.line + lineShift, range: move(directive.range) });

  const kept = previous.parts.sections.filter((start) => start - previous.offset < regionStart).map((start) => start - previous.offset + offset);
  const later = previous.parts.sections.filter((start) => start - previous.offset >= oldRegionEnd && next < starts.length).map((start) => start + offsetShift);
  const regionSections = read.sections.filter((start) => start - offset < newRegionEnd || next >= starts.length);
  return { body: { offset, headings, tasks, directives } satisfies Body, sections: [...kept, ...regionSections, ...later] };
}

/** The offset just past the line break of the line starting at `at` (or the end of the text). */
function lineEndAfter(source: string, at: number): number {
  const newline = source.indexOf('\n', at);
  return newline === -1 ? source.length : newline + 1;
}
