import type { LineIndex } from '../document/lineIndex';
import type { Body, Directive, Heading, Task } from '../plan/model';
import type { BodyParts } from './bodyParts';
import { cutCandidates, floodsAttention, maskDeepContainers, nextLine, uncutTooCostly } from './bodyGuards';
import { bodyParser, readPiece, type Piece } from './bodyEvents';
import { readPlainBody } from './plainBody';

/**
 * Reads the Markdown body: headings, task-list items (`- [ ] action (due 2027-01-15)`) and
 * `<!-- career-plan-disable … -->` comments. Only GFM's task-list syntax is added to CommonMark.
 *
 * A body written only in the everyday shapes of notes (plainBody.ts) is read line by line, without
 * a tokenizer. Any other is read by micromark, in pieces of a few thousand characters, cut where
 * what comes before cannot change how what follows reads (bodyGuards.ts's cutCandidates, checked
 * by readPiece). micromark redoes work over everything it has read each time a list or quote
 * closes, so one read of a 90 KB journal of 2,000 short sections took seconds; piece by piece it
 * takes milliseconds. Before that, the guards take out what no piece size helps with: containers
 * nested past a sane depth and floods of emphasis markers. A stretch that cannot be cut and would
 * still cost too much to read (uncutTooCostly) ends the reading: the body says where
 * (`unreadFrom`), and the parser reports it.
 */
export function readBody(text: string, offset: number, lines: LineIndex): Body {
  return readBodyParts(text, offset, lines).body;
}

/** Pieces are cut at the first candidate this many characters past their start. */
const PIECE_LENGTH = 4_000;

/** Reads the Markdown from `offset` to `end` (the end of the text by default). */
export function readBodyParts(text: string, offset: number, lines: LineIndex, end = text.length): BodyParts {
  return readPlainBody(text, offset, lines, end) ?? readMarkdownParts(text, offset, lines, end);
}

/**
 * Reads the Markdown through micromark, whatever it holds. `pieceLength` is for tests, which cut at
 * every candidate to show pieces read like the whole.
 */
export function readMarkdownParts(text: string, offset: number, lines: LineIndex, end = text.length, pieceLength = PIECE_LENGTH): BodyParts {
  const source = text.slice(offset, end);
  const tokens = maskDeepContainers(source);
  const parser = bodyParser(floodsAttention(source));
  const cuts = cutCandidates(source);

  const readAll = (defined: readonly string[], planned?: { readonly used: readonly number[]; readonly unreadFrom?: number }) => {
    const pieces: Piece[] = [];
    const used: number[] = [];
    let heading: Heading | undefined;
    let start = 0;
    let candidate = 0;
    let length = pieceLength;
    const read = (to: number, cut?: number) =>
      readPiece(text, source.slice(start, to), offset + start, lines, { tokens: tokens.slice(start, to), parser, defined, heading, cut: cut === undefined ? undefined : cut - start });
    /** Set once a cut was moved back before a costly stretch and did not hold: reading ends there. */
    let movedBack = false;
    /** Index of the first candidate since `start` that did not hold: the costly stretch began before it. */
    let firstFailed: number | undefined;
    for (;;) {
      let cut: number | undefined;
      if (planned) cut = planned.used[used.length];
      else {
        while (candidate < cuts.length && cuts[candidate] - start < length) candidate++;
        cut = cuts[candidate++];
      }
      if (!planned && uncutTooCostly(source, start, cut === undefined ? source.length : nextLine(source, cut))) {
        const before = movedBack ? undefined : stretchStart(source, cuts, start, firstFailed ?? candidate - 1);
        if (before === undefined) return { pieces, used, unreadFrom: start };
        // Read up to the stretch's first line (the next turn stops there), or give up if that does not hold.
        movedBack = true;
        candidate = before + 1;
        cut = cuts[before];
      }
      if (cut === undefined) {
        const unreadFrom = planned?.unreadFrom;
        if (unreadFrom === undefined) pieces.push(read(source.length));
        return { pieces, used, unreadFrom };
      }
      const lineEnd = nextLine(source, cut);
      const piece = read(lineEnd, cut);
      const alone = () => readPiece(text, source.slice(cut, lineEnd), offset + cut, lines, { tokens: tokens.slice(cut, lineEnd), parser, defined, cut: 0 });
      // Cuts that held once hold again: link labels change how text reads, never where blocks are.
      if (planned || (piece.cutHolds && alone().cutLine === piece.cutLine)) {
        pieces.push(piece);
        used.push(cut);
        heading = piece.headings.at(-1) ?? heading;
        start = cut;
        length = pieceLength;
        movedBack = false;
        firstFailed = undefined;
      } else {
        // Inside a code fence or an HTML block: try further on, twice as far each time, so a
        // block that swallows many candidates is not read again for each of them.
        length *= 2;
        firstFailed ??= candidate - 1;
      }
    }
  };

  const first = readAll([]);
  const defined = first.pieces.flatMap((piece) => piece.defined);
  // A link label defined in one piece makes `[label]` a link in every other: read them again knowing all of them.
  const { pieces, unreadFrom } = first.pieces.length > 1 && defined.length > 0 ? readAll(defined, first) : first;
  const headings: Heading[] = [];
  const tasks: Task[] = [];
  const directives: Directive[] = [];
  const sections: number[] = [];
  for (const piece of pieces) {
    for (const heading of piece.headings) headings.push(heading);
    for (const task of piece.tasks) tasks.push(task);
    for (const directive of piece.directives) directives.push(directive);
    for (const section of piece.sections) sections.push(section);
  }
  const body: Body = unreadFrom === undefined ? { offset, headings, tasks, directives } : { offset, headings, tasks, directives, unreadFrom: offset + unreadFrom };
  return { body, sections };
}

/**
 * The candidate where a costly stretch most likely starts: of those after `start` and before index
 * `below`, the last one that opens a heading or follows a blank line (a quote's own lines follow
 * none), else the last one. Undefined when there is none.
 */
function stretchStart(source: string, cuts: readonly number[], start: number, below: number): number | undefined {
  let last: number | undefined;
  for (let index = Math.min(below, cuts.length) - 1; index >= 0 && cuts[index] > start; index--) {
    last ??= index;
    if (source.charCodeAt(cuts[index]) === 35 /* # */ || followsBlankLine(source, cuts[index])) return index;
  }
  return last;
}

function followsBlankLine(source: string, lineStart: number): boolean {
  // Back past the line break that ends the line above (\n, \r\n or \r).
  let from = lineStart - 2;
  if (source.charCodeAt(lineStart - 1) === 10 && source.charCodeAt(from) === 13) from--;
  for (let at = from; at >= 0; at--) {
    const code = source.charCodeAt(at);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}
