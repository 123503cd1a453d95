import type { Span } from '../document/range';

/**
 * A template's slot still holding its placeholder: `[Gap 1]`, `<Next role/level/position>`, `<your
 * goal>`, `TBD`, `YYYY-MM-DD`. Such a line is a slot to fill in, never a step or gap of that name.
 */
const WHOLE = [/^\[[^\]]{1,80}\]$/, /^<[^<>]{1,80}>\.?$/, /^(tbd|tba|tbc|todo|n\/a|x{3,}|\?+|\.{3}|…|_{2,}|-)$/i];
const INSIDE = [
  /<[A-Za-z][^<>]*[ /][^<>]*>/,
  /\[(?:your|insert|add|enter|fill|name|role|gap|goal|step|skill|date|target|company|describe|write|next|current)[^\]]{0,80}\](?!\()/i,
  /\b(?:YYYY[-/.]MM[-/.]DD|MM\/DD\/YYYY|DD\/MM\/YYYY|(?:Q[1-4xX?]|Month|Mon)\s+YYYY|20XX|YYYY)\b/,
  /\b(?:TBD|TBA|TBC)\b/,
  // A template's instruction where the words go: "Describe an area you want to improve."
  /(?<=^|:\s*|\*\*\s*)(?:describe (?:your|an?|the)|(?:write|insert|enter|list|state|name|add) (?:your|here))\b.*$/i,
];
const EMPHASIS = /^[*_]+|[*_]+$/g;

/** Where the placeholder in `text` (at document offset `at`) stands, or undefined when it holds none. */
export function placeholderIn(text: string, at: number): Span | undefined {
  const bare = text.replace(EMPHASIS, '');
  const lead = text.length - text.replace(/^[*_]+/, '').length;
  if (WHOLE.some((pattern) => pattern.test(bare.trim()))) return { start: at + lead, end: at + lead + bare.length };
  for (const pattern of INSIDE) {
    const match = pattern.exec(text);
    if (match) return { start: at + match.index, end: at + match.index + match[0].length };
  }
  return undefined;
}

/** What to write in a slot, said in the finding. */
export const WHAT_TO_WRITE = {
  goal: 'your career goal: the role, level or position you want to reach, and by when',
  step: 'a step on the way: the next role, level or position, with its target date',
  gap: 'a gap: a skill or experience you still lack for the next step, the most significant first',
  target: 'the day you mean to reach it, as YYYY-MM-DD (2027-06-30), or a month or quarter such as June 2027',
  action: 'an action: one thing you will do to close the gap, with a due date',
} as const;
