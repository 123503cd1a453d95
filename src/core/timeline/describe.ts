import { describeDaysLeft } from '../calendar/dates';
import type { Timeline, TimelineEntry, TimelineGap } from './model';

/** The words every renderer uses for an entry, so the picture, its text list and its labels agree. */
export function entryHeading(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'step':
      return `Step ${entry.number}: ${entry.title}`;
    case 'goal':
      return `Goal: ${entry.title}`;
    case 'moment':
      return `Key moment: ${entry.title}`;
    case 'review':
      return entry.title;
  }
}

/** Reached steps and closed gaps carry a check, so that what was achieved stands out in every rendering. */
const CHECK = '✓ ';

/** "target 2027-03-31, in 127 days", "✓ reached on 2026-05-01 (target 2026-06-30)", "no target date yet"… */
export function entryStatus(entry: TimelineEntry): string {
  return `${entry.state === 'done' ? CHECK : ''}${statusWords(entry)}`;
}

/** The status without the check, for a sentence read aloud. */
function statusWords(entry: TimelineEntry): string {
  if (entry.date === undefined || entry.daysLeft === undefined) return entry.kind === 'moment' ? 'no date yet' : entry.state === 'done' ? 'reached' : 'no target date yet';
  const when = entry.daysLeft < 0 && entry.state !== 'overdue' ? `${-entry.daysLeft === 1 ? '1 day' : `${-entry.daysLeft} days`} ago` : describeDaysLeft(entry.daysLeft);
  switch (entry.kind) {
    case 'moment':
      return `${entry.date}, ${when}`;
    case 'review':
      return entry.state === 'overdue' ? `was due ${entry.date}, ${when}` : `due ${entry.date}, ${when}`;
    default:
      if (entry.state === 'done' && entry.untargeted) return `reached on ${entry.doneOn}`;
      if (entry.state === 'done') return entry.doneOn ? `reached on ${entry.doneOn} (target ${entry.date})` : `reached (target ${entry.date})`;
      return `target ${entry.date}, ${when}`;
  }
}

export function gapText(gap: TimelineGap): string {
  if (gap.status === 'closed') return `${CHECK}#${gap.rank} ${gap.title} (closed${gap.closedOn ? ` on ${gap.closedOn}` : ''})`;
  return `#${gap.rank} ${gap.title} (${gap.status})`;
}

/** One sentence a screen reader says for an entry: what it is, when, and what stands in its way. */
export function entryLabel(entry: TimelineEntry, timeline: Timeline): string {
  const what = entry.kind === 'step' ? `Step ${entry.number} of ${timeline.stepCount}: ${entry.title}` : entryHeading(entry);
  const gaps = entry.gaps.length === 0 ? '' : ` Gaps to close first: ${entry.gaps.map((gap) => `${gap.title} (${gap.status})`).join('; ')}.`;
  return `${what}. ${capitalize(statusWords(entry))}.${gaps}`;
}

/** The picture summed up in a sentence or two, for `<desc>` and for readers of the text list. */
export function timelineSummary(timeline: Timeline): string {
  const steps = [...timeline.dated, ...timeline.undated].filter((entry) => entry.kind === 'step');
  const done = steps.filter((entry) => entry.state === 'done').length;
  const overdue = steps.filter((entry) => entry.state === 'overdue').length;
  const next = timeline.dated.find((entry) => entry.state === 'upcoming');
  const parts = [`Today is ${timeline.today}.`, `${plural(steps.length, 'step')}, ${done} done, ${overdue} overdue.`];
  if (next) parts.push(`Next: ${entryHeading(next)}, ${entryStatus(next)}.`);
  return parts.join(' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
