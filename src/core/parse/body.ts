import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse, postprocess, preprocess } from 'micromark';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, Token } from 'micromark-util-types';
import { checkIsoDate } from '../dates';
import type { LineIndex } from '../lineIndex';
import type { Body, Directive, Heading, Task } from '../model';
import type { Span } from '../range';
import { parseDirective } from './directives';

/**
 * Reads the Markdown body: headings, task-list items (`- [ ] action (due 2027-01-15)`) and
 * `<!-- career-plan-disable … -->` comments. Only GFM's task-list syntax is added to CommonMark.
 *
 * The body is tokenized by micromark and its events are walked directly: building a syntax tree
 * (mdast) for the few things a plan needs cost as much again as tokenizing. The walk gives the same
 * results the tree did — heading and task texts are the tree's plain text, a task spans what the
 * tree's list item spans — and test/unit/perf/bodyReader.test.ts holds it to that.
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

export function readBody(text: string, offset: number, lines: LineIndex): Body {
  return readBodyParts(text, offset, lines).body;
}

/** The body read, and where its top-level sections start. */
export interface BodyParts {
  readonly body: Body;
  /**
   * Document offsets of the lines that start a top-level section: an ATX heading (`# …`) in the first
   * column, outside any list, quote, code or HTML block. Markdown before such a line cannot change
   * how the line and what follows it read, except through link definitions (see sections.ts).
   */
  readonly sections: readonly number[];
}

/** Reads the Markdown from `offset` to `end` (the end of the text by default). */
export function readBodyParts(text: string, offset: number, lines: LineIndex, end = text.length): BodyParts {
  const source = text.slice(offset, end);
  const sections: number[] = [];
  const events = postprocess(parse({ extensions: [gfmTaskListItem()] }).document().write(preprocess()(source, undefined, true)));
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
    tasks[item.task] = readTask(item, span, lines, text);
  };

  for (let index = 0; index < events.length; index++) {
    const [kind, token] = events[index];
    const type = token.type;
    const enter = kind === 'enter';
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
          item.heading = headings.at(-1);
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
  return { body: { offset, headings, tasks, directives }, sections };
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

function readTask(item: OpenItem, span: Span, lines: LineIndex, text: string): Task {
  const label = (item.label ?? '').trim();
  const due = DUE.exec(label);
  let dueValue: Task['due'];
  if (due && checkIsoDate(due[1]).ok) {
    const lineStart = lines.positionAt(span.start).line;
    const at = text.indexOf(due[1], span.start);
    const dueSpan = { start: at, end: at + due[1].length };
    if (at >= 0 && lines.positionAt(at).line >= lineStart) dueValue = { value: due[1], span: dueSpan, range: lines.rangeOf(dueSpan) };
  }
  return {
    text: label.replace(DUE, '').trim(),
    checked: item.checked === true,
    due: dueValue,
    range: lines.rangeOf(span),
    span,
    heading: item.heading,
  };
}
