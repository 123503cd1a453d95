import * as z from 'zod/mini';
import { planSchema } from './schema';
import { FORMAT } from './table';
import type { MappingKind } from './types';

type JsonObject = Record<string, unknown>;

/**
 * The plan's JSON Schema, for YAML tools and editors that read one. It accepts what the plan reader
 * accepts: zod validates keys already made canonical (format/lookup.ts), so the schema zod writes
 * is widened to the keys as a person may write them — in any case, under an alias, or left empty
 * (`target:`), which counts as not written.
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { target: 'draft-7', unrepresentable: 'any' }) as JsonObject;
  const definitions: JsonObject = {};
  return {
    ...(widen(schema, definitions) as JsonObject),
    definitions,
    $id: 'https://career-plan.invalid/schemas/career-plan.schema.json',
    title: 'Career plan frontmatter',
    description: 'The YAML frontmatter of a Career Plan Markdown file (see docs/plan-format.md).',
  };
}

/** Widens every mapping of the format in a schema, innermost first; each key's schema is written once, in `definitions`. */
function widen(node: unknown, definitions: JsonObject): unknown {
  if (Array.isArray(node)) return node.map((item) => widen(item, definitions));
  if (typeof node !== 'object' || node === null) return node;
  const widened = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, widen(value, definitions)]));
  const kind = kindOf(widened);
  return kind ? widenMapping(widened, kind, definitions) : widened;
}

/** The kind of mapping a closed object of the schema describes, known by its keys. */
function kindOf(node: JsonObject): MappingKind | undefined {
  if (node.additionalProperties !== false || typeof node.properties !== 'object' || node.properties === null) return undefined;
  const keys = Object.keys(node.properties).sort().join(' ');
  return (Object.keys(FORMAT) as MappingKind[]).find((kind) => Object.keys(FORMAT[kind].keys).sort().join(' ') === keys);
}

/**
 * Each key's schema is also given to its aliases, and to every way of writing them in upper or
 * lower case (`patternProperties`); a key that is not required may be empty. A required key is
 * required in any case, so `required` becomes "some key's name matches".
 */
function widenMapping(node: JsonObject, kind: MappingKind, definitions: JsonObject): JsonObject {
  const properties: JsonObject = {};
  const patternProperties: JsonObject = {};
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, format] of Object.entries(FORMAT[kind].keys)) {
    const written = (node.properties as JsonObject)[key] as JsonObject;
    definitions[`${kind}.${key}`] = required.has(key) ? written : orEmpty(written);
    const schema = { $ref: `#/definitions/${kind}.${key}` };
    const names = [key, ...(format.aliases ?? [])];
    for (const name of names) properties[name] = schema;
    patternProperties[anyCase(names)] = schema;
  }
  const rest = Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'required'));
  const someKeyNamed = [...required].map((key) => ({ not: { propertyNames: { not: { pattern: anyCase([key, ...(FORMAT[kind].keys[key].aliases ?? [])]) } } } }));
  return { ...rest, properties, patternProperties, ...(someKeyNamed.length > 0 && { allOf: someKeyNamed }) };
}

/** A value, or nothing written after the key. Its description stays on top, where editors read it. */
function orEmpty(schema: JsonObject): JsonObject {
  const { description, ...value } = schema;
  return { ...(description !== undefined && { description }), anyOf: [value, { type: 'null' }] };
}

/** A pattern matching any of the names, in any mix of upper and lower case. */
function anyCase(names: readonly string[]): string {
  const caseless = (name: string) =>
    [...name].map((char) => (char.toLowerCase() !== char.toUpperCase() ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return `^(?:${names.map(caseless).join('|')})$`;
}
