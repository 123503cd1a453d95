/**
 * A .gitignore file's patterns as VS Code globs relative to the workspace folder, for the scan to
 * leave out what the editor's search leaves out when `search.useIgnoreFiles` is on. Git's rules: a
 * pattern with a slash before its end is relative to the .gitignore's folder, one without matches a
 * name at any depth below it, a trailing slash matches folders (here: anything of that name, which
 * for Markdown files is the same), `#` starts a comment.
 *
 * Two kinds of line are not followed, and say so in docs/faq.md: `!pattern`, which takes back part
 * of an earlier pattern (an exclude glob cannot say "except"), so the scan leaves out a little more
 * than git; and lines with a backslash escape or a brace, which the two syntaxes read differently.
 */
export function ignoreFileGlobs(text: string, folder: string): string[] {
  const base = folder === '' ? '' : `${folder.replace(/\/+$/, '')}/`;
  const globs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[ \t]+$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!') || /[\\{}]/.test(line)) continue;
    const pattern = line.replace(/\/+$/, '');
    if (pattern === '') continue;
    const anchored = pattern.includes('/');
    globs.push(anchored ? `${base}${pattern.replace(/^\//, '')}` : `${base}**/${pattern}`);
  }
  return globs;
}
