import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The example plans, damaged the way editing damages text: characters and lines deleted, inserted,
 * duplicated, swapped and re-indented, in CRLF as well as LF. Each mutation names positions as plain
 * numbers taken modulo the text's length, so any mutation applies to any text and shrinks well.
 */
const root = path.resolve(__dirname, '../../../..');
const sources = ['examples', 'test/fixtures/plans', 'test/integration/workspace'];

export function examplePlans(): { name: string; text: string }[] {
  return sources.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(path.join(root, dir));
    } catch {
      return [];
    }
    return names.filter((name) => name.endsWith('.md')).sort().map((name) => ({ name: `${dir}/${name}`, text: readFileSync(path.join(root, dir, name), 'utf8') }));
  });
}

export type Mutation =
  | { readonly op: 'delete' | 'duplicate'; readonly at: number; readonly length: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'deleteLine' | 'duplicateLine'; readonly line: number }
  | { readonly op: 'swapLines'; readonly line: number; readonly other: number }
  | { readonly op: 'insertLine'; readonly line: number; readonly text: string }
  | { readonly op: 'indent'; readonly line: number; readonly by: string };

const snippet = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('a', 'e', ' lead', 'x', '2', '0', 'é', 'Team ', '2027-01-01') },
  fc.constantFrom('-', ':', ' ', '\n', '\r\n', '#', '"', "'", '[', ']', '{', '}', '---', '\t', '&a', '*a', '!!js/function', '__proto__: 1', '<<: {a: 1}', '\uFEFF', '\uD83D', '😀'),
  fc.string({ maxLength: 6 }),
);
const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('insert' as const), at, text: snippet }),
  fc.record({ op: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), line: at }),
  fc.record({ op: fc.constant('swapLines' as const), line: at, other: at }),
  fc.record({ op: fc.constant('insertLine' as const), line: at, text: snippet }),
  fc.record({ op: fc.constant('indent' as const), line: at, by: fc.constantFrom(' ', '  ', '\t', '-') }),
);

export function mutate(text: string, mutation: Mutation): string {
  const n = text.length + 1;
  switch (mutation.op) {
    case 'delete': {
      const start = mutation.at % n;
      return text.slice(0, start) + text.slice(start + mutation.length);
    }
    case 'duplicate': {
      const start = mutation.at % n;
      return text.slice(0, start + mutation.length) + text.slice(start);
    }
    case 'insert': {
      const start = mutation.at % n;
      return text.slice(0, start) + mutation.text + text.slice(start);
    }
  }
  const lines = text.split('\n');
  const i = mutation.line % lines.length;
  switch (mutation.op) {
    case 'deleteLine':
      lines.splice(i, 1);
      break;
    case 'duplicateLine':
      lines.splice(i, 0, lines[i]);
      break;
    case 'swapLines': {
      const j = mutation.other % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case 'insertLine':
      lines.splice(i, 0, mutation.text);
      break;
    case 'indent':
      lines[i] = mutation.by + lines[i];
      break;
  }
  return lines.join('\n');
}

export function mutatedPlans(plans: readonly { text: string }[] = examplePlans()): fc.Arbitrary<string> {
  const bases = plans.flatMap(({ text }) => [text, text.replace(/\r?\n/g, '\r\n'), `\uFEFF${text}`]);
  return fc
    .record({ base: fc.constantFrom(...bases), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
    .map(({ base, mutations }) => mutations.reduce(mutate, base));
}
