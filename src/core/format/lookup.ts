import { FORMAT } from './table';
import type { Context, KeyFormat } from './types';

/**
 * Lookups in the format table for reading a plan: keys are read case-insensitively (`Goal:` is
 * `goal:`), aliases as their canonical key. Parsing looks up every key it reads, so the maps are
 * built once; being Maps, a key like `__proto__` or `constructor` cannot reach Object.prototype.
 */

/** What the value under a key holds when it holds mappings: a list of them, or one. */
export interface Child {
  readonly context: Context;
  readonly list: boolean;
}

/** One map for each kind of mapping, made from its keys in the table's order. */
function perKind<T>(entries: (keys: [string, KeyFormat][]) => (readonly [string, T])[]): ReadonlyMap<Context, ReadonlyMap<string, T>> {
  return new Map(Object.entries(FORMAT).map(([kind, format]) => [kind as Context, new Map(entries(Object.entries(format.keys)))]));
}

const KEYS = perKind((keys) => keys);
const ALIASES = perKind((keys) => keys.flatMap(([key, format]) => (format.aliases ?? []).map((alias) => [alias, key] as const)));
const CHILDREN = perKind<Child>((keys) =>
  keys.flatMap(([key, { value }]) => (value.type === 'list' || value.type === 'mapping' ? [[key, { context: value.of, list: value.type === 'list' }] as const] : [])),
);

/** The key as the format names it. Under `lint` and where the format does not reach, keys are free and kept as written. */
export function canonicalKey(context: Context, key: string): string {
  const aliases = ALIASES.get(context);
  if (!aliases) return key;
  const lower = key.trim().toLowerCase();
  return aliases.get(lower) ?? lower;
}

/** What the value under a canonical key holds, when it holds mappings. */
export function childOf(context: Context, canonical: string): Child | undefined {
  return CHILDREN.get(context)?.get(canonical);
}

/** The context of the mapping (or of each item of the list) under a canonical key. */
export function childContext(context: Context, canonical: string): Context {
  return childOf(context, canonical)?.context ?? 'other';
}

/** A canonical key's format, when the format knows the key in that context. */
export function keyFormat(context: Context, canonical: string): KeyFormat | undefined {
  return KEYS.get(context)?.get(canonical);
}

/** The canonical keys of a context, in the table's order. */
export function knownKeys(context: Context): readonly string[] {
  return [...(KEYS.get(context)?.keys() ?? [])];
}

/** The other names a context's keys may be written under. */
export function aliasesIn(context: Context): readonly string[] {
  return [...(ALIASES.get(context)?.keys() ?? [])];
}
