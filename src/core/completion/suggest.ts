import { CRITERION_NAMES } from '../document/findings';
import type { IsoDate } from '../calendar/dates';
import { yamlScalar } from '../edits/yamlText';
import { keyFormat } from '../format/lookup';
import type { Context } from '../format/types';
import { SEVERITY_SETTINGS } from '../format/severity';
import type { Span } from '../document/range';
import type { Rule } from '../rules/rule';
import { nearChoices, targetChoices, type DateChoice } from './dateChoices';
import { frontmatterPosition, type ValuePosition } from './frontmatterPosition';
import { KEYS, type KeyInfo } from './keys';

export interface Suggestion {
  readonly label: string;
  /** The text to insert; lines after the first are indented relative to the cursor line. */
  readonly insertText: string;
  readonly kind: 'key' | 'value' | 'date';
  readonly detail?: string;
  readonly documentation?: string;
  /** The text the suggestion replaces. */
  readonly replace: Span;
  /** Keeps the suggestions in the order given here. */
  readonly sortText: string;
  /** True when the inserted key has values worth suggesting next. */
  readonly retrigger?: boolean;
}

export interface SuggestOptions {
  readonly today: IsoDate;
  /** Rules a `lint:` block can name. */
  readonly rules?: readonly Pick<Rule, 'id' | 'name' | 'criterion' | 'description'>[];
  /** The plan's step titles, for `blocks:`. */
  readonly steps?: readonly string[];
}

/** What to offer at an offset of a plan's text: keys at a key's place, values after a key's colon. */
export function suggestAt(text: string, offset: number, options: SuggestOptions): Suggestion[] {
  const position = frontmatterPosition(text, offset);
  if (!position) return [];
  if (position.kind === 'value') return values(position, options);

  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineIndent = /^ */.exec(text.slice(lineStart))![0].length;
  const keyColumn = position.replace.start - lineStart;
  if (position.context === 'lint') {
    return (options.rules ?? [])
      .filter((rule) => !position.present.includes(rule.id))
      .map((rule, index) => ({
        label: rule.id,
        insertText: `${rule.id}: `,
        kind: 'key' as const,
        detail: rule.criterion ? `${rule.name} (${CRITERION_NAMES[rule.criterion]})` : rule.name,
        documentation: rule.description,
        replace: position.replace,
        sortText: order(index),
        retrigger: true,
      }));
  }
  return (KEYS[position.context] ?? [])
    .filter((info) => !position.present.includes(info.key))
    .map((info, index) => ({
      label: info.key,
      insertText: keyText(info, position.context, keyColumn - lineIndent, options.today),
      kind: 'key' as const,
      documentation: info.doc,
      replace: position.replace,
      sortText: order(index),
      retrigger: info.shape === 'date' || info.shape === 'word' || info.key === 'every' || info.key === 'blocks',
    }));
}

/** `key: `, or the key with the start of its block below it, indented under the key. */
function keyText(info: KeyInfo, context: Context, column: number, today: IsoDate): string {
  const inner = ' '.repeat(column + 2);
  if (info.shape === 'list') return `${info.key}:\n${inner}- `;
  if (info.shape === 'mapping' && context === 'plan' && info.key === 'review') return `review:\n${inner}every: quarterly\n${inner}last: ${today}`;
  if (info.shape === 'mapping') return `${info.key}:\n${inner}`;
  return `${info.key}: `;
}

const CADENCES = ['monthly', 'quarterly', '6 weeks', '2 months', 'half-yearly', 'yearly'];

function values(position: ValuePosition, options: SuggestOptions): Suggestion[] {
  const { context, key } = position;
  const words = (list: readonly string[], detail?: string) => list.map((word) => ({ value: word, detail }));
  const dates = (choices: DateChoice[]) => choices.map((choice) => ({ value: choice.date, detail: choice.label, date: true }));
  const value = keyFormat(context, key)?.value;
  let choices: { value: string; detail?: string; date?: boolean }[] = [];
  if (value?.type === 'word') choices = words(value.words);
  else if (context === 'lint') choices = words(SEVERITY_SETTINGS);
  else if (context === 'review' && key === 'every') choices = words(CADENCES);
  else if (context === 'review' && key === 'last') choices = dates(nearChoices(options.today).slice(0, 1));
  else if ((context === 'plan' || context === 'step') && key === 'target') choices = dates(targetChoices(options.today));
  else if ((context === 'action' && key === 'due') || (context === 'moment' && key === 'date')) choices = dates(nearChoices(options.today));
  else if ((context === 'step' || context === 'action') && key === 'done') choices = [...dates(nearChoices(options.today).slice(0, 1)), { value: 'true', detail: 'reached, day unknown' }];
  else if (context === 'gap' && key === 'blocks') {
    choices = (options.steps ?? []).flatMap((title, index) => [
      { value: String(index + 1), detail: `step ${index + 1}: ${title}` },
      { value: yamlScalar(title, false), detail: `step ${index + 1}` },
    ]);
  }
  return choices.map((choice, index) => ({
    label: choice.value,
    insertText: ` ${choice.value}`,
    kind: choice.date ? ('date' as const) : ('value' as const),
    detail: choice.detail,
    replace: position.replace,
    sortText: order(index),
  }));
}

function order(index: number): string {
  return String(index).padStart(3, '0');
}
