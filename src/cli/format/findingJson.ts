import type { Finding } from '../../core/document/findings';

/**
 * One finding as the CLI's JSON output gives it. This shape is a contract other tools rely on:
 * fields may be added, never renamed or dropped. Lines and columns are 1-based.
 */
export interface FindingJson {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  ruleName: string;
  criterion: Finding['criterion'];
  severity: Finding['severity'];
  message: string;
  subject: string;
  fixable: boolean;
}

export function findingJson(file: string, finding: Finding): FindingJson {
  return {
    file,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    ruleId: finding.ruleId,
    ruleName: finding.ruleName,
    criterion: finding.criterion,
    severity: finding.severity,
    message: finding.message,
    subject: finding.subject,
    fixable: finding.fix !== undefined,
  };
}
