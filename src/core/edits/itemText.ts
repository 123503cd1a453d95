import { spaces } from './layout';
import { yamlScalar } from './yamlText';

/** Source text kept exactly as written (a title being moved under a `title:` key). */
export interface Verbatim {
  readonly verbatim: string;
}

/** A value to write: a text, a list of texts, or source kept as it is. */
export type FieldValue = string | readonly string[] | Verbatim;
export type Fields = readonly (readonly [key: string, value: FieldValue])[];
/** A list item to write: a bare text or a mapping. */
export type ItemSpec = string | Fields;

/** A value on one line: a scalar, verbatim source, or a flow list. */
export function inlineValue(value: FieldValue, inFlow: boolean): string {
  if (typeof value === 'string') return yamlScalar(value, inFlow);
  if ('verbatim' in value) return value.verbatim;
  return `[${value.map((item) => yamlScalar(item, true)).join(', ')}]`;
}

/** `{title: A, target: 2027-03-31}` or `A`, for a flow list. */
export function flowItem(spec: ItemSpec): string {
  if (typeof spec === 'string') return yamlScalar(spec, true);
  return `{${flowFields(spec)}}`;
}

/** `title: A, target: 2027-03-31`, for inside a flow mapping. */
export function flowFields(fields: Fields): string {
  return fields.map(([key, value]) => `${key}: ${inlineValue(value, true)}`).join(', ');
}

export interface BlockStyle {
  readonly eol: string;
  /** How much deeper a block list sits than its key. */
  readonly listIndent: number;
}

/**
 * Mapping lines at `column`, the first without its indentation (it follows a `- ` or replaces a
 * value in place). Lists become block lists. Ends without a line break.
 */
export function blockFields(fields: Fields, column: number, style: BlockStyle): string {
  return fields
    .map(([key, value], index) => {
      const pad = index === 0 ? '' : spaces(column);
      if (typeof value !== 'string' && !('verbatim' in value)) {
        const items = value.map((item) => `${spaces(column + style.listIndent)}- ${yamlScalar(item, false)}`);
        return [`${pad}${key}:`, ...items].join(style.eol);
      }
      return `${pad}${key}: ${inlineValue(value, false)}`;
    })
    .join(style.eol);
}

/** A whole block list item as lines ending in a line break: `- title: A⏎  target: …⏎`. */
export function blockItem(spec: ItemSpec, dashColumn: number, contentOffset: number, style: BlockStyle): string {
  const lead = `${spaces(dashColumn)}-${spaces(contentOffset - 1)}`;
  const body = typeof spec === 'string' ? yamlScalar(spec, false) : blockFields(spec, dashColumn + contentOffset, style);
  return `${lead}${body}${style.eol}`;
}
