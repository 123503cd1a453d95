/**
 * VS Code's glob patterns (files.exclude, search.exclude, careerPlan.planFiles), matched here against
 * a path relative to a workspace folder, with `/` between names: `*` and `?` within one name, `**`
 * as a whole name for any number of names, `{a,b}` for either, `[ab]` and `[!ab]` for one character.
 */

/** A glob as the source of a regular expression (not anchored). */
export function globSource(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      let end = i;
      while (glob[end] === '*') end++;
      const wholeName = end - i > 1 && (i === 0 || glob[i - 1] === '/') && (end === glob.length || glob[end] === '/');
      if (!wholeName) out += '[^/]*';
      else if (end === glob.length) out += '.*';
      else {
        // `**/`: no name, or any names each followed by a slash.
        out += '(?:[^/]*/)*';
        end++;
      }
      i = end;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        i++;
        continue;
      }
      const inside = glob.slice(i + 1, close);
      const negated = inside[0] === '!' || inside[0] === '^';
      out += `[${negated ? '^' : ''}${(negated ? inside.slice(1) : inside).replace(/[\\\]^]/g, '\\$&')}]`;
      i = close + 1;
    } else if (c === '{') {
      const close = closingBrace(glob, i);
      if (close === -1) {
        out += '\\{';
        i++;
        continue;
      }
      out += `(?:${splitChoices(glob.slice(i + 1, close)).map(globSource).join('|')})`;
      i = close + 1;
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    }
  }
  return out;
}

function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The choices of a brace group's inside, split at its own commas (not those of a group within). */
function splitChoices(inside: string): string[] {
  const choices: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    if (inside[i] === '{') depth++;
    else if (inside[i] === '}') depth--;
    else if (inside[i] === ',' && depth === 0) {
      choices.push(inside.slice(from, i));
      from = i + 1;
    }
  }
  choices.push(inside.slice(from));
  return choices;
}

/**
 * `a/{b,c/{d,e}}` as `a/b`, `a/c/d` and `a/c/e`: a list of globs without braces, which can be joined
 * into one `{…,…}` for findFiles (neither VS Code's glob nor ripgrep's reads a group in a group).
 */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  const close = closingBrace(glob, open);
  if (close === -1) return [glob];
  const rest = expandBraces(glob.slice(close + 1));
  return splitChoices(glob.slice(open + 1, close)).flatMap((choice) =>
    expandBraces(glob.slice(0, open) + choice).flatMap((head) => rest.map((tail) => head + tail)),
  );
}

/** A leading `./` or `/` says "from the folder", as the path is already; a trailing `/` says "a folder", which only folders hold files under. */
const fromFolder = (glob: string) => glob.replace(/^\.?\//, '').replace(/\/+$/, '');

/**
 * A test of relative paths against exclude globs, as the editor applies them: a path is excluded
 * when a glob matches it or any folder it is in. One regular expression for all the globs.
 */
export function excludeMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const pattern = new RegExp(`^(?:${globs.map((glob) => globSource(fromFolder(glob))).join('|')})(?:/.*)?$`);
  return (relativePath) => pattern.test(relativePath);
}
