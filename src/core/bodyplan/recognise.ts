import type { IsoDate } from '../calendar/dates';
import type { Span } from '../document/range';
import type { Placeholder, ReadRole } from '../plan/model';
import type { FoundDate } from './dates';
import { splitItem as splitWords, type ItemWords } from './itemWords';
import type { Block, Cell, RowBlock } from './outline';
import { placeholderIn } from './placeholders';
import type { Shape } from './shape';
import { SHAPES } from './shapes/index';

/** A step or gap read from a line: its words, the line, its actions, its rank in a gap table. */
export interface ReadEntry {
  readonly block: Block;
  readonly words: ItemWords;
  readonly actions: ReadAction[];
  /** Done: a ticked task-list item. */
  readonly done?: boolean;
  /** A gap table's priority, lower first; undefined keeps the written order. */
  readonly rank?: number;
}

export interface ReadAction {
  readonly block: Block;
  readonly words: ItemWords;
  readonly checked: boolean;
}

/** What one shape read in a body. */
export interface Recognised {
  readonly shape: Shape;
  readonly goal?: { readonly block: Block; readonly span: Span; readonly date?: FoundDate };
  /** The goal's target, from a "Target timeline:" line, else the date in the goal's sentence. */
  readonly target?: { readonly block: Block; readonly date: FoundDate };
  readonly steps: readonly ReadEntry[];
  readonly gaps: readonly ReadEntry[];
  /** The line that gave the goal, or holds its placeholder. */
  readonly goalLine?: Block;
  readonly roles: ReadonlyMap<Block, ReadRole>;
  readonly placeholders: readonly (Omit<Placeholder, 'range'>)[];
}

type Section = 'goal-slot' | 'step-slot' | 'gap-slot' | 'steps' | 'gaps' | 'notes' | 'none';
type Kind = 'goal' | 'target' | 'step' | 'gap' | 'steps' | 'gaps' | 'notes';
const KINDS: readonly Kind[] = ['goal', 'target', 'steps', 'gaps', 'step', 'gap', 'notes'];

/** Words that make a goal a career goal: a README's "Goals" heading holds none of them. */
const CAREER = /\b(become|becoming|career|role|position|promot\w*|job|title|manager|director|head of|vp|vice president|chief|cto|ceo|senior|staff|principal|lead|leader|architect|engineer|specialist|consultant|partner|certif\w*|degree|level|own (practice|business|company|firm|studio)|founder|freelanc\w*|licen[sc]ed|registered|qualified|postdoc\w*|ph\.?d|doctorate|professor\w*|lecturer|researcher|fellowship|tenure\w*|work as|move into|switch (in)?to|transition (in)?to|land (a|an|my))\b/i;
/** A goal's label or heading that says it is a career goal, whatever the goal's words. */
const CAREER_LABEL = /career|target role|ultimate goal|long[- ]term goal|dream (job|role)/i;
/** A document heading that says the file is a plan. */
const PLAN_TITLE = /\b(career|development|growth|progression)\b.*\bplan\b|\b(IDP|PDP)\b|career (goals?|roadmap|path)|growth plan/i;

/**
 * Reads the body with every shape and keeps the reading that understood most, if it carries a
 * career goal and a step or a gap (or the template's slots for them): otherwise the body is notes,
 * not a plan.
 */
export function recognise(text: string, blocks: readonly Block[], today?: IsoDate): Recognised | undefined {
  let best: Recognised | undefined;
  let bestScore = 0;
  for (const shape of SHAPES) {
    const reading = readWith(shape, text, blocks, today);
    const score = scoreOf(reading);
    if (score > bestScore && accepts(reading, text, blocks)) {
      best = reading;
      bestScore = score;
    }
  }
  return best;
}

function scoreOf(reading: Recognised): number {
  return (reading.goal ? 3 : 0) + reading.steps.length + reading.gaps.length + reading.placeholders.length + (reading.target ? 1 : 0) + reading.steps.filter((step) => step.words.date).length;
}

function accepts(reading: Recognised, text: string, blocks: readonly Block[]): boolean {
  const goalSlot = reading.placeholders.some((slot) => slot.slot === 'goal');
  if (!reading.goal && !goalSlot) return false;
  const stepOrGap = reading.steps.length + reading.gaps.length + reading.placeholders.filter((slot) => slot.slot === 'step' || slot.slot === 'gap').length;
  if (stepOrGap === 0) return false;
  const goalWords = reading.goal ? text.slice(reading.goal.span.start, reading.goal.span.end) : '';
  const goalLine = reading.goalLine ? text.slice(reading.goalLine.span.start, reading.goalLine.span.end) : '';
  const title = blocks.find((block) => block.kind === 'heading');
  return CAREER.test(goalWords) || CAREER_LABEL.test(goalLine) || (title !== undefined && PLAN_TITLE.test(title.text));
}

