import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { random } from '../../../scripts/bench/random';
import { convertPlan } from '../../../src/core/convert/convertPlan';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import type { Plan } from '../../../src/core/plan/model';
import { readFixture } from '../rules/fixtureFile';
import { PROPERTY_SEED } from './budget';

const FOLDERS = ['../../fixtures/bodyplans', '../../fixtures/convert'].map((folder) => path.resolve(__dirname, folder));
/** Random edits of each fixture, on top of the fixture as written. */
const EDITS_PER_FIXTURE = 12;

/** Characters YAML reads as structure, and others a converter might mishandle, to put into titles. */
const AWKWARD = [': ', ' #', '#', '[x] ', '{', '}', "'", '"', '&anchor', '*alias', '!tag ', '%', '@', '`', '|', '> ', '? ', 'yes', 'null', '~', '0x1F', '1e3', ',', '—', 'é', '😀', '\t', '\\', '---', '...'];

/** What the conversion must keep: the goal, its target, the steps with theirs, the gaps in order. */
function modelOf(plan: Plan) {
  return {
    goal: plan.goal?.value,
    target: plan.target?.value,
    steps: plan.steps.map((step) => ({ title: step.title.value, target: step.target?.value, done: step.done !== undefined })),
    gaps: plan.gaps.map((gap) => ({ title: gap.title.value, status: gap.status })),
  };
}

type Edit = (text: string, next: () => number) => string;

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)];
const lineBreak = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');
const linesOf = (text: string) => text.split(/\r?\n/);

/** Edits a person might make to a plan, each keeping it (most of the time) a plan read from its body. */
const EDITS: readonly { readonly name: string; readonly edit: Edit }[] = [
  {
    name: 'awkward characters in a title',
    edit: (text, next) => {
      const { plan } = parsePlan(text);
      const titles = [plan.goal, ...plan.steps.map((step) => step.title), ...plan.gaps.map((gap) => gap.title)].filter((title) => title !== undefined);
      if (titles.length === 0) return text;
      const title = pick(titles, next);
      const at = title.span.start + 1 + Math.floor(next() * Math.max(1, title.span.end - title.span.start - 1));
      return text.slice(0, at) + pick(AWKWARD, next) + text.slice(at);
    },
  },
  { name: 'CRLF line breaks', edit: (text) => text.replace(/\r?\n/g, '\r\n') },
  { name: 'a byte-order mark', edit: (text) => (text.startsWith('\ufeff') ? text : `\ufeff${text}`) },
  { name: 'no final line break', edit: (text) => text.replace(/\r?\n$/, '') },
  {
    name: 'trailing spaces on a line',
    edit: (text, next) => {
      const lines = linesOf(text);
      const at = Math.floor(next() * lines.length);
      lines[at] += pick(['  ', ' \t', ' '], next);
      return lines.join(lineBreak(text));
    },
  },
  {
    name: 'two adjacent gaps swapped',
    edit: (text, next) => {
      const { plan } = parsePlan(text);
      if (plan.gaps.length < 2) return text;
      const index = Math.floor(next() * (plan.gaps.length - 1));
      const [first, second] = [plan.gaps[index].span, plan.gaps[index + 1].span];
      if (first.end > second.start) return text;
      return text.slice(0, first.start) + text.slice(second.start, second.end) + text.slice(first.end, second.start) + text.slice(first.start, first.end) + text.slice(second.end);
    },
  },
  {
    name: 'a line deleted',
    edit: (text, next) => {
      const lines = linesOf(text);
      lines.splice(Math.floor(next() * lines.length), 1);
      return lines.join(lineBreak(text));
    },
  },
  {
    name: 'a blank line or a note inserted',
    edit: (text, next) => {
      const lines = linesOf(text);
      lines.splice(Math.floor(next() * (lines.length + 1)), 0, pick(['', 'Note: ask about the budget # later', '> quoted: yes', '---', '<!-- a comment -->'], next));
      return lines.join(lineBreak(text));
    },
  },
];

interface Tally {
  converted: number;
  notBodyPlans: number;
  readonly byEdit: Map<string, number>;
}

/** Converts a body-only plan and checks the result reads back to the same plan, every line of the original kept. */
function checkConversion(text: string, today: string, where: string, tally: Tally): void {
  const result = convertPlan(text, today);
  if (!result.ok) {
    // An edit can turn it into notes, or open a frontmatter with a `---` line: no body-only plan to convert then.
    assert.ok(parsePlan(text, { today }).plan.readFrom !== 'body', `${where}: ${result.message}`);
    tally.notBodyPlans++;
    return;
  }
  const before = result.read;
  const at = text.startsWith('\ufeff') ? 1 : 0;
  assert.deepEqual(result.edit.span, { start: at, end: at }, where);
  assert.equal(result.text, text.slice(0, at) + result.edit.newText + text.slice(at), `${where}: the plan below the frontmatter is not the original`);
  // Every line of the original follows the frontmatter (the byte-order mark, if any, moves to the file's start).
  const original = linesOf(text.slice(at));
  assert.deepEqual(linesOf(result.text).slice(-original.length), original, `${where}: an original line was not kept`);
  const after = parsePlan(result.text, { today });
  assert.equal(after.plan.readFrom, 'frontmatter', where);
  const problems = after.problems.map((problem) => `${problem.range.start.line + 1}:${problem.ruleId} ${problem.message}`);
  assert.deepEqual(problems, before.goal ? [] : problems.filter((problem) => /:CP00\d /.test(problem)), `${where}\n${result.edit.newText}`);
  assert.deepEqual(modelOf(after.plan), modelOf(before), `${where}\n${result.edit.newText}`);
  tally.converted++;
}

describe('properties: converting a body-only plan keeps the plan and every line of it', function () {
  this.timeout(120_000);
  const fixtures = FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readFixture(name, readFileSync(path.join(folder, name), 'utf8'))),
  );

  it('has fixtures to convert', () => assert.ok(fixtures.length >= 30, `${fixtures.length}`));

  it(`each fixture, and ${EDITS_PER_FIXTURE} random edits of each, converts and reads back as the same goal, targets, steps and gaps in order`, () => {
    const tally: Tally = { converted: 0, notBodyPlans: 0, byEdit: new Map() };
    fixtures.forEach((fixture, index) => {
      checkConversion(fixture.text, fixture.today, fixture.name, tally);
      const next = random(PROPERTY_SEED + index);
      for (let run = 0; run < EDITS_PER_FIXTURE; run++) {
        let text = fixture.text;
        const applied: string[] = [];
        for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
          const edit = pick(EDITS, next);
          text = edit.edit(text, next);
          applied.push(edit.name);
          tally.byEdit.set(edit.name, (tally.byEdit.get(edit.name) ?? 0) + 1);
        }
        checkConversion(text, fixture.today, `${fixture.name} after ${applied.join(', ')} (run ${run}) — ${JSON.stringify(text)}`, tally);
      }
    });
    const total = fixtures.length * (EDITS_PER_FIXTURE + 1);
    assert.ok(tally.converted >= total * 0.8, `only ${tally.converted} of ${total} texts were body-only plans to convert`);
    if (process.env.CAREER_PLAN_PROPERTY_TALLY) console.log(`      ${tally.converted} converted, ${tally.notBodyPlans} no longer plans after the edits`);
  });
});
