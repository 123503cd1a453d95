import type { Span } from '../document/range';
import type { YamlProblem } from './yamlNodes';

/**
 * Says what a person did when the YAML reader only sees broken YAML: the closing `---` forgotten,
 * a Pandoc `...` in its place, a missing space after `key:`. One finding that names the cause
 * replaces a screenful of the reader's own messages.
 */

/** A Markdown heading after a blank line: where notes start, if a frontmatter runs on into them. */
const NOTES_HEADING = /(?:^|\n)[ \t]*\r?\n(#{1,6}[ \t]+\S[^\n]*)/;
/** Pandoc's end of a YAML block: a line of three dots. */
const DOTS_LINE = /(?:^|\n)(\.\.\.)[ \t]*(?:\r?\n|$)/;
/** `goal:Become…`: a key, a colon and no space. */
const KEY_WITHOUT_SPACE = /^[ \t]*(?:- +)?([A-Za-z_][\w-]*):(?=[^\s:/])/;

/**
 * Where a frontmatter should have closed, when the text shows it: a Pandoc `...` line, or a Markdown
 * heading after a blank line that the YAML runs on into. For a closed frontmatter the heading counts
 * only when the YAML breaks after it (the notes' own `---` closed it, too late).
 */
export function misplacedClose(source: string, offset: number, closed: boolean, problems: readonly YamlProblem[] = []): YamlProblem | undefined {
  const dots = DOTS_LINE.exec(source);
  if (dots) {
    const at = offset + dots.index + dots[0].indexOf('...');
    return { span: { start: at, end: at + 3 }, message: 'This `...` ends YAML for Pandoc, but a plan’s frontmatter closes with `---`: write `---` here.' };
  }
  const notes = NOTES_HEADING.exec(source);
  if (!notes) return undefined;
  const at = offset + notes.index + notes[0].indexOf(notes[1]);
  if (closed && !problems.some((problem) => problem.span.start >= at)) return undefined;
  const span: Span = { start: at, end: at + notes[1].length };
  return { span, message: `The frontmatter runs on into the notes: no \`---\` line closes it before “${notes[1].trim()}”. Add a \`---\` line after the last key.` };
}

/**
 * The YAML problems of a frontmatter as a person should read them: the misplaced close alone when
 * there is one, else each problem, a missing space after `key:` said as such.
 */
export function explainYamlProblems(source: string, offset: number, closed: boolean, problems: readonly YamlProblem[]): YamlProblem[] {
  if (problems.length === 0) return [];
  const close = misplacedClose(source, offset, closed, problems);
  if (close) return [close];
  return problems.map((problem) => {
    const lineStart = source.lastIndexOf('\n', problem.span.start - offset - 1) + 1;
    const lineEnd = source.indexOf('\n', lineStart);
    const key = KEY_WITHOUT_SPACE.exec(source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd));
    return key ? { span: problem.span, message: `A space is missing after \`${key[1]}:\`: write \`${key[1]}: \` and then the value.` } : problem;
  });
}

/** Whether the text's lines end with a lone carriage return (old Mac files): none has a line feed. */
export function endsLinesWithCarriageReturns(text: string): boolean {
  const sample = text.slice(0, 4096);
  return sample.includes('\r') && !sample.includes('\n');
}
