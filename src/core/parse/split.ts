import type { Span } from '../document/range';

export interface SplitDocument {
  /** Present when the text opens with a `---` fence. */
  readonly frontmatter?: {
    /** From the opening fence to the end of the closing fence line (or of the text when unclosed). */
    readonly span: Span;
    /** The text between the fences. */
    readonly contentSpan: Span;
    /** The word after the opening fence (`yaml` when none). */
    readonly language: string;
    readonly closed: boolean;
  };
  /** Where the Markdown body starts. */
  readonly bodyOffset: number;
}

/** Finds the frontmatter the way gray-matter does, and returns offsets into the original text. */
export function splitFrontmatter(text: string): SplitDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom) || text.charAt(bom + 3) === '-') return { bodyOffset: bom };

  const rest = text.slice(bom + 3);
  const newline = rest.search(/\r?\n/);
  const languageRaw = rest.slice(0, newline);
  const contentStart = bom + 3 + languageRaw.length;
  const closeIndex = rest.indexOf('\n---', languageRaw.length);
  const closed = closeIndex !== -1;
  // The YAML ends before the line break of the closing fence, \r included on CRLF files.
  const closeAt = closed ? bom + 3 + closeIndex : text.length;
  const contentEnd = closed && text[closeAt - 1] === '\r' ? closeAt - 1 : closeAt;
  const bodyOffset = closed ? bodyStart(text, closeAt) : text.length;
  return {
    frontmatter: {
      span: { start: bom, end: closed ? lineEnd(text, closeAt + 1) : text.length },
      contentSpan: { start: contentStart, end: contentEnd },
      language: languageRaw.trim().toLowerCase() || 'yaml',
      closed,
    },
    bodyOffset,
  };
}

/**
 * The body starts where gray-matter puts it: after the closing `---`, one `\r` and one `\n`. The
 * rule is written out here rather than calling gray-matter, which would also look for an engine to
 * run the fence's language with (`---js` is run through eval) and costs 52 KB of bundle.
 */
function bodyStart(text: string, closeAt: number): number {
  let offset = closeAt + 4;
  if (text[offset] === '\r') offset++;
  if (text[offset] === '\n') offset++;
  return offset;
}

function lineEnd(text: string, from: number): number {
  const match = /\r?\n|\r|$/.exec(text.slice(from));
  return from + (match ? match.index : 0);
}
