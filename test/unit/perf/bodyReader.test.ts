import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../src/core/document/lineIndex';
import type { Body } from '../../../src/core/plan/model';
import { readBody, readMarkdownParts } from '../../../src/core/parse/body';
import { makePlan } from '../../../scripts/bench/plans';
import { generatedBody } from './markdownSamples';
import { referenceBody } from './referenceBody';

/**
 * The body reader walks micromark's events instead of building a syntax tree. These tests hold it
 * to the tree-based reader it replaced, on real plans and on many generated Markdown bodies full of
 * the constructs that decide what a heading's text is, where a list item ends and which HTML counts.
 */
/** A body as plain data: headings, tasks (with their heading's index) and directives. */
function summary(body: Body): unknown {
  return {
    offset: body.offset,
    headings: body.headings,
    tasks: body.tasks.map((task) => ({ ...task, heading: task.heading ? body.headings.indexOf(task.heading) : -1 })),
    directives: body.directives,
  };
}

function agree(text: string, offset: number, name: string): void {
  const lines = new LineIndex(text);
  assert.deepEqual(summary(readBody(text, offset, lines)), summary(referenceBody(text, offset, lines)), `${name}:\n${text.slice(offset)}`);
}

describe('body reader (micromark events, no syntax tree)', function () {
  // The tree-based reference is the slow part; the suite stays under a few seconds.
  this.timeout(30_000);

  it('reads a generated typical plan like the tree-based reader', () => {
    const text = makePlan('typical', 7);
    agree(text, text.indexOf('# Notes'), 'typical');
  });

  it('reads the fixture and example plans like the tree-based reader', () => {
    for (const dir of ['test/fixtures/plans', 'examples']) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        const close = text.indexOf('\n---', 3);
        agree(text, close === -1 ? 0 : text.indexOf('\n', close + 1) + 1 || text.length, file);
      }
    }
  });

  // BODY_SEEDS=20000 npx mocha … runs a longer search once a change to the reader needs it.
  const seeds = Number(process.env.BODY_SEEDS ?? 300);
  it(`reads ${seeds} generated bodies of tricky Markdown like the tree-based reader`, function () {
    if (process.env.BODY_SEEDS) this.timeout(0);
    for (let seed = 1; seed <= seeds; seed++) {
      const body = generatedBody(seed);
      const prefix = seed % 3 === 0 ? '---\ngoal: g\n---\n' : '';
      agree(prefix + body, prefix.length, `seed ${seed}`);
    }
  });

  it('keeps a heading and a task in document order with the task pointing at the heading above it', () => {
    const text = '# A\n- [ ] one\n## B\n  - [x] two (due 2027-01-15)\n';
    const body = readBody(text, 0, new LineIndex(text));
    assert.deepEqual(body.tasks.map((task) => [task.text, task.checked, task.heading?.text, task.due?.value]), [['one', false, 'A', undefined], ['two', true, 'B', '2027-01-15']]);
  });

  // The body is read in pieces of a few thousand characters; cut at every place a cut may be, the
  // generated bodies (link definitions, code fences and HTML blocks that swallow cuts) read the same.
  it(`reads ${seeds} generated bodies cut into the smallest pieces like the whole`, function () {
    if (process.env.BODY_SEEDS) this.timeout(0);
    for (let seed = 1; seed <= seeds; seed++) {
      const body = `${generatedBody(seed)}\n\n${generatedBody(seed + 100_000)}`;
      const lines = new LineIndex(body);
      const whole = readMarkdownParts(body, 0, lines, body.length, Number.POSITIVE_INFINITY);
      const pieces = readMarkdownParts(body, 0, lines, body.length, 0);
      assert.deepEqual(summary(pieces.body), summary(whole.body), `seed ${seed}:\n${body}`);
      assert.deepEqual(pieces.sections, whole.sections, `seed ${seed}: sections`);
    }
  });
});