/** `Label: value` — a label of a few words before a line's first colon; the value may be empty. */
interface Labelled {
  readonly label: string;
  readonly value: Span;
}

/**
 * The label of a line; a line going on a paragraph has one only right under another label (a
 * block of "Target role: …" / "Target timeline: …" lines is one paragraph to Markdown).
 */
function labelOf(text: string, block: Block, underLabel = false): Labelled | undefined {
  if (block.kind === 'row' || (block.kind === 'text' && block.continues && !underLabel)) return undefined;
  const words = text.slice(block.textSpan.start, block.textSpan.end);
  // A line all in bold is a label with nothing after it, colon or not: "**Steps**".
  const bold = /^(\*\*|__)([^*_:]{1,80}?):?\1\s*:?\s*$/.exec(words);
  if (bold && bold[2].trim().split(/\s+/).length <= 9) return { label: bold[2].trim(), value: { start: block.textSpan.end, end: block.textSpan.end } };
  const colon = words.indexOf(':');
  if (colon <= 0 || colon > 80 || words.slice(colon, colon + 3) === '://') return undefined;
  const label = words.slice(0, colon).replace(/[*_`]/g, '').trim();
  if (label === '' || label.split(/\s+/).length > 9 || /^\d+$/.test(label)) return undefined;
  let start = block.textSpan.start + colon + 1;
  const end = block.textSpan.end;
  while (start < end && /[\s*_]/.test(text[start])) start++;
  // A value opening with punctuation is prose quoting a label, not one.
  if (start < end && !/[\p{L}\p{N}<\[(]/u.test(text[start])) return undefined;
  return { label, value: { start, end } };
}

function kindOf(shape: Shape, words: string): Kind | undefined {
  const plain = words.replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.|section \d+:?|part \d+:?)\s+/i, '').replace(/[*_`]/g, '').trim();
  for (const kind of KINDS) {
    const pattern = kind === 'notes' ? shape.notes : shape[kind];
    if (pattern && new RegExp(`^(?:${pattern.source})$`, 'i').test(plain)) return kind;
  }
  return undefined;
}

