import { addMonths, dayNumber, formatParts, fromDayNumber, type IsoDate } from '../calendar/dates';
import { escapeXml } from '../timeline/escape';
import { shorten } from '../timeline/layout';
import { historySummary, trendHeading, trendStatus } from './describe';
import type { HistoryEvent, PlanHistory, StepTrend } from './model';
import { TREND_CSS } from './style';

export interface TrendSvgOptions {
  /** Width of the picture in pixels; titles in the legend are shortened to fit. */
  readonly width?: number;
  /** Put the stylesheet inside the picture (the default); a page with a nonce CSP adds `TREND_CSS` itself. */
  readonly embedStyle?: boolean;
  /** Prefix of the ids of `<title>` and `<desc>`, unique when one page holds several pictures. */
  readonly idPrefix?: string;
}

const PLOT_LEFT = 96;
const PLOT_TOP = 76;
const PLOT_HEIGHT = 240;
const RIGHT_MARGIN = 24;
const EVENT_BAND = 40;
const LEGEND_ROW = 18;
const LEGEND_CHAR = 6.6;
const MAX_TICKS = 6;
/** Domains that would be a single day get this many days on each side. */
const PAD_DAYS = 30;
const SERIES_COLOURS = 6;

interface Scale {
  readonly from: number;
  readonly to: number;
}

/**
 * The milestone trend chart: across, the days the plan was committed (or reviewed); up, the target
 * dates each step had on those days, one line per step, so a target that slips draws a rising line.
 * The dashed diagonal is where a target equals the day: a step reached on time ends on it. Reached
 * steps carry a check; reviews held, gaps closed and steps reached are marked under the axis.
 * Every plan text goes through `escapeXml`.
 */
export function renderTrendSvg(history: PlanHistory, options: TrendSvgOptions = {}): string {
  const width = Math.max(360, options.width ?? 720);
  const id = options.idPrefix ?? 'cp-trend';
  const plotRight = width - RIGHT_MARGIN;
  const plotBottom = PLOT_TOP + PLOT_HEIGHT;
  const whens = [...history.steps.flatMap((step) => step.points.map((point) => point.when)), ...history.days, ...history.events.map((event) => event.date), history.today];
  const targets = history.steps.flatMap((step) => step.points.map((point) => point.target));
  const xScale = domain(whens);
  const yScale = domain(targets.length > 0 ? targets : [history.today]);
  const x = (date: IsoDate) => PLOT_LEFT + ((dayNumber(date) - xScale.from) / (xScale.to - xScale.from)) * (plotRight - PLOT_LEFT);
  const y = (date: IsoDate) => plotBottom - ((dayNumber(date) - yScale.from) / (yScale.to - yScale.from)) * PLOT_HEIGHT;

  const legendTop = plotBottom + EVENT_BAND + 28;
  const keyTop = legendTop + Math.max(1, history.steps.length) * LEGEND_ROW + 6;
  const height = keyTop + LEGEND_ROW;
  const summary = historySummary(history);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cp-trend" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(history.goal === undefined ? 'Milestone trend' : `Milestone trend: ${history.goal}`)}</title>`,
    `<desc id="${id}-desc">${escapeXml([summary, ...history.steps.map((step) => `${trendHeading(step)}: ${trendStatus(step)}.`)].join(' '))}</desc>`,
  ];
  if (options.embedStyle !== false) out.push(`<style>${TREND_CSS}</style>`);
  out.push(
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" rx="6"/>`,
    `<text class="chart-title" x="16" y="28">Milestone trend</text>`,
    `<text class="muted" x="16" y="50">${escapeXml(shorten(summary, Math.floor((width - 32) / LEGEND_CHAR)))}</text>`,
  );

  out.push('<g class="grid-lines" aria-hidden="true">');
  for (const tick of monthTicks(yScale)) {
    out.push(`<line class="grid" x1="${PLOT_LEFT}" y1="${num(y(tick))}" x2="${plotRight}" y2="${num(y(tick))}"/>`, `<text class="tick" x="${PLOT_LEFT - 8}" y="${num(y(tick) + 4)}" text-anchor="end">${tick.slice(0, 7)}</text>`);
  }
  for (const tick of monthTicks(xScale)) {
    out.push(`<line class="grid" x1="${num(x(tick))}" y1="${PLOT_TOP}" x2="${num(x(tick))}" y2="${plotBottom}"/>`, `<text class="tick" x="${num(x(tick))}" y="${plotBottom + 16}" text-anchor="middle">${tick.slice(0, 7)}</text>`);
  }
  out.push('</g>', `<rect class="frame" x="${PLOT_LEFT}" y="${PLOT_TOP}" width="${plotRight - PLOT_LEFT}" height="${PLOT_HEIGHT}"/>`);
  out.push(...diagonal(xScale, yScale, x, y), ...todayLine(history.today, x, plotBottom));
  history.steps.forEach((step, i) => out.push(series(step, i, x, y)));
  out.push(...eventBand(history.events, x, plotBottom + EVENT_BAND - 8));
  history.steps.forEach((step, i) => out.push(legendRow(step, i, legendTop + i * LEGEND_ROW, width)));
  if (history.steps.length === 0) out.push(`<text class="muted" x="16" y="${legendTop + 4}">The plan has no steps yet.</text>`);
  out.push(...eventKey(keyTop));
  out.push('</svg>');
  return out.join('\n');
}

