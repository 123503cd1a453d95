import * as assert from 'node:assert/strict';
import { parse, plan, textAt } from './helpers';
import type { ParsedPlan } from '../../../src/core/parse/parsePlan';
import { comparePositions } from '../../../src/core/document/range';

/** Whatever the input, the parser returns, and every range lies inside the text. */
function assertSane(parsed: ParsedPlan): void {
  const end = parsed.lines.positionAt(parsed.text.length);
  for (const problem of parsed.problems) {
    assert.ok(comparePositions(problem.range.start, problem.range.end) <= 0, problem.message);
    assert.ok(comparePositions(problem.range.end, end) <= 0, problem.message);
  }
}

describe('parser: bad input never throws', () => {
  it('an empty file', () => {
    const parsed = parse('');
    assertSane(parsed);
    assert.deepEqual(parsed.problems.map((p) => p.ruleId), ['CP001']);
  });

  it('frontmatter only, with no line break at the end', () => {
    const parsed = parse('---\ngoal: g\nsteps: [a]\n---');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.plan.steps.length, 1);
  });

  it('body only', () => {
    const parsed = parse('# Notes\n- [ ] a task\n');
    assert.equal(parsed.plan.body.tasks.length, 1);
    assert.deepEqual(parsed.problems.map((p) => p.ruleId), ['CP001']);
  });

  it('frontmatter that is not a mapping is said of the frontmatter, never as `undefined` or an empty quote', () => {
    const messages = (yaml: string) => parse(plan(yaml)).problems.map((p) => `${p.ruleId} ${p.message}`);
    for (const empty of ['null', '~']) assert.deepEqual(messages(empty), ['CP006 The frontmatter holds no keys: write a `goal:` line saying where you want your career to be.']);
    assert.deepEqual(messages('42'), ['CP003 The frontmatter should be a mapping of keys such as goal, steps and gaps (it is the number 42).']);
    assert.deepEqual(messages('- a\n- b'), ['CP003 The frontmatter should be a mapping of keys such as goal, steps and gaps.']);
  });

  it('nesting a thousand deep is said in the plan\'s words, a few times, never as the engine\'s stack error', function () {
    // The YAML library takes a second or so to give up on it.
    this.timeout(20_000);
    for (const yaml of [`goal: ${'['.repeat(1000)}${']'.repeat(1000)}`, `goal: ${'['.repeat(1000)}`]) {
      const problems = parse(plan(yaml)).problems;
      assert.ok(problems.length <= 8, `${problems.length} problems`);
      assert.ok(!problems.some((p) => /call stack/i.test(p.message)), problems.map((p) => p.message).join('\n'));
      assert.ok(problems.some((p) => /nests too deeply|Nesting deeper/.test(p.message)));
    }
  });

  it('CRLF line breaks keep exact ranges', () => {
    const parsed = parse('---\r\ngoal: Lead a team\r\nsteps:\r\n  - title: Lead\r\n    target: 2027-03-31\r\n---\r\n# Notes\r\n');
    assert.deepEqual(parsed.problems, []);
    assert.equal(textAt(parsed, parsed.plan.steps[0].target!.range), '2027-03-31');
    assert.deepEqual(parsed.plan.steps[0].target!.range.start, { line: 4, character: 12 });
    assert.equal(parsed.plan.body.headings[0].text, 'Notes');
  });

  it('a byte-order mark before the fence', () => {
    const parsed = parse(`\uFEFF${plan('goal: g', 'steps: [a]')}`);
    assert.deepEqual(parsed.problems, []);
    assert.equal(textAt(parsed, parsed.plan.goal!.range), 'g');
  });

  it('tabs', () => {
    assertSane(parse(plan('goal:\tg', 'steps:', '\t- a', '\t\t- b')));
  });

  it('binary garbage', () => {
    let seed = 7;
    const bytes = Array.from({ length: 4000 }, () => String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
    assertSane(parse(bytes.join('')));
    assertSane(parse(`---\n${bytes.join('')}\n---\n${bytes.join('')}`));
  });

  it('lone surrogates and NUL characters', () => {
    assertSane(parse(plan('goal: \uD800\u0000 lead', 'steps: [\uDC00]')));
  });

  it('a 5 MB file', () => {
    const parsed = parse(`${plan('goal: g', 'steps: [a]')}${'Some notes on my week.\n'.repeat(230_000)}`);
    assert.equal(parsed.plan.goal?.value, 'g');
    assert.ok(parsed.problems.some((p) => p.ruleId === 'CP007'));
  });

  it('an alias bomb is neither expanded nor slow', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = process.hrtime.bigint();
    const parsed = parse(plan('goal: g', 'steps: [a]', 'x:', ...levels.map((l) => `  ${l}`)));
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000, 'bounded');
    assert.ok(parsed.problems.some((p) => p.message.startsWith('Aliases (')));
  });

  it('deeply nested YAML', () => {
    const deep = `goal: g\nsteps: [a]\nx: ${'['.repeat(5000)}${']'.repeat(5000)}`;
    assertSane(parse(plan(deep)));
    const block = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    const parsed = parse(plan('goal: g', 'steps: [a]', block));
    assertSane(parsed);
    assert.ok(parsed.problems.some((p) => p.message.startsWith('Nesting deeper')));
  });

  it('prototype keys are only unknown keys', () => {
    const parsed = parse(plan('goal: g', 'steps: [a]', '__proto__: { polluted: true }', 'constructor: { prototype: { polluted: true } }'));
    assert.deepEqual(parsed.problems.map((p) => p.ruleId), ['CP005', 'CP005']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('YAML 1.1 tags (!!timestamp, !!binary) keep the value as written, as text', () => {
    const parsed = parse(plan('goal: g', 'steps:', '  - title: !!binary aGVsbG8=', '    target: !!timestamp 2027-03-31', 'lint:', '  CP401: !!timestamp 2027-03-31'));
    assert.equal(parsed.plan.lint?.value.CP401, '2027-03-31', 'a !!timestamp value must stay the text written, not become a Date');
    assert.equal(parsed.plan.steps[0]?.title?.value, 'aGVsbG8=', 'a !!binary value must stay the text written, not become a Buffer');
    assert.ok(parsed.problems.some((p) => p.message.startsWith('Custom YAML tags')), 'the tag is reported like any other unknown tag');
  });
});
