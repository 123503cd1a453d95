import type { IsoDate } from '../calendar/dates';
import type { ParsedPlan } from '../parse/parsePlan';
import { renderSummaryHtml } from './html';
import { renderSummaryMarkdown } from './markdown';
import { outlineOf } from './outline';
import { buildSummary } from './summary';
import { renderSummaryText } from './text';

export const SUMMARY_FORMATS = ['markdown', 'html', 'text'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

const RENDERERS = { markdown: renderSummaryMarkdown, html: renderSummaryHtml, text: renderSummaryText } as const;

/** The one-screen summary of a plan on `today`, in one of the three formats. */
export function summaryOf(parsed: ParsedPlan, today: IsoDate, format: SummaryFormat): string {
  return RENDERERS[format](outlineOf(buildSummary(parsed, today)));
}

export function isSummaryFormat(name: string): name is SummaryFormat {
  return (SUMMARY_FORMATS as readonly string[]).includes(name);
}
