import type { Outline } from './outline';

/** The summary as plain text, for a terminal, a chat message or a note: labels, and lists indented under them. */
export function renderSummaryText(outline: Outline): string {
  const lines = [outline.title, ''];
  for (const section of outline.sections) {
    lines.push(section.text === undefined ? `${section.label}:` : `${section.label}: ${section.text}`);
    for (const item of section.items) lines.push(`  - ${item}`);
  }
  return `${lines.join('\n')}\n`;
}
