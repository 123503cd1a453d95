import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OPTIONS, type LintOptions } from '../../../src/core/rules/options';
import { DEFAULT_TODAY } from './fixtureFile';

const RULE_DOCS = path.resolve(__dirname, '../../../docs/rules');

/** How the examples under one "Reported" or "Not reported" line are linted. */
interface Label {
  /** True under "Reported", false under "Not reported". */
  readonly reported: boolean;
  readonly today: string;
  readonly options: Partial<LintOptions>;
  readonly maxBodyLength?: number;
}

/**
 * One example of a rule's doc page, as the unit test lints it. The convention it is read by is told
 * to doc writers in docs/rules/README.md ("The examples are tests"): keep the two in step.
 */
export interface DocExample extends Label {
  readonly ruleId: string;
  /** The whole plan the linter is given. */
  readonly text: string;
  /** The example on one line, to name its test. */
  readonly title: string;
}

const FENCE = /^```(\w*)\s*$/;
const LABEL = /^(Not reported|Reported)\b/;
/** A setting in a label, written as YAML in backticks: "Reported with `focusLimit: 2`:". */
const SETTING = /`(\w+):\s*(\d+)`/g;
/** Besides the rule options, a label may lower the body's reading limit so an example of CP007 fits on the page. */
const MAX_BODY = 'maxBodyLength';

export function readDocExamples(): DocExample[] {
  return readdirSync(RULE_DOCS)
    .filter((name) => /^CP\d{3}\.md$/.test(name))
    .sort()
    .flatMap((name) => examplesOf(name.slice(0, -'.md'.length), readFileSync(path.join(RULE_DOCS, name), 'utf8')));
}

/** The examples of one doc page: the fenced blocks of its "## Examples" section, each under the label before it. */
function examplesOf(ruleId: string, page: string): DocExample[] {
  const lines = page.split(/\r?\n/);
  const start = lines.indexOf('## Examples');
  if (start < 0) throw new Error(`${ruleId}.md has no "## Examples" section`);
  const examples: DocExample[] = [];
  let label: Label | undefined;
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) label = nextLabel(ruleId, paragraph.join(' '), label);
    paragraph = [];
  };
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    const fence = FENCE.exec(lines[i]);
    if (!fence) {
      if (lines[i].trim() === '') endParagraph();
      else paragraph.push(lines[i].trim());
      continue;
    }
    endParagraph();
    const close = lines.findIndex((line, index) => index > i && /^```\s*$/.test(line));
    if (close < 0) throw new Error(`${ruleId}.md: the example on line ${i + 1} is not closed`);
    if (!label) throw new Error(`${ruleId}.md: the example on line ${i + 1} has no "Reported:" or "Not reported:" line above it`);
    for (const text of plansOf(ruleId, fence[1], lines.slice(i + 1, close))) {
      examples.push({ ...label, ruleId, text, title: titleOf(label.reported, text) });
    }
    i = close;
  }
  return examples;
}

/**
 * A paragraph starting "Reported" or "Not reported" and ending with a colon labels the examples
 * below it; one ending otherwise ("Not reported: any plan of ordinary length.") is prose and labels
 * none. A paragraph ending with a colon between two examples ("or a task in the notes:") keeps the
 * label.
 */
function nextLabel(ruleId: string, text: string, current: Label | undefined): Label | undefined {
  if (!text.endsWith(':')) return undefined;
  const kind = LABEL.exec(text)?.[1];
  if (!kind) return current;
  const options: Record<string, number> = {};
  let maxBodyLength: number | undefined;
  for (const [, key, value] of text.matchAll(SETTING)) {
    if (key === MAX_BODY) maxBodyLength = Number(value);
    else if (key in DEFAULT_OPTIONS) options[key] = Number(value);
    else throw new Error(`${ruleId}.md: "${key}" in the label "${text}" is neither a rule option nor ${MAX_BODY}`);
  }
  const today = /\bon (\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1] ?? DEFAULT_TODAY;
  return { reported: kind === 'Reported', today, options: options as Partial<LintOptions>, maxBodyLength };
}

/**
 * The plans a block stands for. A `markdown` block is a whole file. A `yaml` block is the
 * frontmatter, put between `---` lines; when every line of it is a `goal:`, each line is an example
 * of its own.
 */
function plansOf(ruleId: string, language: string, block: readonly string[]): string[] {
  if (language === 'markdown') return [block.join('\n') + '\n'];
  if (language !== 'yaml') throw new Error(`${ruleId}.md: an example is \`\`\`yaml (the frontmatter) or \`\`\`markdown (the whole file), not \`\`\`${language}`);
  const frontmatter = (yaml: string) => `---\n${yaml}\n---\n`;
  return block.every((line) => line.startsWith('goal:')) ? block.map(frontmatter) : [frontmatter(block.join('\n'))];
}

/** "Reported: steps: - title: Team lead target: 2027-03-31 …", short enough to read in the test report. */
function titleOf(reported: boolean, text: string): string {
  const kind = reported ? 'Reported' : 'Not reported';
  const example = text.replace(/^---$/gm, '').replace(/\s+/g, ' ').trim();
  return `${kind}: ${example.length > 80 ? `${example.slice(0, 79)}…` : example}`;
}
