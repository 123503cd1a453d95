import type { ListItem, Nodes, Root } from 'mdast';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { LineIndex } from '../../../src/core/document/lineIndex';
import type { Body, Directive, Heading, Task } from '../../../src/core/plan/model';
import { checkIsoDate } from '../../../src/core/calendar/dates';
import type { Span } from '../../../src/core/document/range';
import { parseDirective } from '../../../src/core/parse/directives';

/**
 * The body reader as it was first written, through a remark syntax tree: the reference the faster
 * event walk in src/core/parse/body.ts must agree with.
 */
let processor: Processor<Root> | undefined;

function markdown(): Processor<Root> {
  processor ??= unified()
    .use(remarkParse)
    .use(function taskLists() {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfmTaskListItem());
      (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
    }) as unknown as Processor<Root>;
  return processor;
}

export function referenceBody(text: string, offset: number, lines: LineIndex): Body {
  const tree = markdown().parse(text.slice(offset));
  const headings: Heading[] = [];
  const tasks: Task[] = [];
  const directives: Directive[] = [];
  const span = (node: Nodes) => ({
    start: offset + (node.position?.start.offset ?? 0),
    end: offset + (node.position?.end.offset ?? 0),
  });

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading':
        headings.push({ depth: node.depth, text: plainText(node).trim(), range: lines.rangeOf(span(node)) });
        return;
      case 'listItem':
        if (typeof node.checked === 'boolean') tasks.push(readTask(node, span(node), lines, text, headings.at(-1)));
        break;
      case 'html': {
        const directive = parseDirective(node.value, lines.rangeOf(span(node)));
        if (directive) directives.push(directive);
        return;
      }
      case 'code':
      case 'inlineCode':
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { offset, headings, tasks, directives };
}

function readTask(node: ListItem, span: { start: number; end: number }, lines: LineIndex, text: string, heading?: Heading): Task {
  const first = node.children[0];
  const label = first ? plainText(first).trim() : '';
  return { ...taskLabel(label, span, lines, text), checked: node.checked === true, range: lines.rangeOf(span), span, heading };
}

/** A due date written in a task's text: `(due 2027-01-15)` or `(due: 2027-01-15)`. */
const DUE = /\(due:?\s+(\d{4}-\d{2}-\d{2})\)/i;

/**
 * A task's text without its `(due …)` note, and the due date located in the document: the reading as
 * first written, which src/core/parse/tasks.ts does with fewer allocations.
 */
function taskLabel(label: string, span: Span, lines: LineIndex, text: string): Pick<Task, 'text' | 'due' | 'dueNotADay'> {
  const due = DUE.exec(label);
  let written: Task['due'];
  if (due) {
    const lineStart = lines.positionAt(span.start).line;
    const at = text.indexOf(due[1], span.start);
    const dueSpan = { start: at, end: at + due[1].length };
    if (at >= 0 && lines.positionAt(at).line >= lineStart) written = { value: due[1], span: dueSpan, range: lines.rangeOf(dueSpan) };
  }
  // A date the calendar does not have is kept apart, to be reported (CP004).
  if (due && !checkIsoDate(due[1]).ok) return { text: label.replace(DUE, '').trim(), due: undefined, dueNotADay: written };
  return { text: label.replace(DUE, '').trim(), due: written };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return node.children.map((child) => plainText(child as Nodes)).join('');
  return '';
}
