import type * as vscode from 'vscode';
import { globSource } from '../../core/scan/globs';
import { readPlanFiles } from './settings';

/**
 * Whether a file is a plan by its name: its path matches a careerPlan.planFiles glob, matched against
 * the whole path as `vscode.languages.match` matches a string pattern. A scan asks this of each of a
 * big workspace's files, so the globs are one expression, made once for each list of globs.
 */
export class PlanNames {
  private readonly patterns = new Map<string, RegExp>();

  matches(uri: vscode.Uri, planFiles: readonly string[] = readPlanFiles(uri)): boolean {
    if (planFiles.length === 0) return false;
    const key = planFiles.join('\n');
    let pattern = this.patterns.get(key);
    if (!pattern) {
      pattern = new RegExp(`^(?:${planFiles.map(globSource).join('|')})$`);
      this.patterns.set(key, pattern);
    }
    return pattern.test(uri.path);
  }
}
