import type MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';
import type { IsoDate } from '../../core/calendar/dates';
import { looksLikePlan } from '../../core/format/detect';
import { parsePlan } from '../../core/parse/parsePlan';
import { escapeXml } from '../../core/timeline/escape';
import { renderTimelineList } from '../../core/timeline/list';
import { buildTimeline } from '../../core/timeline/model';
import { renderTimelineSvg } from '../../core/timeline/svg';

/**
 * Shows a plan's timeline at the top of its Markdown preview. VS Code's preview hides YAML
 * frontmatter: its engine tokenizes it into a hidden `front_matter` token (a block rule it adds
 * after the extensions' plugins), and gives markdown-it the document's whole text. So a core rule
 * reads the source (`state.src`), and when it is a plan, puts one `html_block` token holding the
 * picture right after the frontmatter token (or first, in an engine without that rule). The
 * picture carries its own scoped stylesheet; every plan text in it is escaped.
 */
/** The picture shrinks to a narrow preview instead of making it scroll sideways. */
const FIGURE_CSS = '.career-plan-timeline { margin: 0 0 16px; } .career-plan-timeline > svg { max-width: 100%; height: auto; }';

export function timelinePlugin(md: MarkdownIt, today: () => IsoDate): void {
  md.core.ruler.push('career_plan_timeline', (state: StateCore) => {
    if (!looksLikePlan(state.src)) return;
    // The timeline needs the frontmatter only: a zero body limit skips reading the notes.
    const { plan } = parsePlan(state.src, { maxBodyLength: 0 });
    if (!plan.frontmatter) return;
    const timeline = buildTimeline(plan, today());
    const frontmatter = state.tokens.findIndex((token) => token.type === 'front_matter');
    const line = frontmatter === -1 ? 0 : (state.tokens[frontmatter].map?.[0] ?? 0);
    const token = new state.Token('html_block', '', 0);
    token.block = true;
    token.map = [line, line + 1];
    // `code-line` and `data-line` let the preview's scroll sync treat the picture as the frontmatter.
    token.content =
      `<figure class="career-plan-timeline code-line" data-line="${escapeXml(String(line))}">\n` +
      `<style>${FIGURE_CSS}</style>\n` +
      `${renderTimelineSvg(timeline, { idPrefix: 'career-plan-preview' })}\n` +
      `<details><summary>The timeline as a list</summary>\n${renderTimelineList(timeline)}\n</details>\n</figure>\n`;
    state.tokens.splice(frontmatter + 1, 0, token);
  });
}
