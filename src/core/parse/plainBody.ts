import type { LineIndex } from '../lineIndex';
import type { Directive, Heading, Task } from '../model';
import { lineEndAt, nextLine } from './bodyGuards';
import { makeTask } from './bodyEvents';
import type { BodyParts } from './body';
import { parseDirective } from './directives';

/**
 * Reads a body written only in the everyday shapes of a plan's notes, line by line and without a
 * tokenizer; undefined as soon as a line is anything else, and micromark reads the body instead.
 *
 * The shapes are those whose reading CommonMark leaves no room for, whatever surrounds them, and
 * every line of them starts in the first column:
 * - `#` to `######`, one space and a heading of plain text (none of `` \`*_[]<&# `` and no tab);
 * - `- [ ] `, `- [x] ` or `- [X] ` and a task of plain text (`#` allowed); a task is one line,
 *   so the line after it is not a paragraph's (it would continue the task's text);
 * - `- ` or `> ` followed by a letter, `<!-- … -->` on one line, a paragraph line starting with a
 *   letter, a blank line; none of them holds `<!--` but the comment;
 * - a fence of ``` or ~~~ closed in the first column, with no line inside starting with either.
 * Links, emphasis and code spans are fine in the notes: inline text is read only in headings and
 * tasks. A body read here holds no link definition, so link labels never matter. It can neither
 * stop at a long list or quote: micromark's reader stops there only because its own cost grows
 * with such a stretch (see body.ts's uncutTooCostly), while this reader's cost does not, so a long
 * list of tasks is read whole here.
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
  /** The last line was a task: a paragraph line after it would continue the task's text. */
  let afterTask = false;
  /** Where the last task started, and its check, for a line that continues its text. */
  let lastTask: { start: number; check: boolean } | undefined;
  /** A list item or quote is open: a paragraph line now is its lazy continuation. */
  let inContainer = false;
  /** The paragraph the last line belongs to: a setext underline after it makes its lines a heading. */
  let paragraph: { start: number; end: number; plain: boolean; inContainer: boolean; afterDefinition: boolean } | undefined;
  /** The last line was a link definition: a paragraph right after it is read with it (micromark's content). */
  let afterDefinition = false;
  for (let start = offset; start < end; ) {
    const next = Math.min(nextLine(text, start), end);
    const lineEnd = lineEndAt(text, start, next);
    const first = text.charCodeAt(start);
    const wasTask = afterTask;
    afterTask = false;
    const before = paragraph;
    paragraph = undefined;
    const definitionBefore = afterDefinition;
    afterDefinition = false;
    if (blank(text, start, lineEnd)) {
      // A blank line ends any paragraph, list item or quote (a list goes on only with an indented line).
      inContainer = false;
    } else if ((first === DASH || first === EQUALS) && underline(text, start, lineEnd)) {
      // `---` or `===` under one line of plain text is a setext heading; `---` after anything but a
      // paragraph is a thematic break, which also ends an open list or quote. Nothing else is read here.
      if (before && !before.inContainer && before.plain && !before.afterDefinition) {
        // Not a section start: only an ATX heading is one (see BodyParts.sections).
        headings.push({ depth: first === EQUALS ? 1 : 2, text: text.slice(before.start, before.end).trim(), range: lines.rangeOf({ start: before.start, end: lineEnd }) });
      } else if (before || first === EQUALS) return undefined;
      inContainer = false;
    } else if (first === HASH) {
      let depth = 1;
      while (depth < 7 && text.charCodeAt(start + depth) === HASH) depth++;
      if (depth > 6 || text.charCodeAt(start + depth) !== SPACE || !plainText(text, start + depth + 1, lineEnd, true)) return undefined;
      // Trimmed as micromark's reader trims: JavaScript's trim takes Unicode spaces too.
      const heading: Heading = { depth, text: text.slice(start + depth + 1, lineEnd).trim(), range: lines.rangeOf({ start, end: lineEnd }) };
      headings.push(heading);
      sections.push(start);
      inContainer = false;
    } else if (first === DASH && text.charCodeAt(start + 1) === SPACE) {
      inContainer = true;
      const check = taskCheck(text, start + 2);
      if (check !== undefined) {
        if (!plainText(text, start + 6, lineEnd, false)) return undefined;
        const span = { start, end: lineEnd };
        tasks.push(makeTask(text.slice(start + 6, lineEnd), check, headings.at(-1), span, lines, text));
        lastTask = { start, check };
        afterTask = true;
      } else if (!startsProse(text.charCodeAt(start + 2)) || holdsComment(text, start, lineEnd)) return undefined;
    } else if (first === QUOTE) {
      inContainer = true;
      if (text.charCodeAt(start + 1) !== SPACE || !startsProse(text.charCodeAt(start + 2)) || holdsComment(text, start, lineEnd)) return undefined;
    } else if (first === BRACKET && !before && !inContainer && !wasTask && DEFINITION.test(text.slice(start, lineEnd))) {
      // `[label]: url` alone on its line defines a link: it shows in no heading or task read here
      // (they hold no brackets), so it is only stepped over.
      afterDefinition = true;
    } else if (first === LESS) {
      if (!oneLineComment(text, start, lineEnd)) return undefined;
      const range = lines.rangeOf({ start, end: lineEnd });
      const directive = parseDirective(text.slice(start, lineEnd), range);
      if (directive) directives.push(directive);
    } else if (first === BACKTICK || first === TILDE) {
      const closed = fenceEnd(text, start, lineEnd, next, end);
      if (closed === undefined) return undefined;
      inContainer = false;
      start = closed;
      continue;
    } else if (wasTask && lastTask && (startsProse(first) || startsDatedLine(text, start, lineEnd)) && plainText(text, start, lineEnd, false)) {
      // A line of text right under a task continues the task's text (a lazy continuation line).
      tasks[tasks.length - 1] = makeTask(text.slice(lastTask.start + 6, lineEnd), lastTask.check, headings.at(-1), { start: lastTask.start, end: lineEnd }, lines, text);
      afterTask = true;
    } else if (wasTask || !(startsProse(first) || startsDatedLine(text, start, lineEnd) || (first === BRACKET && before)) || holdsComment(text, start, lineEnd)) return undefined;
    else {
      const plain = plainText(text, start, lineEnd, false);
      paragraph = before ? { ...before, end: lineEnd, plain: before.plain && plain } : { start, end: lineEnd, plain, inContainer, afterDefinition: definitionBefore };
    }
    start = next;
  }
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

/**
 * Text that reads as written: not empty, no space at either end, and none of the characters that
 * open inline syntax (escapes, code, emphasis, links, HTML, character references), nor a tab or
 * another control character. A heading may not hold `#` either (a closing sequence).
 */
function plainText(text: string, from: number, to: number, heading: boolean): boolean {
  if (from >= to || text.charCodeAt(from) === SPACE || text.charCodeAt(to - 1) === SPACE) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < SPACE || code === 127 || INLINE_SYNTAX.has(code) || (heading && code === HASH)) return false;
  }
  return true;
}

/** `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `&`. */
const INLINE_SYNTAX = new Set([92, BACKTICK, 42, 95, 91, 93, LESS, 38]);

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

function holdsComment(text: string, from: number, to: number): boolean {
  const at = text.indexOf('<!--', from);
  return at !== -1 && at < to;
}

/** `<!-- … -->` alone on its line: the line's first `-->` ends it, and no other comment opens. */
function oneLineComment(text: string, from: number, to: number): boolean {
  if (!text.startsWith('<!-- ', from)) return false;
  const close = text.indexOf('-->', from + 4);
  return close === to - 3 && !holdsComment(text, from + 4, to);
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
