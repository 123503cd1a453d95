import { describeDaysLeft } from '../calendar/dates';
import type { Dated, Summary } from './summary';

/**
 * The summary laid out once for the three formats: a title and labelled sections, each with a line
 * of text and a list. Everything is still plain text on one line; each renderer escapes it all for
 * its format and adds only its own markup.
 */
export interface Outline {
  readonly title: string;
  readonly sections: readonly Section[];
}

export interface Section {
  readonly label: string;
  readonly text?: string;
  readonly items: readonly string[];
}

export function outlineOf(summary: Summary): Outline {
  const { goal, nextStep, focus, changes } = summary;
  const sections: Section[] = [
    { label: 'Goal', text: goal ? withDate(goal, 'by ') : 'not written yet', items: [] },
    { label: 'Next step', text: nextStep ? withDate(nextStep, '') : 'none left to reach', items: [] },
    {
      label: 'Focus gap',
      text: focus ? focus.title : 'no open gap: ask which gaps they see',
      items: focus ? [focus.nextAction ? `Next action: ${focus.nextAction}` : 'Next action: not decided yet', ...(focus.source ? [`Named by ${focus.source}`] : [])] : [],
    },
  ];
  if (!changes.since) {
    sections.push({ label: 'Since the last review', text: 'no review recorded yet', items: [] });
  } else {
    if (changes.atReview.length > 0) sections.push({ label: `At the last review, ${changes.since}`, items: changes.atReview });
    sections.push({
      label: changes.atReview.length > 0 ? 'Since then' : `Since the last review, ${changes.since}`,
      text: changes.after.length > 0 ? undefined : 'nothing marked reached or closed',
      items: changes.after,
    });
  }
  sections.push({ label: 'Questions to ask', items: summary.questions });
  return { title: `Career plan summary, ${summary.today}`, sections: sections.map(flatSection) };
}

function withDate(item: Dated, before: string): string {
  if (!item.date || item.daysLeft === undefined) return `${item.title} (no date yet)`;
  return `${item.title} — ${before}${item.date}, ${describeDaysLeft(item.daysLeft)}`;
}

function flatSection(section: Section): Section {
  return { label: oneLine(section.label), text: section.text === undefined ? undefined : oneLine(section.text), items: section.items.map(oneLine) };
}

/** Control characters and line breaks become spaces: plan text cannot start a line of its own or move the cursor. */
function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
