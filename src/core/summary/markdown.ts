import type { Outline } from './outline';

/**
 * The summary as Markdown. Every character Markdown (CommonMark and GitHub's) reads as markup is
 * escaped with a backslash, so plan text renders as the words written: no link, image, HTML tag,
 * emphasis, table cell, code or maths; a leading heading marker, list marker or number is escaped
 * too, for text that opens a list item. Dates, colons and parentheses stay as written, readable in
 * the source as well.
 */
export function renderSummaryMarkdown(outline: Outline): string {
  const lines = [`## ${escapeMarkdown(outline.title)}`, ''];
  for (const section of outline.sections) {
    lines.push(section.text === undefined ? `**${escapeMarkdown(section.label)}:**` : `**${escapeMarkdown(section.label)}:** ${escapeMarkdown(section.text)}`);
    for (const item of section.items) lines.push(`- ${escapeMarkdown(item)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Characters that are markup wherever they stand: escapes, code, emphasis, links, HTML, tables, strikethrough, entities, maths. */
const MARKUP = /[\\`*_[\]<>|~&$]/g;
/** What is markup only where a line (or a list item's text) starts: a heading, a list marker, a numbered item. */
const LEADING = /^(?:[#+-]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKUP, (char) => `\\${char}`).replace(LEADING, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
