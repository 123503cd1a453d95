/**
 * Cheap scans of a body before micromark reads it, for the shapes that make micromark's work grow
 * much faster than the text: each finds where such a shape is, in one pass over the characters.
 */

/** Far deeper than any plan nests lists and quotes; micromark slows down sharply past this. */
export const MAX_CONTAINER_DEPTH = 40;
/** `*` and `_` runs in one block (a stretch without a blank line) above which emphasis is not read. */
export const MAX_ATTENTION_RUNS = 100;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * The body with every list or quote marker past MAX_CONTAINER_DEPTH on a line replaced by `x`, so
 * micromark reads the rest of that line as text instead of opening one more container per marker
 * (8,000 `- ` on a line took 37 CPU seconds). Same length, so offsets hold, and the reader takes
 * text from the original, so the marker still reads as written. The count is generous (any run of
 * markers counts, whatever its indentation), which is safe: it can only mask earlier, never later.
 */
export function maskDeepContainers(source: string): string {
  let masked: string[] | undefined;
  let copied = 0;
  for (let lineStart = 0; lineStart < source.length; lineStart = nextLine(source, lineStart)) {
    let at = lineStart;
    for (let depth = 0; ; depth++) {
      at = skipBlanks(source, at);
      const marker = containerMarker(source, at);
      if (marker === 0) break;
      if (depth === MAX_CONTAINER_DEPTH) {
        masked ??= [];
        masked.push(source.slice(copied, at), 'x');
        copied = at + 1;
        break;
      }
      at += marker;
    }
  }
  return masked ? masked.join('') + source.slice(copied) : source;
}

/**
 * Whether some block holds more than MAX_ATTENTION_RUNS runs of `*` or `_`: micromark pairs
 * emphasis markers in time quadratic in their number (100 KB of `*_` took 119 CPU seconds).
 */
export function floodsAttention(source: string): boolean {
  let runs = 0;
  let blank = true;
  for (let at = 0; at < source.length; at++) {
    const code = source.charCodeAt(at);
    if (code === LF || code === CR) {
      if (blank) runs = 0;
      blank = true;
    } else if (code === 42 /* * */ || code === 95 /* _ */) {
      blank = false;
      if (source.charCodeAt(at - 1) !== code && ++runs > MAX_ATTENTION_RUNS) return true;
    } else if (code !== SPACE && code !== TAB) blank = false;
  }
  return false;
}

/**
 * Offsets of the lines where the body may be cut into pieces read one after the other: lines that
 * start, in the first column, an ATX heading, a list item, or anything but an indented line after a
 * blank line. The reader checks each cut it uses (see readPiece): at a real one, what comes before
 * cannot change how what follows reads, except through link labels.
 */
export function cutCandidates(source: string): number[] {
  const cuts: number[] = [];
  let afterBlank = false;
  let afterRule = false;
  for (let lineStart = 0; lineStart < source.length; ) {
    const next = nextLine(source, lineStart);
    const code = source.charCodeAt(lineStart);
    const lineEnd = lineEndAt(source, lineStart, next);
    const blank = skipBlanks(source, lineStart) >= lineEnd;
    // After a `---` or `===` line (a setext underline or a thematic break) a new block starts: a
    // journal of `entry` / `---` pairs has no blank line or heading to cut at, and micromark's
    // work on one long run of them grows with its square.
    if (lineStart > 0 && !blank && (atxHeading(source, lineStart) || containerMarker(source, lineStart) > 0 || ((afterBlank || afterRule) && code !== SPACE && code !== TAB))) cuts.push(lineStart);
    afterBlank = blank;
    afterRule = RULE_LINE.test(source.slice(lineStart, lineEnd));
    lineStart = next;
  }
  return cuts;
}

const RULE_LINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Past this length, a stretch of the body with no place to cut it (one top-level quote or list item)
 * is read only if it opens few containers. micromark's work for such a stretch grows with its length
 * times the containers closing in it: 100 KB of `> - a` / `> b` lines took seconds.
 */
export const MAX_UNCUT_LENGTH = 16_000;
/** Lines opening a list item or a quote that an uncut stretch longer than MAX_UNCUT_LENGTH may hold. */
export const MAX_UNCUT_CONTAINERS = 100;

/**
 * Whether `source` from `start` to `end` is too costly to hand to micromark in one piece: longer than
 * MAX_UNCUT_LENGTH and with more than MAX_UNCUT_CONTAINERS lines that open a container (after any
 * indentation, outside fenced code). A long code block or paragraph is cheap to read and never
 * counts as costly, even a code block of YAML lists. The fences are told apart roughly (any line
 * starting with ``` or ~~~ opens or closes one): this is an estimate of cost, not a reading.
 */
export function uncutTooCostly(source: string, start: number, end: number): boolean {
  if (end - start <= MAX_UNCUT_LENGTH) return false;
  let containers = 0;
  let inFence = false;
  for (let lineStart = start; lineStart < end; lineStart = nextLine(source, lineStart)) {
    const at = skipBlanks(source, lineStart);
    if (source.startsWith('```', at) || source.startsWith('~~~', at)) inFence = !inFence;
    else if (!inFence && containerMarker(source, at) > 0 && ++containers > MAX_UNCUT_CONTAINERS) return true;
  }
  return false;
}

/** Length of a list or quote marker at `at` (with the space or tab a list marker needs), or 0. */
function containerMarker(source: string, at: number): number {
  const code = source.charCodeAt(at);
  if (code === 62 /* > */) return 1;
  if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) return followedByBlank(source, at + 1) ? 2 : 0;
  let end = at;
  while (end - at < 9 && isDigit(source.charCodeAt(end))) end++;
  const delimiter = source.charCodeAt(end);
  return end > at && (delimiter === 46 /* . */ || delimiter === 41 /* ) */) && followedByBlank(source, end + 1) ? end + 2 - at : 0;
}

function atxHeading(source: string, at: number): boolean {
  let end = at;
  while (end - at < 6 && source.charCodeAt(end) === 35 /* # */) end++;
  return end > at && (end >= source.length || isBlankOrBreak(source.charCodeAt(end)));
}

function followedByBlank(source: string, at: number): boolean {
  return at < source.length && isBlankOrBreak(source.charCodeAt(at));
}

function isBlankOrBreak(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function skipBlanks(source: string, at: number): number {
  while (source.charCodeAt(at) === SPACE || source.charCodeAt(at) === TAB) at++;
  return at;
}

/** The start of the line after the one starting at `at`: after \n, \r\n or a lone \r. */
export function nextLine(source: string, at: number): number {
  for (let index = at; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === LF) return index + 1;
    if (code === CR) return source.charCodeAt(index + 1) === LF ? index + 2 : index + 1;
  }
  return source.length;
}

/** Where the line starting at `at` ends, its line break excluded, given where the next one starts. */
export function lineEndAt(source: string, at: number, next: number): number {
  let end = next;
  if (end > at && source.charCodeAt(end - 1) === LF) end--;
  if (end > at && source.charCodeAt(end - 1) === CR) end--;
  return end;
}
