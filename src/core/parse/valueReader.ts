import { isIsoDate, type IsoDate } from '../calendar/dates';
import type { LineIndex } from '../document/lineIndex';
import type { ItemLocation, Located } from '../plan/model';
import type { Range, Span } from '../document/range';
import type { YNode } from './yamlNodes';

/**
 * Reads values out of the frontmatter's tree for the model, each with where it stands. Leniently: a
 * value not of the form asked for was already reported by validation and reads as undefined (or is
 * left out of a list), so a half-typed plan still shows everything that can be read.
 */
export class ValueReader {
  constructor(private readonly lines: LineIndex) {}

  located<T>(node: YNode, value: T): Located<T> {
    return { value, span: node.span, range: this.lines.rangeOf(node.span) };
  }

  rangeOf(span: Span): Range {
    return this.lines.rangeOf(span);
  }

  /** A text, not empty. */
  text(node: YNode | undefined): Located<string> | undefined {
    return node?.kind === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '' ? this.located(node, node.value) : undefined;
  }

  date(node: YNode | undefined): Located<IsoDate> | undefined {
    return node?.kind === 'scalar' && typeof node.value === 'string' && isIsoDate(node.value) ? this.located(node, node.value) : undefined;
  }

  /** One text or a list of texts. */
  texts(node: YNode | undefined): Located<string>[] {
    if (node?.kind === 'seq') return node.items.map((item) => this.text(item)).filter((item): item is Located<string> => item !== undefined);
    const single = this.text(node);
    return single ? [single] : [];
  }

  /** One of a few words. */
  oneOf<T extends string>(node: YNode | undefined, words: readonly T[]): Located<T> | undefined {
    return node?.kind === 'scalar' && typeof node.value === 'string' && (words as readonly string[]).includes(node.value) ? this.located(node, node.value as T) : undefined;
  }

  /** A list item is either a bare title or a mapping with a title (or, for a company, a name). */
  titleOf(node: YNode, key = 'title'): Located<string> | undefined {
    return node.kind === 'scalar' ? this.text(node) : this.text(field(node, key));
  }

  /** Where a list item stands. */
  locationOf(node: YNode): ItemLocation {
    return { span: node.span, range: this.lines.rangeOf(node.span) };
  }
}

/** The value under a canonical key, when the node is a mapping. */
export function field(node: YNode | undefined, key: string): YNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.node : undefined;
}

/** The items of a list; none when the node is not one. */
export function list(node: YNode | undefined): readonly YNode[] {
  return node?.kind === 'seq' ? node.items : [];
}
