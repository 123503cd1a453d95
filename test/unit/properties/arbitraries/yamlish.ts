import fc from 'fast-check';
import { oddDate, scalar, tidyScalar, validDate } from './scalars';

/**
 * Plausible plan YAML, written the many ways people write it: block and flow collections, comments
 * on their own lines and after values, indentation of one to four spaces (and sometimes off by
 * one, or a tab), keys of the format in any case, their aliases, misspellings and keys that mean
 * something to JavaScript. Generated as a small tree of choices, then rendered to text, so
 * fast-check can shrink a failure down to the few entries that matter.
 */
const formatKeys = [
  'goal', 'target', 'values', 'review', 'steps', 'gaps', 'moments', 'companies', 'lint',
  'title', 'status', 'blocks', 'actions', 'done', 'due', 'date', 'kind', 'prep', 'notes',
  'name', 'priority', 'connections', 'motivation', 'postings', 'every', 'last',
  'milestones', 'skills', 'deadline', 'key moments', 'moment', 'role', 'skill', 'step', 'task', 'when', 'type',
  'preparation', 'alumni', 'why', 'jobs', 'cadence', 'last review', 'blocks step',
  'CP001', 'CP005', 'frontmatter-syntax',
];
const strangeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<<', '__defineGetter__', 'valueOf'];

const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...formatKeys) },
  { weight: 1, arbitrary: fc.constantFrom(...formatKeys).map((k) => k.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom(...formatKeys).map((k) => `${k[0].toUpperCase()}${k.slice(1)}`) },
  { weight: 1, arbitrary: fc.constantFrom(...strangeKeys) },
  { weight: 1, arbitrary: fc.constantFrom('"goal"', "'steps'", '? goal', '[a, b]', '{a: 1}', '', ' goal', 'goal ', 'go al', 'goall', 'stpes', 'targt', 'titel', 'Stpes') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Text written after a value or on its own line. */
const comment = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom('# a note', '#', '# career-plan-disable-next-line CP005', '# career-plan-disable', '# career-plan-enable CP003', '# career-plan-disable-line') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `# ${s}`) },
);

/** How far a line strays from its proper indentation. */
const jitter = fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '  ', '-') });

export type YamlishNode =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'map'; readonly flow: boolean; readonly entries: readonly YamlishEntry[] }
  | { readonly kind: 'seq'; readonly flow: boolean; readonly items: readonly YamlishNode[] };

export interface YamlishEntry {
  readonly key: string;
  readonly value: YamlishNode;
  readonly comment: string;
  readonly jitter: string;
}

const { node } = fc.letrec<{ node: YamlishNode; entry: YamlishEntry }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalar.map((text): YamlishNode => ({ kind: 'scalar', text })) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('map' as const), flow: fc.boolean(), entries: fc.array(tie('entry'), { maxLength: 5, depthIdentifier: 'yaml' }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('seq' as const), flow: fc.boolean(), items: fc.array(tie('node'), { maxLength: 5, depthIdentifier: 'yaml' }) }) },
  ),
  entry: fc.record({ key, value: tie('node'), comment, jitter }),
}));

const scalarNode = (text: fc.Arbitrary<string>): fc.Arbitrary<YamlishNode> => text.map((t) => ({ kind: 'scalar', text: t }));
const entryOf = (k: fc.Arbitrary<string>, value: fc.Arbitrary<YamlishNode>): fc.Arbitrary<YamlishEntry> => fc.record({ key: k, value, comment, jitter });
const seqOf = (item: fc.Arbitrary<YamlishNode>, maxLength = 4): fc.Arbitrary<YamlishNode> =>
  fc.record({ kind: fc.constant('seq' as const), flow: fc.boolean(), items: fc.array(item, { maxLength }) });

/**
 * A plan's top-level entries: some of the format's keys in a shuffled order, each with a value of
 * about the right shape. Untidy, keys are sometimes misspelt, values sometimes anything at all, and
 * a few random entries join in; tidy, the YAML reads cleanly so the linter's rules get to run.
 * `presence` is fast-check's option frequency for the lists: one is left out once in that many plans
 * (other keys at least once in three).
 */
const LISTS = new Set(['steps', 'gaps', 'moments']);

