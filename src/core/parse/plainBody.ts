import type { LineIndex } from '../document/lineIndex';
import type { Directive, Heading, Task } from '../plan/model';
import type { Range } from '../document/range';
import { floodsAttention, lineEndAt, nextLine } from './bodyGuards';
import { makeTask } from './tasks';
import type { BodyParts } from './bodyParts';
import { parseDirective } from './directives';
import { inlineText, type InlineOptions } from './inlineText';

/**
 * Reads a body written only in the everyday shapes of a plan's notes, line by line and without a
 * tokenizer; undefined as soon as a line is anything else, and micromark reads the body instead.
 *
 * The shapes are those whose reading CommonMark leaves no room for, whatever surrounds them, and
 * every line of them starts in the first column:
 * - `#` to `######`, one space and a heading of simple inline text (inlineText.ts: plain
 *   characters, emphasis, brackets that make no link), or a paragraph with `---` or `===` under it;
 * - `- [ ] `, `- [x] ` or `- [X] ` and a task of simple inline text, which lines of text right
 *   under it continue;
 * - `- ` or `> ` followed by a letter, `<!-- … -->` on one line, a paragraph line starting with a
 *   letter or a date, a link definition on one line, a thematic break, a blank line; none of them
 *   holds `<!--` but the comment;
 * - a fence of ``` or ~~~ closed in the first column, with no line inside starting with either.
 * Anything is fine in the notes' paragraphs: inline text is read only in headings and tasks. The
 * reader can neither stop at a long list or quote: micromark's reader stops there only because its
 * own cost grows with such a stretch (see body.ts's uncutTooCostly), while this reader's cost does
 * not, so a long list of tasks is read whole here.
 *
 * A typical plan's body takes 0.07 ms here against micromark's 1.2 ms, and reading bodies through
 * micromark was two thirds of a first workspace scan. test/unit/perf/plainBody.test.ts holds this
 * reader to micromark's reading.
 */
