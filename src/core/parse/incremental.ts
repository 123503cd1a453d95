import { LineIndex } from '../document/lineIndex';
import type { Position } from '../document/range';
import type { BodyParts } from './bodyParts';
import { DEFAULT_MAX_BODY_LENGTH, DEFAULT_MAX_FRONTMATTER_LENGTH, parsePlan, readFrontmatter, WHOLE_TEXT, type FrontmatterReading, type ParsedPlan, type ParseOptions, type PlanReaders } from './parsePlan';
import { moveBody } from './moveBody';
import { rereadChanged } from './sections';
import { changeBetween } from './textDiff';
import { readYaml } from './yamlTree';

/**
 * A parse of an open document, and what its readers read: the next parse of the same document, a
 * keystroke later, takes over the part whose text did not change. The plan store keeps one per open
 * plan; parsePlan itself knows nothing of it.
 */
export interface IncrementalParse {
  readonly parsed: ParsedPlan;
  readonly kept: Kept;
}

/** What the last parse read, private to this module. */
interface Kept {
  /** The parse's limits: a reading under other limits is not taken over. */
  readonly limits: string;
  /** The YAML's problems and validation, without its tree: an open plan does not hold it between keystrokes. */
  readonly yaml?: { readonly source: string; readonly start: number; readonly reading: Omit<FrontmatterReading, 'root'> };
  readonly body?: KeptBody;
}

interface KeptBody {
  /** The body's text, where it starts (offset and position), and what was read from it. */
  readonly source: string;
  readonly offset: number;
  readonly start: Position;
  readonly parts: BodyParts;
}

/**
 * Parses `text`, taking over from `previous` (the last parse of the same document) what did not
 * change: the same text gives the previous parse back; otherwise the line index is built from the
 * previous one, the frontmatter's problems are kept when the YAML did not change (its tree is read
 * again: an open plan does not hold it between keystrokes), and the body is moved when it did not
 * change or read again only in the sections an edit touched (sections.ts).
 */
export function parseIncrementally(text: string, options: ParseOptions = {}, previous?: IncrementalParse): IncrementalParse {
  const limits = `${options.maxBodyLength ?? DEFAULT_MAX_BODY_LENGTH}/${options.maxFrontmatterLength ?? DEFAULT_MAX_FRONTMATTER_LENGTH}`;
  const last = previous?.kept.limits === limits ? previous : undefined;
  if (last?.parsed.text === text) return last;
  const readers = last ? readersAfter(last) : WHOLE_TEXT;
  let yaml: Kept['yaml'];
  let body: KeptBody | undefined;
  const recording: PlanReaders = {
    lines: readers.lines,
    frontmatter(source, start, cache) {
      const reading = readers.frontmatter(source, start, cache);
      const { problems, broken, validation } = reading;
      yaml = { source, start, reading: { problems, broken, validation } };
      return reading;
    },
    body(text, offset, lines) {
      const parts = readers.body(text, offset, lines);
      body = { source: text.slice(offset), offset, start: lines.positionAt(offset), parts };
      return parts;
    },
  };
  const parsed = parsePlan(text, options, recording);
  return { parsed, kept: { limits, yaml, body } };
}

/** Readers that take over what the previous parse read. */
function readersAfter(previous: IncrementalParse): PlanReaders {
  const { parsed, kept } = previous;
  return {
    lines(text) {
      const { from, oldTo, newTo } = changeBetween(parsed.text, text);
      return LineIndex.edited(parsed.lines, text, from, oldTo, newTo);
    },
    frontmatter(source, start, cache) {
      const read = readYaml(source, start, cache);
      const same = kept.yaml && kept.yaml.start === start && kept.yaml.source === source;
      return same ? { ...kept.yaml!.reading, root: read.root } : readFrontmatter(read);
    },
    body(text, offset, lines) {
      const old = kept.body;
      const source = text.slice(offset);
      if (old && old.source === source) {
        // Only moved: the same sections, at the new place.
        const start = lines.positionAt(offset);
        return { body: moveBody(old.parts.body, old, { offset, start }), sections: old.parts.sections.map((section) => section - old.offset + offset) };
      }
      return (old && rereadChanged(text, offset, lines, { source: old.source, offset: old.offset, parts: old.parts, lines: parsed.lines })) || WHOLE_TEXT.body(text, offset, lines);
    },
  };
}
