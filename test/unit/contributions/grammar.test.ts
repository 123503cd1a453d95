// The injection grammar, tokenized with the engine VS Code uses (vscode-textmate on oniguruma's wasm)
// inside the Markdown and YAML grammars it is written for. Those two ship with VS Code, not npm:
// they are read from the code-server the integration tests install; without it only the grammar's
// own structure is checked.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { CODE_SERVER_CACHE } from '../../../scripts/integration/paths';

const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes/career-plan.injection.tmLanguage.json');
const BUILTIN = path.join(CODE_SERVER_CACHE, 'node_modules/code-server/lib/vscode/extensions');
const SCOPE = 'career-plan.frontmatter.injection';

const grammarFiles: Record<string, string> = {
  'text.html.markdown': path.join(BUILTIN, 'markdown-basics/syntaxes/markdown.tmLanguage.json'),
  'source.yaml': path.join(BUILTIN, 'yaml/syntaxes/yaml.tmLanguage.json'),
  'source.yaml.1.0': path.join(BUILTIN, 'yaml/syntaxes/yaml-1.0.tmLanguage.json'),
  'source.yaml.1.1': path.join(BUILTIN, 'yaml/syntaxes/yaml-1.1.tmLanguage.json'),
  'source.yaml.1.2': path.join(BUILTIN, 'yaml/syntaxes/yaml-1.2.tmLanguage.json'),
  'source.yaml.1.3': path.join(BUILTIN, 'yaml/syntaxes/yaml-1.3.tmLanguage.json'),
  'source.yaml.embedded': path.join(BUILTIN, 'yaml/syntaxes/yaml-embedded.tmLanguage.json'),
  [SCOPE]: GRAMMAR_FILE,
};

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let onigLib: Promise<textmate.IOnigLib> | undefined;

function loadOniguruma(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** Tokenizes Markdown as VS Code does with this extension installed: every line, every token's scopes. */
async function tokenize(markdown: string): Promise<Token[][]> {
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scope) => (grammarFiles[scope] ? textmate.parseRawGrammar(readFileSync(grammarFiles[scope], 'utf8'), grammarFiles[scope]) : null),
    getInjections: (scope) => (scope === 'text.html.markdown' ? [SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar did not load');
  let state = textmate.INITIAL;
  return markdown.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

const SAMPLE = `---
goal: "Reach the target: staff by 2029-01-01"
target: 2030-06-30 # career-plan-disable-line CP501
# career-plan-disable-next-line CP101, CP102
steps:
  - title: Team lead
    target: 2027-03-31
    done: true
gaps:
  - title: Hiring
    status: active
review: { every: 3 months, last: 2026-10-01 }
moments:
  - title: Annual review
    kind: review
companies:
  - name: Acme
    priority: high
# an ordinary note about 2027-05-01
---
target: 2027-01-01
`;

/** The scope this grammar gave a piece of text on a line, if any. */
function ours(lines: Token[][], line: number, text: string): string | undefined {
  const token = lines[line].find((t) => t.text === text);
  assert.ok(token, `no token "${text}" on line ${line}: ${lines[line].map((t) => JSON.stringify(t.text)).join(' ')}`);
  return [...token.scopes].reverse().find((scope) => scope.endsWith('.career-plan'));
}

describe('frontmatter grammar', () => {
  const grammar = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8'));

  it('is contributed as an injection into Markdown under its own scope name', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = manifest.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === SCOPE);
    assert.ok(entry, 'no contributes.grammars entry for the injection');
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.equal(path.resolve(ROOT, entry.path), GRAMMAR_FILE);
    assert.equal(grammar.scopeName, SCOPE);
    assert.match(grammar.injectionSelector, /meta\.embedded\.block\.frontmatter/);
  });

  it('has only patterns that oniguruma compiles', async () => {
    const lib = await loadOniguruma();
    const patterns: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') patterns.push(value);
          else collect(value);
        }
      }
    };
    collect(grammar);
    assert.ok(patterns.length >= 6, `${patterns.length} patterns`);
    for (const pattern of patterns) assert.doesNotThrow(() => lib.createOnigScanner([pattern]), pattern);
  });

  describe('inside VS Code 1.100 Markdown and YAML grammars', function () {
    let lines: Token[][];
    before(async function () {
      if (!existsSync(grammarFiles['text.html.markdown'])) this.skip(); // code-server not installed yet
      lines = await tokenize(SAMPLE);
    });

    it('marks plan keys at every level, in block and flow mappings', () => {
      assert.equal(ours(lines, 1, 'goal'), 'keyword.other.key.career-plan');
      assert.equal(ours(lines, 4, 'steps'), 'keyword.other.key.career-plan');
      assert.equal(ours(lines, 5, 'title'), 'keyword.other.key.career-plan');
      assert.equal(ours(lines, 6, 'target'), 'keyword.other.key.career-plan');
      assert.equal(ours(lines, 11, 'every'), 'keyword.other.key.career-plan');
      assert.equal(ours(lines, 17, 'priority'), 'keyword.other.key.career-plan');
    });

    it('marks dates, and the values of priority, status and kind', () => {
      assert.equal(ours(lines, 2, '2030-06-30'), 'constant.numeric.date.career-plan');
      assert.equal(ours(lines, 6, '2027-03-31'), 'constant.numeric.date.career-plan');
      assert.equal(ours(lines, 11, '2026-10-01'), 'constant.numeric.date.career-plan');
      assert.equal(ours(lines, 10, 'active'), 'constant.language.status.career-plan');
      assert.equal(ours(lines, 14, 'review'), 'constant.language.kind.career-plan');
      assert.equal(ours(lines, 17, 'high'), 'constant.language.priority.career-plan');
    });

    it('marks disable comments with their rule ids, on their own line or after a value', () => {
      assert.equal(ours(lines, 2, 'career-plan-disable-line'), 'keyword.control.directive.career-plan');
      assert.equal(ours(lines, 2, 'CP501'), 'constant.other.rule-id.career-plan');
      assert.equal(ours(lines, 3, 'career-plan-disable-next-line'), 'keyword.control.directive.career-plan');
      assert.equal(ours(lines, 3, 'CP102'), 'constant.other.rule-id.career-plan');
    });

    it('leaves strings, ordinary comments and the Markdown body alone', () => {
      const quoted = lines[1].filter((token) => token.scopes.some((scope) => scope.startsWith('string.quoted')));
      assert.ok(quoted.length > 0);
      assert.deepEqual(quoted.filter((token) => token.scopes.some((scope) => scope.endsWith('.career-plan'))), []);
      assert.equal(ours(lines, 18, ' an ordinary note about 2027-05-01'), undefined);
      assert.deepEqual(lines[20].flatMap((token) => token.scopes.filter((scope) => scope.endsWith('.career-plan'))), []);
    });

    it('keeps the YAML structure the YAML grammar sees: no token becomes invalid', () => {
      const invalid = lines.flatMap((line, index) => line.filter((token) => token.scopes.some((scope) => scope.startsWith('invalid'))).map((token) => `${index}: ${token.text}`));
      assert.deepEqual(invalid, []);
      assert.ok(lines[8].find((token) => token.text === 'gaps')?.scopes.includes('meta.mapping.yaml'));
    });
  });
});
