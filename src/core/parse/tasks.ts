import { checkIsoDate } from '../calendar/dates';
import type { LineIndex } from '../document/lineIndex';
import type { Heading, Task } from '../plan/model';
import type { Span } from '../document/range';

/** A due date written in a task's text: `(due 2027-01-15)` or `(due: 2027-01-15)`. */
const DUE = /\(due:?\s+(\d{4}-\d{2}-\d{2})\)/i;

/** A task from its list item: the text of its first paragraph after the check, and the item's span. */
export function makeTask(label: string, checked: boolean, heading: Heading | undefined, span: Span, lines: LineIndex, text: string): Task {
  // Fields named one by one: spreading taskLabel's result was most of the cost of 4,000 tasks.
  const { text: taskText, due } = taskLabel(label.trim(), span, lines, text);
  return { text: taskText, due, checked, range: lines.rangeOf(span), span, heading };
}

/** A task's text without its `(due …)` note, and the due date located in the document. */
export function taskLabel(label: string, span: Span, lines: LineIndex, text: string): Pick<Task, 'text' | 'due'> {
  const due = DUE.exec(label);
  let dueValue: Task['due'];
  if (due && checkIsoDate(due[1]).ok) {
    const lineStart = lines.positionAt(span.start).line;
    const at = text.indexOf(due[1], span.start);
    const dueSpan = { start: at, end: at + due[1].length };
    if (at >= 0 && lines.positionAt(at).line >= lineStart) dueValue = { value: due[1], span: dueSpan, range: lines.rangeOf(dueSpan) };
  }
  return { text: label.replace(DUE, '').trim(), due: dueValue };
}
