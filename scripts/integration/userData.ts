// A fresh user-data folder per run, with settings that keep first-run pages, trust prompts and
// network checks out of the way of the tests. Shared by the desktop and code-server hosts.
import * as fs from 'node:fs';
import * as path from 'node:path';

const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  // Git is on for the history's trend chart (history.itest.ts, the UI checks), which opens the
  // repositories it made through the git extension. The fixture workspace lies inside this
  // repository: git must neither open it nor offer to, nor scan for others.
  'git.enabled': true,
  'git.autoRepositoryDetection': false,
  'git.openRepositoryInParentFolders': 'never',
  // VS Code for the Web saves edits after a delay by default: a suite's edits must never reach the fixtures.
  'files.autoSave': 'off',
};

export function seedUserData(runDir: string): string {
  const userData = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return userData;
}
