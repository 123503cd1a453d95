// The snippets, accepted with their defaults, must make plans the parser reads without a problem:
// a whole plan on its own, and each piece inserted where it belongs in a small plan.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { expandSnippet } from '../../support/expandSnippet';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = path.join(ROOT, 'snippets/career-plan.code-snippets');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const VARIABLES = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '24' };

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(FILE, 'utf8'));

function expand(name: string): string {
  const snippet = snippets[name];
  assert.ok(snippet, `no snippet named "${name}"`);
  return expandSnippet(snippet.body, VARIABLES).text;
}

/** Inserts text on a line indented by `indent`, as the editor does: later lines get the same indentation. */
function indented(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : indent + line))
    .join('\n');
}

const HOST = (parts: { top?: string; steps?: string; gaps?: string; moments?: string; companies?: string; body?: string }) =>
  [
    '---',
    parts.top ?? 'goal: Become a staff engineer in the platform group',
    'steps:',
    `  ${parts.steps ?? '- Senior engineer'}`,
    'gaps:',
    `  ${parts.gaps ?? '- System design'}`,
    ...(parts.moments ? ['moments:', `  ${parts.moments}`] : []),
    ...(parts.companies ? ['companies:', `  ${parts.companies}`] : []),
    '---',
    parts.body ?? '',
    '',
  ].join('\n');

function parsedWithoutProblems(text: string) {
  const parsed = parsePlan(text);
  assert.deepEqual(parsed.problems.map((p) => `${p.ruleId} line ${p.range.start.line + 1}: ${p.message}`), [], text);
  return parsed.plan;
}

describe('snippets', () => {
  it('is a JSON file of snippets, each with a career- prefix, a body and a description', () => {
    const names = Object.keys(snippets);
    assert.equal(names.length, 7);
    for (const [name, snippet] of Object.entries(snippets)) {
      const prefixes = ([] as string[]).concat(snippet.prefix);
      assert.ok(prefixes.length > 0 && prefixes.every((p) => p.startsWith('career-')), name);
      assert.ok(snippet.description.length > 20, name);
      assert.ok(snippet.body.length > 0, name);
    }
  });

  it('is contributed for Markdown', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = manifest.contributes.snippets.find((s: { path: string }) => path.resolve(ROOT, s.path) === FILE);
    assert.equal(entry?.language, 'markdown');
  });

  it('numbers the tab stops of each snippet 1, 2, 3… with no gaps', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const stops = expandSnippet(snippet.body, VARIABLES).tabStops.filter((n) => n > 0);
      const distinct = [...new Set(stops)].sort((a, b) => a - b);
      assert.deepEqual(distinct, distinct.map((_, index) => index + 1), name);
      assert.ok(distinct.length >= 2, `${name} has ${distinct.length} tab stops`);
    }
  });

  it('makes a whole plan with a dated goal, dated steps and ranked gaps', () => {
    const text = expand('Career plan');
    const plan = parsedWithoutProblems(text);
    assert.ok(plan.goal);
    assert.equal(plan.target?.value, '2026-12-31');
    assert.deepEqual(plan.steps.map((s) => s.target?.value), ['2026-06-30', '2026-12-31']);
    assert.equal(plan.gaps.length, 2);
    assert.equal(plan.gaps[0].status, 'active');
    assert.equal(plan.gaps[1].blocks?.value, 1);
    assert.equal(plan.review?.last?.value, '2026-11-24');
  });

  it('makes a step under steps:', () => {
    const plan = parsedWithoutProblems(HOST({ steps: indented(expand('Career plan step'), '  ') }));
    assert.equal(plan.steps[0].title.value, 'Senior engineer');
    assert.equal(plan.steps[0].target?.value, '2026-12-31');
    assert.equal(plan.steps[0].actions.length, 1);
  });

  it('makes a gap with actions under gaps:', () => {
    const plan = parsedWithoutProblems(HOST({ gaps: indented(expand('Career plan gap'), '  ') }));
    assert.equal(plan.gaps[0].title.value, 'Public speaking');
    assert.equal(plan.gaps[0].status, 'open');
    assert.equal(plan.gaps[0].actions.length, 2);
    assert.equal(plan.gaps[0].actions[1].due?.value, '2026-12-31');
  });

  it('makes a SMART goal with its date and values at the top level', () => {
    const plan = parsedWithoutProblems(HOST({ top: expand('SMART career goal') }));
    assert.match(plan.goal?.value ?? '', /^Become a staff engineer in the platform group, owning/);
    assert.equal(plan.target?.value, '2026-12-31');
    assert.deepEqual(plan.values.map((v) => v.value), ['craft', 'autonomy']);
  });

  it('makes a LAMP target company under companies:', () => {
    const plan = parsedWithoutProblems(HOST({ companies: indented(expand('Target company (LAMP)'), '  ') }));
    const [company] = plan.companies;
    assert.equal(company.priority?.value, 'high');
    assert.equal(company.connections.length, 1);
    assert.ok(company.motivation);
    assert.equal(company.postings.length, 1);
  });

  it('makes a key moment with its preparation under moments:', () => {
    const plan = parsedWithoutProblems(HOST({ moments: indented(expand('Key moment preparation'), '  ') }));
    const [moment] = plan.moments;
    assert.equal(moment.kind, 'review');
    assert.equal(moment.date?.value, '2026-11-24');
    assert.equal(moment.prep.length, 4);
  });

  it('makes a career destination block in the body', () => {
    const plan = parsedWithoutProblems(HOST({ body: expand('Career destination (five years)') }));
    assert.deepEqual(plan.body.headings.map((h) => h.text), ['Career destination: five years from now']);
  });
});

describe('expandSnippet', () => {
  it('takes defaults, first choices, mirrors, variables and escapes', () => {
    const { text, tabStops } = expandSnippet(['a ${1:one ${2:two}} ${3|x,y|} $1 \\$4 ${CURRENT_YEAR}-$CURRENT_MONTH $0'], VARIABLES);
    assert.equal(text, 'a one two x one two $4 2026-11 ');
    assert.deepEqual(tabStops, [1, 2, 3, 0]);
  });
});
