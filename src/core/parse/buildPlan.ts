import { parseCadence } from '../calendar/cadence';
import type { LineIndex } from '../document/lineIndex';
import type { Body, Frontmatter, Plan, ReviewCadence } from '../plan/model';
import type { Range } from '../document/range';
import { withAsWritten } from './asWritten';
import { BodyActions } from './bodyActions';
import { readCompanies, readGaps, readMoments, readSteps, type BuildProblem } from './planItems';
import { field, ValueReader } from './valueReader';
import type { YEntry, YNode } from './yamlNodes';

/**
 * Builds the plan model from the located YAML tree. It is lenient: a value of the wrong type was
 * already reported by validation and is simply left out here, so a half-typed plan still shows
 * everything that can be read. The keys held as written (goal, target, …) are read from the format
 * table; the lists and the review by their own readers.
 */
export function buildPlan(root: YNode | undefined, frontmatter: Frontmatter | undefined, body: Body, lines: LineIndex, problems: BuildProblem[]): Plan {
  const read = new ValueReader(lines);
  const context = { read, bodyActions: new BodyActions(body.tasks), problems };
  const map = root?.kind === 'map' ? root : undefined;
  const top = (key: string) => map?.entries.get(key);
  // Gaps name the step they block, so steps are read first; problems are listed in the order found.
  const steps = readSteps(top('steps')?.node, context);
  const gaps = readGaps(top('gaps')?.node, steps, context);
  const moments = readMoments(top('moments')?.node, context);
  const companies = readCompanies(top('companies')?.node, context);
  const review = readReview(top('review'), read, problems);
  const lint = top('lint')?.node;
  const plan = {
    readFrom: 'frontmatter' as const,
    frontmatter,
    values: read.texts(top('values')?.node),
    valuesRange: entryRange(top('values'), read),
    review,
    steps: steps.steps,
    stepsRange: entryRange(top('steps'), read),
    gaps,
    gapsRange: entryRange(top('gaps'), read),
    moments,
    companies,
    lint: lint?.kind === 'map' ? read.located(lint, lint.value as Record<string, unknown>) : undefined,
    lintKeys: lint?.kind === 'map' ? [...lint.entries.values()].map((entry) => ({ value: entry.key, span: entry.keySpan, range: read.rangeOf(entry.keySpan) })) : undefined,
    body,
  };
  return withAsWritten(plan, map, 'plan', read);
}

/** Where a top-level key and its value stand together, for edits and findings about the whole entry. */
function entryRange(entry: YEntry | undefined, read: ValueReader): Range | undefined {
  return entry ? read.rangeOf({ start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.node.span.end) }) : undefined;
}

/** The `review:` mapping, its `every` read into a cadence; a cadence that cannot be read is a problem. */
function readReview(entry: YEntry | undefined, read: ValueReader, problems: BuildProblem[]): ReviewCadence | undefined {
  if (!entry) return undefined;
  const everyNode = field(entry.node, 'every');
  const everyText = read.text(everyNode);
  const cadence = everyText && parseCadence(everyText.value);
  if (everyText && !cadence) {
    problems.push({ span: everyText.span, message: `\`${everyText.value}\` is not a cadence: write it like "3 months", "6 weeks", "monthly" or "quarterly".`, subject: 'review.every' });
  }
  const review = {
    range: read.rangeOf({ start: entry.keySpan.start, end: entry.node.span.end }),
    every: cadence && everyNode ? read.located(everyNode, cadence) : undefined,
  };
  return withAsWritten(review, entry.node, 'review', read);
}
