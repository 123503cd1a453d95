import { escapeXml } from './escape';
import { entryHeading, entryLabel } from './describe';
import { layoutTimeline, type LayoutOptions, type PlacedEntry, type TimelineLayout } from './layout';
import type { Timeline } from './model';
import { TIMELINE_CSS } from './style';

export interface SvgOptions extends LayoutOptions {
  /**
   * Milestones become focusable buttons carrying `data-subject`, for a host page that reveals the
   * element in the plan when one is clicked (the webview). Off for a picture in a file.
   */
  readonly interactive?: boolean;
  /**
   * Put the stylesheet inside the picture (the default, so a file stands alone). A page with a
   * strict Content-Security-Policy passes false and adds `TIMELINE_CSS` with its nonce instead.
   */
  readonly embedStyle?: boolean;
  /** Prefix of the ids of `<title>` and `<desc>`, unique when one page holds several pictures. */
  readonly idPrefix?: string;
}

/** Draws the timeline as a standalone SVG document fragment. Every plan text goes through `escapeXml`. */
export function renderTimelineSvg(timeline: Timeline, options: SvgOptions = {}): string {
  const layout = layoutTimeline(timeline, options);
  const id = options.idPrefix ?? 'cp-timeline';
  const { width, height } = layout;
  const title = timeline.goal === undefined ? 'Career plan timeline' : `Career plan timeline: ${timeline.goal}`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="cp-timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `role="${options.interactive ? 'group' : 'img'}" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(layout.summary)}</desc>`,
  );
  if (options.embedStyle !== false) out.push(`<style>${TIMELINE_CSS}</style>`);
  out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}" rx="6"/>`);
  if (layout.goal !== undefined) out.push(`<text class="goal-line" x="16" y="28">${escapeXml(layout.goal)}</text>`);
  out.push(`<text class="summary muted" x="16" y="${layout.goal === undefined ? 28 : 50}">${escapeXml(layout.summary)}</text>`);
  out.push(...axis(layout));
  for (const row of layout.rows) out.push(milestone(row, timeline, layout, options.interactive === true));
  if (layout.undatedTop !== undefined) {
    out.push(`<text class="muted" x="16" y="${num(layout.undatedTop)}">Not dated yet</text>`);
    for (const row of layout.undated) out.push(milestone(row, timeline, layout, options.interactive === true));
  }
  out.push('</svg>');
  return out.join('\n');
}

function axis(layout: TimelineLayout): string[] {
  const { axisX, width, today } = layout;
  const lines = [`<line class="axis" x1="${axisX}" y1="${num(layout.axis.top)}" x2="${axisX}" y2="${num(layout.axis.bottom)}"/>`];
  if (layout.ticks.length > 0) {
    lines.push('<g class="ticks" aria-hidden="true">');
    for (const tick of layout.ticks) {
      lines.push(
        `<line class="tick-mark" x1="${axisX - 6}" y1="${num(tick.y)}" x2="${axisX + 6}" y2="${num(tick.y)}"/>`,
        `<text class="tick" x="${axisX - 12}" y="${num(tick.y + 4)}" text-anchor="end">${tick.year}</text>`,
      );
    }
    lines.push('</g>');
  }
  lines.push(
    `<g class="today" data-date="${escapeXml(today.date)}">`,
    `<line class="today-line" x1="16" y1="${num(today.y)}" x2="${width - 16}" y2="${num(today.y)}"/>`,
    `<text class="today-label" x="${axisX - 12}" y="${num(today.y - 5)}" text-anchor="end">Today</text>`,
    `<text class="tick" x="${axisX - 12}" y="${num(today.y + 13)}" text-anchor="end">${escapeXml(today.date)}</text>`,
    '</g>',
  );
  return lines;
}

function milestone(row: PlacedEntry, timeline: Timeline, layout: TimelineLayout, interactive: boolean): string {
  const { entry } = row;
  const x = layout.axisX;
  const classes = ['milestone', entry.kind, entry.state].join(' ');
  const attributes = [
    `class="${classes}"`,
    `data-subject="${escapeXml(entry.subject)}"`,
    ...(entry.date ? [`data-date="${escapeXml(entry.date)}"`] : []),
    ...(interactive ? ['tabindex="0"', 'role="button"'] : []),
    `aria-label="${escapeXml(entryLabel(entry, timeline))}"`,
  ];
  const parts = [
    `<g ${attributes.join(' ')}>`,
    `<title>${escapeXml(entryHeading(entry))}</title>`,
    `<rect class="hit" x="8" y="${num(row.top)}" width="${layout.width - 16}" height="${num(row.height - 4)}" rx="4"/>`,
    `<rect class="focus-ring" x="8" y="${num(row.top)}" width="${layout.width - 16}" height="${num(row.height - 4)}" rx="4"/>`,
    marker(row, x),
    `<text class="heading" x="${layout.labelX}" y="${num(row.y + 5)}">${escapeXml(row.heading)}</text>`,
    `<text class="status" x="${layout.labelX}" y="${num(row.y + 21)}">${escapeXml(row.status)}</text>`,
  ];
  row.gapLines.forEach((line, i) => {
    parts.push(`<text class="gap ${entry.gaps[i].status}" x="${layout.labelX + 14}" y="${num(row.y + 37 + 16 * i)}">${escapeXml(line)}</text>`);
  });
  parts.push('</g>');
  return parts.join('\n');
}

function marker(row: PlacedEntry, x: number): string {
  const { entry, y } = row;
  const badge = entry.state === 'done' ? '✓' : entry.state === 'overdue' ? '!' : '';
  const badgeText = badge && entry.kind !== 'moment' ? `<text class="badge" x="${x}" y="${num(y + 4)}" text-anchor="middle" aria-hidden="true">${badge}</text>` : '';
  switch (entry.kind) {
    case 'step':
      return `<circle class="marker" cx="${x}" cy="${num(y)}" r="8"/>${badgeText}`;
    case 'goal':
      return badge
        ? `<circle class="marker" cx="${x}" cy="${num(y)}" r="11"/>${badgeText}`
        : `<circle class="marker" cx="${x}" cy="${num(y)}" r="11"/><circle class="core" cx="${x}" cy="${num(y)}" r="4"/>`;
    case 'moment':
      return `<polygon class="marker" points="${x},${num(y - 7)} ${x + 7},${num(y)} ${x},${num(y + 7)} ${x - 7},${num(y)}"/>`;
    case 'review':
      return `<rect class="marker" x="${x - 6}" y="${num(y - 6)}" width="12" height="12" rx="2"/>${badgeText}`;
  }
}

/** Coordinates with at most one decimal, so the output is short and the same on every machine. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
