import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { isIsoDate } from '../core/calendar/dates';
import type { PlanVersion } from '../core/history/model';

/** Versions read from git: how many commits at most, and the largest plan text read from one. */
const MAX_COMMITS = 500;
const MAX_BUFFER = 16 * 1024 * 1024;
/** Separators git writes between commits and between a commit's fields. */
const RECORD = '\u001e';
const FIELD = '\u001f';

export type GitVersions = { readonly ok: true; readonly versions: PlanVersion[] } | { readonly ok: false; readonly reason: string };

/**
 * The versions of a file committed to git, oldest first, each with its commit's date (the
 * committer's calendar day). Runs `git log --follow` and `git show` in the file's folder, with the
 * arguments as an array (no shell), only when `--history` asks. Says why when there are none: git
 * missing, the file outside a repository or never committed.
 */
export async function readGitVersions(file: string): Promise<GitVersions> {
  const cwd = path.dirname(file);
  const log = await git(['log', '--follow', `-n${MAX_COMMITS}`, `--format=${RECORD}%H${FIELD}%cs`, '--name-only', '--', path.basename(file)], cwd);
  if (!log.ok) return log;
  const commits = log.text
    .split(RECORD)
    .slice(1)
    .map((record) => {
      const [head, ...names] = record.split('\n').filter((line) => line !== '');
      const [hash, date] = head.split(FIELD);
      // With --follow, the path the file had in that commit (it may have been renamed since).
      return { hash, date, name: names[names.length - 1] };
    })
    .filter((commit) => /^[0-9a-f]{40,64}$/.test(commit.hash) && isIsoDate(commit.date) && commit.name);
  if (commits.length === 0) return { ok: false, reason: 'it has no commits' };
  const versions: PlanVersion[] = [];
  for (const commit of commits.reverse()) {
    const shown = await git(['show', `${commit.hash}:${commit.name}`], cwd);
    if (shown.ok) versions.push({ date: commit.date, text: shown.text });
  }
  return { ok: true, versions };
}

async function git(args: string[], cwd: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, text: stdout });
      const code = (error as NodeJS.ErrnoException).code;
      resolve({ ok: false, reason: code === 'ENOENT' ? 'git is not installed' : stderr.split('\n')[0].replace(/^fatal: /, '') || 'git failed' });
    });
  });
}
