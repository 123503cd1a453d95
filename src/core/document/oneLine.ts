/**
 * Text on one line: runs of spaces, tabs and line breaks become one space, ends trimmed. What a
 * person types or pastes into an answer, written into a plan or a comment, can never open a line
 * (a heading, a key) of its own.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
