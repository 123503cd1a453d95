/**
 * Paths as the configuration cascade sees them: absolute, with `/` between segments, whatever wrote
 * them (a URI's path in the editor, an OS path with its separators turned in the CLI). Pure string
 * work, so the cascade runs the same in the CLI, the desktop editor and the web.
 */

/** The folder a file or folder is in; undefined at the top (`/`, `C:/`). */
export function parentFolder(path: string): string | undefined {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash === -1 || trimmed === '/' || /^\/?[A-Za-z]:$/.test(trimmed)) return undefined;
  const parent = trimmed.slice(0, slash);
  // `/a` is in `/`, `C:/a` in `C:/`: a root keeps its slash.
  return parent === '' || /^\/?[A-Za-z]:$/.test(parent) ? `${parent}/` : parent;
}

export function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** `path` relative to `folder` (`sub/a.plan.md`), or undefined when it is not inside it. */
export function relativePath(folder: string, path: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(prefix) && path.length > prefix.length ? path.slice(prefix.length) : undefined;
}
