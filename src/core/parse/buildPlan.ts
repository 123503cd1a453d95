import { parseCadence } from '../calendar/cadence';
import { isIsoDate, type IsoDate } from '../calendar/dates';
import type { LineIndex } from '../document/lineIndex';
import type { Action, Body, Company, Frontmatter, Gap, GapStatus, Heading, Located, Moment, MomentKind, Plan, Priority, ReviewCadence, Step, Task } from '../plan/model';
import { PRIORITIES } from '../format/company';
import { GAP_STATUSES } from '../format/gap';
import { MOMENT_KINDS } from '../format/moment';
import type { Span } from '../document/range';
import type { YMap, YNode } from './yamlTree';

export interface BuildProblem {
  readonly span: Span;
  readonly message: string;
  readonly subject: string;
}

/**
 * Builds the plan model from the located YAML tree. It is lenient: a value of the wrong type was
 * already reported by validation and is simply left out here, so a half-typed plan still shows
 * everything that can be read.
 */
export function buildPlan(root: YNode | undefined, frontmatter: Frontmatter | undefined, body: Body, lines: LineIndex, problems: BuildProblem[]): Plan {
  // Built when a step, gap or moment first asks: a plan without them need not name every heading.
  let headingTasks: Map<string, HeadingTasks[]> | undefined;
  const located = <T>(node: YNode, value: T): Located<T> => ({ value, span: node.span, range: lines.rangeOf(node.span) });
  const text = (node: YNode | undefined): Located<string> | undefined =>
    node?.kind === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '' ? located(node, node.value) : undefined;
  const date = (node: YNode | undefined): Located<IsoDate> | undefined =>
    node?.kind === 'scalar' && typeof node.value === 'string' && isIsoDate(node.value) ? located(node, node.value) : undefined;
  const texts = (node: YNode | undefined): Located<string>[] => {
    if (node?.kind === 'seq') return node.items.map(text).filter((item): item is Located<string> => item !== undefined);
    const single = text(node);
    return single ? [single] : [];
  };
  const oneOf = <T extends string>(node: YNode | undefined, allowed: readonly T[]): Located<T> | undefined =>
    node?.kind === 'scalar' && typeof node.value === 'string' && (allowed as readonly string[]).includes(node.value) ? located(node, node.value as T) : undefined;
  const item = (node: YNode) => ({ span: node.span, range: lines.rangeOf(node.span) });
  const field = (node: YNode, key: string): YNode | undefined => (node.kind === 'map' ? node.entries.get(key)?.node : undefined);
  const list = (node: YNode | undefined): readonly YNode[] => (node?.kind === 'seq' ? node.items : []);
  /** A list item is either a bare title or a mapping with a title (or name). */
  const titleOf = (node: YNode, key = 'title') => (node.kind === 'scalar' ? text(node) : text(field(node, key)));

  /** `name` is the item's title as headings name it (see normalize). */
  const actionsOf = (node: YNode, name: string): Action[] => {
    const written = list(field(node, 'actions')).flatMap((action): Action[] => {
      const title = titleOf(action);
      if (!title) return [];
      const done = field(action, 'done');
      return [{
        title,
        done: done?.kind === 'scalar' && (done.value === true || (typeof done.value === 'string' && isIsoDate(done.value))),
        due: date(field(action, 'due')),
        source: 'frontmatter',
        location: item(action),
      }];
    });
    return [...written, ...bodyActions((headingTasks ??= groupByHeading(body.tasks)), name)];
  };

  const map = root?.kind === 'map' ? root : undefined;
  const top = (key: string) => map?.entries.get(key);

  /** The steps' titles as headings and `blocks:` name them, worked out once for all gaps. */
  const stepNames: string[] = [];
  const steps: Step[] = list(top('steps')?.node).flatMap((node, index): Step[] => {
    const title = titleOf(node);
    if (!title) return [];
    const name = normalize(title.value);
    stepNames.push(name);
    const doneNode = field(node, 'done');
    let done: Located<IsoDate | true> | undefined;
    if (doneNode?.kind === 'scalar' && doneNode.value === true) done = located(doneNode, true);
    else done = date(doneNode);
    return [{ index, title, target: date(field(node, 'target')), done, actions: actionsOf(node, name), ...item(node) }];
  });

  const gaps: Gap[] = list(top('gaps')?.node).flatMap((node, index): Gap[] => {
    const title = titleOf(node);
    if (!title) return [];
    const status = oneOf<GapStatus>(field(node, 'status'), GAP_STATUSES);
    return [{
      index,
      title,
      status: status?.value ?? 'open',
      statusRange: status?.range,
      blocks: resolveBlocks(field(node, 'blocks'), steps, `gaps[${index}].blocks`),
      actions: actionsOf(node, normalize(title.value)),
      short: node.kind === 'scalar',
      ...item(node),
    }];
  });

  const moments: Moment[] = list(top('moments')?.node).flatMap((node, index): Moment[] => {
    const title = titleOf(node);
    if (!title) return [];
    return [{
      index,
      title,
      date: date(field(node, 'date')),
      kind: oneOf<MomentKind>(field(node, 'kind'), MOMENT_KINDS)?.value ?? guessKind(title.value),
      prep: texts(field(node, 'prep')),
      actions: actionsOf(node, normalize(title.value)),
      ...item(node),
    }];
  });

  const companies: Company[] = list(top('companies')?.node).flatMap((node, index): Company[] => {
    const name = titleOf(node, 'name');
    if (!name) return [];
    return [{
      index,
      name,
      priority: oneOf<Priority>(field(node, 'priority'), PRIORITIES),
      connections: texts(field(node, 'connections')),
      motivation: text(field(node, 'motivation')),
      postings: texts(field(node, 'postings')),
      ...item(node),
    }];
  });

  function resolveBlocks(node: YNode | undefined, candidates: readonly Step[], subject: string): Located<number> | undefined {
    if (node?.kind !== 'scalar' || node.value === null) return undefined;
    const wanted = node.value;
    const name = typeof wanted === 'number' ? '' : normalize(String(wanted));
    const index =
      typeof wanted === 'number'
        ? candidates.findIndex((step) => step.index === wanted - 1)
        : stepNames.indexOf(name);
    if (index === -1) {
      problems.push({ span: node.span, message: `\`${String(wanted)}\` names no step of this plan: write a step's title or its number (1 is the first).`, subject });
      return undefined;
    }
    return located(node, candidates[index].index);
  }

  const reviewEntry = top('review');
  let review: ReviewCadence | undefined;
  if (reviewEntry) {
    const everyNode = field(reviewEntry.node, 'every');
    const everyText = text(everyNode);
    const cadence = everyText && parseCadence(everyText.value);
    if (everyText && !cadence) {
      problems.push({ span: everyText.span, message: `\`${everyText.value}\` is not a cadence: write it like "3 months", "6 weeks", "monthly" or "quarterly".`, subject: 'review.every' });
    }
    review = {
      range: lines.rangeOf({ start: reviewEntry.keySpan.start, end: reviewEntry.node.span.end }),
      every: cadence && everyNode ? located(everyNode, cadence) : undefined,
      last: date(field(reviewEntry.node, 'last')),
    };
  }

  const keyRange = (key: string) => {
    const entry = top(key);
    return entry ? lines.rangeOf({ start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.node.span.end) }) : undefined;
  };
  const lintNode = top('lint')?.node;
  return {
    frontmatter,
    goal: text(top('goal')?.node),
    target: date(top('target')?.node),
    values: texts(top('values')?.node),
    valuesRange: keyRange('values'),
    review,
    steps,
    stepsRange: keyRange('steps'),
    gaps,
    gapsRange: keyRange('gaps'),
    moments,
    companies,
    lint: lintNode?.kind === 'map' ? located(lintNode, (lintNode as YMap).value as Record<string, unknown>) : undefined,
    body,
  };
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
    const name = normalize(run.heading.text);
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

