import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { countdownText, escapeIcons } from '../../../src/core/schedule/countdown';
import { planEvents, writeCalendar } from '../../../src/core/ics/calendar';
import { dueReminders, reminderMessage } from '../../../src/core/schedule/reminders';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { SETTING_DEFAULTS } from '../../../src/core/settings/defaults';
import { escapeXml } from '../../../src/core/timeline/escape';
import { renderTimelineList } from '../../../src/core/timeline/list';
import { renderTimelineMermaid } from '../../../src/core/timeline/mermaid';
import { buildTimeline } from '../../../src/core/timeline/model';
import { renderTimelineSvg } from '../../../src/core/timeline/svg';
import { markdownPreview } from '../../../src/extension/markdownPreview';
import { contentSecurityPolicy, timelineContent, timelinePageHtml } from '../../../src/extension/timeline/html';
import { runCli } from '../cli/runCli';
import { planText, tidyPlanText, today } from '../properties/arbitraries';
import { hostile } from '../properties/arbitraries/scalars';
import { PROPERTY_SEED } from '../properties/budget';
import { REGRESSIONS_DIR } from '../properties/regressionStore';
import { parseXml, type XmlNode } from '../timeline/xml';

/**
 * Nothing a plan says is ever taken as markup, a link, a command, an icon or a terminal control:
 * for random plans full of `<script>`, `<img onerror>`, `javascript:` and `command:` links, quotes
 * and ampersands, every place plan text is written into another language keeps it as text. The
 * timeline's own example tests (test/unit/timeline/) check the exact output; these check the
 * promise over any plan.
 */
const RUNS = 300;

/** Plans whose frontmatter reads (so there is a timeline), with hostile text in every title. */
const plans = fc.oneof(tidyPlanText, planText).map((text) => parsePlan(text));

/** Every element the timeline ever draws: anything else came from plan text. */
const TIMELINE_ELEMENTS = new Set(['svg', 'g', 'title', 'desc', 'text', 'tspan', 'line', 'rect', 'circle', 'path', 'polygon', 'polyline', 'ul', 'ol', 'li', 'p', 'strong', 'span', 'button', 'details', 'summary', 'figure', 'style', 'div', 'main', '#text']);

function checkMarkup(node: XmlNode, where: string): void {
  assert.ok(TIMELINE_ELEMENTS.has(node.name), `${where}: a <${node.name}> element`);
  for (const [name, value] of Object.entries(node.attributes)) {
    assert.doesNotMatch(name, /^on/i, `${where}: an event handler attribute ${name}`);
    assert.ok(!['href', 'src', 'xlink:href', 'action', 'formaction', 'style'].includes(name.toLowerCase()), `${where}: a ${name} attribute`);
    assert.doesNotMatch(value, /^\s*(javascript|command|data|vbscript):/i, `${where}: ${name}="${value}"`);
  }
  for (const child of node.children) checkMarkup(child, where);
}

/** A Mermaid gantt line is one of the chart's own statements or a task, never a click, directive or style. */
const MERMAID_STATEMENT = /^(gantt|    (title|accTitle:|accDescr:|dateFormat|axisFormat|todayMarker|section) .*|    [^:\n]+ :[^\n]*)$/;
const MERMAID_FORBIDDEN = /^\s*(click|call|href|%%|classDef|class|style|linkStyle|---|init)\b/;

/** The properties an iCalendar line may start with; a plan text smuggling in a line break would add another. */
const ICS_PROPERTIES = /^(BEGIN|END|VERSION|PRODID|CALSCALE|X-WR-CALNAME|UID|DTSTAMP|DTSTART|DTEND|RRULE|SUMMARY|DESCRIPTION|CATEGORIES|TRANSP)[;:]/;

