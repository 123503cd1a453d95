import type MarkdownIt from 'markdown-it';
import type { IsoDate } from '../core/calendar/dates';
import { timelinePlugin } from './timeline/previewPlugin';

/** What `activate` returns: VS Code's Markdown preview calls `extendMarkdownIt` on its engine. */
export interface MarkdownPreviewApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function markdownPreview(today: () => IsoDate): MarkdownPreviewApi {
  return { extendMarkdownIt: (md) => md.use(timelinePlugin, today) };
}
