import { dayNumber, type IsoDate } from '../calendar/dates';
import { entryHeading, entryStatus, gapText, timelineSummary } from './describe';
import type { Timeline, TimelineEntry } from './model';

/**
 * Places a timeline on a vertical time axis. Time runs downwards so that long titles and the gaps
 * listed under a step have the whole width beside the axis, which suits a panel beside the editor
 * and the Markdown preview alike. Distance between two rows is proportional to the days between
 * them, but never less than the first row needs for its text: positions only ever grow with dates.
 */
export interface LayoutOptions {
  /** Width of the picture in pixels; titles are shortened to fit. */
  readonly width?: number;
}

export interface PlacedEntry {
  readonly entry: TimelineEntry;
  /** Centre of the marker on the axis, and the row's top and height. */
  readonly y: number;
  readonly top: number;
  readonly height: number;
  /** The texts as drawn: shortened to the width when too long. */
  readonly heading: string;
  readonly status: string;
  readonly gapLines: readonly string[];
}

export interface YearTick {
  readonly year: number;
  readonly y: number;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly axisX: number;
  readonly labelX: number;
  readonly goal?: string;
  readonly summary: string;
  readonly rows: readonly PlacedEntry[];
  readonly today: { readonly date: IsoDate; readonly y: number };
  readonly axis: { readonly top: number; readonly bottom: number };
  readonly ticks: readonly YearTick[];
  /** Where the "not dated yet" heading goes, when there are undated entries. */
  readonly undatedTop?: number;
  readonly undated: readonly PlacedEntry[];
}

export const DEFAULT_WIDTH = 720;
const AXIS_X = 96;
const LABEL_X = 120;
const HEADER_HEIGHT = 72;
const LINE = 16;
const ROW_PADDING = 14;
const TODAY_HEIGHT = 28;
/** The height the proportional part of the axis aims at, whatever the span of the plan. */
const PROPORTIONAL_HEIGHT = 480;
const MAX_PX_PER_DAY = 2;
/** Average advance of a character at the title's and the gap lines' font sizes. */
const TITLE_CHAR = 7.4;
/** The goal line above the axis is larger and bold. */
const GOAL_CHAR = 8.8;
const GAP_CHAR = 6.8;
const SUMMARY_CHAR = 6.3;
const GAP_INDENT = 14;
const MIN_TICK_SPACING = 18;
const MARKER_CLEARANCE = 12;
/** Today has a label above its line and its date below. */
const TODAY_CLEARANCE = 24;

export function layoutTimeline(timeline: Timeline, options: LayoutOptions = {}): TimelineLayout {
  const width = Math.max(360, options.width ?? DEFAULT_WIDTH);
  const titleChars = Math.floor((width - LABEL_X - 8) / TITLE_CHAR);
  const gapChars = Math.floor((width - LABEL_X - GAP_INDENT - 8) / GAP_CHAR);
  const texts = (entry: TimelineEntry) => {
    const gapLines = entry.gaps.map((gap) => shorten(gapText(gap), gapChars));
    return { heading: shorten(entryHeading(entry), titleChars), status: shorten(entryStatus(entry), titleChars), gapLines };
  };
  const rowHeight = (entry: TimelineEntry) => 2 * LINE + entry.gaps.length * LINE + ROW_PADDING;

  // Today takes a row of its own among the dated entries, before anything due the same day.
  type Anchor = { date: IsoDate; height: number; entry?: TimelineEntry };
  const anchors: Anchor[] = timeline.dated.map((entry) => ({ date: entry.date!, height: rowHeight(entry), entry }));
  const todayIndex = anchors.findIndex((anchor) => anchor.date >= timeline.today);
  anchors.splice(todayIndex === -1 ? anchors.length : todayIndex, 0, { date: timeline.today, height: TODAY_HEIGHT });

  const span = dayNumber(anchors[anchors.length - 1].date) - dayNumber(anchors[0].date);
  const pxPerDay = span === 0 ? 0 : Math.min(MAX_PX_PER_DAY, PROPORTIONAL_HEIGHT / span);
  const ys: number[] = [HEADER_HEIGHT + LINE];
  for (let i = 1; i < anchors.length; i++) {
    const days = dayNumber(anchors[i].date) - dayNumber(anchors[i - 1].date);
    ys.push(ys[i - 1] + Math.max(anchors[i - 1].height, days * pxPerDay));
  }

  const rows: PlacedEntry[] = [];
  let todayY = 0;
  anchors.forEach((anchor, i) => {
    if (!anchor.entry) todayY = ys[i];
    else rows.push({ entry: anchor.entry, y: ys[i], top: ys[i] - LINE / 2 - 4, height: anchor.height, ...texts(anchor.entry) });
  });

  const last = anchors.length - 1;
  const axis = { top: ys[0] - LINE, bottom: ys[last] + Math.max(LINE, anchors[last].height - LINE) };
  const ticks = yearTicks(anchors.map((anchor, i) => ({ date: anchor.date, y: ys[i] })), todayY);

  let bottom = axis.bottom + LINE;
  let undatedTop: number | undefined;
  const undated: PlacedEntry[] = [];
  if (timeline.undated.length > 0) {
    undatedTop = bottom + LINE;
    let y = undatedTop + 2 * LINE;
    for (const entry of timeline.undated) {
      const height = rowHeight(entry);
      undated.push({ entry, y, top: y - LINE / 2 - 4, height, ...texts(entry) });
      y += height;
    }
    bottom = y;
  }

  return {
    width,
    height: Math.ceil(bottom),
    axisX: AXIS_X,
    labelX: LABEL_X,
    goal: timeline.goal === undefined ? undefined : shorten(timeline.goal, Math.floor((width - 32) / GOAL_CHAR)),
    summary: shorten(timelineSummary(timeline), Math.floor((width - 32) / SUMMARY_CHAR)),
    rows,
    today: { date: timeline.today, y: todayY },
    axis,
    ticks,
    undatedTop,
    undated,
  };
}