function readWith(shape: Shape, text: string, blocks: readonly Block[], today: IsoDate | undefined): Recognised {
  const splitItem = (source: string, span: Span) => splitWords(source, span, today);
  const roles = new Map<Block, ReadRole>();
  const steps: ReadEntry[] = [];
  const gaps: ReadEntry[] = [];
  const placeholders: Omit<Placeholder, 'range'>[] = [];
  let goal: Recognised['goal'];
  let goalLine: Block | undefined;
  let target: Recognised['target'];
  // Held in an object: the readers below change it, which TypeScript's narrowing of a `let` does not see.
  const at: { section: Section } = { section: 'none' };
  /** The heading depth that opened the section; a label opens one that any heading or label ends. */
  let depth = 0;
  /** The step or gap that task-list items below it are actions of. */
  let current: ReadEntry | undefined;
  let currentKind: 'step' | 'gap' | undefined;
  let itemIndent: number | undefined;
  /** The list's items are headings: the lists under them are their tasks and notes. */
  let underItemHeading = false;
  let columns: Columns | undefined;
  /** The date a step's heading names ("1-Year Goal"), for the step written under it. */
  let slotDate: FoundDate | undefined;

  const wordsOf = (span: Span) => text.slice(span.start, span.end);
  const slot = (kind: Placeholder['slot'], span: Span, block: Block) => {
    placeholders.push({ slot: kind, text: wordsOf(span), span });
    roles.set(block, 'placeholder');
  };
  const setGoal = (block: Block, span: Span) => {
    goalLine ??= block;
    const held = placeholderIn(wordsOf(span), span.start);
    if (held) return slot('goal', held, block);
    const words = splitItem(text, span);
    goal = { block, span, ...(words.date && { date: words.date }) };
    roles.set(block, 'goal');
  };
  const add = (kind: 'step' | 'gap', block: Block, span: Span, extra: { done?: boolean; rank?: number; date?: FoundDate } = {}) => {
    const whole = placeholderIn(wordsOf(span), span.start);
    if (whole && fillsSlot(text, span, whole)) {
      slot(kind, whole, block);
      current = undefined;
      return;
    }
    // A gap has no date: "within a week" in "Estimating work within a week" is part of its title.
    const words = kind === 'step' ? splitItem(text, span) : wholeTitle(text, span);
    if (words.placeholder && words.placeholder.end - words.placeholder.start >= (words.title.end - words.title.start) / 2) {
      slot(kind, words.placeholder, block);
      current = undefined;
      return;
    }
    if (words.title.end <= words.title.start) return;
    if (words.datePlaceholder) placeholders.push({ slot: 'target', text: wordsOf(words.datePlaceholder), span: words.datePlaceholder });
    const entry: ReadEntry = { block, words: extra.date && !words.date ? { ...words, date: extra.date } : words, actions: [], ...(extra.done !== undefined && { done: extra.done }), ...(extra.rank !== undefined && { rank: extra.rank }) };
    (kind === 'step' ? steps : gaps).push(entry);
    roles.set(block, kind);
    current = entry;
    currentKind = kind;
  };
  const open = (next: Section, openedDepth: number) => {
    at.section = next;
    depth = openedDepth;
    itemIndent = undefined;
    columns = undefined;
    underItemHeading = false;
    if (next !== 'notes' && next !== 'none') current = undefined;
  };
  /** A heading or label naming a part: what it opens, or the value it holds. */
  const named = (block: Block, kind: Kind, value: Span | undefined, openedDepth: number) => {
    const hasValue = value !== undefined && value.end > value.start;
    roles.set(block, 'heading');
    switch (kind) {
      case 'goal':
        if (hasValue) {
          setGoal(block, value);
          open(shape.stepsFollowGoal && openedDepth === LABEL ? 'steps' : 'none', openedDepth);
        } else {
          goalLine ??= block;
          open('goal-slot', openedDepth);
        }
        return;
      case 'target': {
        if (!hasValue) return open('none', openedDepth);
        const words = splitItem(text, value);
        roles.set(block, 'target');
        if (words.date) {
          if (current && currentKind === 'step' && !current.words.date) (current as { words: ItemWords }).words = { ...current.words, date: words.date };
          else if (!target) target = { block, date: words.date };
        } else {
          const held = words.datePlaceholder ?? placeholderIn(wordsOf(value), value.start);
          if (held) slot('target', held, block);
          else roles.set(block, 'note');
        }
        return;
      }
      case 'step':
      case 'gap':
        if (hasValue) {
          add(kind, block, value);
          at.section = 'notes';
          depth = openedDepth;
        } else {
          open(kind === 'step' ? 'step-slot' : 'gap-slot', openedDepth);
          // "## 1-Year Goal" dates the step written under it, when its own line names no date.
          slotDate = kind === 'step' ? splitItem(text, block.textSpan).date : undefined;
        }
        return;
      case 'steps':
      case 'gaps':
        open(kind, openedDepth);
        if (hasValue) add(kind === 'steps' ? 'step' : 'gap', block, value);
        return;
      case 'notes':
        roles.set(block, 'note');
        open('notes', openedDepth);
        current = undefined;
    }
  };

  let labelledAbove = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      labelledAbove = false;
      const label = labelOf(text, block);
      const kind = kindOf(shape, block.text) ?? (label && kindOf(shape, label.label));
      // A heading below a list of steps or gaps names one of them, its tasks below it.
      if (!kind && (at.section === 'steps' || at.section === 'gaps') && block.depth > depth && depth !== LABEL) {
        add(at.section === 'steps' ? 'step' : 'gap', block, block.textSpan);
        underItemHeading = true;
        continue;
      }
      if (kind) named(block, kind, label && kindOf(shape, label.label) === kind ? label.value : undefined, block.depth);
      else {
        roles.set(block, 'note');
        open('notes', block.depth);
        current = undefined;
      }
      continue;
    }
    const label = labelOf(text, block, labelledAbove);
    const kind = label && kindOf(shape, label.label);
    labelledAbove = kind !== undefined;
    if (kind && label) {
      named(block, kind, label.value, LABEL);
      continue;
    }
    switch (at.section) {
      case 'goal-slot':
        setGoal(block, firstWords(block));
        at.section = shape.stepsFollowGoal && depth === LABEL ? 'steps' : 'notes';
        break;
      case 'step-slot':
      case 'gap-slot':
        add(at.section === 'step-slot' ? 'step' : 'gap', block, firstWords(block), slotDate ? { date: slotDate } : {});
        slotDate = undefined;
        at.section = 'notes';
        break;
      case 'steps':
      case 'gaps':
        readListLine(block, at.section === 'steps' ? 'step' : 'gap');
        break;
      default:
        if (block.kind === 'row' && (block.header || columns)) {
          // A skill table under any heading: skill | current | required | priority.
          if (block.header) columns = columnsOf(block.cells);
          if (columns?.gapTable) {
            readListLine(block, 'gap');
            break;
          }
        }
        if (block.kind === 'item' && block.checked !== undefined && current) {
          current.actions.push({ block, words: splitItem(text, block.textSpan), checked: block.checked });
          roles.set(block, 'action');
        } else roles.set(block, 'note');
    }
  }

  function readListLine(block: Block, kind: 'step' | 'gap') {
    if (block.kind === 'row') {
      if (block.header) {
        columns = columnsOf(block.cells);
        roles.set(block, 'heading');
        return;
      }
      const cells = block.cells;
      const title = cells[columns?.title ?? 0];
      if (!title || title.text === '') return void roles.set(block, 'note');
      const dateCell = columns?.date !== undefined ? cells[columns.date] : undefined;
      const dateWords = dateCell && dateCell.text !== '' ? splitItem(text, dateCell.span) : undefined;
      const rankCell = columns?.priority !== undefined ? cells[columns.priority] : undefined;
      const rank = rankCell ? rankOf(rankCell.text) : undefined;
      add(kind, block, title.span, { ...(rank !== undefined && { rank }), ...(dateWords?.date && { date: dateWords.date }) });
      if (dateCell && !dateWords?.date && dateCell.text !== '') {
        const held = placeholderIn(dateCell.text, dateCell.span.start);
        if (held) placeholders.push({ slot: 'target', text: wordsOf(held), span: held });
      }
      return;
    }
    if (block.kind === 'item') {
      itemIndent ??= block.indent;
      if (block.indent > itemIndent || underItemHeading) {
        if (block.checked !== undefined && current) {
          current.actions.push({ block, words: splitItem(text, block.textSpan), checked: block.checked });
          roles.set(block, 'action');
        } else roles.set(block, 'note');
        return;
      }
      add(kind, block, block.textSpan, block.checked !== undefined ? { done: block.checked } : {});
      return;
    }
    // A line of text is a step or gap in a list opened by a label (the template's one per line), if
    // short and before any list; after a list, or ending with a colon, it ends the list.
    if (depth === LABEL && itemIndent === undefined && !block.text.endsWith(':') && block.text.split(/\s+/).length <= 16) add(kind, block, block.textSpan);
    else {
      roles.set(block, 'note');
      at.section = 'notes';
    }
  }

  const ranked = gaps.some((gap) => gap.rank !== undefined) ? [...gaps].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)) : gaps;
  return { shape, goal, goalLine, target: target ?? (goal?.date && { block: goal.block, date: goal.date }), steps, gaps: ranked, roles, placeholders };
}

