import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { runCli } from '../cli/runCli';
import { exec, installedProject, packOnce, ROOT, temporaryFolder, type Packed } from './packed';

const TODAY = '2026-11-24';
const EXAMPLE = path.join(ROOT, 'examples/first-draft.plan.md');

/**
 * The npm package as a user gets it: packed by `npm pack`, installed from the tarball with no
 * network (everything it runs is bundled, so it has no dependency to fetch), then run as a command
 * and used as a library, from JavaScript and from TypeScript.
 */
describe('the npm package', function () {
  // npm pack builds the package (bundles and type declarations): half a minute on a busy machine.
  this.timeout(240_000);
  let packed: Packed;
  before(() => {
    packed = packOnce();
  });

  it('holds only the bundles (CLI, library, remark plugin, the sentence encoder’s loader), their type declarations, the sentence encoder’s files, the JSON Schemas (a `.career-plan.json` names one by its path in node_modules), the readme and the licence', () => {
    const encoder = ['LICENSE', 'group1-shard1of7', 'group1-shard2of7', 'group1-shard3of7', 'group1-shard4of7', 'group1-shard5of7', 'group1-shard6of7', 'group1-shard7of7', 'model.json', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm', 'vocab.json'].map((name) => `dist/sentence-encoder/${name}`);
    assert.deepEqual(packed.files, ['LICENSE', 'README.md', 'dist/cli.js', 'dist/index.d.ts', 'dist/index.js', 'dist/remark.d.ts', 'dist/remark.mjs', ...encoder, 'dist/sentence.js', 'package.json', 'schemas/career-plan-config.schema.json', 'schemas/career-plan.schema.json']);
  });

  it('installs globally from the tarball offline, and its command runs', async () => {
    const prefix = temporaryFolder('global');
    exec('npm', ['install', '-g', '--prefix', prefix, packed.tarball, '--offline', '--no-audit', '--no-fund'], { cwd: prefix });
    const command = path.join(prefix, 'bin/career-plan');
    assert.equal(exec(command, ['--version']).stdout, `${version}\n`);
    const installed = JSON.parse(exec(command, ['lint', '--format', 'json', '--today', TODAY, EXAMPLE], { cwd: ROOT }).stdout);
    const source = JSON.parse((await runCli(['lint', '--format', 'json', '--today', TODAY, EXAMPLE])).out);
    assert.ok(installed.length > 0);
    assert.deepEqual(installed, source);
  });

  it('is a library for require, import and TypeScript', () => {
    const project = installedProject(packed);
    const required = exec(process.execPath, ['-e', `const p = require('career-plan'); console.log(p.lintText(require('fs').readFileSync(${JSON.stringify(EXAMPLE)}, 'utf8'), { today: '${TODAY}' }).findings.length)`], { cwd: project });
    assert.ok(Number(required.stdout) > 0, required.stdout);
    const imported = exec(process.execPath, ['--input-type=module', '-e', `import { next, parsePlan, rules } from 'career-plan'; console.log(next(parsePlan('---\\ngoal: g\\ntarget: 2030-01-01\\n---\\n').plan, { today: '${TODAY}' }).next.date, rules.length)`], { cwd: project });
    assert.match(imported.stdout, /^2030-01-01 \d+\n$/);
    // The sentence encoder loads from the installed package's own files (dist/sentence.js, dist/sentence-encoder).
    const goal = '---\\ngoal: Be a stronger presence in meetings\\nsteps:\\n  - title: Team lead\\n    target: 2027-06-30\\n---\\n';
    const read = exec(process.execPath, ['-e', `require('career-plan').lintTextWithSentences('${goal}', { today: '${TODAY}' }).then((result) => console.log(result.findings.map((finding) => finding.ruleId).join(' ')))`], { cwd: project });
    assert.match(read.stdout, /\bCP101\b/);
    // The plugin's types name unified's Processor: a remark user has unified.
    fs.symlinkSync(path.join(ROOT, 'node_modules/unified'), path.join(project, 'node_modules/unified'));
    fs.writeFileSync(path.join(project, 'consumer.ts'), CONSUMER);
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] }, files: ['consumer.ts'] }));
    exec(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project]);
  });
});

/** A program that uses the library's types as a TypeScript user would; it compiles only if the declarations are whole and right. */
const CONSUMER = `import { isPlan, lintText, lintTextWithSentences, next, parsePlan, rules, type Finding, type LintConfig, type LintResult, type Plan, type RuleInfo, type Target } from 'career-plan';
import remarkCareerPlan, { type Options } from 'career-plan/remark';

const config: LintConfig = { rules: { CP101: 'off', 'step-overdue': 'error' }, options: { focusLimit: 2 } };
const findings: readonly Finding[] = lintText('---\\ngoal: g\\n---\\n', { today: '2026-01-01', config }).findings;
const plan: Plan = parsePlan('').plan;
const ahead: Target | undefined = next(plan, { today: '2026-01-01' }).next;
const line: number | undefined = findings[0]?.range.start.line;
const ids: string[] = rules.map((rule: RuleInfo) => rule.id);
const plain: boolean = isPlan('# Notes', 'README.md');
const options: Options = { today: '2026-01-01', config, sentences: false };
const read: Promise<LintResult> = lintTextWithSentences('', { today: '2026-01-01' });
// @ts-expect-error the day is a YYYY-MM-DD string
lintText('', { today: 20260101 });
export { ahead, ids, line, options, plain, read, remarkCareerPlan };
`;
