import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/lint';
import { rules } from '../../../src/core/rules/registry';
import { readDocExamples, type DocExample } from './docExamples';

/** The ids of the rules that report on the example, counted once each. */
function reportedBy(example: DocExample): Set<string> {
  const { findings } = lintText(example.text, { today: example.today, config: { options: example.options }, maxBodyLength: example.maxBodyLength });
  return new Set(findings.map((finding) => finding.ruleId));
}

const examples = readDocExamples();

// The "Examples" of each docs/rules/CPnnn.md are its rule's tests, so a page cannot promise what the rule no longer does.
describe('rules: the examples of their docs', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      for (const example of examples.filter((candidate) => candidate.ruleId === rule.id)) {
        it(example.title, () => {
          const found = reportedBy(example);
          assert.equal(found.has(rule.id), example.reported, `${example.reported ? 'not reported' : 'reported'}, linted on ${example.today} as:\n${example.text}\nwith findings of ${[...found].join(', ') || 'no rule'}`);
        });
      }
    });
  }

  it('every rule has an example it reports on its page', () => {
    const shown = new Set(examples.filter((example) => example.reported).map((example) => example.ruleId));
    assert.deepEqual(rules.map((rule) => rule.id).filter((id) => !shown.has(id)), []);
  });
});
