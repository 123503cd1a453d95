import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse, preprocess } from 'micromark';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, ParseContext, Token } from 'micromark-util-types';
import { checkIsoDate } from '../calendar/dates';
import type { LineIndex } from '../document/lineIndex';
import type { Directive, Heading, Task } from '../plan/model';
import type { Span } from '../document/range';
import { parseDirective } from './directives';

/**
 * Reads one piece of the Markdown body (see body.ts for how the body is cut): headings, task-list
 * items and HTML comments, from micromark's events.
 *
 * The events are walked directly: building a syntax tree (mdast) for the few things a plan needs
 * cost as much again as tokenizing. The walk gives the same results the tree did — heading and task
 * texts are the tree's plain text, a task spans what the tree's list item spans — and
 * test/unit/perf/bodyReader.test.ts holds it to that.
 */
const DUE = /\(due:?\s+(\d{4}-\d{2}-\d{2})\)/i;

/** Tokens whose source is plain text as written. */
const DATA = new Set(['data', 'characterEscapeValue', 'codeTextData', 'autolinkProtocol', 'autolinkEmail']);
/** Tokens that may stand between a list item's content and the next item; see itemEnd. */
const TAIL_SKIP = new Set(['linePrefix', 'blockQuotePrefix', 'blockQuotePrefixWhitespace', 'blockQuoteMarker', 'listItemIndent']);

interface OpenItem {
  readonly start: number;
  /** Index in `tasks` once a check (`[ ]` / `[x]`) is seen. */
  task?: number;
  checked?: boolean;
  label?: string;
  heading?: Heading;
}

interface OpenContainer {
  readonly list: boolean;
  item?: OpenItem;
}

/** Text being collected for a heading or a task's first paragraph. */
interface Collector {
  text: string;
  atHardBreak: boolean;
  referenceType?: string;
}

/** How a piece is tokenized and where it must stop. */
export interface PieceOptions {
  /** The text micromark tokenizes: the piece as written, or a copy of the same length (see bodyGuards.ts). */
  readonly tokens: string;
  /** The body's parser (bodyParser), without emphasis where a flood of `*` and `_` would make it quadratic. */
  readonly parser: ParseContext;
  /** Link labels defined in the rest of the body, which decide whether `[x]` is a reference here. */
  readonly defined: readonly string[];
  /** The heading that tasks before this piece's first heading belong to. */
  readonly heading?: Heading;
  /**
   * Offset in the piece of the line the next piece starts at: the walk stops there, and the cut only
   * holds if a block starts there at the top level, or a new item of a top-level list.
   */
  readonly cut?: number;
}

export interface Piece {
  readonly headings: Heading[];
  readonly tasks: Task[];
  readonly directives: Directive[];
  /** See BodyParts.sections. */
  readonly sections: number[];
  /** The link labels this piece defines. */
  readonly defined: readonly string[];
  /** False when the walk reached `cut` inside something that goes on past it: the cut must move. */
  readonly cutHolds: boolean;
  /**
   * The tokens the line at `cut` opens, in order (lists left out: there the line may continue one).
   * The cut holds only if the line read alone opens the same: it is how the next piece reads it.
   */
  readonly cutLine: string;
}

/** Blocks whose start at the top level means nothing before them changes how they read. */
const TOP_BLOCKS = new Set(['content', 'atxHeading', 'setextHeading', 'blockQuote', 'listOrdered', 'listUnordered', 'htmlFlow', 'codeFenced', 'thematicBreak']);
const NO_ATTENTION = { disable: { null: ['attention'] } };

/**
 * A parser for the pieces of one body: made once per body, since combining micromark's constructs
 * allocates more than tokenizing a small piece. Only its list of defined labels and its lazy-line
 * map hold state of a document, and readPiece makes both new for each piece.
 */
export function bodyParser(noAttention: boolean): ParseContext {
  return parse({ extensions: noAttention ? [gfmTaskListItem(), NO_ATTENTION] : [gfmTaskListItem()] });
}

