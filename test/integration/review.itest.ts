// "Start Review…" in a real VS Code, driven the way a keyboard drives it: the arrow key (Quick Open's
// Select Next), Enter (Accept Selected) and Escape (Close Quick Open) on the quick picks and input
// boxes the review shows. A whole review writes the plan byte for byte as one edit that one undo
// takes back; Escape at a question in the middle writes nothing. The command also comes with CP605's
// quick fix and with the status bar while the review is due.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addMonths } from '../../src/core/calendar/dates';
import { REVIEW_QUESTION_COMMAND, START_REVIEW_COMMAND } from '../../src/extension/commands/startReview';
import type { QuestionSnapshot } from '../../src/extension/services/questions';
import { activateExtension } from './helpers';
import { closeAll, codeOf, diagnosticsWhen, eventually, hasRule, openUntitled, today, withSetting } from './languageHelpers';
import { statusBar } from './viewsHelpers';

/** A plan whose review is overdue, its dates counted from the real day (the extension's clock in these runs). */
function planText(day: string): string {
  return [
    '---',
    'goal: Become head of design at a product company by 2030 # the big one',
    'values: [craft, family time]',
    `review: { every: 3 months, last: ${addMonths(day, -6)} }`,
    'steps:',
    '  - title: Design lead of the checkout team',
    `    target: ${addMonths(day, 2)}`,
    '  - title: Design manager',
    `    target: ${addMonths(day, 14)} # agreed with Dana`,
    'gaps:',
    '  - title: Hiring designers',
    '    status: active',
    '    actions: [Sit in on five portfolio reviews]',
    '  - Running design critiques   # never done one',
    '---',
    '',
    '# Notes',
    '',
    'Kept as written.',
    '',
  ].join('\n');
}

const question = (): Thenable<QuestionSnapshot | undefined> => vscode.commands.executeCommand<QuestionSnapshot | undefined>(REVIEW_QUESTION_COMMAND);

/** Waits for the question with this title whose prompt says `prompt`, shown and ready for keys. */
async function waitFor(title: string, prompt: string): Promise<QuestionSnapshot> {
  const shown = await eventually(async () => {
    const current = await question();
    // A pick is on screen once it reports the choice its arrows are on.
    return current?.title === title && current.prompt.includes(prompt) && (current.kind === 'text' || current.active !== undefined) ? current : undefined;
  }, `the question "${title}: ${prompt}"`).catch(async (error) => {
    throw new Error(`${(error as Error).message}; on screen: ${JSON.stringify(await question())}`);
  });
  // An input box reports nothing when it shows: give it the moment a person would take to read it.
  if (shown.kind === 'text') await new Promise((resolve) => setTimeout(resolve, 300));
  return shown;
}

/** The arrow key until `label` is the active choice, then Enter. */
async function choose(title: string, prompt: string, label: string): Promise<void> {
  let current = await waitFor(title, prompt);
  assert.ok(current.choices?.includes(label), `"${label}" is not among ${JSON.stringify(current.choices)}`);
  for (let moves = 0; current.active !== label; moves++) {
    assert.ok(moves <= (current.choices?.length ?? 0), `the arrows never reached "${label}"`);
    const before = current.active;
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    const number = current.number;
    current = await eventually(async () => {
      const now = await question();
      return now?.number === number && now.active !== before ? now : undefined;
    }, `the arrows to move past "${before}"`);
  }
  await enter(current);
}

/** Enter on an input box, as it reads (empty, or the value it offers). */
async function type(title: string, prompt: string): Promise<void> {
  await enter(await waitFor(title, prompt));
}

async function enter(current: QuestionSnapshot): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await eventually(async () => ((await question())?.number !== current.number ? true : undefined), `an answer to "${current.prompt}"`);
}

