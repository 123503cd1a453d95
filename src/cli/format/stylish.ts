import type { Finding } from '../../core/document/findings';
import { terminalText } from './terminalText';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/**
 * ESLint's "stylish" layout: the file, then one aligned line per finding, then a total; quoted text
 * shows its control characters. `hidden` counts the findings `--quiet` left out, so the total never
 * says "no findings" of a plan that has warnings.
 */
export function stylish(results: readonly { file: string; findings: readonly Finding[] }[], color: boolean, hidden = { warning: 0, info: 0 }): string {
  const paint = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    lines.push(terminalText(file));
    const rows = findings.map((f) => {
      counts[f.severity]++;
      const criterion = f.criterion ? `[${f.criterion}] ` : '';
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, terminalText(`${criterion}${f.message}`), `${f.ruleId}/${f.ruleName}`] as const;
    });
    const width = (i: 0 | 1) => Math.max(...rows.map((row) => row[i].length));
    for (const [place, severity, message, rule] of rows) {
      lines.push(`  ${paint('dim', place.padEnd(width(0)))}  ${paint(severity, severity.padEnd(width(1)))}  ${message}  ${paint('dim', rule)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  const plans = `${results.length} plan${results.length === 1 ? '' : 's'}`;
  const hiddenParts = [hidden.warning > 0 ? `${hidden.warning} warning${hidden.warning === 1 ? '' : 's'}` : '', hidden.info > 0 ? `${hidden.info} info` : ''].filter(Boolean);
  const notShown = hiddenParts.length === 0 ? '' : `; ${hiddenParts.join(' and ')} not shown (--quiet)`;
  if (total === 0) return `${plans} checked: ${notShown === '' ? 'no findings' : `no errors${notShown}`}.\n`;
  const summary = `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${plans}${notShown}`;
  lines.push(paint(counts.error > 0 ? 'error' : 'warning', summary));
  return `${lines.join('\n')}\n`;
}
