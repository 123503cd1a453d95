import { canonicalKey, childContext } from '../format/lookup';
import type { Context } from '../format/types';
import type { Span } from '../document/range';
import { MAX_DEPTH, MapBuilder, seqNode, type YamlProblem, type YamlRead, type YNode } from './yamlNodes';

/**
 * A reader for the YAML plans are written in — block mappings and lists, one-line plain or quoted
 * scalars, one-line flow lists and mappings, comments — at about a tenth of the YAML library's cost.
 * It builds exactly the tree the library's reading would (same values, same spans, null values
 * placed where the library places them) and returns undefined, handing the text to the library,
 * at the first thing outside that subset or that the library would report: a multi-line scalar,
 * block scalars, anchors, tags, tabs, quoted keys, a repeated key, odd indentation or a comment
 * placed where the library's spans would differ. test/unit/perf/simpleYaml.test.ts compares both
 * readers on plans, fixtures and many thousands of mutated frontmatters.
 */
const GIVE_UP = Symbol('not simple YAML');

/** Control characters (tabs included), a BOM, a lone carriage return, or a document marker line. */
const UNSUPPORTED = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\ufeff]|\r(?!\n)|^(?:---|\.\.\.)(?:[ \r\n]|$)|^%/m;

/** Plain scalars resolved the way the library's core schema does, in its order. */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  // Most values are words: only these first characters can start anything but a string.
  if (!(first === 126 || first === 43 || first === 45 || first === 46 || (first >= 48 && first <= 57) || 'nNtTfF'.includes(text[0] ?? ''))) {
    return text === '' ? null : text;
  }
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** Keys that resolve to something other than a string would be compared by value by the library. */
const NON_STRING_KEY = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;

interface Read {
  readonly node: YNode;
  /** Where the node ends with what trails it on its line (a comment, the line break): a list or mapping ends at its last item's tail. */
  readonly tail: number;
}

