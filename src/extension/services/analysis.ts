import type { IsoDate } from '../../core/calendar/dates';
import type { Finding } from '../../core/document/findings';
import { lint } from '../../core/lint/lint';
import type { LintConfig } from '../../core/lint/config';
import { parseIncrementally, type IncrementalParse } from '../../core/parse/incremental';
import type { ParsedPlan } from '../../core/parse/parsePlan';
import { ReadCache } from '../../core/document/readCache';
import type { LearnedReader } from '../../core/smart/learnedReader';

/**
 * What the plan store does with a plan's text, without VS Code: parse (taking over what the
 * previous parse of the same document can give) and lint. The benchmark runs this same code.
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
  /** The learned reader of goals, once loaded (learnedReaderLoader.ts). */
  readonly reader?: LearnedReader;
}

/** A text parsed, with the cache its lint run is to share. */
export interface Read {
  readonly reading: IncrementalParse;
  readonly cache: ReadCache;
}

/** The parse alone, for a caller that decides from it whether to lint (a body-only plan or not). */
export function readText(text: string, request: Pick<AnalysisRequest, 'today' | 'previous'>): Read {
  // One cache for the parse and the lint run: what both read is read once, and dropped with it.
  const cache = new ReadCache();
  return { reading: parseIncrementally(text, { cache, today: request.today }, request.previous?.reading), cache };
}

export function analyse(text: string, request: AnalysisRequest, read: Read = readText(text, request)): Analysis {
  const { reading, cache } = read;
  const { parsed } = reading;
  return { parsed, findings: request.ignored ? [] : lint(parsed, { today: request.today, config: request.config, cache, reader: request.reader }), reading };
}
