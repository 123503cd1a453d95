import type { IsoDate } from '../../core/calendar/dates';
import type { Finding } from '../../core/document/findings';
import { LineIndex } from '../../core/document/lineIndex';
import { lint } from '../../core/lint/lint';
import type { LintConfig } from '../../core/lint/config';
import { parseIncrementally, type IncrementalParse } from '../../core/parse/incremental';
import type { ParsedPlan } from '../../core/parse/parsePlan';
import { ReadCache } from '../../core/document/readCache';
import { pack } from './packed';

/**
 * What the plan store does with a plan's text, without VS Code: parse (taking over what the
 * previous parse of the same document can give) and lint; and for a plan that is not open, keep only
 * what the views need. The benchmark runs this same code.
 */
export interface Analysis {
  readonly parsed: ParsedPlan;
  readonly findings: readonly Finding[];
  /** For an open document: the parse with its readings, which the next keystroke's parse takes over. */
  readonly reading?: IncrementalParse;
}

export interface AnalysisRequest {
  readonly today: IsoDate;
  readonly config?: LintConfig;
  /** An ignored plan (.career-planignore, `ignores`) is read, for the views, but not linted, as the CLI skips it. */
  readonly ignored?: boolean;
  /** The last analysis of the same open document. */
  readonly previous?: Analysis;
}

export function analyse(text: string, request: AnalysisRequest): Analysis {
  // One cache for the parse and the lint run: what both read is read once, and dropped with it.
  const cache = new ReadCache();
  const reading = parseIncrementally(text, { cache }, request.previous?.reading);
  const { parsed } = reading;
  return { parsed, findings: request.ignored ? [] : lint(parsed, { today: request.today, config: request.config, cache }), reading };
}

const NO_TEXT = new LineIndex('');

/**
 * A plan that is not open keeps its data, problems and findings only, packed (see packed.ts): not
 * its text, line index, the readings kept for the next keystroke, nor the fixes and suggestions (they
 * apply to an open document) or the body's own headings, tasks and comments (its tasks are already in the
 * actions of the steps and gaps they belong to). Reading `parsed` or `findings` unpacks them (tens
 * of microseconds), and the unpacked objects are kept for as long as anything uses them.
 * `parsed.text` is empty and `parsed.lines` counts one empty line: open the document for its text.
 */
export function detach(analysis: Analysis): Analysis {
  const { plan, problems } = analysis.parsed;
  const kept = {
    plan: { ...plan, body: { offset: plan.body.offset, headings: [], tasks: [], directives: [] } },
    problems: problems.map((problem) => (problem.suggestion ? { ...problem, suggestion: undefined } : problem)),
    findings: analysis.findings.map((finding) =>
      finding.suggestions ? { ...finding, fix: undefined, suggestions: undefined } : finding.fix ? { ...finding, fix: undefined } : finding,
    ),
  };
  const packed = pack(kept, analysis.parsed.lines);
  let unpacked: WeakRef<Analysis> | undefined;
  const read = (): Analysis => {
    let value = unpacked?.deref();
    if (!value) {
      const { plan, problems, findings } = packed.unpack();
      value = { parsed: { text: '', lines: NO_TEXT, plan, problems }, findings };
      unpacked = new WeakRef(value);
    }
    return value;
  };
  return {
    get parsed() {
      return read().parsed;
    },
    get findings() {
      return read().findings;
    },
  };
}
