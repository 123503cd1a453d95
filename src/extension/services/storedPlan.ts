import type * as vscode from 'vscode';
import type { IsoDate } from '../../core/calendar/dates';
import type { Finding, Problem } from '../../core/document/findings';
import type { Plan } from '../../core/plan/model';
import type { Analysis } from './analysis';
import { pack } from './packed';
import type { StoredPlan } from './planState';

interface Unpacked {
  readonly plan: Plan;
  readonly problems: readonly Problem[];
  readonly findings: readonly Finding[];
}

/**
 * A plan read from disk, kept packed (packed.ts): not its text, line index or readings, nor the
 * fixes and suggestions, nor the body's own headings, tasks and comments. Reading `plan`,
 * `problems` or `findings` unpacks them (tens of microseconds), and the unpacked objects are kept
 * for as long as anything uses them.
 */
export function storedPlan(uri: vscode.Uri, analysis: Analysis, today: IsoDate): StoredPlan {
  const { plan, problems } = analysis.parsed;
  const packed = pack(
    {
      plan: { ...plan, body: { offset: plan.body.offset, headings: [], tasks: [], directives: [] } },
      problems: problems.map((problem) => (problem.suggestion ? { ...problem, suggestion: undefined } : problem)),
      findings: analysis.findings.map((finding) =>
        finding.suggestions ? { ...finding, fix: undefined, suggestions: undefined } : finding.fix ? { ...finding, fix: undefined } : finding,
      ),
    },
    analysis.parsed.lines,
  );
  let unpacked: WeakRef<Unpacked> | undefined;
  const read = (): Unpacked => {
    let value = unpacked?.deref();
    if (!value) {
      value = packed.unpack();
      unpacked = new WeakRef(value);
    }
    return value;
  };
  return {
    open: false,
    uri,
    today,
    get plan() {
      return read().plan;
    },
    get problems() {
      return read().problems;
    },
    get findings() {
      return read().findings;
    },
  };
}
