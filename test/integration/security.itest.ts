// Security in the real editor: plan text that tries to be HTML, a script, a `command:` or
// `javascript:` link or an icon is shown as text in hovers, the milestones view's and the status
// bar's tooltips, the Markdown preview and the timeline webview (whose page allows only its own
// nonce-tagged script and style); and a plan typed quickly ends with exactly the diagnostics of its
// final text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, localToday } from '../../src/core/calendar/dates';
import { diagnosticMessage } from '../../src/extension/services/convert';
import { lintText } from '../../src/core/lint/lint';
import { parsePlan } from '../../src/core/parse/parsePlan';
import { contentSecurityPolicy, timelineContent, timelinePageHtml } from '../../src/extension/timeline/html';
import { activateExtension } from './helpers';
import { closeAll, eventually, keepFixturesUnsaved, openUntitled, planDiagnostics, withSetting, workspaceUri } from './languageHelpers';
import { statusBar, treeRows, type Row } from './viewsHelpers';

const INJECTION = 'security/injection.plan.md';

/** A Markdown link or image that would run something if the Markdown were trusted: `[x](command:…)`. */
const ACTIVE_LINK = /(?<!\\)\]\(\s*<?\s*(command|javascript|vbscript|data):/i;

/** appendText writes spaces as `&nbsp;`; read them as spaces to find the words. */
const readable = (markdown: vscode.MarkdownString) => markdown.value.replace(/&nbsp;/g, ' ');

/** A hover's Markdown content (a MarkedString code block or plain string is not ours). */
function markdownOf(content: vscode.MarkdownString | vscode.MarkedString): vscode.MarkdownString | undefined {
  return typeof content === 'object' && !('language' in content) && typeof content.value === 'string' ? (content as vscode.MarkdownString) : undefined;
}

/** Plan text in a MarkdownString: untrusted, no HTML, no link that runs something. */
function assertInert(markdown: vscode.MarkdownString, where: string): void {
  assert.ok(!markdown.isTrusted, `${where}: isTrusted is ${JSON.stringify(markdown.isTrusted)}`);
  assert.ok(!markdown.supportHtml, `${where}: supportHtml is set`);
  assert.doesNotMatch(markdown.value, ACTIVE_LINK, `${where}: ${markdown.value}`);
}

describe('security', () => {
  before(async () => {
    await keepFixturesUnsaved();
    await activateExtension();
  });
  afterEach(closeAll);

  describe('plan text is shown as text', () => {
    let document: vscode.TextDocument;

    beforeEach(async () => {
      document = await vscode.workspace.openTextDocument(workspaceUri(INJECTION));
      await vscode.window.showTextDocument(document);
      // The store has read the plan once its one finding is in the Problems panel.
      await eventually(() => (planDiagnostics(document.uri).length > 0 ? true : undefined), 'the injection plan to be linted');
    });

    it('in hovers: untrusted Markdown without HTML, every title escaped', async () => {
      const text = document.getText();
      const places = ['2020-03-31', '2020-03-02', '2021-06-30', '2020-01-15', '2020-12-15', 'Acme <svg'];
      let withPlanText = 0;
      for (const place of places) {
        const position = document.positionAt(text.indexOf(place) + 2);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        const ours = hovers.flatMap((hover) => hover.contents.map(markdownOf)).filter((m): m is vscode.MarkdownString => !!m && /Target of|reached|Due date|Key moment|CP\d{3}/.test(readable(m)));
        assert.ok(ours.length > 0, `no hover of ours at ${place}: ${JSON.stringify(hovers.map((h) => h.contents))}`);
        for (const markdown of ours) {
          assertInert(markdown, `hover at ${place}`);
          if (/command:|javascript:|<img|<script|<iframe|<a /.test(readable(markdown))) withPlanText++;
        }
      }
      assert.ok(withPlanText >= 3, `${withPlanText} hovers showed the hostile titles`);
    });

    it('in the milestones view: every tooltip is untrusted Markdown without HTML, titles escaped', async () => {
      const flatten = (rows: Row[]): Row[] => rows.flatMap((row) => [row, ...flatten(row.children)]);
      const rows = await eventually(async () => {
        const all = flatten(await treeRows());
        return all.some((row) => row.label.includes('Acme <svg')) ? all : undefined;
      }, 'the injection plan in the milestones view');
      let withPlanText = 0;
      for (const row of rows) {
        if (!(row.tooltip instanceof vscode.MarkdownString)) continue;
        assertInert(row.tooltip, `tooltip of "${row.label}"`);
        if (/command:|javascript:|<img|<script|<iframe|<svg/.test(readable(row.tooltip))) withPlanText++;
      }
      assert.ok(withPlanText >= 5, `${withPlanText} tooltips showed the hostile titles`);
    });

    it('in the Markdown preview: the timeline figure has no script, handler, link or embedded content', async () => {
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
      const figure = /<figure class="career-plan-timeline[\s\S]*?<\/figure>/.exec(html)?.[0];
      assert.ok(figure, 'no timeline in the preview');
      assert.doesNotMatch(figure, /<(script|img|iframe|a|object|embed|foreignObject)[\s>]/i);
      for (const [, name] of figure.matchAll(/\s([\w:-]+)\s*=\s*"[^"]*"/g)) assert.doesNotMatch(name, /^(on.*|href|src|xlink:href)$/i, name);
      assert.match(figure, /&lt;script&gt;/, 'the title is there, escaped');
    });

    it('in the timeline webview: it opens, and its page allows only its own nonce-tagged script and style', async () => {
      await vscode.commands.executeCommand('careerPlan.showTimeline', document.uri);
      await eventually(() => (vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview)) ? true : undefined), 'the timeline panel');

      // The page the extension's builder makes for this plan, with this editor's real resource origin.
      const probe = vscode.window.createWebviewPanel('careerPlan.securityProbe', 'probe', vscode.ViewColumn.Beside, {});
      try {
        const cspSource = probe.webview.cspSource;
        const nonce = 'c2VjdXJpdHktc3VpdGUtbm9uY2U=';
        const page = timelinePageHtml({ ...timelineContent(parsePlan(document.getText()).plan, localToday()), title: 'Timeline: injection.plan.md', cspSource, nonce });
        const csp = contentSecurityPolicy(cspSource, nonce);
        assert.match(csp, /^default-src 'none';/);
        // Every source is 'none', the nonce, the editor's own resource origin, or data: for images: nothing remote, nothing inline.
        const own = new Set(cspSource.split(/\s+/));
        for (const directive of csp.split(';').map((part) => part.trim()).filter(Boolean)) {
          const [name, ...sources] = directive.split(/\s+/);
          for (const source of sources) {
            const allowed = source === "'none'" || source === `'nonce-${nonce}'` || own.has(source) || (name === 'img-src' && source === 'data:');
            assert.ok(allowed, `${name} allows ${source}`);
          }
          if (name === 'script-src') assert.deepEqual(sources, [`'nonce-${nonce}'`]);
        }
        assert.deepEqual(page.match(/<script[^>]*>/g), [`<script nonce="${nonce}">`]);
        const origins = new Set(page.match(/https?:\/\/[^\s"'<);]+/g) ?? []);
        origins.delete('http://www.w3.org/2000/svg');
        for (const origin of origins) assert.ok(cspSource.includes(origin) || origin.includes(cspSource.replace(/^https?:\/\//, '')), `a remote origin ${origin}`);
        assert.doesNotMatch(page.replace(/<script nonce="[^"]*">[\s\S]*?<\/script>/, ''), /<script|<img|<iframe/);
      } finally {
        probe.dispose();
      }
    });
  });

  it('in the status-bar tooltip: a hostile title is not a link and not trusted', async () => {
    const restore = await withSetting('countdown.scope', 'activePlan');
    try {
      const title = '[Quit](command:workbench.action.quit) <img src=x onerror=alert(1)> $(rocket)';
      await openUntitled(`---\ngoal: Move into engineering management\nsteps:\n  - title: "${title.replace(/"/g, '\\"')}"\n    target: ${addDays(localToday(), -2)}\n---\n`);
      const snapshot = await eventually(async () => {
        const s = await statusBar();
        return s.visible && s.text.includes('Quit') ? s : undefined;
      }, 'the hostile step in the status bar');
      assert.equal(snapshot.tooltipTrusted, false);
      assert.doesNotMatch(snapshot.tooltip ?? '', ACTIVE_LINK);
      assert.doesNotMatch(snapshot.text, /(?<!\\)\$\(rocket\)/, 'the icon syntax in the title is escaped');
    } finally {
      await restore();
    }
  });

  describe('a plan typed quickly', () => {
    /** Our diagnostics as comparable lines, and the same for the findings of a text. */
    const shown = (uri: vscode.Uri) =>
      planDiagnostics(uri)
        .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${typeof d.code === 'object' ? d.code.value : d.code} ${d.message}`)
        .sort();
    const expected = (text: string) =>
      lintText(text, { today: localToday() })
        .findings.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.ruleId} ${diagnosticMessage(f)}`)
        .sort();

    async function settled(editor: vscode.TextEditor): Promise<void> {
      const text = editor.document.getText();
      await eventually(() => (JSON.stringify(shown(editor.document.uri)) === JSON.stringify(expected(text)) ? true : undefined), 'diagnostics matching the final text', 10_000).catch((error) => {
        throw new Error(`${(error as Error).message}\nshown:    ${JSON.stringify(shown(editor.document.uri))}\nexpected: ${JSON.stringify(expected(text))}`);
      });
      // And they stay so: no late result of an older text lands afterwards.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      assert.deepEqual(shown(editor.document.uri), expected(text));
    }

    it('keystroke by keystroke ends with exactly the diagnostics of its final text', async () => {
      const editor = await openUntitled('');
      const final = ['---', 'goal: Become engineering manager of the payments team at Acme by 2030', 'taget: 2027-02-30', 'steps:', '  - title: Team lead', '    target: 2027-02-30', '  - Group manager', '---', '', '# Notes', ''].join('\n');
      for (const char of final) await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), char), { undoStopBefore: false, undoStopAfter: false });
      await settled(editor);
    });

    it('a burst of edits that breaks and then repairs the plan leaves no diagnostic of the broken text', async () => {
      const editor = await openUntitled(['---', 'goal: Become engineering manager of the payments team at Acme by 2030', 'steps:', '  - title: Team lead', '    target: 2029-01-31', '---', ''].join('\n'));
      await settled(editor);
      const doc = editor.document;
      for (let round = 0; round < 10; round++) {
        // Break the YAML (an unclosed flow list, an impossible date), then undo the damage, without waiting.
        await editor.edit((edit) => edit.insert(doc.positionAt(doc.getText().indexOf('Team lead')), '[{'));
        await editor.edit((edit) => edit.replace(new vscode.Range(doc.positionAt(doc.getText().indexOf('2029-01-31')), doc.positionAt(doc.getText().indexOf('2029-01-31') + 10)), '2029-02-31'));
        await editor.edit((edit) => edit.delete(new vscode.Range(doc.positionAt(doc.getText().indexOf('[{')), doc.positionAt(doc.getText().indexOf('[{') + 2))));
        await editor.edit((edit) => edit.replace(new vscode.Range(doc.positionAt(doc.getText().indexOf('2029-02-31')), doc.positionAt(doc.getText().indexOf('2029-02-31') + 10)), '2029-01-31'));
      }
      await settled(editor);
      assert.ok(!shown(doc.uri).some((line) => / CP00[24] /.test(line)), 'a diagnostic of a broken intermediate text');
    });
  });
});
