import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../../src/cli/run';
import { looksLikePlan } from '../../../src/core/format/detect';
import { disableForLine } from '../../../src/core/fixes/disableForLine';
import { lint, lintText } from '../../../src/core/lint/lint';
import type { Plan } from '../../../src/core/plan/model';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { REGRESSIONS_DIR } from '../properties/regressionStore';

/**
 * Nothing in a plan runs, and nothing in it reaches the program's own objects. Each input below
 * carries a payload that would leave a trace if it ever ran (a global, an environment variable, a
 * file on disk) or if a key reached a prototype; after every test the traces are looked for.
 * test/unit/core/nothingRuns.test.ts covers the common `---js` fences and `!!js/function`.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-inert-'));
const marker = path.join(dir, 'ran');
const global = globalThis as Record<string, unknown>;
const PAYLOAD = `(globalThis.careerPlanSideEffect = 1, process.env.CAREER_PLAN_SIDE_EFFECT = '1', require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), { goal: 'ran', steps: ['ran'] })`;

const prototypeKeys = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
});
const pristine = prototypeKeys();

function assertNoTrace(): void {
  assert.equal(global.careerPlanSideEffect, undefined, 'a global was set');
  assert.equal(process.env.CAREER_PLAN_SIDE_EFFECT, undefined, 'an environment variable was set');
  assert.equal(existsSync(marker), false, 'a file was written');
  assert.deepEqual(prototypeKeys(), pristine, 'a prototype gained a property');
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'ran']) assert.equal(probe[key], undefined, `Object.prototype.${key}`);
  assert.equal(Object.prototype.toString.call([]), '[object Array]');
}

/**
 * The plan model is plain data: objects with Object's prototype (or none), arrays, strings, numbers
 * and booleans. No function, date, regular expression, buffer or class instance a tag could make.
 */
function assertPlainModel(plan: Plan): void {
  const seen = new Set<unknown>();
  const visit = (value: unknown, where: string): void => {
    if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return;
    assert.equal(typeof value, 'object', `${where} is a ${typeof value}`);
    if (seen.has(value)) return;
    seen.add(value);
    const proto = Object.getPrototypeOf(value);
    assert.ok(proto === Object.prototype || proto === Array.prototype || proto === null, `${where} is a ${proto?.constructor?.name}`);
    for (const key of Object.keys(value as object)) visit((value as Record<string, unknown>)[key], `${where}.${key}`);
  };
  visit(plan, 'plan');
}

