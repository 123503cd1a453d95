import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Span } from '../document/range';

export type JsonPath = readonly PropertyKey[];

/**
 * Finds where the values of a JSON text are written, for reporting a mistake at one: the value at a
 * path, or with `key`, the key of that name in the object at the path. JSON is read with the YAML
 * library, JSON being YAML whose nodes carry their offsets; the text has already been checked to be
 * JSON, so both read the same tree. Undefined when the path leads nowhere (the caller points at the top).
 */
export function jsonLocator(text: string): (path: JsonPath, key?: string) => Span | undefined {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  return (path, key) => {
    let node = doc.contents as YamlNode | null;
    for (const segment of path) node = child(node, segment)?.value ?? null;
    const found = key === undefined ? node : child(node, key)?.key;
    const range = found?.range;
    return range ? { start: range[0], end: range[1] } : undefined;
  };
}

/** The entry of an object by key or of an array by index; for a key written twice, the last (as JSON.parse keeps it). */
function child(node: YamlNode | null, segment: PropertyKey): { key?: YamlNode; value: YamlNode | null } | undefined {
  if (isSeq(node) && typeof segment === 'number') return { value: (node.items[segment] as YamlNode | undefined) ?? null };
  if (!isMap(node)) return undefined;
  const pair = [...node.items].reverse().find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
  return pair ? { key: pair.key as YamlNode, value: (pair.value as YamlNode | null) ?? null } : undefined;
}
