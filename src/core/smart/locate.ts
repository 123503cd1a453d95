import type { Located } from '../plan/model';
import type { ParsedPlan } from '../parse/parsePlan';
import type { Span } from '../document/range';

/**
 * Maps a stretch of a YAML text value back to the document. A plain value is its source; a quoted
 * or folded one differs by quotes, escapes, indentation and line breaks, so the value's characters
 * are matched one by one against the source, skipping what YAML adds around them. When that fails
 * the whole value is returned: a finding is never placed on the wrong words.
 */
export function spanInValue(parsed: ParsedPlan, located: Located<string>, start: number, end: number): Span {
  const source = parsed.text.slice(located.span.start, located.span.end);
  const value = located.value;
  if (source === value) return { start: located.span.start + start, end: located.span.start + end };
  const map = alignment(source, value);
  const from = map[start];
  const to = end > start ? map[end - 1] : from;
  if (from === undefined || to === undefined || start >= end) return located.span;
  return { start: located.span.start + from, end: located.span.start + to + 1 };
}

/** For each value character, its offset in the source, or undefined when they cannot be aligned. */
function alignment(source: string, value: string): (number | undefined)[] {
  const map: (number | undefined)[] = [];
  // A block scalar (`>-`, `|`) starts with its header line.
  const header = /^[|>][-+0-9]*[ \t]*(?:#.*)?\r?\n/.exec(source);
  let at = header ? header[0].length : 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (/\s/.test(c)) {
      map.push(undefined);
      continue;
    }
    let found = -1;
    for (let j = at; j < source.length; j++) {
      if (source[j] === c) {
        found = j;
        break;
      }
      // Only what YAML adds may be skipped: quotes, backslash escapes, whitespace and line breaks.
      if (!/[\s"'\\]/.test(source[j])) break;
    }
    if (found === -1) return [];
    map.push(found);
    at = found + 1;
  }
  return map;
}
