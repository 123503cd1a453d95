import { FORMAT } from '../format/table';
import type { Context, ValueFormat } from '../format/types';

/** How a key's value is written, which decides what typing the key inserts. */
export type ValueShape = 'text' | 'date' | 'list' | 'mapping' | 'word';

export interface KeyInfo {
  readonly key: string;
  readonly shape: ValueShape;
  /** One sentence for the completion list. */
  readonly doc: string;
}

/** When a value may take several forms, completion starts the richest: a list, then a date, then a text. */
const SHAPES: Readonly<Record<ValueFormat['type'], ValueShape>> = {
  text: 'text',
  notes: 'text',
  date: 'date',
  done: 'date',
  word: 'word',
  textList: 'list',
  textOrList: 'list',
  stepReference: 'text',
  list: 'list',
  mapping: 'mapping',
};

/** The keys of each kind of mapping, in the format table's order, with how their values are written and a sentence about each. */
export const KEYS: Partial<Record<Context, readonly KeyInfo[]>> = Object.fromEntries(
  Object.entries(FORMAT).map(([kind, format]) => [kind, Object.entries(format.keys).map(([key, { value, doc }]) => ({ key, shape: SHAPES[value.type], doc }))]),
);