function planDocument(tidy: boolean, presence = 2): fc.Arbitrary<YamlishEntry[]> {
  // Now and then a key is written with no value, or YAML's explicit nothing (`~`, `null`), with or without the `!!null` tag.
  const usually = (value: fc.Arbitrary<YamlishNode>) =>
    fc.oneof({ weight: 16, arbitrary: value }, { weight: 1, arbitrary: scalarNode(fc.constantFrom('', '~', 'null', '!!null', '!!null ~')) }, { weight: tidy ? 0 : 2, arbitrary: node });
  const strays = (maxLength: number): fc.Arbitrary<YamlishEntry[]> => (tidy ? fc.constant([]) : fc.array(entryOf(key, node), { maxLength }));
  /** A mapping with some of the given fields, in their usual order. */
  const mapOf = (fields: readonly [string, fc.Arbitrary<YamlishNode>][]): fc.Arbitrary<YamlishNode> =>
    fc
      .record({
        flow: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        chosen: fc.tuple(...fields.map(([k, value]) => fc.option(entryOf(fc.constant(k), usually(value)), { freq: 3 }))),
        extra: strays(1),
      })
      .map(({ flow, chosen, extra }) => ({ kind: 'map', flow, entries: [...chosen.filter((e): e is YamlishEntry => e !== null), ...extra] }));

  const text = scalarNode(tidy ? tidyScalar : scalar);
  const date = scalarNode(fc.oneof({ weight: 4, arbitrary: validDate }, { weight: 1, arbitrary: tidy ? oddDate : scalar }));
  const word = (...words: string[]) => scalarNode(fc.constantFrom(...words));
  const titled = (fields: readonly [string, fc.Arbitrary<YamlishNode>][]) =>
    fc.oneof({ weight: 1, arbitrary: text }, { weight: 3, arbitrary: mapOf([['title', text], ...fields]) });
  const actions = seqOf(titled([['done', word('true', 'false', '2026-01-10')], ['due', date]]), 3);

  const entries: readonly [string, fc.Arbitrary<YamlishNode>][] = [
    ['goal', text],
    ['target', date],
    ['values', seqOf(text)],
    ['review', mapOf([['every', word('3 months', 'quarterly', 'every 6 weeks', 'a quarter', 'sometimes', '0 days')], ['last', date]])],
    ['steps', seqOf(titled([['target', date], ['done', fc.oneof({ weight: 3, arbitrary: date }, { weight: 1, arbitrary: word('false', '!!bool false') })], ['actions', actions], ['notes', text]]), 5)],
    ['gaps', seqOf(titled([['status', word('open', 'active', 'closed', 'done')], ['blocks', fc.oneof(word('1', '2', '0', '9'), text)], ['actions', actions]]), 5)],
    ['moments', seqOf(titled([['date', date], ['kind', word('review', 'interview', 'offer', 'party')], ['prep', seqOf(text)], ['actions', actions]]))],
    ['companies', seqOf(mapOf([['name', text], ['priority', word('high', 'medium', 'low', 'urgent')], ['connections', seqOf(text)], ['motivation', text], ['postings', seqOf(text)]]))],
    ['lint', mapOf([['CP005', word('off', 'warning', 'true', 'loud')], ['key-unknown', word('off', 'error')]])],
  ];
  const keyFor = (k: string) => (tidy ? fc.constant(k) : fc.oneof({ weight: 9, arbitrary: fc.constant(k) }, { weight: 1, arbitrary: key }));
  // Options and a numeric shuffle (not a chain) so a failing plan shrinks to the entries that matter, in the usual order.
  return fc
    .record({
      known: fc.tuple(...entries.map(([k, value]) => fc.option(entryOf(keyFor(k), usually(value)), { freq: LISTS.has(k) ? presence : Math.min(presence, 3) }))),
      random: strays(3),
      shuffle: fc.nat(),
    })
    .map(({ known, random, shuffle }) => [...shuffled(known.filter((entry): entry is YamlishEntry => entry !== null), shuffle), ...random]);
}

