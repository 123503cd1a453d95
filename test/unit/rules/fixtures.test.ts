import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits';
import type { Finding } from '../../../src/core/document/findings';
import { lintText } from '../../../src/core/lint/lint';
import { rules } from '../../../src/core/rules/registry';
import { byLine, readFixtures, type Fixture } from './fixtureFile';

function lintFixture(fixture: Fixture, text = fixture.text): Finding[] {
  return lintText(text, { today: fixture.today, config: { options: fixture.options }, maxBodyLength: fixture.maxBodyLength }).findings;
}

const asLines = (findings: readonly Finding[]) => findings.map((finding) => `${finding.range.start.line + 1}:${finding.ruleId}`).sort(byLine);

function tally(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

const fixtures = readFixtures();

describe('rules: fixtures with inline expectations', () => {
  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const findings = lintFixture(fixture);

      it('reports exactly the expected findings', () => {
        assert.deepEqual(asLines(findings), fixture.expected);
      });

      for (const finding of findings.filter((candidate) => candidate.fix)) {
        it(`${finding.ruleId} on line ${finding.range.start.line + 1}: “${finding.fix!.title}” removes the finding and breaks nothing`, () => {
          const fixed = applyEdits(fixture.text, finding.fix!.edits);
          const after = tally(lintFixture(fixture, fixed));
          const before = tally(findings);
          assert.ok((after.get(finding.ruleId) ?? 0) < before.get(finding.ruleId)!, `still reported after the fix:\n${fixed}`);
          for (const [ruleId, n] of after) {
            assert.ok(n <= (before.get(ruleId) ?? 0), `the fix added a ${ruleId} finding:\n${fixed}`);
          }
        });
      }

      for (const finding of findings) {
        for (const suggestion of finding.suggestions ?? []) {
          it(`${finding.ruleId} on line ${finding.range.start.line + 1}: suggestion “${suggestion.title}” removes the finding and keeps the YAML valid`, () => {
            const applied = applyEdits(fixture.text, suggestion.edits);
            const after = tally(lintFixture(fixture, applied));
            assert.ok((after.get(finding.ruleId) ?? 0) < tally(findings).get(finding.ruleId)!, `still reported after the suggestion:\n${applied}`);
            assert.equal(after.get('CP002'), tally(findings).get('CP002'), `the suggestion broke the YAML:\n${applied}`);
          });
        }
      }
    });
  }

  it('every rule is expected in some fixture', () => {
    const covered = new Set(fixtures.flatMap((fixture) => fixture.expected.map((entry) => entry.split(':')[1])));
    assert.deepEqual(rules.map((rule) => rule.id).filter((id) => !covered.has(id)), []);
  });

  it('every fixable rule has a fix exercised by some fixture', () => {
    const fixed = new Set(fixtures.flatMap((fixture) => lintFixture(fixture).filter((finding) => finding.fix).map((finding) => finding.ruleId)));
    assert.deepEqual(rules.filter((rule) => rule.fixable && !fixed.has(rule.id)).map((rule) => rule.id), []);
  });

  it('no rule without fixable: true offers a fix', () => {
    const offered = new Set(fixtures.flatMap((fixture) => lintFixture(fixture).filter((finding) => finding.fix).map((finding) => finding.ruleId)));
    assert.deepEqual(rules.filter((rule) => !rule.fixable && offered.has(rule.id)).map((rule) => rule.id), []);
  });

  it('the rules with suggestions, and only they, offer some in the fixtures', () => {
    const offered = new Set(fixtures.flatMap((fixture) => lintFixture(fixture).filter((finding) => finding.suggestions).map((finding) => finding.ruleId)));
    assert.deepEqual([...offered].sort(), rules.filter((rule) => rule.hasSuggestions).map((rule) => rule.id));
  });
});