/**
 * A tick at each 1 January between the first and the last anchor, placed between its neighbours;
 * left out where it would crowd a marker, today's label or the previous tick.
 */
function yearTicks(points: readonly { date: IsoDate; y: number }[], todayY: number): YearTick[] {
  const first = points[0];
  const last = points[points.length - 1];
  const ticks: YearTick[] = [];
  for (let year = Number(first.date.slice(0, 4)) + 1; year <= Number(last.date.slice(0, 4)); year++) {
    const date = `${String(year).padStart(4, '0')}-01-01`;
    const after = points.findIndex((point) => point.date >= date);
    const before = points[after - 1];
    const next = points[after];
    const fraction = (dayNumber(date) - dayNumber(before.date)) / (dayNumber(next.date) - dayNumber(before.date));
    const y = before.y + fraction * (next.y - before.y);
    const crowded =
      points.some((point) => Math.abs(y - point.y) < MARKER_CLEARANCE) ||
      Math.abs(y - todayY) < TODAY_CLEARANCE ||
      (ticks.length > 0 && y - ticks[ticks.length - 1].y < MIN_TICK_SPACING);
    if (!crowded) ticks.push({ year, y });
  }
  return ticks;
}

/**
 * How wide a character draws, in average characters of the font: a wide one (Chinese, Japanese,
 * Korean, fullwidth forms, emoji) about two, a capital or an m or w about 1.3, a narrow letter or
 * punctuation about half. An estimate, since a picture drawn without a browser cannot measure text,
 * but one that keeps "WWW…" or a Japanese title inside the picture, where counting characters did not.
 */
function widthOf(char: string): number {
  if (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u.test(char)) return 2;
  if (/[\u0300-\u036F\u200B-\u200D\uFE0F]/u.test(char)) return 0;
  if (/[A-Zmw@%]/.test(char)) return 1.3;
  if (/[iljtf.,;:!'|()[\] ]/.test(char)) return 0.55;
  return 1;
}

/**
 * Shortens a text to about `max` average characters of width with an ellipsis, never splitting a
 * surrogate pair or leaving a joiner at the end; where a space comes near the cut, at the space, so
 * a date or a day count is never cut in half ("2026-12-2…").
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  let width = 0;
  let fit = 0;
  for (; fit < chars.length; fit++) {
    width += widthOf(chars[fit]);
    if (width > max) break;
  }
  if (fit === chars.length) return chars.join('');
  // Room for the ellipsis, then back to a space if one is in the last fifth.
  let kept = chars.slice(0, Math.max(1, fit - 1)).join('');
  const space = kept.lastIndexOf(' ');
  if (space > kept.length * 0.8) kept = kept.slice(0, space);
  return `${kept.replace(/[\u200D\uFE0F\s]+$/u, '')}…`;
}
