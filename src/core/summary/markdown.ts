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

/**
 * A bare web address, up to a space or a character that could open markup around it. Inside it
 * `_`, `~` and `&` stay as written (`a_b_c`, `~user`, `?a=1&b=2`): an underscore inside a word
 * emphasises nothing, `~` strikes through only doubled, `&` is an entity only before `name;`, and a
 * backslash would end the address where renderers link it.
 */
const BARE_ADDRESS = /https?:\/\/[^\s<>[\]\\`]+/g;
const MARKUP_IN_ADDRESS = /[*|$]|~~|&(?=#?\w+;)/g;

export function escapeMarkdown(text: string): string {
  let escaped = '';
  let from = 0;
  for (const address of text.matchAll(BARE_ADDRESS)) {
    escaped += text.slice(from, address.index).replace(MARKUP, (char) => `\\${char}`);
    escaped += address[0].replace(MARKUP_IN_ADDRESS, (markup) => [...markup].map((char) => `\\${char}`).join(''));
    from = address.index + address[0].length;
  }
  escaped += text.slice(from).replace(MARKUP, (char) => `\\${char}`);
  return escaped.replace(LEADING, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
