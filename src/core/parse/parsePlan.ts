import type { IsoDate } from '../calendar/dates';
import type { Fix, Problem } from '../document/findings';
import { LineIndex } from '../document/lineIndex';
import type { Body, Frontmatter, Plan } from '../plan/model';
import type { Span } from '../document/range';
import type { ReadCache } from '../document/readCache';
import { readBodyPlan } from '../bodyplan/readBodyPlan';
import { readBodyParts } from './body';
import type { BodyParts } from './bodyParts';
import { MAX_UNCUT_LENGTH } from './bodyGuards';
import { buildPlan } from './buildPlan';
import type { BuildProblem } from './planItems';
import { frontmatterDirectives } from './directives';
import { endsLinesWithCarriageReturns, explainYamlProblems, misplacedClose } from './fenceHints';
import { splitFrontmatter } from './split';
import { dateMessage, validatePlanData, type ValidationProblem } from './validate';
import type { YNode } from './yamlNodes';
import { readYaml, type YamlRead } from './yamlTree';

/** Blank lines, then what would open the frontmatter if it stood on the first line. */
const LATE_FENCE = /^(\uFEFF?(?:[ \t]*\r?\n)+)---[ \t]*\r?\n/;

export interface ParsedPlan {
  readonly text: string;
  readonly lines: LineIndex;
  readonly plan: Plan;
  /** Everything that could not be read as the format says, each at its place. */
  readonly problems: readonly Problem[];
}

export interface ParseOptions {
  /** Above this many characters the body is not read (the frontmatter still is). */
  readonly maxBodyLength?: number;
  /** Above this many characters the frontmatter is not read either: the plan is too large to check. */
  readonly maxFrontmatterLength?: number;
  /**
   * The day a plan written without frontmatter is read on: its dates counted from today ("in two
   * years") are read only when given. A plan with frontmatter never needs it.
   */
  readonly today?: IsoDate;
  /** The analysis's cache: the frontmatter's reading is kept there for the edits its rules' fixes make. */
  readonly cache?: ReadCache;
}

/**
 * The three readings whose cost grows with the text: its lines, the YAML between the fences and the
 * body. parsePlan reads the whole text with WHOLE_TEXT; an incremental parse (incremental.ts) gives
 * readers that take over what the last parse of the same document read.
 */
export interface PlanReaders {
  lines(text: string): LineIndex;
  /** `yaml` is the frontmatter's YAML with its last line break; `start` its offset in the document. */
  frontmatter(yaml: string, start: number, cache: ReadCache | undefined): FrontmatterReading;
  body(text: string, offset: number, lines: LineIndex): BodyParts;
}

/** What the YAML between the fences says: its tree, the YAML reader's problems and the format's. */
export interface FrontmatterReading {
  readonly root: YNode | undefined;
  readonly problems: YamlRead['problems'];
  readonly broken: boolean;
  readonly validation: readonly ValidationProblem[];
}

export const WHOLE_TEXT: PlanReaders = {
  lines: (text) => new LineIndex(text),
  frontmatter: (yaml, start, cache) => readFrontmatter(readYaml(yaml, start, cache)),
  body: (text, offset, lines) => readBodyParts(text, offset, lines),
};

/** The format's problems with a YAML tree, once the YAML reader read one that is not broken. */
export function readFrontmatter(read: YamlRead): FrontmatterReading {
  return { root: read.root, problems: read.problems, broken: read.broken, validation: read.root && !read.broken ? validatePlanData(read.root) : [] };
}

export const DEFAULT_MAX_BODY_LENGTH = 1_000_000;
/** About 700 steps and gaps: far more than any plan, and read in a few milliseconds. */
export const DEFAULT_MAX_FRONTMATTER_LENGTH = 100_000;
const YAML_LANGUAGES = new Set(['yaml', 'yml']);

/**
 * Turns a plan's text into its model and its problems. Never throws: whatever goes wrong becomes a
 * problem at the place it concerns.
 */