describe('review: Start Review…', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('walks a whole review by keyboard and writes the plan byte for byte, as one edit that one undo takes back', async function () {
    this.timeout(60_000);
    const day = today();
    const before = planText(day);
    const editor = await openUntitled(before);
    await diagnosticsWhen(editor.document.uri, hasRule('CP605'), 'CP605');
    const running = vscode.commands.executeCommand<boolean>(START_REVIEW_COMMAND, editor.document.uri);

    await choose('Plan review · Step 1 of 2', 'Have you reached “Design lead of the checkout team”', '$(check) Reached today');
    await choose('Plan review · Step 2 of 2', 'Have you reached “Design manager”', 'Not yet');
    await choose('Plan review · Step 2 of 2', 'still the right target for “Design manager”', `Move to ${addMonths(addMonths(day, 14), 3)}`);
    await choose('Plan review · Gap 1 of 2', 'Have you closed the gap “Hiring designers”', '$(check) Closed today');
    await choose('Plan review · Gap 2 of 2', 'Have you closed the gap “Running design critiques”', 'Still open');
    await type('Plan review · Gap 2 of 2', 'next action on “Running design critiques”');
    await type('Plan review · Key people', 'Whom did you ask');
    await type('Plan review · Key people', 'A gap someone named');
    await type('Plan review · Wins', 'What went well since the last review');
    await choose('Plan review · Goal', 'Does your goal still hold?', 'Yes, it still holds');
    assert.equal(await running, true);

    const after = before
      .replace(`last: ${addMonths(day, -6)} }`, `last: ${day} }`)
      .replace(`    target: ${addMonths(day, 2)}\n`, `    target: ${addMonths(day, 2)}\n    done: ${day}\n`)
      .replace(`    target: ${addMonths(day, 14)} # agreed`, `    target: ${addMonths(addMonths(day, 14), 3)} # agreed`)
      .replace('    status: active\n', `    status: closed\n    closed: ${day}\n`)
      .replace(
        'Kept as written.\n',
        [
          'Kept as written.',
          '',
          '## Reviews',
          '',
          `### Review ${day}`,
          `- Reached: Design lead of the checkout team (${day})`,
          `- Moved: Design manager: ${addMonths(day, 14)} → ${addMonths(addMonths(day, 14), 3)}`,
          '- Closed: Hiring designers',
          '- Goal: still holds',
          '',
        ].join('\n'),
      );
    assert.equal(editor.document.getText(), after);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('writes nothing when the person presses Escape at a question in the middle', async function () {
    this.timeout(30_000);
    const before = planText(today());
    const editor = await openUntitled(before);
    await diagnosticsWhen(editor.document.uri, hasRule('CP605'), 'CP605');
    const version = editor.document.version;
    const running = vscode.commands.executeCommand<boolean>(START_REVIEW_COMMAND, editor.document.uri);
    await choose('Plan review · Step 1 of 2', 'Have you reached', '$(check) Reached today');
    await choose('Plan review · Step 2 of 2', 'Have you reached', 'Not yet');
    await waitFor('Plan review · Step 2 of 2', 'still the right target');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, false);
    assert.equal(await question(), undefined);
    assert.equal(editor.document.version, version);
    assert.equal(editor.document.getText(), before);
  });

  it('is the preferred quick fix of the review-overdue finding', async () => {
    const editor = await openUntitled(planText(today()));
    const [overdue] = (await diagnosticsWhen(editor.document.uri, hasRule('CP605'), 'CP605')).filter((d) => codeOf(d) === 'CP605');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, overdue.range)) ?? [];
    const review = actions.find((action) => action.title === 'Start the review…');
    assert.ok(review, actions.map((action) => action.title).join(' | '));
    assert.equal(review.isPreferred, true);
    assert.equal(review.command?.command, START_REVIEW_COMMAND);
    assert.equal((review.command?.arguments?.[0] as vscode.Uri).toString(), editor.document.uri.toString());
  });

  it('is offered in the status bar while the plan’s review is due', async () => {
    const restore = await withSetting('countdown.scope', 'activePlan');
    try {
      const editor = await openUntitled(planText(today()));
      const snapshot = await eventually(async () => {
        const current = await statusBar();
        return current.review?.visible && String(current.review.command?.arguments?.[0]) === editor.document.uri.toString() ? current : undefined;
      }, 'the review item');
      assert.equal(snapshot.review?.text, '$(checklist) Review due');
      assert.equal(snapshot.review?.command?.command, START_REVIEW_COMMAND);
      assert.match(String(snapshot.review?.tooltip), /was due/);
    } finally {
      await restore();
    }
  });
});
