import { parse, preprocess } from 'micromark';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, ParseContext, Token } from 'micromark-util-types';
import type { LineIndex } from '../document/lineIndex';
import type { Directive, Heading, Task } from '../plan/model';
import { PieceWalk } from './pieceWalk';

/**
 * Reads one piece of the Markdown body (see body.ts for how the body is cut): headings, task-list
 * items and HTML comments, from micromark's events.
 *
 * The events are walked directly (pieceWalk.ts): building a syntax tree (mdast) for the few things a
 * plan needs cost as much again as tokenizing. The walk gives the same results the tree did — heading and task
 * texts are the tree's plain text, a task spans what the tree's list item spans — and
 * test/unit/perf/bodyReader.test.ts holds it to that.
 */

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
  const parser = options.parser;
  const inherited = startPiece(parser, options.defined);
  const events = postprocessReadText(parser.document().write(preprocess()(options.tokens, undefined, true)), options.tokens);
  const walk = new PieceWalk(events, { text, source, offset, lines }, options.heading);
  walk.walk(options.cut ?? Number.POSITIVE_INFINITY);
  const { headings, tasks, directives, sections, cutHolds, cutLine } = walk;
  return { headings, tasks, directives, sections, defined: parser.defined.slice(inherited), cutHolds, cutLine };
}

/**
 * Readies the body's parser (shared by its pieces, see bodyParser) for a piece, replacing what the
 * last piece left: the labels defined are those the rest of the body defines (a `[x]` here is a
 * reference only when x is one of them), and the lazy-line map is new. Returns how many labels it
 * was given: those this piece defines come after them.
 */
function startPiece(parser: ParseContext, defined: readonly string[]): number {
  parser.defined = [];
  parser.lazy = {};
  // One by one: spreading a long list into push() overflows the stack.
  for (const label of defined) parser.defined.push(label);
  return parser.defined.length;
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
