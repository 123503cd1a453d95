import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TABLES, withCurrentTable } from '../../../scripts/rules-table';
import { docsPath, findRule, rules } from '../../../src/core/rules/registry';
import type { Rule } from '../../../src/core/rules/rule';

const root = path.resolve(__dirname, '../../..');
const rulesDir = path.join(root, 'src/core/rules');
const docsDir = path.join(root, 'docs/rules');
const RULE_FILE = /^(cp\d{3})-([a-z0-9-]+)\.ts$/;

/** The criterion each id range stands for (see rule.ts). */
const CRITERION_OF_RANGE: Record<string, Rule['criterion']> = { '0': null, '1': 'S', '2': 'M', '3': 'A', '4': 'R', '5': 'T', '6': null };

describe('rules: registry', () => {
  it('ids and names are unique and well formed, listed in id order', () => {
    const ids = rules.map((rule) => rule.id);
    const names = rules.map((rule) => rule.name);
    assert.equal(new Set(ids).size, ids.length, 'duplicate id');
    assert.equal(new Set(names).size, names.length, 'duplicate name');
    for (const rule of rules) {
      assert.match(rule.id, /^CP\d{3}$/);
      assert.match(rule.name, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      assert.ok(rule.description.length > 20 && /\.$/.test(rule.description), `${rule.id} describes itself in a sentence`);
    }
    assert.deepEqual(ids, [...ids].sort());
  });

  it('each rule checks the criterion of its id range', () => {
    for (const rule of rules) assert.equal(rule.criterion, CRITERION_OF_RANGE[rule.id[2]], rule.id);
  });

  it('every rule file is registered, under the id and name its file name gives', async () => {
    const files = readdirSync(rulesDir).filter((name) => RULE_FILE.test(name));
    assert.equal(files.length, rules.length, 'one file per registered rule');
    for (const file of files) {
      const [, id, name] = RULE_FILE.exec(file)!;
      const module = (await import(path.join(rulesDir, file))) as { default: Rule };
      const registered = rules.find((rule) => rule.id === id.toUpperCase());
      assert.ok(registered, `${file} is not in the registry`);
      assert.equal(module.default.id, id.toUpperCase(), file);
      assert.equal(module.default.name, name, file);
      assert.equal(registered.name, name, file);
    }
  });

  it('every rule has a docs page headed with its id and name', () => {
    for (const rule of rules) {
      const page = path.join(root, docsPath(rule));
      assert.ok(existsSync(page), `${docsPath(rule)} is missing`);
      assert.equal(readFileSync(page, 'utf8').split('\n')[0], `# ${rule.id} ${rule.name}`, docsPath(rule));
    }
  });

  it('every docs page belongs to a rule', () => {
    const pages = readdirSync(docsDir).filter((name) => name !== 'README.md');
    assert.deepEqual(pages.filter((page) => !rules.some((rule) => `${rule.id}.md` === page)), []);
  });

  for (const [file, docsDir] of TABLES) {
    it(`the rules table in ${path.relative(path.resolve(__dirname, '../../..'), file)} is up to date (npx tsx scripts/rules-table.ts)`, () => {
      const readme = readFileSync(file, 'utf8');
      assert.equal(readme, withCurrentTable(readme, docsDir));
    });
  }

  it('finds rules by id or name, in any case', () => {
    assert.equal(findRule('cp501')?.name, 'goal-not-time-bound');
    assert.equal(findRule(' goal-vague-verb ')?.id, 'CP101');
    assert.equal(findRule('no-such-rule'), undefined);
  });
});
