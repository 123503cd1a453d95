/**
 * VS Code reads `[label](command:…)` (or `https://`, `file:`) in a notification message or an input
 * box's prompt as a link, and a command link runs when clicked. Its parser needs the `]` and the
 * `(` side by side, so a zero-width space between every such pair leaves the message reading as it
 * was written while no link can form, however the brackets nest or whatever precedes them. Applied
 * to whole messages, not to the quoted pieces, so no link can form across a piece and its template.
 */
const LINK_JOINT = /\]\(/g;
const LINK_BREAK = '\u200b';

export function inertLinks(message: string): string {
  return message.replace(LINK_JOINT, `]${LINK_BREAK}(`);
}
