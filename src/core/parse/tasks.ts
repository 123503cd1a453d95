import { dayExists } from '../calendar/dates';
import type { LineIndex } from '../document/lineIndex';
import type { Heading, Task } from '../plan/model';
import type { Span } from '../document/range';

/** A due date written in a task's text: `(due 2027-01-15)` or `(due: 2027-01-15)`. */
const DUE = /\(due:?\s+(\d{4}-\d{2}-\d{2})\)/i;

/**
 * A task from its list item: the text of its first paragraph after the check, without its first
 * `(due …)` note, the note's date located in the document when the calendar has that day, and the
 * item's span. A long task list makes thousands of these, so each is made with one match and no
 * object beyond the task's own (a profile of 4,000 tasks found 1.2 KB allocated per task: the note
 * matched three times, the date checked through a second regex, positions asked for and dropped).
 */
export function makeTask(label: string, checked: boolean, heading: Heading | undefined, span: Span, lines: LineIndex, text: string): Task {
  const trimmed = label.trim();
  const note = trimmed.indexOf('(') === -1 ? null : DUE.exec(trimmed);
  if (note === null) return { text: trimmed, due: undefined, checked, range: lines.rangeOf(span), span, heading };
  const date = note[1];
  // The first place the date is written from the item's start: the note's, or the same date earlier in the item.
  const at = text.indexOf(date, span.start);
  const written = at === -1 ? undefined : { value: date, span: { start: at, end: at + date.length }, range: lines.rangeOf({ start: at, end: at + date.length }) };
  const without = `${trimmed.slice(0, note.index)}${trimmed.slice(note.index + note[0].length)}`.trim();
  // One object per task, as above: no spread of a second one.
  if (realDay(date)) return { text: without, due: written, checked, range: lines.rangeOf(span), span, heading };
  return { text: without, due: undefined, dueNotADay: written, checked, range: lines.rangeOf(span), span, heading };
}

/** Whether `YYYY-MM-DD`, its digits already matched, is a day of the calendar (2027-02-30 is not). */
function realDay(date: string): boolean {
  return dayExists(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at++) value = value * 10 + text.charCodeAt(at) - 48;
  return value;
}
