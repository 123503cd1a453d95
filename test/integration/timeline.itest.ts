// The timeline side in a real VS Code: the webview panel, the calendar export and the Markdown
// preview plugin, each driven through its command.
import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import { planEvents } from '../../src/core/ics/calendar';
import { parsePlan } from '../../src/core/parse/parsePlan';
import { activateExtension, openPlan } from './helpers';

const isTimelineTab = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('careerPlan.timeline');
const timelineTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.filter(isTimelineTab).map((tab) => ({ tab, group })));

async function eventually<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('timeline', () => {
  before(activateExtension);
  after(async () => {
    await vscode.window.tabGroups.close(timelineTabs().map(({ tab }) => tab));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show Timeline opens a webview beside the plan, titled after it', async () => {
    const editor = await openPlan();
    await vscode.commands.executeCommand('careerPlan.showTimeline');
    const { tab, group } = await eventually(() => timelineTabs()[0], 'the timeline tab');
    assert.equal(tab.label, 'Timeline: career-plan.md');
    assert.notEqual(group.viewColumn, editor.viewColumn);
  });

  it('Show Timeline again, for the same or another plan, keeps one panel', async () => {
    const plan = (await openPlan()).document.uri;
    await vscode.commands.executeCommand('careerPlan.showTimeline', plan);
    await vscode.commands.executeCommand('careerPlan.showTimeline');
    assert.equal(timelineTabs().length, 1);
  });

  it('Export to Calendar writes an .ics file that an iCalendar parser reads, with the plan\'s UIDs', async () => {
    const plan = (await openPlan()).document;
    const target = vscode.Uri.file(path.join(tmpdir(), `career-plan-${process.pid}-${Date.now()}.ics`));
    const written = await vscode.commands.executeCommand<vscode.Uri>('careerPlan.exportCalendar', plan.uri, target);
    assert.equal(written?.toString(), target.toString());
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      const expected = planEvents(parsePlan(plan.getText()).plan, 'career-plan.md');
      assert.deepEqual(events.map((event) => event.uid), expected.map((event) => event.uid));
      assert.deepEqual(events.map((event) => event.startDate.toString()), expected.map((event) => event.date));
      assert.ok(events.every((event) => event.startDate.isDate));
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });

  it("VS Code's Markdown preview engine draws the timeline in place of the hidden frontmatter", async () => {
    const plan = (await openPlan()).document;
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', plan);
    // First thing in the page, after the empty marker the preview renders for the frontmatter itself.
    assert.match(html, /^(<div [^>]*><\/div>\n)?<figure class="career-plan-timeline code-line" data-line="0">/);
    assert.ok(html.indexOf('<figure') < html.indexOf('<h1'));
    assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="cp-timeline"/);
    assert.doesNotMatch(html, /^goal:/m);
  });
});
