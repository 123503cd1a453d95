import type { IsoDate } from '../calendar/dates';
import { oneLine } from '../document/oneLine';
import { yamlScalar } from '../edits/yamlText';

/** A date to write, with the words it was read from when they were not already `YYYY-MM-DD`. */
export interface DateToWrite {
  readonly date: IsoDate;
  /** Kept in a comment after the date: `target: 2027-09-30  # by end of Q3 2027`. */
  readonly words?: string;
}

/** What a conversion writes into the frontmatter, each text as it was read. */
export interface FrontmatterContent {
  /** Undefined when no goal was read: `goal:` is written empty, for the person to fill in. */
  readonly goal?: string;
  readonly target?: DateToWrite;
  readonly values: readonly string[];
  readonly steps: readonly { readonly title: string; readonly target?: DateToWrite; readonly done: boolean; readonly actions: readonly ActionToWrite[] }[];
  readonly gaps: readonly { readonly title: string; readonly closed: boolean; readonly actions: readonly ActionToWrite[] }[];
  /** The first comment line: where the frontmatter came from. */
  readonly origin: string;
}

export interface ActionToWrite {
  readonly title: string;
  readonly done: boolean;
  readonly due?: IsoDate;
}

/**
 * The frontmatter block, fences included, each line ending with `eol`. Every text goes through
 * yamlScalar, so a title with a colon, a `#` or a leading `[` reads back as exactly that text; the
 * words a date was read from go in a comment, which YAML ignores.
 */
export function frontmatterText(content: FrontmatterContent, eol: string): string {
  // Exactly as read, tabs and all: yamlScalar quotes what YAML would read otherwise.
  const scalar = (text: string) => yamlScalar(text, false);
  const lines = ['---', `# ${oneLine(content.origin)}`];
  lines.push(content.goal === undefined ? 'goal:  # not found in the plan below: write your career goal here' : `goal: ${scalar(content.goal)}`);
  if (content.target) lines.push(`target: ${dateText(content.target)}`);
  if (content.values.length > 0) lines.push(`values: [${content.values.map((value) => yamlScalar(value, true)).join(', ')}]`);
  if (content.steps.length > 0) lines.push('steps:');
  for (const step of content.steps) {
    lines.push(`  - title: ${scalar(step.title)}`);
    if (step.target) lines.push(`    target: ${dateText(step.target)}`);
    if (step.done) lines.push('    done: true');
    pushActions(lines, step.actions, scalar);
  }
  if (content.gaps.length > 0) lines.push('gaps:', '  # Most significant first, as the plan below ranks them.');
  for (const gap of content.gaps) {
    if (!gap.closed && gap.actions.length === 0) {
      lines.push(`  - ${scalar(gap.title)}`);
      continue;
    }
    lines.push(`  - title: ${scalar(gap.title)}`);
    if (gap.closed) lines.push('    status: closed');
    pushActions(lines, gap.actions, scalar);
  }
  lines.push('---');
  return lines.map((line) => line + eol).join('');
}

function pushActions(lines: string[], actions: readonly ActionToWrite[], scalar: (text: string) => string): void {
  if (actions.length === 0) return;
  lines.push('    actions:');
  for (const action of actions) {
    if (!action.done && !action.due) {
      lines.push(`      - ${scalar(action.title)}`);
      continue;
    }
    lines.push(`      - title: ${scalar(action.title)}`);
    if (action.done) lines.push('        done: true');
    if (action.due) lines.push(`        due: ${action.due}`);
  }
}

function dateText(date: DateToWrite): string {
  return date.words === undefined ? date.date : `${date.date}  # ${oneLine(date.words)}`;
}