export function readSimpleYaml(src: string, offset: number): YamlRead | undefined {
  if (UNSUPPORTED.test(src)) return undefined;
  try {
    return new SimpleReader(src, offset).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 32;
const NEWLINE = 10;
const RETURN = 13;
const HASH = 35;
const DASH = 45;
const COLON = 58;

class SimpleReader {
  /** Start offset and indentation of every line that holds more than spaces or a comment. */
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];
  /** Whether comment lines stand before each content line (and after the last one, at the end). */
  private readonly commentBefore: boolean[] = [];
  /** Where problems go; a value's own problems only count once its key is taken (see map()). */
  private problems: YamlProblem[] = [];
  /** Index in `starts` of the next content line to read. */
  private line = 0;

  constructor(
    private readonly src: string,
    private readonly offset: number,
  ) {
    this.indexLines();
  }

  read(): YamlRead {
    if (this.starts.length === 0) return { root: undefined, problems: [], broken: false };
    const indent = this.indents[0];
    const first = this.starts[0] + indent;
    if (!this.isKeyAt(first)) giveUp();
    const root = this.map(indent, first, 'plan', 0).node;
    if (this.line < this.starts.length) giveUp();
    return { root, problems: this.problems, broken: false };
  }

  /**
   * Finds the content lines. A comment line must not be deeper than the next content line (nor
   * indented at all after the last one): the library counts deeper comments into the spans of the
   * values before them.
   */
  private indexLines(): void {
    const src = this.src;
    let commentIndent = -1;
    for (let start = 0; start < src.length; ) {
      let at = start;
      while (src.charCodeAt(at) === SPACE) at++;
      const c = src.charCodeAt(at);
      const isBlank = at >= src.length || c === NEWLINE || c === RETURN;
      if (c === HASH) commentIndent = Math.max(commentIndent, at - start);
      else if (!isBlank) {
        if (commentIndent > at - start) giveUp();
        this.commentBefore.push(commentIndent !== -1);
        commentIndent = -1;
        this.starts.push(start);
        this.indents.push(at - start);
      }
      const newline = src.indexOf('\n', at);
      start = newline === -1 ? src.length : newline + 1;
    }
    if (commentIndent > 0) giveUp();
    this.commentBefore.push(commentIndent !== -1);
  }

  /** Offset of the end of a line's content (before `\r\n` or `\n`). */
  private lineEnd(from: number): number {
    const newline = this.src.indexOf('\n', from);
    if (newline === -1) return this.src.length;
    return this.src.charCodeAt(newline - 1) === RETURN ? newline - 1 : newline;
  }

  /** Offset just past the line break of the line holding `from`. */
  private nextLineStart(from: number): number {
    const newline = this.src.indexOf('\n', from);
    return newline === -1 ? this.src.length : newline + 1;
  }

  private span(start: number, end: number): Span {
    return { start: this.offset + start, end: this.offset + Math.max(start, end) };
  }

  /** Where a `key:` written at `at` ends (the colon), or -1 when `at` does not start a simple key. */
  private keyEnd(at: number): number {
    const src = this.src;
    const c = src.charCodeAt(at);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
    let i = at + 1;
    for (;;) {
      const d = src.charCodeAt(i);
      if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 95 || d === DASH || d === SPACE) i++;
      else break;
    }
    // The library reports an implicit key longer than 1,024 characters.
    if (src.charCodeAt(i) !== COLON || src.charCodeAt(i - 1) === SPACE || i - at > 1024) return -1;
    const after = src.charCodeAt(i + 1);
    return after === SPACE || after === NEWLINE || after === RETURN || i + 1 >= src.length ? i : -1;
  }

  private isKeyAt(at: number): boolean {
    return this.keyEnd(at) !== -1;
  }

  private isItemAt(at: number): boolean {
    if (this.src.charCodeAt(at) !== DASH) return false;
    const after = this.src.charCodeAt(at + 1);
    return after === SPACE || after === NEWLINE || after === RETURN || at + 1 >= this.src.length;
  }

  /** The indentation of the next content line, or -1 at the end. */
  private nextIndent(): number {
    return this.line < this.starts.length ? this.indents[this.line] : -1;
  }

  /** A block mapping whose keys stand at column `indent`; the first key is at `first` on the current line. */
  private map(indent: number, first: number, context: Context, depth: number): Read {
    if (depth >= MAX_DEPTH) giveUp();
    const builder = new MapBuilder(context, this.problems);
    const written = new Set<string>();
    let at = first;
    let tail = first;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon === -1) giveUp();
      const key = this.src.slice(at, colon);
      if (written.has(key) || NON_STRING_KEY.test(key)) giveUp();
      written.add(key);
      this.line++;
      // The library does not read the value of a key that repeats another one under an alias, so
      // problems inside it are kept aside until the key is taken.
      const outer = this.problems;
      const inner: YamlProblem[] = [];
      this.problems = inner;
      const value = this.value(colon + 1, indent, childContext(context, canonicalKey(context, key)), depth + 1);
      this.problems = outer;
      builder.add(key, this.span(at, colon), () => {
        outer.push(...inner);
        return value.node;
      });
      tail = value.tail;
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) giveUp();
      at = this.starts[this.line] + indent;
    }
    return { node: builder.build(this.span(first, tail)), tail };
  }

  /** A block list whose dashes stand at column `indent`; the current line holds its first item. */
  private seq(indent: number, context: Context, depth: number): Read {
    if (depth >= MAX_DEPTH) giveUp();
    const items: YNode[] = [];
    const first = this.starts[this.line] + indent;
    let tail = first;
    for (;;) {
      const dash = this.starts[this.line] + indent;
      let at = dash + 1;
      while (this.src.charCodeAt(at) === SPACE) at++;
      let item: Read;
      if (this.isKeyAt(at)) {
        item = this.map(at - this.starts[this.line], at, context, depth + 1);
      } else {
        this.line++;
        item = this.inline(at, indent, context, depth + 1);
      }
      items.push(item.node);
      tail = item.tail;
      const next = this.nextIndent();
      if (next < indent || (next === indent && !this.isItemAt(this.starts[this.line] + indent))) break;
      if (next > indent) giveUp();
    }
    return { node: seqNode(this.span(first, tail), items), tail };
  }

  /** The value after `key:` (the current line is already consumed); `indent` is the mapping's. */
  private value(from: number, indent: number, context: Context, depth: number): Read {
    let at = from;
    while (this.src.charCodeAt(at) === SPACE) at++;
    const c = this.src.charCodeAt(at);
    const endsLine = at >= this.src.length || c === NEWLINE || c === RETURN || c === HASH;
    if (endsLine) {
      const next = this.nextIndent();
      if (next !== -1) {
        const start = this.starts[this.line] + next;
        if (next > indent) {
          if (this.isItemAt(start)) return this.seq(next, context, depth);
          if (this.isKeyAt(start)) return this.map(next, start, context, depth);
          giveUp();
        }
        if (next === indent && this.isItemAt(start)) return this.seq(next, context, depth);
      }
    }
    return this.inline(at, indent, context, depth);
  }

  /**
   * A value that fits on the line it starts on: nothing (null), a plain or quoted scalar, or a flow
   * list or mapping. The line is already consumed; a deeper line after it would continue the value.
   */
  private inline(at: number, indent: number, context: Context, depth: number): Read {
    if (depth >= MAX_DEPTH) giveUp();
    if (this.nextIndent() > indent) giveUp();
    const src = this.src;
    const c = src.charCodeAt(at);
    const lineEnd = this.lineEnd(at);
    if (at >= lineEnd || c === HASH) {
      // The library counts a comment after an empty value (and what follows it) into its span.
      if (c === HASH || this.commentBefore[this.line]) giveUp();
      return { node: { kind: 'scalar', span: this.span(at, at), value: null }, tail: at };
    }
    let end: number;
    let node: YNode;
    if (c === 91 /* [ */ || c === 123 /* { */) ({ node, end } = this.flow(at, lineEnd, context, depth));
    else if (c === 34 /* " */ || c === 39 /* ' */) ({ node, end } = this.quoted(at, lineEnd));
    else {
      if ('?:,]}#&*!|>%@`'.includes(src[at]) || this.isItemAt(at)) giveUp();
      let stop = at;
      while (stop < lineEnd && !(src.charCodeAt(stop) === HASH && src.charCodeAt(stop - 1) === SPACE)) stop++;
      let last = stop;
      while (src.charCodeAt(last - 1) === SPACE) last--;
      const text = src.slice(at, last);
      if (text.includes(': ') || text.endsWith(':') || text.startsWith('---') || text.startsWith('...')) giveUp();
      return { node: { kind: 'scalar', span: this.span(at, last), value: resolvePlain(text) }, tail: this.nextLineStart(at) };
    }
    // After a quoted or flow value: only spaces and a comment may follow on the line.
    let rest = end;
    while (src.charCodeAt(rest) === SPACE) rest++;
    if (rest < lineEnd && !(src.charCodeAt(rest) === HASH && rest > end)) giveUp();
    return { node, tail: this.nextLineStart(at) };
  }

  private quoted(at: number, lineEnd: number): { node: YNode; end: number } {
    const src = this.src;
    const quote = src[at];
    let close = at + 1;
    for (;;) {
      close = src.indexOf(quote, close);
      if (close === -1 || close >= lineEnd) giveUp();
      if (quote === "'" && src[close + 1] === "'") close += 2;
      else break;
    }
    const inner = src.slice(at + 1, close);
    if (quote === '"' && inner.includes('\\')) giveUp();
    const value = quote === "'" ? inner.replaceAll("''", "'") : inner;
    return { node: { kind: 'scalar', span: this.span(at, close + 1), value }, end: close + 1 };
  }

  /** A one-line flow list `[a, "b"]` or mapping `{ every: 3 months, last: 2026-10-01 }` of scalars. */
  private flow(open: number, lineEnd: number, context: Context, depth: number): { node: YNode; end: number } {
    const src = this.src;
    const isMap = src[open] === '{';
    const closer = isMap ? '}' : ']';
    const items: YNode[] = [];
    const builder = isMap ? new MapBuilder(context, this.problems) : undefined;
    const written = new Set<string>();
    let at = open + 1;
    const skip = () => {
      while (src.charCodeAt(at) === SPACE) at++;
    };
    skip();
    if (src[at] === closer) return { node: isMap ? builder!.build(this.span(open, at + 1)) : seqNode(this.span(open, at + 1), items), end: at + 1 };
    for (;;) {
      skip();
      let keyStart = -1;
      let keyText = '';
      if (isMap) {
        const colon = this.keyEnd(at);
        if (colon === -1 || src.charCodeAt(colon + 1) !== SPACE) giveUp();
        keyStart = at;
        keyText = src.slice(at, colon);
        if (written.has(keyText) || NON_STRING_KEY.test(keyText)) giveUp();
        written.add(keyText);
        at = colon + 1;
        skip();
      }
      let item: YNode;
      const c = src[at];
      if (c === '"' || c === "'") {
        const quoted = this.quoted(at, lineEnd);
        item = quoted.node;
        at = quoted.end;
      } else if (isMap && (c === ',' || c === '}')) {
        item = { kind: 'scalar', span: this.span(at, at), value: null };
      } else {
        // A lone `-` before `,` or the closer is a block item indicator in a flow collection: the library reports it.
        const loneDash = c === '-' && (at + 1 >= lineEnd || ' ,'.includes(src[at + 1]) || src[at + 1] === closer);
        if (at >= lineEnd || '?:,[]{}#&*!|>%@`'.includes(c) || this.isItemAt(at) || loneDash) giveUp();
        const start = at;
        while (at < lineEnd && src[at] !== ',' && src[at] !== closer) {
          const d = src[at];
          if (d === '[' || d === ']' || d === '{' || d === '}') giveUp();
          if (d === '#' && src.charCodeAt(at - 1) === SPACE) giveUp();
          if (d === ':') {
            const after = src[at + 1];
            if (after === ' ' || after === ',' || after === closer || at + 1 >= lineEnd) giveUp();
          }
          at++;
        }
        let last = at;
        while (src.charCodeAt(last - 1) === SPACE) last--;
        item = { kind: 'scalar', span: this.span(start, last), value: resolvePlain(src.slice(start, last)) };
      }
      if (depth + 1 >= MAX_DEPTH) giveUp();
      if (builder) builder.add(keyText, this.span(keyStart, keyStart + keyText.length), () => item);
      else items.push(item);
      skip();
      if (src[at] === closer) break;
      if (src[at] !== ',') giveUp();
      at++;
      skip();
      if (src[at] === closer || at >= lineEnd) giveUp();
    }
    const span = this.span(open, at + 1);
    return { node: builder ? builder.build(span) : seqNode(span, items), end: at + 1 };
  }
}
