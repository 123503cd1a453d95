import * as path from 'node:path';
import type { Finding, Severity } from '../../core/document/findings';
import { terminalText } from './terminalText';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A workflow command's message. terminalText writes line breaks (and every control character) as
 * visible escapes, so a message can never start a line the runner would read as a command of its
 * own; `%` is escaped as the runner unescapes it.
 */
const escapeData = (text: string) => terminalText(text).replace(/%/g, '%25');
/** A workflow command's property value: the message's escapes, and the `:` and `,` that would end the value. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one line per finding (`::warning file=…,line=…,col=…::message`):
 * the runner turns them into annotations on the pull request's files. Paths are relative to the
 * working directory, which a workflow's steps share with the checkout. Info findings are notices.
 */
export function githubAnnotations(results: readonly { absolute: string; findings: readonly Finding[] }[], cwd: string): string {
  const lines: string[] = [];
  for (const { absolute, findings } of results) {
    const file = path.relative(cwd, absolute).split(path.sep).join('/') || absolute;
    for (const finding of findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(`${finding.ruleId} ${finding.ruleName}`)}`,
      ];
      const criterion = finding.criterion ? `[${finding.criterion}] ` : '';
      lines.push(`::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(`${criterion}${finding.message}`)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
