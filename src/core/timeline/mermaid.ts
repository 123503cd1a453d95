import { timelineSummary } from './describe';
import { shorten } from './layout';
import type { Timeline, TimelineEntry } from './model';

/**
 * The timeline as a Mermaid `gantt` chart, for a README or a slide: steps, key moments, the review
 * and the goal as milestones (done ones tagged `done`, overdue ones `crit`), and each open gap as a
 * bar from today to the target of the step it blocks. Gantt rather than Mermaid's `timeline`
 * diagram because it has a real date axis and states. Today is drawn as a milestone, since
 * Mermaid's own today marker would show the day the chart is viewed, not the day it was made for.
 *
 * Mermaid reads `:` `;` `#` `%` and a few words (title, section, click…) at the start of a line as
 * syntax, so plan text is reduced to letters, digits, spaces and plain punctuation, and a title
 * that begins with one of those words gets its kind in front.
 */
export function renderTimelineMermaid(timeline: Timeline): string {
  const lines = ['gantt'];
  const goal = timeline.goal === undefined ? '' : mermaidText(timeline.goal);
  lines.push(`    title ${goal ? `Career plan - ${goal}` : 'Career plan'}`);
  lines.push('    accTitle: Career plan timeline');
  lines.push(`    accDescr: ${mermaidText(timelineSummary(timeline), 300)}`);
  lines.push('    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m', '    todayMarker off');

  const task = (name: string, tags: readonly string[], id: string, start: string, end: string) =>
    `    ${name} :${[...tags, id, start, end].join(', ')}`;
  const milestone = (name: string, tags: readonly string[], id: string, date: string) => task(name, [...tags, 'milestone'], id, date, '0d');

  lines.push('    section Today', milestone(`Today ${timeline.today}`, [], 'today', timeline.today));

  const steps = timeline.dated.filter((entry) => entry.kind === 'step');
  if (steps.length > 0) {
    lines.push('    section Steps');
    for (const step of steps) lines.push(milestone(`Step ${step.number} - ${mermaidText(step.title)}`, stateTags(step), `step${step.number}`, step.date!));
  }

  const gapLines = gapTasks(timeline, task, milestone);
  if (gapLines.length > 0) lines.push('    section Gaps', ...gapLines);

  const moments = timeline.dated.filter((entry) => entry.kind === 'moment');
  if (moments.length > 0) {
    lines.push('    section Key moments');
    moments.forEach((moment, i) => lines.push(milestone(guarded(mermaidText(moment.title), 'Moment'), stateTags(moment), `moment${i + 1}`, moment.date!)));
  }

  const review = timeline.dated.find((entry) => entry.kind === 'review');
  if (review) lines.push('    section Review', milestone('Review the plan', stateTags(review), 'review', review.date!));

  const goalEntry = timeline.dated.find((entry) => entry.kind === 'goal');
  if (goalEntry) lines.push('    section Goal', milestone(`Goal - ${mermaidText(goalEntry.title)}`, stateTags(goalEntry), 'goal', goalEntry.date!));
  return `${lines.join('\n')}\n`;
}

function stateTags(entry: TimelineEntry): string[] {
  return entry.state === 'done' || entry.state === 'past' ? ['done'] : entry.state === 'overdue' ? ['crit'] : [];
}

/** Each gap as a bar from today to the target of what it blocks (a step, or else the goal). */
function gapTasks(
  timeline: Timeline,
  task: (name: string, tags: readonly string[], id: string, start: string, end: string) => string,
  milestone: (name: string, tags: readonly string[], id: string, date: string) => string,
): string[] {
  const holders = [...timeline.dated, ...timeline.undated].filter((entry) => entry.gaps.length > 0);
  const gaps = holders.flatMap((holder) => holder.gaps.map((gap) => ({ gap, until: holder.date })));
  gaps.sort((a, b) => a.gap.rank - b.gap.rank);
  return gaps.map(({ gap, until }) => {
    const name = `Gap ${gap.rank} - ${mermaidText(gap.title)}`;
    const tags = gap.status === 'closed' ? ['done'] : gap.status === 'active' ? ['active'] : [];
    const id = `gap${gap.rank}`;
    if (until !== undefined && until > timeline.today) return task(name, tags, id, timeline.today, until);
    // Nothing ahead to close it by: a point today, marked critical when what it blocks is past due
    // (not when it has no date at all), unless it is closed already.
    return milestone(name, gap.status === 'closed' || until === undefined ? tags : ['crit'], id, timeline.today);
  });
}

/** Words (and a date) Mermaid's gantt lexer takes as syntax when a line starts with them. */
const RESERVED_START = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|datemarker|title|accdescription|accdescr|acctitle|section|click|href|call|vert|\d{4}-\d{2}-\d{2})/i;

function guarded(text: string, kind: string): string {
  return RESERVED_START.test(text) ? `${kind} - ${text}` : text;
}

/** Plan text reduced to what Mermaid shows as written: letters, digits, spaces and . , ' ( ) / + ! ? _ - */
export function mermaidText(text: string, max = 80): string {
  const clean = text
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N} .,'()/+!?_-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean === '' ? 'Untitled' : shorten(clean, max);
}
