// remark-career-plan (`career-plan/remark`): the career-plan rules in a remark or unified pipeline,
// e.g. `remark . --use remark-frontmatter --use career-plan/remark`. It is an adapter of the library,
// like the CLI of the core: each plan is linted from its text by the library's lintTextWithSentences
// (the mdast tree is not read, so the findings are the CLI's), and the findings become vfile
// messages. Each rule is a unified-lint-rule rule of its own, named by its id, so remark-lint's
// comments (`<!-- lint disable CP101 -->`) turn it off as they do any remark-lint rule.
import remarkLint from 'remark-lint';
import type { Processor } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { configurationReader, rules, type Finding, type PlanConfiguration, type Severity } from '../lib/index';
import { lintFile } from './lintFile';
import type { Options } from './options';

export type { Options } from './options';

/** Each file's findings, from the analysis that runs before the rules. */
const findingsOf = new WeakMap<VFile, readonly Finding[]>();
/** The severity of each message a rule made: unified-lint-rule marks them all alike. */
const severityOf = new WeakMap<VFile['messages'][number], Severity>();

/** One remark-lint rule per career-plan rule: it reports that rule's findings of the file. */
const lintRules = rules.map((rule) =>
  lintRule({ origin: `remark-lint:${rule.id}` }, (_tree, file) => {
    for (const finding of findingsOf.get(file) ?? []) {
      if (finding.ruleId !== rule.id) continue;
      const { start, end } = finding.range;
      const message = file.message(finding.message, { place: { start: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } } });
      severityOf.set(message, finding.severity);
    }
  }),
);

/**
 * The plugin. It adds remark-lint (which reads the `lint` comments) and the rules; a message's
 * `fatal` follows the finding's severity, as vfile-reporter and remark's exit code read it:
 * an error is fatal, a warning is not, an info is neither.
 */
export default function remarkCareerPlan(this: Processor, options: Options = {}): undefined {
  this.use(remarkLint);
  // One reader per working directory for this pipeline: each folder's configuration files are read once, not once per file.
  const readers = new Map<string, Promise<(file: string) => Promise<PlanConfiguration>>>();
  const configurationOf = async (file: string, cwd: string) => {
    let reader = readers.get(cwd);
    if (!reader) readers.set(cwd, (reader = configurationReader(cwd)));
    return (await reader)(file);
  };
  this.use(() => async (_tree, file) => {
    findingsOf.set(file, await lintFile(file, options, configurationOf));
  });
  for (const rule of lintRules) this.use(rule);
  this.use(() => (_tree, file) => {
    for (const message of file.messages) {
      const severity = severityOf.get(message);
      if (severity) message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    }
  });
}