/** Reads `source`, which starts at document offset `offset`. */
export function readPiece(text: string, source: string, offset: number, lines: LineIndex, options: PieceOptions): Piece {
  const sections: number[] = [];
  const parser = options.parser;
  parser.defined = [];
  parser.lazy = {};
  // One by one: spreading a long list into push() overflows the stack.
  for (const label of options.defined) parser.defined.push(label);
  const ownDefined = parser.defined.length;
  const events = postprocessReadText(parser.document().write(preprocess()(options.tokens, undefined, true)), options.tokens);
  const cut = options.cut ?? Number.POSITIVE_INFINITY;
  let cutHolds = true;
  let cutLine = '';
  const headings: Heading[] = [];
  const tasks: Task[] = [];
  const directives: Directive[] = [];
  const spanOf = (token: Token): Span => ({ start: offset + token.start.offset, end: offset + token.end.offset });

  const containers: OpenContainer[] = [];
  /** A heading's text is what its text token holds: a setext heading's underline and line break are not in it. */
  let heading: { depth: number; collector: Collector; inText: boolean } | undefined;
  /** The task item whose first paragraph is being read, and that paragraph's collector. */
  let label: { item: OpenItem; collector: Collector; paragraph: Token } | undefined;
  /** Raw HTML being read: its value, for directives. */
  let html: { value: string } | undefined;
  /** Depth inside an image, a link's destination or a reference: text there is not the tree's text. */
  let hidden = 0;

  const closeItem = (container: OpenContainer, index: number) => {
    const item = container.item;
    container.item = undefined;
    if (!item || item.task === undefined) return;
    const span = { start: item.start, end: offset + itemEnd(events, index) };
    tasks[item.task] = makeTask(item.label ?? '', item.checked === true, item.heading, span, lines, text);
  };

  for (let index = 0; index < events.length; index++) {
    const [kind, token] = events[index];
    const type = token.type;
    const enter = kind === 'enter';
    if (token.start.offset >= cut) {
      cutHolds = enter && token.start.offset === cut && !heading && !label && !html && startsFresh(type, containers);
      for (const container of containers) closeItem(container, index);
      cutLine = openings(events, index);
      break;
    }
    const collector = heading ? (heading.inText ? heading.collector : undefined) : label?.collector;

    switch (type) {
      case 'listOrdered':
      case 'listUnordered':
      case 'blockQuote':
        if (enter) containers.push({ list: type !== 'blockQuote' });
        else {
          const container = containers.pop();
          if (container?.list) closeItem(container, index);
        }
        continue;
      case 'listItemPrefix':
        if (enter) {
          const container = containers.at(-1);
          if (container?.list) {
            closeItem(container, index);
            container.item = { start: offset + token.start.offset };
          }
        }
        continue;
      case 'taskListCheckValueChecked':
      case 'taskListCheckValueUnchecked': {
        const item = containers.at(-1)?.item;
        if (enter && item && item.task === undefined) {
          item.checked = type === 'taskListCheckValueChecked';
          item.heading = headings.at(-1) ?? options.heading;
          item.task = tasks.length;
          tasks.push(undefined as unknown as Task);
        }
        continue;
      }
      case 'atxHeading':
      case 'setextHeading':
        if (enter) {
          heading = { depth: 0, collector: newCollector(), inText: false };
          if (type === 'atxHeading' && containers.length === 0 && token.start.column === 1) sections.push(offset + token.start.offset);
        }
        else if (heading) {
          headings.push({ depth: heading.depth, text: heading.collector.text.trim(), range: lines.rangeOf(spanOf(token)) });
          heading = undefined;
        }
        continue;
      case 'atxHeadingText':
      case 'setextHeadingText':
        if (heading) heading.inText = enter;
        continue;
      case 'atxHeadingSequence':
        if (!enter && heading && heading.depth === 0) heading.depth = token.end.offset - token.start.offset;
        continue;
      case 'setextHeadingLineSequence':
        if (!enter && heading) heading.depth = source.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
        continue;
      case 'paragraph': {
        const item = containers.at(-1)?.item;
        if (enter) {
          // Only a task's first paragraph is read as text; it is the only place a check can be.
          if (item && item.task === undefined && item.label === undefined && !label) label = { item, collector: newCollector(), paragraph: token };
        } else if (label && label.paragraph === token) {
          label.item.label = label.collector.text;
          label = undefined;
        }
        continue;
      }
      case 'image':
      case 'resource':
      case 'reference':
        hidden += enter ? 1 : -1;
        continue;
      case 'htmlFlow':
      case 'htmlText':
        if (enter) html = { value: '' };
        else {
          // HTML in a heading or in an image's alt is not read for directives; everywhere else it is.
          if (html && !heading && hidden === 0) {
            const directive = parseDirective(html.value, lines.rangeOf(spanOf(token)));
            if (directive) directives.push(directive);
          }
          html = undefined;
        }
        continue;
      case 'htmlFlowData':
      case 'htmlTextData':
        if (!enter && html) html.value += source.slice(token.start.offset, token.end.offset);
        continue;
    }

    if (html && type === 'lineEnding' && !enter) {
      html.value += source.slice(token.start.offset, token.end.offset);
      continue;
    }
    if (!collector || enter) continue;
    if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
      collector.atHardBreak = true;
      continue;
    }
    if (type === 'lineEnding') {
      // A hard break takes the line ending that follows it.
      if (collector.atHardBreak) collector.atHardBreak = false;
      else if (hidden === 0) collector.text += source.slice(token.start.offset, token.end.offset);
      continue;
    }
    if (hidden > 0) continue;
    if (DATA.has(type)) collector.text += source.slice(token.start.offset, token.end.offset);
    else if (type === 'characterReferenceMarkerNumeric' || type === 'characterReferenceMarkerHexadecimal') collector.referenceType = type;
    else if (type === 'characterReferenceValue') {
      const value = source.slice(token.start.offset, token.end.offset);
      const radix = collector.referenceType === 'characterReferenceMarkerHexadecimal' ? 16 : collector.referenceType ? 10 : 0;
      collector.text += radix ? decodeNumericCharacterReference(value, radix) : (decodeNamedCharacterReference(value) || '');
      collector.referenceType = undefined;
    }
  }
  return { headings, tasks, directives, sections, defined: parser.defined.slice(ownDefined), cutHolds, cutLine };
}