export function readPlainBody(text: string, offset: number, lines: LineIndex, end: number): BodyParts | undefined {
  const headings: Heading[] = [];
  const tasks: Task[] = [];
  const directives: Directive[] = [];
  const sections: number[] = [];
  /**
   * The task being read, when `open`: lines of text right under it continue its text, until another
   * line comes. One record, updated in place, as the paragraph's below.
   */
  const task = { open: false, start: 0, end: 0, check: false, heading: undefined as Heading | undefined };
  /** A list item or quote is open: a paragraph line now is its lazy continuation. */
  let inContainer = false;
  /**
   * The paragraph the last line belongs to, when `open`: a setext underline after it makes its lines
   * a heading. One object, updated in place: one per paragraph was half of what 65,000 short lines allocated.
   */
  const paragraph = { open: false, start: 0, line: 0, end: 0, inContainer: false, afterDefinition: false };
  /** The last line was a link definition: a paragraph right after it is read with it (micromark's content). */
  let afterDefinition = false;
  const holdsComment = commentFinder(text);
  const definitionAt = text.indexOf(']:', offset);
  /** Whether the body reads emphasis, found out when a heading or task first holds a marker. */
  let emphasis: boolean | undefined;
  const definitions = definitionAt !== -1 && definitionAt < end;
  const readsEmphasis = () => (emphasis ??= !floodsAttention(text.slice(offset, end)));
  // Made once: a new options object for each of 27,000 headings was most of their reading time.
  const atx: InlineOptions = { atxHeading: true, lineBreaks: false, definitions, emphasis: readsEmphasis };
  const multiLine: InlineOptions = { atxHeading: false, lineBreaks: true, definitions, emphasis: readsEmphasis };
  /** Adds the task being read; false when its text is not of the simple kind. */
  const endTask = (): boolean => {
    if (!task.open) return true;
    const label = inlineText(text, task.start + 6, task.end, multiLine);
    if (label === undefined) return false;
    tasks.push(makeTask(label, task.check, task.heading, { start: task.start, end: task.end }, lines, text));
    task.open = false;
    return true;
  };
  // Lines are counted as they are read, so a heading's range needs no search of the line index
  // (a body of 27,000 setext headings spent a third of its reading time there).
  let line = lines.positionAt(offset).line;
  const rangeOfLines = (from: number, fromLine: number, to: number): Range =>
    ({ start: { line: fromLine, character: from - lines.lineStartOffset(fromLine) }, end: { line, character: to - lines.lineStartOffset(line) } });
  for (let start = offset; start < end; line++) {
    const next = Math.min(nextLine(text, start), end);
    const lineEnd = lineEndAt(text, start, next);
    const first = text.charCodeAt(start);
    if (task.open && (startsProse(first) || startsDatedLine(text, start, lineEnd)) && !holdsComment(start, lineEnd)) {
      // A line of text right under a task continues the task's text (a lazy continuation line).
      task.end = lineEnd;
      start = next;
      continue;
    }
    const wasTask = task.open;
    if (!endTask()) return undefined;
    const before = paragraph.open;
    paragraph.open = false;
    const definitionBefore = afterDefinition;
    afterDefinition = false;
    if (blank(text, start, lineEnd)) {
      // A blank line ends any paragraph, list item or quote (a list goes on only with an indented line).
      inContainer = false;
    } else if ((first === DASH || first === EQUALS) && underline(text, start, lineEnd)) {
      // `---` or `===` under one line of plain text is a setext heading; `---` after anything but a
      // paragraph is a thematic break, which also ends an open list or quote. Nothing else is read here.
      if (before && !paragraph.inContainer && !paragraph.afterDefinition) {
        const heading = inlineText(text, paragraph.start, paragraph.end, multiLine);
        if (heading === undefined) return undefined;
        // Not a section start: only an ATX heading is one (see BodyParts.sections).
        headings.push({ depth: first === EQUALS ? 1 : 2, text: heading.trim(), range: rangeOfLines(paragraph.start, paragraph.line, lineEnd) });
      } else if (before || first === EQUALS) return undefined;
      inContainer = false;
    } else if (first === HASH) {
      let depth = 1;
      while (depth < 7 && text.charCodeAt(start + depth) === HASH) depth++;
      const content = depth > 6 || text.charCodeAt(start + depth) !== SPACE ? undefined : inlineText(text, start + depth + 1, lineEnd, atx);
      if (content === undefined) return undefined;
      // Trimmed as micromark's reader trims: JavaScript's trim takes Unicode spaces too.
      const heading: Heading = { depth, text: content.trim(), range: rangeOfLines(start, line, lineEnd) };
      headings.push(heading);
      sections.push(start);
      inContainer = false;
    } else if (first === DASH && text.charCodeAt(start + 1) === SPACE) {
      inContainer = true;
      const check = taskCheck(text, start + 2);
      if (check !== undefined) {
        task.open = true;
        task.start = start;
        task.end = lineEnd;
        task.check = check;
        task.heading = headings.at(-1);
      }
      else if (!startsProse(text.charCodeAt(start + 2)) || holdsComment(start, lineEnd)) return undefined;
    } else if (first === QUOTE) {
      inContainer = true;
      if (text.charCodeAt(start + 1) !== SPACE || !startsProse(text.charCodeAt(start + 2)) || holdsComment(start, lineEnd)) return undefined;
    } else if (first === BRACKET && !before && !inContainer && !wasTask && DEFINITION.test(text.slice(start, lineEnd))) {
      // `[label]: url` alone on its line defines a link: it is only stepped over, since a heading or
      // task read here holds no brackets when the body defines a label (inlineText.ts).
      afterDefinition = true;
    } else if (first === LESS) {
      if (!oneLineComment(text, start, lineEnd, holdsComment)) return undefined;
      const range = rangeOfLines(start, line, lineEnd);
      const directive = parseDirective(text.slice(start, lineEnd), range);
      if (directive) directives.push(directive);
    } else if (first === BACKTICK || first === TILDE) {
      const closed = fenceEnd(text, start, lineEnd, next, end);
      if (closed === undefined) return undefined;
      inContainer = false;
      start = closed;
      line = lines.positionAt(closed).line - 1;
      continue;
    } else if (wasTask || !(startsProse(first) || startsDatedLine(text, start, lineEnd) || (first === BRACKET && before)) || holdsComment(start, lineEnd)) return undefined;
    else {
      if (!before) {
        paragraph.start = start;
        paragraph.line = line;
        paragraph.inContainer = inContainer;
        paragraph.afterDefinition = definitionBefore;
      }
      paragraph.end = lineEnd;
      paragraph.open = true;
    }
    start = next;
  }
  if (!endTask()) return undefined;
  return { body: { offset, headings, tasks, directives }, sections };
}

