import { FORMAT } from '../format/table';
import type { MappingKind, ValueFormat } from '../format/types';
import { OWN_FORM_KEYS, type AsWritten } from '../plan/model';
import type { ValueReader } from './valueReader';
import type { YNode } from './yamlNodes';

/** The forms of value the model holds as written (see WrittenValue in model.ts). */
type WrittenFormat = Extract<ValueFormat, { readonly type: 'text' | 'date' | 'word' }>;

const isWritten = (value: ValueFormat): value is WrittenFormat => value.type === 'text' || value.type === 'date' || value.type === 'word';

/**
 * Each kind's keys held as written, with their forms, in the table's order: the keys AsWritten
 * types, worked out once from the same table and the same OWN_FORM_KEYS.
 */
const HELD_AS_WRITTEN: ReadonlyMap<MappingKind, readonly (readonly [string, WrittenFormat])[]> = new Map(
  Object.entries(FORMAT).map(([kind, format]) => {
    const own: readonly string[] = OWN_FORM_KEYS[kind as MappingKind];
    const held = Object.entries(format.keys).flatMap(([key, { value }]) => (isWritten(value) && !own.includes(key) ? [[key, value] as const] : []));
    return [kind as MappingKind, held];
  }),
);

/**
 * `model` given the keys of a mapping of kind `kind` that the model holds as written, each read as
 * its form says, and set to undefined when it is not written, so items of a kind share one shape.
 * Written into `model` rather than spread into a new object: V8 gives each object made by spreading
 * one built key by key a hidden class of its own, and reading a key of 10,000 steps was then 40
 * times slower.
 */
export function withAsWritten<K extends MappingKind, T extends object>(model: T, node: YNode | undefined, kind: K, read: ValueReader): T & AsWritten<K> {
  const entries = node?.kind === 'map' ? node.entries : undefined;
  const held = model as Record<string, unknown>;
  for (const [key, format] of HELD_AS_WRITTEN.get(kind) ?? []) {
    const value = entries?.get(key)?.node;
    held[key] = format.type === 'text' ? read.text(value) : format.type === 'date' ? read.date(value) : read.oneOf(value, format.words);
  }
  // The readers give exactly what WrittenValue says each form holds, for exactly the keys it picks.
  return model as T & AsWritten<K>;
}
