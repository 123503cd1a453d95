import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSimpleYaml } from '../../../src/core/parse/simpleYaml';
import { splitFrontmatter } from '../../../src/core/parse/split';
import { readYamlLibrary } from '../../../src/core/parse/yamlTree';
import { makePlan } from '../../../scripts/bench/plans';
import { random } from '../../../scripts/bench/random';

/**
 * The simple YAML reader must build exactly what the YAML library's reading builds — values, spans
 * of every key and value, problems — whenever it does not hand the text over. It is compared with
 * the library on real plans and on thousands of mutated frontmatters.
 */
function frontmatterOf(text: string): { source: string; offset: number } {
  const content = splitFrontmatter(text).frontmatter?.contentSpan ?? { start: 0, end: 0 };
  return { source: text.slice(content.start, content.end), offset: content.start };
}

function plans(): string[] {
  const texts = [makePlan('typical', 3), makePlan('large', 4)];
  for (const dir of ['test/fixtures/plans', 'examples']) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) texts.push(readFileSync(join(dir, file), 'utf8'));
  }
  return texts;
}

/** Compares both readers; returns whether the simple reader took the text. */
function agree(source: string, offset: number, name: string): boolean {
  const simple = readSimpleYaml(source, offset);
  if (!simple) return false;
  assert.deepStrictEqual(simple, readYamlLibrary(source, offset), `${name}:\n${source}`);
  return true;
}

const PIECES = [' ', '  ', '\n', '\n  ', '\n    ', ':', ': ', '-', '- ', '#', ' # note', '"', "'", "''", '[', ']', '{', '}', ',', ', ', 'a', 'Goal', 'title', '1', '2027-01-15', '\r\n', '|', '>', '&a', '*a', '!!str ', '?', '~', 'null', 'True', '.5', '0x1F', '0o7', '-3', '1e3', '.inf', '\t', 'name: x', 'milestones: [a]', '\n- ', 'x: y: z', '\\', '%', '@', '`', '...', '---'];

function mutate(source: string, next: () => number): string {
  let text = source;
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (text.length + 1));
    const choice = next();
    if (choice < 0.55) text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
    else if (choice < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
    else {
      // Re-indent or duplicate a whole line: the edits that change structure the most.
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
      const line = text.slice(start, end);
      const change = next();
      const replaced = change < 0.3 ? `  ${line}` : change < 0.6 ? line.replace(/^ {1,2}/, '') : line + line;
      text = text.slice(0, start) + replaced + text.slice(end);
    }
  }
  return text;
}

describe('simple YAML reader (agrees with the YAML library)', function () {
  this.timeout(60_000);

  it('reads every generated, fixture and example plan itself, exactly as the library does', () => {
    for (const [index, text] of plans().entries()) {
      const { source, offset } = frontmatterOf(text);
      if (!source.includes('\t')) assert.ok(agree(source, offset, `plan ${index}`), `the simple reader left plan ${index} to the library:\n${source}`);
    }
  });

  it('reads CRLF plans exactly as the library does', () => {
    const { source, offset } = frontmatterOf(makePlan('typical', 5));
    assert.ok(agree(source.replace(/\n/g, '\r\n'), offset, 'crlf'));
  });

  const cases = [
    'a:\n  - x\n  # c\n\n  - y\n\nb: 1\n',
    'a: b # c\n# d\n',
    'k: "x" # c\nl: \'it\'\'s\'\n',
    'a:   # c\n  b: 1\n',
    'a:   # c\nb: 1\n',
    'a: [x, "y", \'z\']   # c\nb: {}\nc: []\n',
    'a:\n  -\n  - x\n',
    'a:\n  -   \n  - x\n',
    'a: x\n\n\n',
    'a:\n  # c\n  b: 1\n',
    's:\n- title: t\n  target: 1\n- u\n# end\n',
    'review: { every: 3 months, last: 2026-10-01, cadence: 2 }\n',
    'steps:\n  - title: a\n    name: b\n    actions:\n      - name: x\n        title: y\n',
    'milestones: [a]\nsteps:\n  - title: a\n    role: b\n',
    'goal: x\nGoal: y\n',
    'a: 0x1F\nb: 1e3\nc: .5\nd: ~\ne: TRUE\nf: 2027-01-01\ng: +12\nh: 012\ni: .NaN\nj: -.inf\nk: 0o17\nl: 1_000\nm: 1.\nn: -0\n',
    'postings: [https://example.invalid/job, "b"]\n',
    'a: -\n',
    'a: - b\n',
    '',
    '# only a comment\n',
    '  a: 1\n  b:\n',
  ];
  it('agrees on hand-picked corner cases', () => {
    for (const source of cases) agree(source, 4, JSON.stringify(source));
  });

  // YAML_SEEDS=100000 npx mocha … runs a longer search once a change to the reader needs it.
  const seeds = Number(process.env.YAML_SEEDS ?? 1500);
  it(`agrees on ${seeds} mutated frontmatters, and takes many of them itself`, function () {
    if (process.env.YAML_SEEDS) this.timeout(0);
    const sources = plans()
      .map((text) => frontmatterOf(text).source)
      .filter((source) => source.length < 5_000);
    let taken = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const next = random(seed);
      const original = sources[seed % sources.length];
      const source = mutate(seed % 7 === 0 ? original.replace(/\n/g, '\r\n') : original, next);
      if (agree(source, 4, `seed ${seed}`)) taken++;
    }
    if (process.env.YAML_SEEDS) console.log(`simple reader took ${taken} of ${seeds}`);
    assert.ok(taken > seeds * 0.2, `the simple reader took only ${taken} of ${seeds}`);
  });
});