const TAB = 9;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const LESS = 60;
const EQUALS = 61;
const BRACKET = 91;
/** A link definition on one line: a label with no brackets or backslash, a colon, a destination of plain characters. */
const DEFINITION = /^\[[^\[\]\\\s][^\[\]\\]{0,200}\]:[ \t]+[A-Za-z0-9][\w.~:/?#@!$&'()*+,;=%-]*[ \t]*$/;
const QUOTE = 62;
const BACKTICK = 96;
const TILDE = 126;

function blank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/** `[ ] `, `[x] ` or `[X] ` at `at`: whether it is checked, or undefined when there is no check. */
function taskCheck(text: string, at: number): boolean | undefined {
  if (text.charCodeAt(at) !== 91 /* [ */ || text.charCodeAt(at + 2) !== 93 /* ] */ || text.charCodeAt(at + 3) !== SPACE) return undefined;
  const mark = text.charCodeAt(at + 1);
  if (mark === SPACE) return false;
  if (mark === 120 /* x */ || mark === 88 /* X */) return true;
  return undefined;
}

/** A letter starts no block: an ASCII one, or any character past ASCII but a byte order mark. */
function startsProse(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 128 && code !== 0xfeff);
}

/** A line of three or more `-` or `=` alone, spaces after them allowed: a setext underline or a thematic break. */
function underline(text: string, from: number, to: number): boolean {
  const marker = text.charCodeAt(from);
  let at = from;
  while (at < to && text.charCodeAt(at) === marker) at++;
  return at - from >= 3 && blank(text, at, to);
}

/**
 * A journal line starting with digits ("2026-01-05 Met with…"): prose, unless the digits open an
 * ordered list item ("1. ", "2) ").
 */
function startsDatedLine(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && at - from < 10 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
  if (at === from || at - from >= 10) return false;
  const after = text.charCodeAt(at);
  return after !== 46 /* . */ && after !== 41 /* ) */ && at < to;
}

/** Whether `<!--` starts somewhere in [from, to). */
type HoldsComment = (from: number, to: number) => boolean;

/**
 * A HoldsComment for lines asked about in order. It remembers the next `<!--` it found: searching
 * from each line to the end of the text again made a body of many short lines and one comment at its
 * end cost as much as the square of its length.
 */
function commentFinder(text: string): HoldsComment {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from, to) => {
    // What was found from an earlier start is the first one after this start too, if it is past it.
    if (from < searchedFrom || (found !== -1 && found < from)) {
      searchedFrom = from;
      found = text.indexOf('<!--', from);
    }
    return found !== -1 && found < to;
  };
}

/** `<!-- … -->` alone on its line: the line's first `-->` ends it, and no other comment opens. */
function oneLineComment(text: string, from: number, to: number, holdsComment: HoldsComment): boolean {
  if (!text.startsWith('<!-- ', from)) return false;
  const close = text.indexOf('-->', from + 4);
  return close === to - 3 && !holdsComment(from + 4, to);
}

/**
 * The start of the line after a fenced code block opening at `start`, or undefined when the fence
 * is not of the plain shape: its info string holds a backtick, a line inside starts (after blanks)
 * with ``` or ~~~, or it is not closed in the first column by a line of its marker alone, at least
 * as long as the opening one.
 */
function fenceEnd(text: string, start: number, lineEnd: number, next: number, end: number): number | undefined {
  const marker = text.charCodeAt(start);
  let length = 1;
  while (text.charCodeAt(start + length) === marker) length++;
  if (length < 3) return undefined;
  if (marker === BACKTICK && text.slice(start + length, lineEnd).includes('`')) return undefined;
  for (let line = next; line < end; ) {
    const after = Math.min(nextLine(text, line), end);
    const close = lineEndAt(text, line, after);
    let at = line;
    while (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB) at++;
    if (text.startsWith('```', at) || text.startsWith('~~~', at)) {
      if (at !== line || text.charCodeAt(line) !== marker) return undefined;
      let run = 0;
      while (text.charCodeAt(line + run) === marker) run++;
      return run >= length && line + run === close ? after : undefined;
    }
    line = after;
  }
  return undefined;
}