describe('security: plan text is never injected', function () {
  this.timeout(60_000);

  it('escapeXml leaves no markup character and no character XML cannot hold', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostile), (text) => {
        const escaped = escapeXml(text);
        assert.doesNotMatch(escaped, /[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
        assert.doesNotMatch(escaped, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
        assert.equal((escaped as string & { isWellFormed(): boolean }).isWellFormed(), true);
      }),
      { numRuns: 2000, seed: PROPERTY_SEED },
    );
  });

  it(`the timeline (SVG, list, webview page, Markdown preview) draws plan text as text (${RUNS} plans)`, () => {
    const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
    const nonce = 'dGhlLW5vbmNlLW9mLWEtdGVzdA==';
    const preview = markdownPreview(() => '2026-06-15').extendMarkdownIt(new MarkdownIt({ html: true }));
    fc.assert(
      fc.property(plans, today, (parsed, day) => {
        const timeline = buildTimeline(parsed.plan, day);
        for (const interactive of [false, true]) {
          checkMarkup(parseXml(renderTimelineSvg(timeline, { interactive })), 'svg');
          checkMarkup(parseXml(`<div>${renderTimelineList(timeline, { interactive })}</div>`), 'list');
        }
        const page = timelinePageHtml({ ...timelineContent(parsed.plan, day), title: 'Timeline: <img src=x onerror=alert(1)>', cspSource, nonce });
        assert.deepEqual(page.match(/<script[^>]*>/g), [`<script nonce="${nonce}">`]);
        assert.deepEqual(page.match(/<style[^>]*>/g), [`<style nonce="${nonce}">`]);
        assert.ok(page.includes(`content="${escapeXml(contentSecurityPolicy(cspSource, nonce))}"`), 'the nonce CSP');
        assert.deepEqual([...new Set(page.match(/https?:\/\/[^\s"'<)]+/g))].sort(), [cspSource, 'http://www.w3.org/2000/svg'].sort(), 'no remote source');
        // Attribute names of every tag (values are quoted and escaped, so a quote ends them).
        for (const [, name] of page.matchAll(/\s([\w:-]+)\s*=\s*"[^"]*"/g)) assert.doesNotMatch(name, /^(on.*|src|href|xlink:href|style)$/i, name);

        const html = preview.render(parsed.text);
        const figure = /<figure[\s\S]*?<\/figure>/.exec(html)?.[0];
        if (figure) checkMarkup(parseXml(figure), 'preview');
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });

  it(`the Mermaid chart and the calendar file keep plan text inside its own statement (${RUNS} plans)`, () => {
    fc.assert(
      fc.property(plans, today, (parsed, day) => {
        const timeline = buildTimeline(parsed.plan, day);
        for (const line of renderTimelineMermaid(timeline).trimEnd().split('\n')) {
          assert.match(line, MERMAID_STATEMENT, `a Mermaid line of its own: ${JSON.stringify(line)}`);
          assert.doesNotMatch(line.replace(/^ {4}/, ''), MERMAID_FORBIDDEN, `a Mermaid directive: ${JSON.stringify(line)}`);
        }
        const fileName = 'career-plan.md\r\nATTACH:https://evil.invalid';
        const ics = writeCalendar(planEvents(parsed.plan, fileName), { fileName, dtstamp: '20260615T000000Z' });
        const unfolded = ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
        for (const line of unfolded) assert.match(line, ICS_PROPERTIES, `an iCalendar line of its own: ${JSON.stringify(line)}`);
        assert.equal(unfolded.filter((line) => line === 'BEGIN:VEVENT').length, unfolded.filter((line) => line === 'END:VEVENT').length);
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });

  it('the status-bar countdown shows no icon but its own, whatever the title', () => {
    const ICON = /(?<!\\)\$\([a-z0-9-]+(?:~[a-z0-9-]+)?\)/gi;
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostile, fc.constantFrom('$(rocket) lead', '\\$(x)', '$(sync~spin)', '\\\\$(rocket)', '$($(x))')), (title) => {
        const text = `$(milestone) ${countdownText({ kind: 'step', title: escapeIcons(title), date: '2027-01-01', daysLeft: 3 } as Parameters<typeof countdownText>[0], SETTING_DEFAULTS['countdown.format'])}`;
        assert.deepEqual(text.match(ICON), ['$(milestone)'], text);
      }),
      { numRuns: 2000, seed: PROPERTY_SEED },
    );
  });

  it('reminder notifications carry no link a title could slip in (notification-links.md)', () => {
    // VS Code's notifications turn `[label](command:…)` into a link that runs the command (with commands allowed).
    const NOTIFICATION_LINK = /\[[^\]]+\]\((?:https?:|command:|file:)[^)\s]+\)/i;
    const { plan } = parsePlan(readFileSync(path.join(REGRESSIONS_DIR, 'notification-links.md'), 'utf8'));
    const reminders = dueReminders([{ key: 'plan', name: '[x](command:workbench.action.quit).md', plan }], '2026-06-15', 14, {});
    assert.ok(reminders.length > 0);
    for (const [i, title] of ['Review [details](command:workbench.action.quit)', 'Team lead: [open the plan](command:workbench.action.terminal.sendSequence?'].entries()) {
      const message = reminderMessage(reminders.slice(i));
      assert.doesNotMatch(message, NOTIFICATION_LINK, message);
      assert.ok(message.replaceAll('\u200b', '').includes(title), `the title still reads as written: ${message}`);
    }
  });

  describe('the command line writes no terminal control character from a plan', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-security-'));
    writeFileSync(path.join(dir, 'career-plan.md'), readFileSync(path.join(REGRESSIONS_DIR, 'terminal-escape.md'), 'utf8'));
    // C1's one-character CSI, BEL, backspace, a carriage return, DEL and a right-to-left override, in a file whose name starts a colour.
    const C1_PLAN = '\x1b[31mred.md';
    writeFileSync(path.join(dir, C1_PLAN), '---\ngoal: "Lead \\x9b2J a team\\a\\b by 2030"\ntarget: 2030-06-30\nsteps:\n  - title: "Team\\r lead\\x7f\\u202e"\n    target: 2027-01-01\n  - title: "Staff \\x9b31m engineer"\n---\n');
    /** Anything below a space but the line breaks: ESC starts colour, title, hyperlink and screen-clearing sequences. */
    const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;
    /** What a terminal acts on, C1 included, or reorders a line by; tabs and line feeds only lay text out. */
    const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

    const output = async (args: string[], file = 'career-plan.md') => {
      const { out, err } = await runCli([...args, '--today', '2026-06-15', file], dir);
      return out + err;
    };

    for (const args of [['timeline', '--format', 'mermaid'], ['timeline', '--format', 'svg'], ['export', '--format', 'ics']]) {
      it(`career-plan ${args.join(' ')}`, async () => {
        const out = await output(args);
        assert.ok(out.length > 0);
        assert.doesNotMatch(out, CONTROL, JSON.stringify(out.match(CONTROL)?.[0]));
      });
    }

    for (const args of [['lint'], ['next'], ['lint', '--format', 'json'], ['next', '--format', 'json']]) {
      it(`career-plan ${args.join(' ')} (terminal-escape.md, and C1 controls in a plan and a file name)`, async () => {
        for (const file of ['career-plan.md', C1_PLAN]) {
          const out = await output(args, file);
          assert.ok(out.length > 0);
          assert.doesNotMatch(out, TERMINAL_CONTROL, `${file}: ${JSON.stringify(out.match(TERMINAL_CONTROL)?.[0])}`);
        }
      });
    }

    it('the text output shows the control characters it leaves out', async () => {
      assert.match(await output(['lint']), /Team \\x1b\]8;;https:\/\/evil\.invalid\\x1b\\lead/);
      assert.match(await output(['next'], C1_PLAN), /^\\x1b\[31mred\.md\n {2}next: Team\\x0d lead\\x7f\\u202e \(step\)/);
    });

    it('the JSON output keeps every value as the plan wrote it', async () => {
      const [next] = JSON.parse(await output(['next', '--format', 'json'], C1_PLAN)) as { file: string; next: { title: string } }[];
      assert.deepEqual([next.file, next.next.title], [C1_PLAN, 'Team\r lead\x7f\u202e']);
      const findings = JSON.parse(await output(['lint', '--format', 'json'], C1_PLAN)) as { message: string }[];
      assert.ok(findings.some((finding) => finding.message.includes('Staff \x9b31m engineer')), 'a finding quotes the step with its C1 control');
    });

    it('an error message shows the control characters of what it quotes', async () => {
      const out = await output(['lint'], 'missing\x1b]0;pwned\x07.md');
      assert.doesNotMatch(out, TERMINAL_CONTROL);
      assert.match(out, /missing\\x1b\]0;pwned\\x07\.md: no such file or folder/);
    });
  });
});