export function parsePlan(text: string, options: ParseOptions = {}, readers: PlanReaders = WHOLE_TEXT): ParsedPlan {
  const maxBody = options.maxBodyLength ?? DEFAULT_MAX_BODY_LENGTH;
  const maxFrontmatter = options.maxFrontmatterLength ?? DEFAULT_MAX_FRONTMATTER_LENGTH;
  const lines = readers.lines(text);
  const problems: Problem[] = [];
  const add = (ruleId: string, span: Span, message: string, subject: string, suggestion?: Fix) =>
    problems.push({ ruleId, message, subject, range: lines.rangeOf(firstLineOf(span, lines)), ...(suggestion && { suggestion }) });
  try {
    if (endsLinesWithCarriageReturns(text)) {
      add('CP002', { start: 0, end: 0 }, 'This file ends its lines with a lone carriage return (an old Mac format), so it reads as one line: save it with LF or CRLF line endings.', 'frontmatter');
      return { text, lines, plan: emptyPlan(), problems };
    }
    const split = splitFrontmatter(text);
    let frontmatter: Frontmatter | undefined;
    let root: YNode | undefined;
    if (split.frontmatter) {
      const { span, contentSpan, language, closed } = split.frontmatter;
      frontmatter = { span, contentSpan, language, range: lines.rangeOf(span) };
      const fence = { start: span.start, end: contentSpan.start };
      const source = text.slice(contentSpan.start, contentSpan.end);
      // An unclosed frontmatter: a Pandoc `...` or the notes it runs into say where it should have closed.
      // Looked for within the frontmatter's size limit: an unclosed one runs to the end of a file of any length.
      const unclosed = closed ? undefined : (misplacedClose(source.slice(0, maxFrontmatter), contentSpan.start, closed) ?? { span: fence, message: 'The frontmatter has no closing `---` line: add one after the last key.' });
      if (unclosed) add('CP002', unclosed.span, unclosed.message, 'frontmatter');
      if (!YAML_LANGUAGES.has(language)) {
        add('CP002', fence, `\`---${language}\` frontmatter is never read or run: a plan's frontmatter is YAML, so write just \`---\`.`, 'frontmatter');
      } else if (contentSpan.end - contentSpan.start > maxFrontmatter) {
        add('CP007', fence, `The frontmatter is longer than ${maxFrontmatter.toLocaleString('en')} characters, so it was not read: keep the plan's frontmatter to its goal, steps and gaps, and move notes into the body.`, 'frontmatter');
      } else {
        // The YAML's last line ends with the line break before the closing fence: read with it, so a
        // block scalar kept with `|+` at the end keeps its final newline as the file has it.
        const yaml = closed ? text.slice(contentSpan.start, text[contentSpan.end] === '\r' ? contentSpan.end + 2 : contentSpan.end + 1) : source;
        const yamlRead = readers.frontmatter(yaml, contentSpan.start, options.cache);
        root = yamlRead.root;
        // A problem at the very end of the YAML (an unclosed `[`) is shown on its last line, not on the fence.
        const atEnd = (span: Span) => (span.start >= contentSpan.end ? { start: contentSpan.end, end: contentSpan.end } : span);
        const yamlProblems = yamlRead.problems.map((problem) => ({ ...problem, span: atEnd(problem.span) }));
        // Once the missing close is said, what the YAML reader makes of the notes adds nothing.
        for (const problem of unclosed ? [] : explainYamlProblems(source, contentSpan.start, closed, yamlProblems)) add('CP002', problem.span, problem.message, 'frontmatter');
        if (root && !yamlRead.broken) for (const problem of yamlRead.validation) add(problem.ruleId, problem.span, problem.message, problem.subject, problem.suggestion);
        else if (!root) add('CP006', fence, 'The frontmatter is empty: start with a `goal:` line saying where you want your career to be.', 'goal');
      }
    }

    let body: Body;
    if (text.length - split.bodyOffset > maxBody) {
      add('CP007', { start: split.bodyOffset, end: split.bodyOffset }, `The notes below the frontmatter are longer than ${maxBody.toLocaleString('en')} characters, so their task lists and comments were not read.`, 'body');
      body = { offset: split.bodyOffset, headings: [], tasks: [], directives: [] };
    } else {
      body = readers.body(text, split.bodyOffset, lines).body;
      for (const task of body.tasks) if (task.dueNotADay) add('CP004', task.dueNotADay.span, dateMessage(task.dueNotADay.value), 'body');
      if (body.unreadFrom !== undefined) {
        add('CP007', { start: body.unreadFrom, end: body.unreadFrom }, `From this line on, the notes hold one quote or list item longer than ${MAX_UNCUT_LENGTH.toLocaleString('en')} characters with many lists or quotes inside it, so its task lists and comments, and those after it, were not read: break it up with a blank line and an unindented line, or a heading.`, 'body');
      }
    }
    const lateFence = split.frontmatter ? undefined : LATE_FENCE.exec(text);
    if (lateFence) {
      // Blank lines above the fence: the frontmatter is meant, not notes to read as a plan written in prose.
      add('CP001', { start: 0, end: lateFence[1].length }, 'The frontmatter must start on the first line: remove the blank lines above the opening `---`.', 'frontmatter');
    } else if (!split.frontmatter) {
      // A body a shape recognises is the plan as written; any other body without frontmatter is not a plan yet.
      const bodyPlan = readBodyPlan(text, body, lines, options.today);
      if (bodyPlan) {
        for (const problem of bodyPlan.problems) add(problem.ruleId, problem.span, problem.message, problem.subject);
        return { text, lines, plan: bodyPlan.plan, problems };
      }
      add('CP001', { start: 0, end: 0 }, 'This plan has no frontmatter: start the file with a `---` line, a `goal:`, its steps and gaps, and a closing `---`.', 'frontmatter');
    }
    if (frontmatter) {
      const yamlDirectives = frontmatterDirectives(text, frontmatter.contentSpan.start, frontmatter.contentSpan.end, (start, end) => lines.rangeOf({ start, end }), root);
      body = { ...body, directives: [...yamlDirectives, ...body.directives] };
    }

    const buildProblems: BuildProblem[] = [];
    const plan = buildPlan(root, frontmatter, body, lines, buildProblems);
    for (const problem of buildProblems) add('CP003', problem.span, problem.message, problem.subject);
    return { text, lines, plan, problems };
  } catch (error) {
    // A bug of ours must not take the editor down with it: say so at the top of the file.
    add('CP002', { start: 0, end: 0 }, `Career Plan could not read this file (${error instanceof Error ? error.message : String(error)}). Please report it.`, 'frontmatter');
    return { text, lines, plan: emptyPlan(), problems };
  }
}

/** Editors underline a problem best on the line where it starts, not across a whole block. */
function firstLineOf(span: Span, lines: LineIndex): Span {
  const startLine = lines.positionAt(span.start).line;
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, lines.lineEndOffset(startLine))) };
}

function emptyPlan(): Plan {
  return { readFrom: 'frontmatter', values: [], steps: [], gaps: [], moments: [], companies: [], body: { offset: 0, headings: [], tasks: [], directives: [] } };
}