/** Day numbers from the earliest to the latest date, with a margin so no point sits on the frame. */
function domain(dates: readonly IsoDate[]): Scale {
  const days = dates.map(dayNumber);
  let from = Math.min(...days);
  let to = Math.max(...days);
  if (to - from < 2 * PAD_DAYS) [from, to] = [from - PAD_DAYS, to + PAD_DAYS];
  const margin = Math.ceil((to - from) * 0.04);
  return { from: from - margin, to: to + margin };
}

/** The first days of months inside a domain, every 1, 2, 3, 6, 12 or 24 months so that at most MAX_TICKS fit. */
function monthTicks(scale: Scale): IsoDate[] {
  const start = fromDayNumber(scale.from);
  const months = (scale.to - scale.from) / 30.4;
  const step = [1, 2, 3, 6, 12, 24].find((candidate) => months / candidate <= MAX_TICKS) ?? 48;
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  // Start on a month that is a multiple of the step, counted from January.
  const monthIndex = Math.ceil((year * 12 + month - 1) / step) * step;
  const ticks: IsoDate[] = [];
  for (let tick = formatParts(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1); dayNumber(tick) <= scale.to; tick = addMonths(tick, step)) {
    if (dayNumber(tick) >= scale.from) ticks.push(tick);
  }
  return ticks;
}

function diagonal(xScale: Scale, yScale: Scale, x: (date: IsoDate) => number, y: (date: IsoDate) => number): string[] {
  const from = Math.max(xScale.from, yScale.from);
  const to = Math.min(xScale.to, yScale.to);
  if (from >= to) return [];
  const [start, end] = [fromDayNumber(from), fromDayNumber(to)];
  return [`<line class="diagonal" x1="${num(x(start))}" y1="${num(y(start))}" x2="${num(x(end))}" y2="${num(y(end))}"><title>Where a target is the day itself: a step reached on time ends on this line</title></line>`];
}

function todayLine(today: IsoDate, x: (date: IsoDate) => number, plotBottom: number): string[] {
  const at = num(x(today));
  return [
    `<g class="today" data-date="${escapeXml(today)}">`,
    `<line class="today-line" x1="${at}" y1="${PLOT_TOP - 6}" x2="${at}" y2="${plotBottom}"/>`,
    `<text class="today-label" x="${at}" y="${PLOT_TOP - 10}" text-anchor="middle">Today</text>`,
    '</g>',
  ];
}

