import { escapeXml } from './escape';
import { entryHeading, entryLabel, entryStatus, gapText } from './describe';
import type { Timeline, TimelineEntry } from './model';

export interface ListOptions {
  /** Each entry gets a button carrying `data-subject`, for a page that reveals it in the plan. */
  readonly interactive?: boolean;
}

/**
 * The timeline as an ordered HTML list: the same entries, in the same order, in words. It is the
 * fallback for readers who cannot use the picture, and what a screen reader walks through.
 */
export function renderTimelineList(timeline: Timeline, options: ListOptions = {}): string {
  const item = (entry: TimelineEntry) => {
    const heading = options.interactive
      ? `<button type="button" class="reveal" data-subject="${escapeXml(entry.subject)}" aria-label="${escapeXml(`Show in the plan: ${entryLabel(entry, timeline)}`)}">${escapeXml(entryHeading(entry))}</button>`
      : `<strong>${escapeXml(entryHeading(entry))}</strong>`;
    const gaps = entry.gaps.length === 0 ? '' : `<ul>${entry.gaps.map((gap) => `<li>${escapeXml(gapText(gap))}</li>`).join('')}</ul>`;
    return `<li class="${escapeXml(`${entry.kind} ${entry.state}`)}">${heading} <span class="status">${escapeXml(entryStatus(entry))}</span>${gaps}</li>`;
  };
  const todayItem = `<li class="today"><strong>Today</strong> <span class="status">${escapeXml(timeline.today)}</span></li>`;
  const before = timeline.dated.filter((entry) => entry.date! < timeline.today);
  const after = timeline.dated.filter((entry) => entry.date! >= timeline.today);
  const lines = [`<ol class="cp-timeline-list">`, ...before.map(item), todayItem, ...after.map(item), '</ol>'];
  if (timeline.undated.length > 0) lines.push('<p>Not dated yet:</p>', '<ul class="cp-timeline-list">', ...timeline.undated.map(item), '</ul>');
  return lines.join('\n');
}
