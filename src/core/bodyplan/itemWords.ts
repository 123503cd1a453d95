import type { IsoDate } from '../calendar/dates';
import type { Span } from '../document/range';
import { findDate, type FoundDate } from './dates';
import { placeholderIn } from './placeholders';

/** An item's line split into its title and its date (or a placeholder where the date goes). */
export interface ItemWords {
  readonly title: Span;
  readonly date?: FoundDate;
  readonly datePlaceholder?: Span;
  /** The title is itself a placeholder: the slot is still to be filled. */
  readonly placeholder?: Span;
}

/** Words joining a title to its date: "Team lead — by 2027-06-30", "Team lead (target: June 2027)". */
const JOIN_BEFORE = /(?:[\s,;:|(\[—–-]|\b(?:by|before|until|till|target(?:ed)?(?:\s+date)?|due|deadline|on|in|around|when|date)\b)+$/i;
const JOIN_AFTER = /^(?:[\s,;:|)\]—–.-])+/;

/**
 * The title and the date of the words in `span`: the date's words are taken out of the title with
 * what joins them to it. A title wrapped in `**` is the words inside.
 */
export function splitItem(text: string, span: Span, today?: IsoDate): ItemWords {
  const words = text.slice(span.start, span.end);
  const date = findDate(words, span.start, today);
  const datePlaceholder = date ? undefined : datePlaceholderIn(words, span.start);
  const cut = date?.span ?? datePlaceholder;
  let title = span;
  if (cut) {
    const before = trimEnd(text, span.start, cut.start);
    const after = trimStart(text, cut.end, span.end);
    title = before.end > before.start ? before : after;
  }
  title = unwrap(text, title);
  const placeholder = placeholderIn(text.slice(title.start, title.end), title.start);
  return { title, ...(date && { date }), ...(datePlaceholder && { datePlaceholder }), ...(placeholder && { placeholder }) };
}

function datePlaceholderIn(words: string, at: number): Span | undefined {
  const match = /\b(?:YYYY[-/.]MM[-/.]DD|MM\/DD\/YYYY|DD\/MM\/YYYY|(?:Q[1-4xX?]|Month|Mon)\s+YYYY|20XX)\b|<(?:target )?date>|\[(?:target )?date\]/i.exec(words);
  return match ? { start: at + match.index, end: at + match.index + match[0].length } : undefined;
}

function trimEnd(text: string, start: number, end: number): Span {
  const words = text.slice(start, end);
  const join = JOIN_BEFORE.exec(words);
  let stop = join ? start + join.index : end;
  while (stop > start && /[\s.]/.test(text[stop - 1])) stop--;
  return { start, end: stop };
}

function trimStart(text: string, start: number, end: number): Span {
  const join = JOIN_AFTER.exec(text.slice(start, end));
  let from = join ? start + join[0].length : start;
  while (from < end && /\s/.test(text[from])) from++;
  let stop = end;
  while (stop > from && /[\s.;,]/.test(text[stop - 1])) stop--;
  return { start: from, end: stop };
}

/** `**Team lead**` is read as `Team lead`, and a title's closing period is left out. */
function unwrap(text: string, span: Span): Span {
  let { start, end } = span;
  const wrapped = /^(\*\*|__|\*|_)(.+)\1$/.exec(text.slice(start, end));
  if (wrapped) {
    start += wrapped[1].length;
    end -= wrapped[1].length;
  }
  while (end > start && /[\s;,]/.test(text[end - 1])) end--;
  return { start, end };
}
