import * as vscode from 'vscode';
import { DEFAULT_PLAN_GLOBS } from '../core/detect';
import type { LintConfig, SeveritySetting } from '../core/lint/options';

/** Every `careerPlan.*` setting, read in one place with its default. */
export interface Settings {
  readonly planFiles: readonly string[];
  readonly lint: LintConfig;
  readonly reminderLeadDays: number;
  readonly countdownScope: 'workspace' | 'activePlan';
}

export const SECTION = 'careerPlan';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
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
    countdownScope: config.get<'workspace' | 'activePlan'>('countdown.scope', 'workspace'),
  };
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
