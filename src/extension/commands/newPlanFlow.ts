import { oneLine } from '../../core/document/oneLine';
import * as vscode from 'vscode';
import { addMonths, isIsoDate, type IsoDate } from '../../core/calendar/dates';
import { newPlanText, type NewPlanAnswers } from '../../core/coach/newPlan';
import { askDate, askText, mayWrite } from '../services/ask';

/** How many steps the guided flow asks for at most; more can be added later. */
const MAX_STEPS = 8;

/**
 * "New Career Plan": a short guided flow (goal, its date, the steps with their dates until an empty
 * answer, the biggest gap) that writes a valid plan into a new untitled file or a file the person
 * chooses. Answers may be passed as an argument to skip the questions (`where` then defaults to
 * untitled). Its own file, loaded when first run (esbuild.js, LAZY_EXTENSION).
 */
export async function newPlan(today: IsoDate, given?: unknown): Promise<vscode.Uri | undefined> {
  const passed = given === undefined ? undefined : checkedAnswers(given);
  if (given !== undefined && !passed) return undefined;
  const answers = passed ?? (await ask(today));
  if (!answers) return undefined;
  const content = newPlanText(answers, { today });
  const where = passed ? passed.where : await askWhere();
  if (!where || (passed && where !== 'untitled' && !(await mayWrite(where)))) return undefined;
  const document =
    where === 'untitled'
      ? await vscode.workspace.openTextDocument({ language: 'markdown', content })
      : await writeFile(where, content);
  await vscode.window.showTextDocument(document);
  return document.uri;
}

/**
 * Answers passed as the command's argument, checked as if typed: text on one line, dates that are
 * calendar days, a destination that is a URI. Undefined (nothing written) when any is not.
 */
function checkedAnswers(given: unknown): (NewPlanAnswers & { where: 'untitled' | vscode.Uri }) | undefined {
  if (typeof given !== 'object' || given === null) return undefined;
  const value = given as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' && field.trim() !== '' ? oneLine(field) : undefined);
  const date = (field: unknown) => (field === undefined ? null : typeof field === 'string' && isIsoDate(field) ? field : undefined);
  const goal = text(value.goal);
  const target = date(value.target);
  const gap = value.gap === undefined ? null : text(value.gap);
  const where = value.where === undefined ? 'untitled' : value.where === 'untitled' || value.where instanceof vscode.Uri ? value.where : undefined;
  const steps = Array.isArray(value.steps) ? value.steps.map((step: unknown) => {
    const item = (typeof step === 'object' && step !== null ? step : {}) as Record<string, unknown>;
    return { title: text(item.title), target: date(item.target) };
  }) : value.steps === undefined ? [] : undefined;
  if (!goal || target === undefined || gap === undefined || !where || !steps || steps.some((step) => !step.title || step.target === undefined)) return undefined;
  return { goal, target: target ?? undefined, gap: gap ?? undefined, where, steps: steps.map((step) => ({ title: step.title!, target: step.target ?? undefined })) };
}

async function ask(today: IsoDate): Promise<NewPlanAnswers | undefined> {
  const title = (step: number) => vscode.l10n.t('New Career Plan ({0})', step);
  const goal = await askText(title(1), vscode.l10n.t('Your long-term career goal, in one sentence: which role, where, how you will know.'), vscode.l10n.t('Lead a product engineering team of 6–8 people'), true);
  if (!goal) return undefined;
  const target = await askDate(title(2), vscode.l10n.t('When do you want to be there?'), addMonths(today, 36));
  if (target === undefined) return undefined;

  const steps: { title: string; target?: IsoDate }[] = [];
  let previous = today;
  while (steps.length < MAX_STEPS) {
    const step = await vscode.window.showInputBox({
      title: title(3),
      prompt: vscode.l10n.t('Step {0}: a role, level or milestone on the way, in order. Leave empty when done.', steps.length + 1),
      placeHolder: steps.length === 0 ? vscode.l10n.t('Tech lead of my current team') : vscode.l10n.t('Next step, or empty to go on'),
    });
    if (step === undefined) return undefined;
    if (step.trim() === '') break;
    const date = await askDate(title(3), vscode.l10n.t('When do you mean to reach "{0}"?', step.trim()), addMonths(previous, 12));
    if (date === undefined) return undefined;
    if (date) previous = date;
    steps.push({ title: step.trim(), target: date ?? undefined });
  }

  const gap = await askText(title(4), vscode.l10n.t('The skill gap that stands most in your way (optional): you will work on it first.'), vscode.l10n.t('Giving useful feedback'), false);
  if (gap === undefined) return undefined;
  return { goal, target: target ?? undefined, steps, gap: gap || undefined };
}

async function askWhere(): Promise<'untitled' | vscode.Uri | undefined> {
  const untitled = { label: vscode.l10n.t('New untitled file'), description: vscode.l10n.t('save it where you like later') };
  const file = { label: vscode.l10n.t('Save as…'), description: vscode.l10n.t('career-plan.md in a folder you choose') };
  const choice = await vscode.window.showQuickPick([untitled, file], { title: vscode.l10n.t('New Career Plan'), placeHolder: vscode.l10n.t('Where should the plan go?') });
  if (choice === untitled) return 'untitled';
  if (choice !== file) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'career-plan.md') : undefined,
    filters: { Markdown: ['md'] },
    saveLabel: vscode.l10n.t('Create plan'),
  });
}

/** Writes the file (the save dialog, or mayWrite for a destination passed in, has asked before replacing one) and opens it. */
async function writeFile(uri: vscode.Uri, content: string): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.workspace.openTextDocument(uri);
}
