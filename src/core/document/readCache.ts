/**
 * What one analysis of a plan (parse, lint, the fixes its rules build) would otherwise read more than
 * once: the frontmatter's YAML tree, its layout for edits, the goal sentence's reading. Made by the
 * caller for one analysis and passed along, so nothing read outlives it and no module keeps state
 * behind its callers' backs; an open plan does not hold its YAML tree between keystrokes.
 */
export class ReadCache {
  private readonly kinds = new Map<string, Map<unknown, unknown>>();

  /** The value of `read(key)`, read once per kind and key for this cache's life. */
  get<K, V>(kind: string, key: K, read: (key: K) => V): V {
    let values = this.kinds.get(kind);
    if (!values) this.kinds.set(kind, (values = new Map()));
    if (values.has(key)) return values.get(key) as V;
    const value = read(key);
    values.set(key, value);
    return value;
  }
}