/** A deterministic permutation picked by a number; 0 keeps the order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0 && seed !== 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

export interface Style {
  /** Spaces per level. */
  readonly indent: number;
  /** Whether `- ` items sit deeper than their key. */
  readonly indentedLists: boolean;
  /** Whether lines stray from their indentation (see `jitter`); off, the YAML is mostly well formed. */
  readonly jitter: boolean;
}

const style = fc.record({ indent: fc.integer({ min: 1, max: 4 }), indentedLists: fc.boolean(), jitter: fc.boolean() });

/** Renders the tree as YAML lines joined by \n (line breaks are varied afterwards). */
export function renderYamlish(entries: readonly YamlishEntry[], s: Style): string {
  return blockMap(entries, 0, s).join('\n');
}

function pad(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

function trailing(comment: string): string {
  return comment ? ` ${comment}` : '';
}

function blockMap(entries: readonly YamlishEntry[], indent: number, s: Style): string[] {
  const lines: string[] = [];
  for (const entry of entries) {
    // A comment is written on its own line before some entries, after the value on others.
    const before = entry.comment && entry.key.length % 2 === 0;
    if (before) lines.push(`${pad(indent)}${entry.comment}`);
    const head = `${s.jitter ? entry.jitter : ''}${pad(indent)}${entry.key}:`;
    const after = before ? '' : trailing(entry.comment);
    lines.push(...valueAfterKey(head, after, entry.value, indent, s));
  }
  return lines;
}

function valueAfterKey(head: string, after: string, value: YamlishNode, indent: number, s: Style): string[] {
  if (value.kind === 'scalar') return [`${head}${value.text ? ` ${value.text}` : ''}${after}`];
  if (value.flow || isEmpty(value)) return [`${head} ${flow(value)}${after}`];
  if (value.kind === 'map') return [`${head}${after}`, ...blockMap(value.entries, indent + s.indent, s)];
  return [`${head}${after}`, ...blockSeq(value.items, indent + (s.indentedLists ? s.indent : 0), s)];
}

function blockSeq(items: readonly YamlishNode[], indent: number, s: Style): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const dash = `${pad(indent)}- `;
    if (item.kind === 'scalar') lines.push(`${dash}${item.text}`);
    else if (item.flow || isEmpty(item)) lines.push(`${dash}${flow(item)}`);
    else if (item.kind === 'seq') lines.push(`${pad(indent)}-`, ...blockSeq(item.items, indent + s.indent, s));
    else {
      // The first key follows the dash; the others line up under it.
      const [first, ...rest] = blockMap(item.entries, indent + 2, s);
      lines.push(`${dash}${first.trimStart()}`, ...rest);
    }
  }
  return lines;
}

/** Characters that end or open something inside `[…]` and `{…}`. */
const FLOW_BREAKING = /[,[\]{}#:&*!|>'"%@`]/;

function flow(node: YamlishNode): string {
  // Most people quote such a scalar in a flow collection; one in five is left raw to break it.
  if (node.kind === 'scalar') return FLOW_BREAKING.test(node.text) && node.text.length % 5 !== 0 ? JSON.stringify(node.text) : node.text;
  if (node.kind === 'seq') return `[${node.items.map(flow).join(', ')}]`;
  return `{${node.entries.map((entry) => `${entry.key}: ${flow(entry.value)}`).join(', ')}}`;
}

function isEmpty(node: YamlishNode): boolean {
  return node.kind === 'map' ? node.entries.length === 0 : node.kind === 'seq' ? node.items.length === 0 : false;
}

/** Frontmatter that reads cleanly (what the editor's edits work on), with \n line breaks. */
export const tidyFrontmatter: fc.Arbitrary<string> = fc.tuple(planDocument(true), style).map(([entries, s]) => renderYamlish(entries, { ...s, jitter: false }));

/** Tidy frontmatter where each key of the format is nearly always written: more for an edit to work on. */
export const fullFrontmatter: fc.Arbitrary<string> = fc.tuple(planDocument(true, 8), style).map(([entries, s]) => renderYamlish(entries, { ...s, jitter: false }));

/** YAML between the fences, as text with \n line breaks: half of it tidy, half anything goes. */
export const yamlishFrontmatter: fc.Arbitrary<string> = fc.oneof(tidyFrontmatter, fc.tuple(planDocument(false), style).map(([entries, s]) => renderYamlish(entries, s)));
