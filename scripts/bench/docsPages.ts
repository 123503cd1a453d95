/**
 * A generated documentation workspace (issue 23): pages of realistic sizes, most with frontmatter of
 * their own (titles, tags, tutorials' `steps:`, a few pages' `goal:`), three career plans, and folders
 * a person's editor leaves out: a build output excluded by `search.exclude`, a cache folder in
 * `.gitignore`, and packages under `node_modules/` (search.exclude's default). The same seed gives
 * the same files. Used by the benchmark (docsWorkspace.ts) and the integration suite's big-workspace
 * check, at different sizes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makePlan } from './plans';
import { random } from './random';

export interface DocsSpec {
  /** Documentation pages under docs/. */
  readonly pages: number;
  /** Copies of the first pages under build/ (excluded by search.exclude). */
  readonly buildCopies: number;
  /** Pages under .cache/ (listed in .gitignore). */
  readonly cachedPages: number;
  /** README files under node_modules/ (excluded by search.exclude's default). */
  readonly packageReadmes: number;
}

export interface DocsWorkspace {
  readonly root: string;
  /** Every Markdown file, relative to the root, with the plans and the excluded ones among them. */
  readonly markdownFiles: number;
  readonly plans: readonly string[];
  /** Folders (relative, with a trailing slash) whose files the editor is told to leave out. */
  readonly excludedFolders: readonly string[];
}

/** Issue 23's workspace, as the benchmark generates it; the integration suite's check uses a quarter of it by default. */
export const FULL_DOCS: DocsSpec = { pages: 20_000, buildCopies: 5_000, cachedPages: 500, packageReadmes: 500 };

/** Bump when the generated files change, so a workspace generated before is made again. */
const GENERATOR_VERSION = 1;
const STAMP = '.generated.json';

/** Two plans named by the default `careerPlan.planFiles` globs and one found by its frontmatter alone. */
export const DOCS_PLANS = ['career-plan.md', 'team/leads/growth.plan.md', 'docs/handbook/people/my-goals.md'];
const EXCLUDED_FOLDERS = ['build/', '.cache/', 'node_modules/'];
const SETTINGS = { 'search.exclude': { '**/build': true } };
const GITIGNORE = '# Local caches of the docs tooling\n/.cache/\n*.log\n';

const SECTIONS = ['getting-started', 'guides', 'reference', 'api', 'operations', 'security', 'handbook', 'release-notes', 'tutorials', 'architecture', 'integrations', 'faq', 'migration', 'design', 'data', 'mobile', 'web', 'cli', 'contributing', 'blog'];
const TOPICS = ['search index', 'billing export', 'access tokens', 'rate limits', 'webhooks', 'audit log', 'single sign-on', 'data retention', 'feature flags', 'build cache', 'deploy previews', 'on-call rota', 'incident review', 'style guide', 'release train'];
const WORDS = 'the service keeps each request within its budget and retries once when the upstream answers slowly while the client waits for a token that expires after an hour unless it is refreshed by the scheduler which runs every few minutes and writes a log line for every job it starts'.split(' ');
const TAGS = ['how-to', 'concept', 'reference', 'internal', 'beta', 'deprecated', 'ops', 'security', 'performance'];

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)];

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => pick(WORDS, next));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

