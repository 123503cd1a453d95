import type { Body, Directive, Heading, Task } from '../plan/model';
import type { Position, Range, Span } from '../document/range';

/**
 * The same body read at a new place: every span moves by the change in offset, every position by
 * the change in lines (and, on the body's first line, in characters, when it does not start a line).
 */
export function moveBody(body: Body, from: { offset: number; start: Position }, to: { offset: number; start: Position }): Body {
  const delta = to.offset - from.offset;
  const lines = to.start.line - from.start.line;
  const characters = to.start.character - from.start.character;
  if (delta === 0 && lines === 0 && characters === 0) return body;
  // Typing within a line moves offsets only: positions, headings and comments stay as they are.
  const samePositions = lines === 0 && characters === 0;
  const position = (p: Position): Position => ({ line: p.line + lines, character: p.line === from.start.line ? p.character + characters : p.character });
  const range = (r: Range): Range => (samePositions ? r : { start: position(r.start), end: position(r.end) });
  const span = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const headings = new Map<Heading, Heading>(body.headings.map((heading) => [heading, samePositions ? heading : { ...heading, range: range(heading.range) }]));
  const tasks = body.tasks.map(
    (task): Task => ({
      ...task,
      range: range(task.range),
      span: span(task.span),
      due: task.due && { value: task.due.value, range: range(task.due.range), span: span(task.due.span) },
      ...(task.dueNotADay && { dueNotADay: { value: task.dueNotADay.value, range: range(task.dueNotADay.range), span: span(task.dueNotADay.span) } }),
      heading: task.heading && headings.get(task.heading),
    }),
  );
  const directives = samePositions ? body.directives : body.directives.map((directive): Directive => ({ ...directive, line: directive.line + lines, range: range(directive.range) }));
  const moved: Body = { offset: to.offset, headings: samePositions ? body.headings : [...headings.values()], tasks, directives };
  return body.unreadFrom === undefined ? moved : { ...moved, unreadFrom: body.unreadFrom + delta };
}
