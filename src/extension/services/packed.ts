import type { LineIndex } from '../../core/document/lineIndex';
import type { Position, Range, Span } from '../../core/document/range';

/**
 * A value graph (a plan, its problems and findings) kept packed: numbers in one typed array, strings
 * in one string, object shapes in a table shared by every packed value. A workspace may hold a
 * thousand plans that are not open; unpacked, each would be hundreds of small objects (40 KB), packed
 * it is a few kilobytes, and unpacking takes tens of microseconds when a view reads it.
 *
 * What it keeps: plain objects (with or without a prototype), arrays, strings, numbers, booleans,
 * null and undefined, and shared objects stay shared. A `range` that is exactly the `span` beside it
 * in line/character terms is not stored but computed again from the line starts. Anything else (a
 * Map, a class instance) is not expected in plan data and is refused.
 */
const enum Tag {
  Undefined,
  Null,
  False,
  True,
  String,
  Number,
  Object,
  NullObject,
  Array,
  Seen,
  RangeOfSpan,
  Float,
}

/** Key lists of the objects packed so far, shared by every packed value (plans all have the same shapes). */
const shapes: string[][] = [];

/**
 * Shapes found by walking their keys one at a time, so finding an object's shape allocates nothing
 * (joining its keys into one string did, for each of the hundreds of objects of a plan).
 */
interface ShapeNode {
  id?: number;
  readonly next: Map<string, ShapeNode>;
}
const shapeRoot: ShapeNode = { next: new Map() };

function shapeOf(record: Record<string, unknown>): number {
  let node = shapeRoot;
  for (const key in record) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map() }));
    node = child;
  }
  if (node.id === undefined) {
    node.id = shapes.length;
    shapes.push(Object.keys(record));
  }
  return node.id;
}

export interface Packed<T> {
  unpack(): T;
}

/** Packs `value`; `lines` gives positions of the document it was read from (for ranges of spans). */
export function pack<T>(value: T, lines: LineIndex): Packed<T> {
  const tape: number[] = [];
  const floats: number[] = [];
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const seen = new Map<object, number>();

  const isRangeOfSpan = (range: unknown, span: unknown): boolean =>
    isSpan(span) && isRange(range) && isPositionOf(lines, span.start, range.start) && isPositionOf(lines, span.end, range.end);

  const write = (item: unknown): void => {
    switch (typeof item) {
      case 'undefined':
        tape.push(Tag.Undefined);
        return;
      case 'boolean':
        tape.push(item ? Tag.True : Tag.False);
        return;
      case 'string': {
        let id = stringIds.get(item);
        if (id === undefined) {
          id = strings.length;
          strings.push(item);
          stringIds.set(item, id);
        }
        tape.push(Tag.String, id);
        return;
      }
      case 'number':
        if (Number.isInteger(item) && item >= 0 && item <= 0xffffffff) tape.push(Tag.Number, item);
        else tape.push(Tag.Float, floats.push(item) - 1);
        return;
      case 'object':
        break;
      default:
        throw new TypeError(`cannot pack a ${typeof item}`);
    }
    if (item === null) {
      tape.push(Tag.Null);
      return;
    }
    const known = seen.get(item);
    if (known !== undefined) {
      tape.push(Tag.Seen, known);
      return;
    }
    seen.set(item, seen.size);
    if (Array.isArray(item)) {
      tape.push(Tag.Array, item.length);
      for (const element of item) write(element);
      return;
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError('cannot pack a class instance');
    const record = item as Record<string, unknown>;
    // Plain objects inherit no enumerable keys: `for…in` walks their own keys, in Object.keys order.
    tape.push(prototype === null ? Tag.NullObject : Tag.Object, shapeOf(record));
    for (const key in record) {
      if (key === 'range' && isRangeOfSpan(record.range, record.span)) tape.push(Tag.RangeOfSpan);
      else write(record[key]);
    }
  };
  write(value);

  const starts: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) starts.push(lines.lineStartOffset(line));
  let largest = 0;
  for (const number of tape) largest = Math.max(largest, number);
  for (const number of starts) largest = Math.max(largest, number);
  const small = largest <= 0xffff;
  const ends: number[] = [];
  let end = 0;
  for (const text of strings) ends.push((end += text.length));
  // One new string for all of them: a string cut from the document would keep the whole document alive.
  const joined = strings.join('');
  return new PackedValue<T>(small ? Uint16Array.from(tape) : Uint32Array.from(tape), joined, small && end <= 0xffff ? Uint16Array.from(ends) : Uint32Array.from(ends), floats.length ? Float64Array.from(floats) : undefined, small ? Uint16Array.from(starts) : Uint32Array.from(starts), lines.text.length);
}

class PackedValue<T> implements Packed<T> {
  constructor(
    private readonly tape: Uint16Array | Uint32Array,
    private readonly joined: string,
    private readonly ends: Uint16Array | Uint32Array,
    private readonly floats: Float64Array | undefined,
    private readonly starts: Uint16Array | Uint32Array,
    private readonly length: number,
  ) {}

  unpack(): T {
    const { tape, joined, ends, floats } = this;
    const objects: unknown[] = [];
    let at = 0;
    const read = (): unknown => {
      const tag = tape[at++] as Tag;
      switch (tag) {
        case Tag.Undefined:
          return undefined;
        case Tag.Null:
          return null;
        case Tag.False:
          return false;
        case Tag.True:
          return true;
        case Tag.String: {
          const id = tape[at++];
          return joined.slice(id === 0 ? 0 : ends[id - 1], ends[id]);
        }
        case Tag.Number:
          return tape[at++];
        case Tag.Float:
          return floats![tape[at++]];
        case Tag.Seen:
          return objects[tape[at++]];
        case Tag.Array: {
          const length = tape[at++];
          const array: unknown[] = [];
          objects.push(array);
          for (let i = 0; i < length; i++) array.push(read());
          return array;
        }
        case Tag.Object:
        case Tag.NullObject: {
          const keys = shapes[tape[at++]];
          const object: Record<string, unknown> = tag === Tag.NullObject ? Object.create(null) : {};
          objects.push(object);
          let derived = false;
          for (const key of keys) {
            if (tape[at] === Tag.RangeOfSpan) {
              at++;
              derived = true;
              object[key] = undefined;
            } else object[key] = read();
          }
          if (derived) object.range = this.rangeOf(object.span as Span);
          return object;
        }
        default:
          throw new Error(`packed value is damaged (tag ${String(tag)})`);
      }
    };
    return read() as T;
  }

  private positionAt(offset: number): Position {
    const starts = this.starts;
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - starts[low] };
  }

  private rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && typeof (value as Range).start === 'object' && typeof (value as Range).end === 'object';
}

/** Whether `position` is what `lines.positionAt(offset)` gives, without building that position. */
function isPositionOf(lines: LineIndex, offset: number, position: Position | undefined): boolean {
  if (position === undefined || !Number.isInteger(position.line) || position.line < 0 || position.line >= lines.lineCount) return false;
  const clamped = Math.max(0, Math.min(offset, lines.text.length));
  const start = lines.lineStartOffset(position.line);
  const nextStart = position.line + 1 < lines.lineCount ? lines.lineStartOffset(position.line + 1) : Number.POSITIVE_INFINITY;
  return start <= clamped && clamped < nextStart && position.character === clamped - start;
}
