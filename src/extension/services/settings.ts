import * as vscode from 'vscode';
import type { ConfigLayer } from '../../core/config/merge';
import type { LintOptions } from '../../core/rules/options';

/** Every `careerPlan.*` setting, read in one place. */
export interface Settings {
  readonly planFiles: readonly string[];
  /**
   * The rule severities, and the options someone has set (at any level): layered over the
   * `.career-plan.json` files, so a default the settings merely carry must not hide them.
   */
  readonly lint: ConfigLayer;
  readonly reminderLeadDays: number;
  readonly countdownScope: 'workspace' | 'activePlan';
  /** The status-bar text: `{title}`, `{days}` and `{date}` stand for the next target's. */
  readonly countdownFormat: string;
  /** Lint while typing (debounced); when false, only on open and save. */
  readonly lintOnType: boolean;
  /** Open plans' goals read as sentences too (the sentence encoder, Node host). */
  readonly lintReadSentences: boolean;
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
 * config.ts relies on). Code that runs without VS Code has them from core/settings/defaults.ts,
 * generated from package.json.
 */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  const window = vscode.workspace.getConfiguration(SECTION);
  return {
    planFiles: get(config, 'planFiles'),
    lint: {
      rules: get<Record<string, unknown>>(config, 'rules'),
      options: {
        focusLimit: ifSet(config, 'focusLimit'),
        minMonthsBetweenSteps: ifSet(config, 'minMonthsBetweenSteps'),
        momentPrepDays: ifSet(config, 'momentPrepDays'),
      },
    },
    reminderLeadDays: get(config, 'reminderLeadDays'),
    countdownScope: get(window, 'countdown.scope'),
    countdownFormat: get(window, 'countdown.format'),
    lintOnType: get(config, 'lint.onType'),
    lintReadSentences: get(window, 'lint.readSentences'),
    remindersEnabled: get(window, 'reminders.enabled'),
    snoozeDays: get(window, 'reminders.snoozeDays'),
  };
}

/**
 * careerPlan.planFiles alone: asked for each file a scan or the watcher looks at, where the rest of
 * readSettings (its `inspect`s above all) costs more than reading the file's head (issue 23).
 */
export function readPlanFiles(scope: vscode.ConfigurationScope): readonly string[] {
  return get(vscode.workspace.getConfiguration(SECTION, scope), 'planFiles');
}

/** A contributed setting always has a value: the user's, or package.json's default. */
function get<T>(config: vscode.WorkspaceConfiguration, key: string): T {
  return config.get<T>(key) as T;
}

/** A setting's value when someone set it, in any settings file or for any language; undefined when it is only package.json's default. */
function ifSet<K extends keyof LintOptions>(config: vscode.WorkspaceConfiguration, key: K): LintOptions[K] | undefined {
  const set = config.inspect<LintOptions[K]>(key);
  const values = [set?.globalValue, set?.workspaceValue, set?.workspaceFolderValue, set?.globalLanguageValue, set?.workspaceLanguageValue, set?.workspaceFolderLanguageValue];
  return values.some((value) => value !== undefined) ? get<LintOptions[K]>(config, key) : undefined;
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

/** careerPlan.planFiles changed: which files are plans by their name may have. */
export function affectsPlanFiles(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.planFiles`);
}
