import * as vscode from 'vscode';
import type { SeveritySetting } from '../../core/format/severity';
import type { LintConfig } from '../../core/lint/config';
import type { LintOptions } from '../../core/rules/options';

/** Every `careerPlan.*` setting, read in one place. */
export interface Settings {
  readonly planFiles: readonly string[];
  readonly lint: LintConfig & { readonly options: LintOptions };
  readonly reminderLeadDays: number;
  readonly countdownScope: 'workspace' | 'activePlan';
  /** The status-bar text: `{title}`, `{days}` and `{date}` stand for the next target's. */
  readonly countdownFormat: string;
  /** Lint while typing (debounced); when false, only on open and save. */
  readonly lintOnType: boolean;
  readonly remindersEnabled: boolean;
  /** How many days the Snooze button of a reminder keeps reminders quiet. */
  readonly snoozeDays: number;
}

const SECTION = 'careerPlan';

/**
 * The settings that apply to `scope`. Resource settings are read for it (null: for any resource, as
 * VS Code asks when there is none), window settings without it: asking either the other way logs
 * a warning in the extension host for every read.
 *
 * No default is written here: package.json's contributes.configuration is the one place defaults
 * are written, and VS Code answers with that default for a setting nobody set (as rust-analyzer's
 * config.ts relies on). Code that runs without VS Code has them from core/settingDefaults.ts,
 * generated from package.json.
 */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  const window = vscode.workspace.getConfiguration(SECTION);
  return {
    planFiles: get(config, 'planFiles'),
    lint: {
      rules: get<Record<string, SeveritySetting | boolean>>(config, 'rules'),
      options: {
        focusLimit: get(config, 'focusLimit'),
        minMonthsBetweenSteps: get(config, 'minMonthsBetweenSteps'),
        momentPrepDays: get(config, 'momentPrepDays'),
      },
    },
    reminderLeadDays: get(config, 'reminderLeadDays'),
    countdownScope: get(window, 'countdown.scope'),
    countdownFormat: get(window, 'countdown.format'),
    lintOnType: get(config, 'lint.onType'),
    remindersEnabled: get(window, 'reminders.enabled'),
    snoozeDays: get(window, 'reminders.snoozeDays'),
  };
}

/** A contributed setting always has a value: the user's, or package.json's default. */
function get<T>(config: vscode.WorkspaceConfiguration, key: string): T {
  return config.get<T>(key) as T;
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

/** careerPlan.planFiles changed: which files are plans by their name may have. */
export function affectsPlanFiles(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.planFiles`);
}
