import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, Token } from 'micromark-util-types';
import type { LineIndex } from '../document/lineIndex';
import type { Directive, Heading, Task } from '../plan/model';
import type { Range } from '../document/range';
import { parseDirective } from './directives';
import { makeTask } from './tasks';

/** Tokens whose source is plain text as written. */
const DATA = new Set(['data', 'characterEscapeValue', 'codeTextData', 'autolinkProtocol', 'autolinkEmail']);
/** Tokens that may stand between a list item's content and the next item; see itemEnd. */
const TAIL_SKIP = new Set(['linePrefix', 'blockQuotePrefix', 'blockQuotePrefixWhitespace', 'blockQuoteMarker', 'listItemIndent']);
/** Blocks whose start at the top level means nothing before them changes how they read. */
const TOP_BLOCKS = new Set(['content', 'atxHeading', 'setextHeading', 'blockQuote', 'listOrdered', 'listUnordered', 'htmlFlow', 'codeFenced', 'thematicBreak']);

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

/** The piece's text and where it stands in the document. */
export interface PieceSource {
  /** The whole document, where a task's due date is looked for. */
  readonly text: string;
  /** The piece as written: the events' offsets are offsets in it. */
  readonly source: string;
  /** The piece's first character's document offset. */
  readonly offset: number;
  readonly lines: LineIndex;
}

/** A heading being read. Its text is what its text token holds: a setext heading's underline and line break are not in it. */
interface OpenHeading {
  depth: number;
  readonly collector: Collector;
  inText: boolean;
}

/** The task item whose first paragraph is being read, and that paragraph's collector. */
interface OpenLabel {
  readonly item: OpenItem;
  readonly collector: Collector;
  readonly paragraph: Token;
}

/**
 * One walk over a piece's events, in order, keeping what is open (lists and quotes, a heading, a
 * task's label, raw HTML) and collecting headings, tasks, directives and section starts.
 */
export class PieceWalk {
  readonly headings: Heading[] = [];
  readonly tasks: Task[] = [];
  readonly directives: Directive[] = [];
  /** See BodyParts.sections. */
  readonly sections: number[] = [];
  /** See Piece.cutHolds and Piece.cutLine: set where the walk stops at the cut. */
  cutHolds = true;
  cutLine = '';

  private readonly containers: OpenContainer[] = [];
  private heading: OpenHeading | undefined;
  private label: OpenLabel | undefined;
  /** Raw HTML being read: its value, for directives. */
  private html: { value: string } | undefined;
  /** Depth inside an image, a link's destination or a reference: text there is not the tree's text. */
  private hidden = 0;

  constructor(
    private readonly events: readonly Event[],
    private readonly piece: PieceSource,
    /** The heading that tasks before this piece's first heading belong to. */
    private readonly headingBefore: Heading | undefined,
  ) {}

  /** Walks the events up to the first at or past `cut`, an offset in the piece. */
  walk(cut: number): void {
    const events = this.events;
    for (let index = 0; index < events.length; index++) {
      const [kind, token] = events[index];
      if (token.start.offset >= cut) {
        this.stopAtCut(index, kind === 'enter' && token.start.offset === cut);
        return;
      }
      this.take(index, kind === 'enter', token);
    }
  }

  /**
   * The walk reached the line the next piece starts at. The cut holds when a block starts exactly
   * there, nothing read here is still open, and the block reads the same whatever came before it.
   */
  private stopAtCut(index: number, startsAtCut: boolean): void {
    const type = this.events[index][1].type;
    this.cutHolds = startsAtCut && !this.heading && !this.label && !this.html && startsFresh(type, this.containers);
    for (const container of this.containers) this.closeItem(container, index);
    this.cutLine = openings(this.events, index);
  }

  /** One event: what it opens or closes, or else text for what is being read. */
  private take(index: number, enter: boolean, token: Token): void {
    const type = token.type;
    switch (type) {
      case 'listOrdered':
      case 'listUnordered':
      case 'blockQuote':
        if (enter) this.containers.push({ list: type !== 'blockQuote' });
        else this.closeContainer(index);
        return;
      case 'listItemPrefix':
        if (enter) this.openItem(index, token);
        return;
      case 'taskListCheckValueChecked':
      case 'taskListCheckValueUnchecked':
        if (enter) this.check(type === 'taskListCheckValueChecked');
        return;
      case 'atxHeading':
      case 'setextHeading':
        if (enter) this.openHeading(token);
        else this.closeHeading(token);
        return;
      case 'atxHeadingText':
      case 'setextHeadingText':
        if (this.heading) this.heading.inText = enter;
        return;
      case 'atxHeadingSequence':
        // The closing sequence (`## Title ##`) says nothing of the depth.
        if (!enter && this.heading && this.heading.depth === 0) this.heading.depth = token.end.offset - token.start.offset;
        return;
      case 'setextHeadingLineSequence':
        if (!enter && this.heading) this.heading.depth = this.piece.source.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
        return;
      case 'paragraph':
        if (enter) this.openParagraph(token);
        else this.closeParagraph(token);
        return;
      case 'image':
      case 'resource':
      case 'reference':
        this.hidden += enter ? 1 : -1;
        return;
      case 'htmlFlow':
      case 'htmlText':
        if (enter) this.html = { value: '' };
        else this.closeHtml(token);
        return;
      case 'htmlFlowData':
      case 'htmlTextData':
        if (!enter && this.html) this.html.value += this.textOf(token);
        return;
    }
    if (!enter) this.takeText(type, token);
  }