/** The page's frontmatter: most pages have one, tutorials list their steps, a few state a goal. */
function frontmatter(n: number, topic: string, next: () => number): string {
  const kind = next();
  if (kind < 0.15) return '';
  const lines = ['---', `title: ${topic.replace(/^./, (c) => c.toUpperCase())} (${n})`, `description: ${sentence(next)}`, `sidebar_position: ${n % 50}`, `tags: [${pick(TAGS, next)}, ${pick(TAGS, next)}]`];
  if (kind < 0.2) lines.push('steps:', ...Array.from({ length: 3 + (n % 5) }, (_, i) => `  - Step ${i + 1}: ${sentence(next)}`));
  else if (kind < 0.22) lines.push(`goal: Learn how the ${topic} works`);
  else if (kind < 0.32) {
    lines.push('authors:', ...Array.from({ length: 2 + (n % 4) }, (_, i) => `  - name: Author ${i} of page ${n}\n    url: https://example.invalid/people/${n}-${i}`));
    lines.push(`keywords: [${Array.from({ length: 12 }, () => pick(WORDS, next)).join(', ')}]`, `last_update: { date: 2026-0${1 + (n % 9)}-1${n % 10}, author: Author 0 }`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

/** Most pages are 2–10 KB; one in 400 is a long reference page of 0.2–1 MB. */
function pageSize(next: () => number): number {
  return next() < 1 / 400 ? 200_000 + Math.floor(next() * 800_000) : 2_000 + Math.floor(next() * 8_000);
}

function page(n: number): string {
  const next = random(n + 1);
  const topic = pick(TOPICS, next);
  const parts = [frontmatter(n, topic, next), `# ${topic} ${n}\n\n`];
  const size = pageSize(next);
  let length = parts[0].length + parts[1].length;
  for (let section = 1; length < size; section++) {
    const chunk = [
      `## Section ${section}: ${pick(TOPICS, next)}`,
      '',
      `${sentence(next)} ${sentence(next)} See [the ${pick(TOPICS, next)} page](../${pick(SECTIONS, next)}/page-${section}.md).`,
      '',
      `- ${sentence(next)}`,
      `- ${sentence(next)}`,
      '',
      section % 3 === 0 ? '```yaml\nsteps:\n  - run: make docs\n```\n' : `> ${sentence(next)}\n`,
    ].join('\n');
    parts.push(chunk);
    length += chunk.length;
  }
  return parts.join('');
}

/** Where page n goes: sections, then subsections of 100 pages. */
function pagePath(n: number): string {
  return `${SECTIONS[n % SECTIONS.length]}/part-${Math.floor(n / 2_000)}/page-${n}.md`;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Writes the workspace into `root` (kept between runs when it was generated with the same spec). */
export function writeDocsWorkspace(root: string, spec: DocsSpec): DocsWorkspace {
  const markdownFiles = spec.pages + spec.buildCopies + spec.cachedPages + spec.packageReadmes + DOCS_PLANS.length;
  const workspace = { root, markdownFiles, plans: DOCS_PLANS, excludedFolders: EXCLUDED_FOLDERS };
  const stamp = JSON.stringify({ GENERATOR_VERSION, spec });
  if (fs.existsSync(path.join(root, STAMP)) && fs.readFileSync(path.join(root, STAMP), 'utf8') === stamp) return workspace;
  fs.rmSync(root, { recursive: true, force: true });
  for (let n = 0; n < spec.pages; n++) {
    const text = page(n);
    write(path.join(root, 'docs', pagePath(n)), text);
    if (n < spec.buildCopies) write(path.join(root, 'build', pagePath(n)), text);
  }
  for (let n = 0; n < spec.cachedPages; n++) write(path.join(root, '.cache/rendered', pagePath(n)), page(n));
  for (let n = 0; n < spec.packageReadmes; n++) write(path.join(root, 'node_modules', `package-${n}`, 'README.md'), page(1_000_000 + n));
  DOCS_PLANS.forEach((plan, i) => write(path.join(root, plan), makePlan('typical', 9_000 + i)));
  write(path.join(root, '.vscode/settings.json'), `${JSON.stringify(SETTINGS, null, 2)}\n`);
  write(path.join(root, '.gitignore'), GITIGNORE);
  write(path.join(root, STAMP), stamp);
  return workspace;
}

/** The same three plans alone, with the same settings: what the docs workspace is compared with. */
export function writePlansOnly(root: string): DocsWorkspace {
  return writeDocsWorkspace(root, { pages: 0, buildCopies: 0, cachedPages: 0, packageReadmes: 0 });
}
