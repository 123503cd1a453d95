import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CRITERION_NAMES, type Finding, type Severity } from '../../core/document/findings';
import { docsPath, rules } from '../../core/rules/registry';
import { rulePage } from '../docs';

const LEVELS: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

/**
 * The findings as a SARIF 2.1.0 log, the format GitHub code scanning and other dashboards read. The
 * driver lists every rule with its description, default level, SMART criterion as a tag, and its
 * documentation page as a `file:` URI where the pages came with the CLI (SARIF wants an absolute
 * URI there; the project has no web address). Each result points at its plan relative to the working
 * directory (`%SRCROOT%`, which code scanning resolves against the checkout), lines and columns
 * 1-based, columns in UTF-16 code units as the core counts them.
 */
export function sarifLog(results: readonly { absolute: string; findings: readonly Finding[] }[], cwd: string, packageRoot: string | undefined): Sarif.Log {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'career-plan', rules: rules.map((rule) => descriptor(rule, packageRoot)) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : `${cwd}${path.sep}`).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ absolute, findings }) =>
          findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: index.get(finding.ruleId),
            level: LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [{ physicalLocation: { artifactLocation: artifact(absolute, cwd), region: region(finding) } }],
            properties: { subject: finding.subject },
          })),
        ),
      },
    ],
  };
}

function descriptor(rule: (typeof rules)[number], packageRoot: string | undefined): Sarif.ReportingDescriptor {
  const page = rulePage(packageRoot, rule.id);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    help: { text: `${rule.description} See ${docsPath(rule)}.` },
    ...(page && { helpUri: pathToFileURL(page).href }),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { tags: rule.criterion ? [CRITERION_NAMES[rule.criterion]] : [] },
  };
}

/** A plan inside the working directory by its relative URI; one outside it by its absolute file URI. */
function artifact(absolute: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(finding: Finding): Sarif.Region {
  const { start, end } = finding.range;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