  private closeContainer(index: number): void {
    const container = this.containers.pop();
    if (container?.list) this.closeItem(container, index);
  }

  /** A list item starts: the one before it in the same list ends here. */
  private openItem(index: number, token: Token): void {
    const container = this.containers.at(-1);
    if (!container?.list) return;
    this.closeItem(container, index);
    container.item = { start: this.piece.offset + token.start.offset };
  }

  /** A `[ ]` or `[x]` makes the innermost open item a task, under the heading above it. */
  private check(checked: boolean): void {
    const item = this.containers.at(-1)?.item;
    if (!item || item.task !== undefined) return;
    item.checked = checked;
    item.heading = this.headings.at(-1) ?? this.headingBefore;
    // Its place is kept now, so tasks stay in the order their checks come; it is made when the item ends.
    item.task = this.tasks.length;
    this.tasks.push(undefined as unknown as Task);
  }

  /** The item ends at the event `index`: a task is made from it, spanning what mdast's list item spans. */
  private closeItem(container: OpenContainer, index: number): void {
    const item = container.item;
    container.item = undefined;
    if (!item || item.task === undefined) return;
    const { text, offset, lines } = this.piece;
    const span = { start: item.start, end: offset + itemEnd(this.events, index) };
    this.tasks[item.task] = makeTask(item.label ?? '', item.checked === true, item.heading, span, lines, text);
  }

  private openHeading(token: Token): void {
    this.heading = { depth: 0, collector: newCollector(), inText: false };
    // An ATX heading in the first column, outside any list or quote, starts a top-level section (see BodyParts.sections).
    if (token.type === 'atxHeading' && this.containers.length === 0 && token.start.column === 1) this.sections.push(this.piece.offset + token.start.offset);
  }

  private closeHeading(token: Token): void {
    if (!this.heading) return;
    this.headings.push({ depth: this.heading.depth, text: this.heading.collector.text.trim(), range: this.rangeOf(token) });
    this.heading = undefined;
  }

  /** Only a task's first paragraph is read as text; it is the only place a check can be. */
  private openParagraph(token: Token): void {
    const item = this.containers.at(-1)?.item;
    if (item && item.task === undefined && item.label === undefined && !this.label) this.label = { item, collector: newCollector(), paragraph: token };
  }

  private closeParagraph(token: Token): void {
    if (this.label?.paragraph !== token) return;
    this.label.item.label = this.label.collector.text;
    this.label = undefined;
  }

  private closeHtml(token: Token): void {
    // HTML in a heading or in an image's alt is not read for directives; everywhere else it is.
    if (this.html && !this.heading && this.hidden === 0) {
      const directive = parseDirective(this.html.value, this.rangeOf(token));
      if (directive) this.directives.push(directive);
    }
    this.html = undefined;
  }

  /** A token that ends inside raw HTML, a heading's text or a task's label: its text is added there. */
  private takeText(type: string, token: Token): void {
    if (this.html && type === 'lineEnding') {
      this.html.value += this.textOf(token);
      return;
    }
    const collector = this.heading ? (this.heading.inText ? this.heading.collector : undefined) : this.label?.collector;
    if (collector) this.collect(collector, type, token);
  }

  /** Adds a token's part of the tree's plain text: line endings (but after a hard break), data, and character references decoded. */
  private collect(collector: Collector, type: string, token: Token): void {
    if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
      collector.atHardBreak = true;
      return;
    }
    if (type === 'lineEnding') {
      // A hard break takes the line ending that follows it.
      if (collector.atHardBreak) collector.atHardBreak = false;
      else if (this.hidden === 0) collector.text += this.textOf(token);
      return;
    }
    if (this.hidden > 0) return;
    if (DATA.has(type)) collector.text += this.textOf(token);
    else if (type === 'characterReferenceMarkerNumeric' || type === 'characterReferenceMarkerHexadecimal') collector.referenceType = type;
    else if (type === 'characterReferenceValue') {
      const value = this.textOf(token);
      const radix = collector.referenceType === 'characterReferenceMarkerHexadecimal' ? 16 : collector.referenceType ? 10 : 0;
      collector.text += radix ? decodeNumericCharacterReference(value, radix) : (decodeNamedCharacterReference(value) || '');
      collector.referenceType = undefined;
    }
  }

  private textOf(token: Token): string {
    return this.piece.source.slice(token.start.offset, token.end.offset);
  }

  private rangeOf(token: Token): Range {
    const offset = this.piece.offset;
    return this.piece.lines.rangeOf({ start: offset + token.start.offset, end: offset + token.end.offset });
  }
}

/** The types of the tokens entered from `from` on, lists left out (see Piece.cutLine). */
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

