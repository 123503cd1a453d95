import type { Action, Heading, Task } from '../plan/model';
import { titleKey } from './titles';

/**
 * Task-list items in the body count as actions of the step, gap or moment their heading names:
 * "Budget ownership", "Gap: Budget ownership" and "2. Budget ownership" all name that gap. The
 * headings' names are worked out when an item first asks, so a plan without steps, gaps or moments
 * need not name every heading.
 */
export class BodyActions {
  private byName: Map<string, HeadingTasks[]> | undefined;

  constructor(private readonly tasks: readonly Task[]) {}

  /** The actions under the headings that name an item whose title key (see titleKey) is `name`. */
  of(name: string): Action[] {
    if (!name) return [];
    const actions: Action[] = [];
    for (const run of (this.byName ??= groupByHeading(this.tasks)).get(name) ?? []) {
      for (const task of run.tasks) {
        actions.push({
          title: { value: task.text, range: task.range, span: task.span },
          done: task.checked,
          due: task.due,
          source: 'body',
          location: { range: task.range, span: task.span },
        });
      }
    }
    return actions;
  }
}

/** Body tasks in runs under the heading above them. */
interface HeadingTasks {
  readonly heading: Heading;
  readonly tasks: Task[];
}

/**
 * The runs of tasks by every name their heading gives: "Gap: Budget ownership" names "gap budget
 * ownership", "budget ownership" and "ownership". Built once per plan, so matching an item's title
 * is one lookup.
 */
function groupByHeading(tasks: readonly Task[]): Map<string, HeadingTasks[]> {
  const runs: HeadingTasks[] = [];
  for (const task of tasks) {
    if (!task.heading) continue;
    const last = runs.at(-1);
    if (last?.heading === task.heading) last.tasks.push(task);
    else runs.push({ heading: task.heading, tasks: [task] });
  }
  const byName = new Map<string, HeadingTasks[]>();
  for (const run of runs) {
    const name = titleKey(run.heading.text);
    for (let at = 0; at !== -1; at = name.indexOf(' ', at + 1)) {
      const suffix = at === 0 ? name : name.slice(at + 1);
      if (!suffix) continue;
      const list = byName.get(suffix);
      if (list) list.push(run);
      else byName.set(suffix, [run]);
    }
  }
  return byName;
}