/** The placeholder is all the line says, but for punctuation or a label before it ("Area 1: Describe…"). */
function fillsSlot(text: string, line: Span, placeholder: Span): boolean {
  const rest = text.slice(line.start, placeholder.start) + text.slice(placeholder.end, line.end);
  return !/[\p{L}\p{N}]/u.test(rest) || /^[^\p{L}\p{N}]*[\p{L}\p{N} ]{1,24}:[^\p{L}\p{N}]*$/u.test(rest);
}

/** An item's words as its title, with no date taken out. */
function wholeTitle(text: string, span: Span): ItemWords {
  const words = splitWords(text, { start: span.start, end: span.start });
  return { ...words, title: trimTitle(text, span) };
}

function trimTitle(text: string, span: Span): Span {
  let { start, end } = span;
  const wrapped = /^(\*\*|__)(.+)\1$/.exec(text.slice(start, end));
  if (wrapped) {
    start += 2;
    end -= 2;
  }
  while (end > start && /[\s;,.]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Sections opened by a label line rather than a heading. */
const LABEL = Number.POSITIVE_INFINITY;

function firstWords(block: Block): Span {
  return block.kind === 'row' ? (block.cells.find((cell) => cell.text !== '')?.span ?? block.textSpan) : block.textSpan;
}

interface Columns {
  readonly title?: number;
  readonly date?: number;
  readonly priority?: number;
  /** current and required levels: a skill-gap table. */
  readonly gapTable: boolean;
}

function columnsOf(cells: readonly Cell[]): Columns {
  const find = (pattern: RegExp) => {
    const index = cells.findIndex((cell) => pattern.test(cell.text));
    return index === -1 ? undefined : index;
  };
  return {
    title: find(/skill|gap|area|competenc|step|role|milestone|level|position|goal|title|what|focus/i),
    date: find(/target|date|when|\bby\b|deadline|timeline|timeframe|due/i),
    priority: find(/priority|rank|importance|significance|order|urgency/i),
    gapTable: find(/current/i) !== undefined && find(/required|target|desired|needed|expected/i) !== undefined,
  };
}

/** A priority cell's rank: high first, then medium, then low; a number as itself. */
function rankOf(words: string): number | undefined {
  const plain = words.replace(/[*_`]/g, '').trim().toLowerCase();
  const number = /^#?(\d+)/.exec(plain);
  if (number) return Number(number[1]);
  if (/^(critical|urgent|top|must|very high)/.test(plain)) return 0;
  if (/^(high|p1)/.test(plain)) return 1;
  if (/^(medium|med|mid|moderate|p2)/.test(plain)) return 2;
  if (/^(low|nice|p3|later)/.test(plain)) return 3;
  return undefined;
}

export type { RowBlock };
