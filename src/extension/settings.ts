import * as vscode from 'vscode';
import { DEFAULT_PLAN_GLOBS } from '../core/detect';
import type { LintConfig, SeveritySetting } from '../core/lint/config';

/** Every `careerPlan.*` setting, read in one place with its default. */
export interface Settings {
  readonly planFiles: readonly string[];
  readonly lint: LintConfig;
  readonly reminderLeadDays: number;
  readonly countdownScope: 'workspace' | 'activePlan';
  /** The status-bar text: `{title}`, `{days}` and `{date}` stand for the next target's. */
  readonly countdownFormat: string;
  /** Lint while typing (debounced); when false, only on open and save. */
  readonly lintOnType: boolean;
}

export const SECTION = 'careerPlan';
export const DEFAULT_COUNTDOWN_FORMAT = '{title} · {days}';

/**
 * The settings that apply to `scope`. Resource settings are read for it (null: for any resource, as
 * VS Code asks when there is none), window settings without it: asking either the other way logs
 * a warning in the extension host for every read.
 */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  const window = vscode.workspace.getConfiguration(SECTION);
  return {
    planFiles: config.get<string[]>('planFiles', [...DEFAULT_PLAN_GLOBS]),
    lint: {
      rules: config.get<Record<string, SeveritySetting | boolean>>('rules', {}),
      options: {
        focusLimit: config.get<number>('focusLimit', 1),
        minMonthsBetweenSteps: config.get<number>('minMonthsBetweenSteps', 6),
        momentPrepDays: config.get<number>('momentPrepDays', 14),
      },
    },
    reminderLeadDays: config.get<number>('reminderLeadDays', 14),
    countdownScope: window.get<'workspace' | 'activePlan'>('countdown.scope', 'workspace'),
    countdownFormat: window.get<string>('countdown.format', DEFAULT_COUNTDOWN_FORMAT),
    lintOnType: config.get<boolean>('lint.onType', true),
  };
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