function series(step: StepTrend, index: number, x: (date: IsoDate) => number, y: (date: IsoDate) => number): string {
  const heading = trendHeading(step);
  const label = `${heading}: ${trendStatus(step)}`;
  const parts = [`<g class="series c${index % SERIES_COLOURS}" data-step="${step.number ?? ''}" data-points="${step.points.length}" aria-label="${escapeXml(label)}">`, `<title>${escapeXml(label)}</title>`];
  if (step.points.length > 1) parts.push(`<polyline points="${step.points.map((point) => `${num(x(point.when))},${num(y(point.target))}`).join(' ')}"/>`);
  for (const point of step.points) {
    parts.push(`<circle class="point" cx="${num(x(point.when))}" cy="${num(y(point.target))}" r="3.5" data-when="${escapeXml(point.when)}" data-target="${escapeXml(point.target)}"><title>${escapeXml(`${heading}: on ${point.when}, target ${point.target}`)}</title></circle>`);
  }
  const last = step.points[step.points.length - 1];
  if (step.reached && last) {
    const [cx, cy] = [num(x(step.reached)), num(y(last.target))];
    parts.push(
      `<g class="reached-mark"><title>${escapeXml(`${heading}: reached ${step.reached}`)}</title>`,
      `<circle class="reached" cx="${cx}" cy="${cy}" r="7"/><text class="check" x="${cx}" y="${num(Number(cy) + 4)}" text-anchor="middle" aria-hidden="true">✓</text></g>`,
    );
  }
  parts.push('</g>');
  return parts.join('\n');
}

const EVENT_WORDS: Record<HistoryEvent['kind'], string> = { review: 'Review held', reached: 'Step reached', closed: 'Gap closed' };

/** Under the axis: a square per review, a check per step reached, a diamond per gap closed. */
function eventBand(events: readonly HistoryEvent[], x: (date: IsoDate) => number, at: number): string[] {
  if (events.length === 0) return [];
  const out = ['<g class="events">', `<text class="muted" x="${PLOT_LEFT - 8}" y="${at + 4}" text-anchor="end">Events</text>`];
  for (const event of events) {
    const cx = x(event.date);
    const what = `${EVENT_WORDS[event.kind]}${event.kind === 'review' ? '' : `: ${event.title}`} (${event.date})`;
    const shape =
      event.kind === 'review'
        ? `<rect x="${num(cx - 4)}" y="${at - 4}" width="8" height="8" rx="1"/>`
        : event.kind === 'closed'
          ? `<polygon points="${num(cx)},${at - 6} ${num(cx + 6)},${at} ${num(cx)},${at + 6} ${num(cx - 6)},${at}"/>`
          : `<circle cx="${num(cx)}" cy="${at}" r="5"/>`;
    out.push(`<g class="event ${event.kind}" data-date="${escapeXml(event.date)}"><title>${escapeXml(what)}</title>${shape}</g>`);
  }
  out.push('</g>');
  return out;
}

/** What the shapes under the axis and the dashed diagonal mean. */
function eventKey(top: number): string[] {
  const items = [
    ['review', '■', 'review held'],
    ['reached', '●', 'step reached'],
    ['closed', '◆', 'gap closed'],
    ['', '- - -', 'target is the day itself'],
  ];
  let x = 16;
  return items.map(([kind, glyph, words]) => {
    const item = `<text class="muted" x="${x}" y="${top + 4}" aria-hidden="true"><tspan class="event ${kind}">${glyph}</tspan> ${words}</text>`;
    x += (glyph.length + words.length + 4) * LEGEND_CHAR;
    return item;
  });
}

function legendRow(step: StepTrend, index: number, top: number, width: number): string {
  const text = shorten(`${trendHeading(step)}: ${trendStatus(step)}`, Math.floor((width - 56) / LEGEND_CHAR));
  return `<g class="legend series c${index % SERIES_COLOURS}"><line class="swatch" x1="16" y1="${top}" x2="36" y2="${top}"/><text x="44" y="${top + 4}">${escapeXml(text)}</text></g>`;
}

/** Coordinates with at most one decimal, so the output is short and the same on every machine. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