/**
 * micromark's postprocess (expand each nested content until none is left), except that the inline
 * text of a paragraph the reader never looks at is left unexpanded: the reader takes text only from
 * headings and from a list item's first paragraph (where a task's check is), and directives from
 * HTML comments. Inline tokenizing of the notes' other paragraphs was about a third of micromark's
 * work on a typical plan; block structure and link definitions are found before this point.
 */
function postprocessReadText(events: Event[], tokens: string): Event[] {
  const comments = commentStarts(tokens);
  // Each pass expands one level of nesting; once nothing is left to expand, another would only copy.
  while (!subtokenize(events) && leaveUnreadText(events, comments));
  return events;
}

/** Leaves unread text unexpanded; says whether anything is still to be expanded. */
function leaveUnreadText(events: readonly Event[], comments: readonly number[]): boolean {
  let inHeading = 0;
  let more = false;
  for (const [kind, token] of events) {
    const type = token.type;
    if (type === 'atxHeading' || type === 'setextHeading') inHeading += kind === 'enter' ? 1 : -1;
    if (kind !== 'enter' || !token.contentType) continue;
    if (type !== 'chunkText' || token.contentType !== 'text' || token._tokenizer || token.previous || inHeading > 0 || token._isInFirstContentOfListItem || holdsComment(token, comments)) {
      more = true;
      continue;
    }
    for (let chunk: Token | undefined = token; chunk; chunk = chunk.next) chunk.contentType = undefined;
  }
  return more;
}

/** Offsets of every `<!--` in the text, in order. */
function commentStarts(tokens: string): number[] {
  const starts: number[] = [];
  for (let at = tokens.indexOf('<!--'); at !== -1; at = tokens.indexOf('<!--', at + 1)) starts.push(at);
  return starts;
}

/** Whether a paragraph's text, chunk by chunk, holds the start of an HTML comment. */
function holdsComment(first: Token, comments: readonly number[]): boolean {
  if (comments.length === 0) return false;
  for (let chunk: Token | undefined = first; chunk; chunk = chunk.next) {
    // The first comment at or after the chunk's start, by binary search.
    let low = 0;
    let high = comments.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (comments[mid] < chunk.start.offset) low = mid + 1;
      else high = mid;
    }
    if (low < comments.length && comments[low] + 4 <= chunk.end.offset) return true;
  }
  return false;
}

function openings(events: readonly Event[], from: number): string {
  const types: string[] = [];
  for (let index = from; index < events.length; index++) {
    const [kind, token] = events[index];
    if (kind === 'enter' && token.type !== 'listOrdered' && token.type !== 'listUnordered') types.push(token.type);
  }
  return types.join(' ');
}

/** Whether a block starting with this token reads the same whatever came before it (but link labels). */
function startsFresh(type: string, containers: readonly OpenContainer[]): boolean {
  if (containers.length === 0) return TOP_BLOCKS.has(type);
  return type === 'listItemPrefix' && containers.length === 1 && containers[0].list;
}

function newCollector(): Collector {
  return { text: '', atHardBreak: false };
}

/**
 * Where a list item ends, read back from the event that closes it (the next item's marker, or the
 * end of the list): before the first of the line endings that trail its content. This is how mdast
 * places a list item, so spans stay what they were when the body was read through a tree.
 */
function itemEnd(events: readonly Event[], closing: number): number {
  let lineEnding: Token | undefined;
  for (let index = closing - 1; index >= 0; index--) {
    const [kind, token] = events[index];
    if (token.type === 'lineEnding' || token.type === 'lineEndingBlank') {
      if (kind === 'enter') lineEnding = token;
    } else if (!TAIL_SKIP.has(token.type)) break;
  }
  return lineEnding ? lineEnding.start.offset : events[closing][1].end.offset;
}

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
