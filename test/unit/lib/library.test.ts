import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintText as coreLintText } from '../../../src/core/lint/lint';
import { rules as registry } from '../../../src/core/rules/registry';
import { isPlan, lintText, lintTextWithSentences, next, parsePlan, rules } from '../../../src/lib/index';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/first-draft.plan.md'), 'utf8');
const TODAY = '2026-11-24';

describe('library', () => {
  it('lintText gives the core linter\'s findings and plan, with the config applied', () => {
    const core = coreLintText(EXAMPLE, { today: TODAY });
    const result = lintText(EXAMPLE, { today: TODAY });
    assert.deepEqual(result.findings, core.findings);
    assert.deepEqual(result.plan, core.parsed.plan);
    const quiet = lintText(EXAMPLE, { today: TODAY, config: { rules: { CP101: 'off' } } });
    assert.ok(core.findings.some((finding) => finding.ruleId === 'CP101'));
    assert.ok(!quiet.findings.some((finding) => finding.ruleId === 'CP101'));
  });

  it('lintTextWithSentences reads a goal as a sentence too, as `career-plan lint` does', async function () {
    // The first call loads the sentence encoder (TensorFlow.js and 28 MB of weights).
    this.timeout(30_000);
    // Its words name something ("presence", "meetings"); read as a sentence, it aims at nothing.
    const plan = '---\ngoal: Be a stronger presence in meetings\nsteps:\n  - title: Team lead\n    target: 2027-06-30\n---\n';
    const ids = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId);
    assert.ok(!ids(lintText(plan, { today: TODAY }).findings).includes('CP101'));
    const read = await lintTextWithSentences(plan, { today: TODAY });
    assert.ok(ids(read.findings).includes('CP101'));
    assert.deepEqual(read.plan, lintText(plan, { today: TODAY }).plan);
    // Everything else is lintText's: on the example, the same findings but for what the sentences add.
    const words = lintText(EXAMPLE, { today: TODAY }).findings;
    const sentences = (await lintTextWithSentences(EXAMPLE, { today: TODAY, config: { rules: { CP101: 'off' } } })).findings;
    assert.deepEqual(ids(sentences), ids(words).filter((id) => id !== 'CP101'));
  });

  it('next reads a text or a parsed plan alike', () => {
    const text = '---\ngoal: g\ntarget: 2030-01-01\nsteps:\n  - title: Lead\n    target: 2020-01-01\n---\n';
    const outlook = next(text, { today: TODAY });
    assert.deepEqual(outlook, next(parsePlan(text).plan, { today: TODAY }));
    assert.equal(outlook.next?.date, '2030-01-01');
    assert.deepEqual(outlook.overdue.map((target) => target.kind), ['step']);
  });

  it('parsePlan never throws: what cannot be read is a problem', () => {
    const { plan, problems } = parsePlan('---\ngoal: [unclosed\n---\n');
    assert.equal(plan.goal, undefined);
    assert.ok(problems.some((problem) => problem.ruleId === 'CP002'));
  });

  it('a day that is not a real YYYY-MM-DD date is refused at once', () => {
    for (const today of ['2027-02-30', '24.11.2026', '']) {
      assert.throws(() => lintText(EXAMPLE, { today }), RangeError, today);
      assert.throws(() => next(EXAMPLE, { today }), RangeError, today);
    }
  });

  it('a config it cannot apply is refused at once, in the words the CLI uses for a .career-plan.json', () => {
    const refused = (config: unknown) => assert.throws(() => lintText(EXAMPLE, { today: TODAY, config: config as never }), TypeError);
    refused({ rules: { CP305: 'eror' } });
    refused({ rules: { CP999: 'off' } });
    refused({ options: { focusLimt: 3 } });
    refused({ options: { focusLimit: 2.5 } });
    refused({ options: { focusLimit: '3' } });
    refused({ options: { minMonthsBetweenSteps: 1.5 } });
    assert.throws(() => lintText(EXAMPLE, { today: TODAY, config: { rules: { CP305: 'eror' } } as never }), /config: "eror" is not a severity\. Did you mean `error`\?/);
    assert.doesNotThrow(() => lintText(EXAMPLE, { today: TODAY, config: { rules: { 'goal-vague-verb': false }, options: { focusLimit: 2, minMonthsBetweenSteps: 0 } } }));
  });

  it('options the editor settings hold wrongly keep their defaults rather than reach a date (a quick fix never writes 2026-4.5-31)', () => {
    const plan = '---\ngoal: Lead the payments team at Acme with 8 engineers by 2029-06-30\nvalues: [craft]\nsteps:\n  - title: Senior engineer\n    target: 2027-03-31\n  - Team lead\n---\n';
    const fixOf = (options: object) => coreLintText(plan, { today: TODAY, config: { options } }).findings.find((finding) => finding.ruleId === 'CP601')?.fix?.edits[0].newText;
    assert.equal(fixOf({ minMonthsBetweenSteps: 1.5 }), fixOf({}));
    assert.equal(fixOf({ minMonthsBetweenSteps: 'six' }), fixOf({}));
    assert.match(fixOf({}) ?? '', /2027-09-30/);
  });

  it('isPlan takes a file for a plan by its name or by its frontmatter, as the CLI does in a folder', () => {
    assert.equal(isPlan('# Notes\n', 'docs/README.md'), false);
    assert.equal(isPlan('# Notes\n', '/home/me/draft.plan.md'), true);
    assert.equal(isPlan('# Notes\n', 'C:\\plans\\career-plan-2027.md'), true);
    // Under a dot-folder too (~/.dotfiles): the same checkout passes or fails wherever it stands otherwise.
    assert.equal(isPlan('# Notes\n', '/home/me/.dotfiles/notes/me.plan.md'), true);
    assert.equal(isPlan(EXAMPLE), true);
  });

  it('rules lists every rule as data, without its check', () => {
    assert.deepEqual(rules.map((rule) => rule.id), registry.map((rule) => rule.id));
    assert.ok(rules.every((rule) => !('check' in rule)));
  });
});
