import type { IsoDate } from '../../core/calendar/dates';
import type { PlanHistory } from '../../core/history/model';
import { TREND_CSS } from '../../core/history/style';
import { renderTrendSvg } from '../../core/history/svg';
import type { Plan } from '../../core/plan/model';
import { escapeXml } from '../../core/timeline/escape';
import { renderTimelineList } from '../../core/timeline/list';
import { buildTimeline } from '../../core/timeline/model';
import { TIMELINE_CSS } from '../../core/timeline/style';
import { renderTimelineSvg } from '../../core/timeline/svg';

/** What the webview shows: the picture, the same timeline as a list and the trend chart, all already escaped HTML. */
export interface TimelineContent {
  readonly svg: string;
  readonly list: string;
  /** The milestone trend chart, under the picture; empty when no history was read. */
  readonly trend: string;
}

export interface TimelinePage extends TimelineContent {
  readonly title: string;
  /** `webview.cspSource`: the only origin styles and images may come from besides the nonce. */
  readonly cspSource: string;
  /** A fresh random value per page: only the page's own style and script carry it. */
  readonly nonce: string;
}

/** Messages the extension sends to the page. */
export interface UpdateMessage extends TimelineContent {
  readonly type: 'update';
}

/** The picture with focusable milestones, styled by the page's own sheet, the list with buttons, and the trend chart. */
export function timelineContent(plan: Plan, today: IsoDate, width?: number, history?: PlanHistory): TimelineContent {
  const timeline = buildTimeline(plan, today);
  return {
    svg: renderTimelineSvg(timeline, { interactive: true, embedStyle: false, width }),
    list: renderTimelineList(timeline, { interactive: true }),
    trend: history ? renderTrendSvg(history, { embedStyle: false, width }) : '',
  };
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
}

const PAGE_CSS = `
body { padding: 8px 16px 24px; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
#timeline svg, #trend svg { display: block; max-width: 100%; height: auto; }
#trend:not(:empty) { margin-top: 16px; }
details { margin-top: 16px; }
summary { cursor: pointer; }
.cp-timeline-list { padding-left: 20px; line-height: 1.6; }
.cp-timeline-list .status { color: var(--vscode-descriptionForeground); }
.cp-timeline-list .overdue > .status { color: var(--vscode-charts-red); }
.cp-timeline-list .today { color: var(--vscode-charts-blue); }
.cp-timeline-list button.reveal { background: none; border: none; padding: 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; text-align: left; }
.cp-timeline-list button.reveal:hover { text-decoration: underline; }
.cp-timeline-list button.reveal:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
`;

/**
 * The page's only script: a click (or Enter/Space on a focused milestone) asks the extension to
 * reveal that element in the plan; an update message swaps the pictures and the list in place, so
 * the scroll position and the focused milestone survive an edit. It also reports the panel's width,
 * so the picture is drawn to fit instead of being scaled down to unreadable text. Messages to the
 * extension: `{ type: 'reveal', subject }` and `{ type: 'resize', width }`.
 */
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const timeline = document.getElementById('timeline');
  const list = document.getElementById('list');
  const trend = document.getElementById('trend');
  function reveal(target) {
    const element = target instanceof Element ? target.closest('[data-subject]') : null;
    if (element) vscode.postMessage({ type: 'reveal', subject: element.getAttribute('data-subject') });
  }
  document.addEventListener('click', function (event) { reveal(event.target); });
  document.addEventListener('keydown', function (event) {
    const target = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && target instanceof Element && target.matches('.milestone[data-subject]')) {
      event.preventDefault();
      reveal(target);
    }
  });
  let reportedWidth = 0;
  let resizeTimer;
  function reportWidth() {
    const width = Math.floor(timeline.clientWidth);
    if (width > 0 && Math.abs(width - reportedWidth) >= 8) {
      reportedWidth = width;
      vscode.postMessage({ type: 'resize', width: width });
    }
  }
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(reportWidth, 150);
  });
  reportWidth();
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'update') return;
    const focused = document.activeElement;
    const subject = focused && focused.getAttribute && focused.getAttribute('data-subject');
    const container = subject ? focused.closest('#timeline, #list') : null;
    timeline.innerHTML = message.svg;
    list.innerHTML = message.list;
    trend.innerHTML = message.trend;
    if (container) {
      const again = container.querySelector('[data-subject="' + CSS.escape(subject) + '"]');
      if (again) again.focus();
    }
  });
})();
`;

/** The whole webview page. Plan text arrives already escaped in `svg`, `list` and `trend`; the title is escaped here. */
export function timelinePageHtml(page: TimelinePage): string {
  const nonce = escapeXml(page.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeXml(page.title)}</title>
<style nonce="${nonce}">${TIMELINE_CSS}${TREND_CSS}${PAGE_CSS}</style>
</head>
<body>
<main>
<div id="timeline">${page.svg}</div>
<div id="trend">${page.trend}</div>
<details>
<summary>The timeline as a list</summary>
<div id="list">${page.list}</div>
</details>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
