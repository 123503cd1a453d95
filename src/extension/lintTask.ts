import * as vscode from 'vscode';
import type { Feature } from './feature';
import { readSettings } from './services/settings';

/** The task type package.json's taskDefinitions declares. */
export const LINT_TASK_TYPE = 'career-plan';

interface LintTaskDefinition extends vscode.TaskDefinition {
  readonly command: 'lint';
  readonly args?: readonly string[];
}

/**
 * The "career-plan: lint" task: runs the CLI the workspace has installed (`npx --no-install`, so
 * nothing is fetched from the network) over each folder's plans, and reads its output with the
 * `$career-plan` problem matcher package.json contributes. Without arguments it lints the files the
 * `careerPlan.planFiles` setting names. A browser-only workbench has no shell to run it in.
 */
export const registerLintTask: Feature = (context) => {
  if (vscode.env.uiKind === vscode.UIKind.Web && vscode.env.remoteName === undefined) return;
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(LINT_TASK_TYPE, {
      provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((folder) => lintTask(folder, { type: LINT_TASK_TYPE, command: 'lint' })),
      resolveTask: (task) => {
        const folder = task.scope;
        return typeof folder === 'object' && task.definition.command === 'lint' ? lintTask(folder, task.definition as LintTaskDefinition) : undefined;
      },
    }),
  );
};

function lintTask(folder: vscode.WorkspaceFolder, definition: LintTaskDefinition): vscode.Task {
  // Globs are the CLI's to expand, not the shell's.
  const literal = (value: string): vscode.ShellQuotedString => ({ value, quoting: vscode.ShellQuoting.Strong });
  const args = definition.args ?? ['--no-error-on-unmatched-pattern', ...readSettings(folder.uri).planFiles];
  // Without a cwd the shell starts in the task's folder, whatever file system it is on.
  const execution = new vscode.ShellExecution('npx', ['--no-install', 'career-plan', 'lint', ...args].map(literal));
  return new vscode.Task(definition, folder, 'lint', 'career-plan', execution, '$career-plan');
}
