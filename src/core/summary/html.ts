import { escapeXml } from '../timeline/escape';
import type { Outline } from './outline';

/**
 * The summary as an HTML fragment that pastes into mail and documents as formatted text: a heading,
 * a paragraph per section with its label in bold, and lists. Plan text is escaped as entities, so a
 * `<script>` or a link written in a plan shows as the characters written; no attribute, style or
 * script is ever written.
 */
export function renderSummaryHtml(outline: Outline): string {
  const lines = ['<div>', `<h2>${escapeXml(outline.title)}</h2>`];
  for (const section of outline.sections) {
    const text = section.text === undefined ? '' : ` ${escapeXml(section.text)}`;
    lines.push(`<p><strong>${escapeXml(section.label)}:</strong>${text}</p>`);
    if (section.items.length > 0) lines.push('<ul>', ...section.items.map((item) => `<li>${escapeXml(item)}</li>`), '</ul>');
  }
  lines.push('</div>');
  return `${lines.join('\n')}\n`;
}