describe('security: nothing in a plan runs', () => {
  afterEach(assertNoTrace);
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('a fence naming another language is reported and never read', () => {
    const fences = [
      '---ts', '---typescript', '---node', '---eval', '---ejs', '---cson', '---coffeescript', '---CoffeeScript', '---json', '---toml',
      '---python', '---sh', '--- JavaScript ', '---\tjs', '---js ', '---constructor', '---__proto__', '---toString', '---valueOf',
      '---hasOwnProperty', '---__defineGetter__', '---prototype',
    ];
    for (const fence of fences) {
      it(JSON.stringify(fence), () => {
        for (const eol of ['\n', '\r\n']) {
          for (const bom of ['', '\uFEFF']) {
            const text = `${bom}${fence}${eol}goal: ran${eol}${PAYLOAD}${eol}---${eol}# Notes${eol}`;
            const { parsed, findings } = lintText(text, { today: '2026-06-15' });
            assert.equal(parsed.plan.goal, undefined, 'the fence was read as YAML');
            const problem = parsed.problems.find((p) => p.ruleId === 'CP002');
            assert.match(problem?.message ?? '', /never read or run/);
            assert.deepEqual(problem?.range.start, { line: 0, character: bom.length });
            assert.ok(findings.some((finding) => finding.ruleId === 'CP002'));
            assert.equal(looksLikePlan(text), false);
            disableForLine(parsed, 1, 'CP005');
          }
        }
      });
    }
  });

  it('the command line reads such a fence no more than the editor does', async () => {
    writeFileSync(path.join(dir, 'career-plan.md'), `---js\n${PAYLOAD}\n---\n`);
    for (const args of [['lint'], ['next'], ['timeline', '--format', 'svg'], ['export', '--format', 'ics']]) {
      await run([...args, '--today', '2026-06-15', 'career-plan.md'], { cwd: dir, color: false, out: () => undefined, err: () => undefined });
      assertNoTrace();
    }
  });

  describe('YAML tags make no object and run nothing', () => {
    const tags = [
      `!!js/function "function () { return ${PAYLOAD.replace(/"/g, '\\"')} }"`,
      '!!js/undefined ""',
      '!!js/regexp /ran/g',
      `!!python/object/apply:os.system ["touch ${marker}"]`,
      '!!python/name:os.system',
      '!<tag:yaml.org,2002:js/function> "function () {}"',
      '!!float 1e3',
      '!!set {a, b}',
      '!!omap [a: 1]',
      '!!timestamp 2027-03-31',
      '!!binary aGVsbG8=',
      '!custom value',
    ];
    for (const tag of tags) {
      it(tag.slice(0, 60), () => {
        const text = `---\ngoal: ${tag}\ntarget: ${tag}\nsteps:\n  - title: ${tag}\n    target: ${tag}\n    actions: [${tag}]\ngaps:\n  - ${tag}\nlint:\n  CP005: ${tag}\n---\n`;
        const { parsed } = lintText(text, { today: '2026-06-15' });
        assertPlainModel(parsed.plan);
        assertPlainModel({ lint: parsed.plan.lint?.value } as unknown as Plan);
        disableForLine(parsed, 2, 'CP005');
      });
    }

    it('the !!timestamp and !!binary regression fixture reads as text', () => {
      const { parsed, findings } = lintText(readFileSync(path.join(REGRESSIONS_DIR, 'yaml11-tags.md'), 'utf8'), { today: '2026-06-15' });
      assertPlainModel(parsed.plan);
      assertPlainModel({ lint: parsed.plan.lint?.value } as unknown as Plan);
      assert.equal(parsed.plan.lint?.value.CP401, '2027-03-31');
      for (const finding of findings) assert.doesNotMatch(finding.message, /GMT/, 'a message quotes a Date instead of the text written');
    });
  });

  describe('keys named after JavaScript internals are plain unknown keys, at every level', () => {
    const payload = '{ polluted: yes, isAdmin: true, toString: ran, valueOf: ran }';
    const places: [string, string][] = [
      ['the top level', `goal: Lead a team of eight at Acme by 2030\nsteps: [Team lead]\nKEY: ${payload}`],
      ['a step', `goal: g\nsteps:\n  - title: Team lead\n    KEY: ${payload}`],
      ['a gap', `goal: g\nsteps: [a]\ngaps:\n  - title: Hiring\n    KEY: ${payload}`],
      ['an action', `goal: g\nsteps:\n  - title: a\n    actions:\n      - title: Read\n        KEY: ${payload}`],
      ['a moment', `goal: g\nsteps: [a]\nmoments:\n  - title: Review\n    KEY: ${payload}`],
      ['a company', `goal: g\nsteps: [a]\ncompanies:\n  - name: Acme\n    KEY: ${payload}`],
      ['the review', `goal: g\nsteps: [a]\nreview:\n  every: 3 months\n  KEY: ${payload}`],
      ['the lint block', `goal: g\nsteps: [a]\nlint:\n  KEY: ${payload}`],
      ['a nested unknown value', `goal: g\nsteps: [a]\nextra:\n  deeper:\n    KEY: ${payload}`],
      ['a flow mapping', `goal: g\nsteps: [{title: a, KEY: ${payload}}]`],
      ['a quoted key', `goal: g\nsteps: [a]\n"KEY": ${payload}`],
    ];
    for (const key of ['__proto__', 'constructor', 'prototype', 'Constructor', '__PROTO__', 'hasOwnProperty', '__defineSetter__']) {
      for (const [where, yaml] of places) {
        it(`${key} in ${where}`, () => {
          const { parsed, findings } = lintText(`---\n${yaml.replace('KEY', key)}\n---\n`, { today: '2026-06-15' });
          assertPlainModel(parsed.plan);
          for (const step of parsed.plan.steps) {
            assert.equal(Object.getPrototypeOf(step), Object.prototype);
            assert.equal((step as unknown as Record<string, unknown>).polluted, undefined);
          }
          assert.ok(!findings.some((finding) => /failed on this plan|could not read/.test(finding.message)), 'a rule or the parser threw');
          if (where !== 'the lint block' && where !== 'a nested unknown value') assert.ok(findings.some((finding) => finding.ruleId === 'CP005'), 'reported as an unknown key');
        });
      }
    }

    it('a lint block or config under __proto__ turns no rule off', () => {
      const text = '---\ngoal: g\nsteps: [a]\ntaget: 2027-01-01\nlint:\n  __proto__: { CP005: off, key-unknown: off }\n  constructor: { CP005: off }\n---\n';
      const config = JSON.parse('{ "rules": { "__proto__": { "CP005": "off" } }, "options": { "__proto__": { "focusLimit": 0 } } }');
      const parsed = parsePlan(text);
      assert.ok(lint(parsed, { today: '2026-06-15' }).some((finding) => finding.ruleId === 'CP005'));
      assert.ok(lint(parsed, { today: '2026-06-15', config }).some((finding) => finding.ruleId === 'CP005'));
    });

    it('a .career-plan.json with __proto__ changes nothing in the command line', async () => {
      writeFileSync(path.join(dir, '.career-plan.json'), '{ "rules": { "__proto__": { "CP005": "off", "polluted": "yes" } }, "__proto__": { "polluted": "yes" } }');
      writeFileSync(path.join(dir, 'career-plan.md'), '---\ngoal: g\nsteps: [a]\ntaget: 2027-01-01\n---\n');
      let out = '';
      await run(['lint', '--format', 'json', '--today', '2026-06-15', 'career-plan.md'], { cwd: dir, color: false, out: (text) => (out += text), err: () => undefined });
      assert.ok((JSON.parse(out) as { ruleId: string }[]).some((finding) => finding.ruleId === 'CP005'), out);
      rmSync(path.join(dir, '.career-plan.json'));
    });
  });

  describe('YAML merge keys (<<) are not merged', () => {
    it('at the top level: the goal stays missing and << is an unknown key', () => {
      const { parsed, findings } = lintText('---\n<<: { goal: Merged in, steps: [Merged] }\n---\n', { today: '2026-06-15' });
      assert.equal(parsed.plan.goal, undefined);
      assert.deepEqual(parsed.plan.steps, []);
      assert.ok(findings.some((finding) => finding.ruleId === 'CP005' && finding.message.includes('<<')));
      assert.ok(findings.some((finding) => finding.ruleId === 'CP006'));
    });

    it('in a step: no target arrives from elsewhere', () => {
      const { parsed } = lintText('---\ngoal: g\nsteps:\n  - title: Team lead\n    <<: { target: 2027-01-01, done: 2026-01-01 }\n---\n', { today: '2026-06-15' });
      assert.equal(parsed.plan.steps[0].target, undefined);
      assert.equal(parsed.plan.steps[0].done, undefined);
    });

    it('with an anchor: the alias is reported, not expanded', () => {
      const { parsed, findings } = lintText('---\ngoal: g\nbase: &base { target: 2027-01-01 }\nsteps:\n  - title: Team lead\n    <<: *base\n---\n', { today: '2026-06-15' });
      assert.equal(parsed.plan.steps[0].target, undefined);
      assert.ok(findings.some((finding) => finding.ruleId === 'CP002' && /Aliases/.test(finding.message)));
    });
  });
});
