import type { TextEdit } from '../document/findings';
import type { Heading } from '../plan/model';
import type { ParsedPlan } from '../parse/parsePlan';

/**
 * Appends a block of lines at the end of the body's `## <title>` section (found by its words, case
 * ignored): after the section's last written line, so the blank lines before the next heading stay
 * where they are (and a file that ends without a line break still does). A missing section is added at the end of the body, after a blank line. The block
 * is separated from what stands above it by one blank line. Nothing when the plan has no
 * frontmatter (where the body starts would be a guess) or its body was too large to read.
 */
export function appendToBodySection(parsed: ParsedPlan, title: string, block: readonly string[]): TextEdit[] {
  const { plan, text, lines } = parsed;
  if (!plan.frontmatter || plan.body.unreadFrom !== undefined || block.length === 0) return [];
  const eol = lines.eol;
  const headings = plan.body.headings;
  const at = headings.findIndex((heading) => heading.depth === 2 && sameWords(heading.text, title));
  const written = block.join(eol);
  if (at === -1) {
    const end = lastWrittenEnd(text, 0, text.length);
    return [{ span: { start: end, end }, newText: `${eol}${eol}## ${title}${eol}${eol}${written}` }];
  }
  const next = headings.slice(at + 1).find((heading: Heading) => heading.depth <= 2);
  const sectionEnd = next ? lines.offsetAt(next.range.start) : text.length;
  const end = lastWrittenEnd(text, lines.offsetAt(headings[at].range.start), sectionEnd);
  return [{ span: { start: end, end }, newText: `${eol}${eol}${written}` }];
}

/** The offset right after the last non-blank character between `from` and `to`. */
function lastWrittenEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