/**
 * Task-list items in the body count as actions of the step, gap or moment their heading names:
 * "Budget ownership", "Gap: Budget ownership" and "2. Budget ownership" all name that gap.
 */
function bodyActions(groups: ReadonlyMap<string, readonly HeadingTasks[]>, name: string): Action[] {
  if (!name) return [];
  const actions: Action[] = [];
  for (const group of groups.get(name) ?? []) {
    for (const task of group.tasks) {
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

/**
 * Lower case, every run of other than letters and digits one space. Most titles are plain ASCII,
 * where the Unicode classes match exactly [a-z0-9]; matching those is several times faster.
 */
function normalize(s: string): string {
  const lower = s.toLowerCase();
  return (ASCII.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}
const ASCII = /^[\x00-\x7f]*$/;

export function sameTitle(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

/** What two titles share when sameTitle() says they are the same: compare keys to match many titles at once. */
export function titleKey(title: string): string {
  return normalize(title);
}

function guessKind(title: string): MomentKind {
  const t = title.toLowerCase();
  if (/review|appraisal|assessment|connect\b/.test(t)) return 'review';
  if (/interview|onsite|screen/.test(t)) return 'interview';
  if (/negotiat|raise|salary/.test(t)) return 'negotiation';
  if (/offer/.test(t)) return 'offer';
  if (/talk|present|pitch|demo|keynote/.test(t)) return 'presentation';
  if (/1:1|one-on-one|conversation|meeting|chat/.test(t)) return 'conversation';
  return 'other';
}
