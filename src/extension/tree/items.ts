import * as path from 'node:path';
import * as vscode from 'vscode';
import { daysBetween, describeDaysLeft, type IsoDate } from '../../core/calendar/dates';
import type { Action } from '../../core/plan/model';
import type { Range } from '../../core/document/range';
import { planLabel } from '../services/pickPlan';
import { revealCommand } from '../services/reveal';
import type { MilestoneNode } from './nodes';

/**
 * How each node of the milestones tree looks: label, description, icon, tooltip, the command a
 * click runs (reveal the element in the plan) and the context value the menus match on. Labels and
 * descriptions are plain text; tooltips are Markdown built with appendText, so nothing a plan says
 * is read as Markdown or HTML.
 */
export function treeItem(node: MilestoneNode, today: IsoDate): vscode.TreeItem {
  const item = build(node, today);
  item.id = node.id;
  return item;
}

const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;

function build(node: MilestoneNode, today: IsoDate): vscode.TreeItem {
  const reveal = (range: Range | undefined) => (range ? revealCommand(node.uri, range) : undefined);
  switch (node.kind) {
    case 'plan': {
      const relative = planLabel(node.uri);
      const problems = node.state.problems.length;
      const item = new vscode.TreeItem(path.posix.basename(relative), node.expanded ? Expanded : Collapsed);
      const folder = path.posix.dirname(relative);
      item.description = [folder === '.' ? '' : folder, problems > 0 ? plural(problems, 'problem') : ''].filter(Boolean).join(' · ');
      item.resourceUri = node.uri;
      item.iconPath = new vscode.ThemeIcon('notebook');
      item.tooltip = tooltip([['Plan', relative], ['Goal', node.state.plan.goal?.value]]);
      item.contextValue = 'careerPlan.plan';
      return item;
    }
    case 'goal': {
      const { plan } = node;
      const done = plan.steps.filter((step) => step.done).length;
      const item = new vscode.TreeItem(plan.goal?.value ?? 'No goal written yet', plan.steps.length > 0 ? Expanded : None);
      item.description = [plan.steps.length > 0 ? `${done}/${plan.steps.length} steps` : 'no steps yet', plan.target ? dated(plan.target.value, today) : ''].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('milestone');
      item.tooltip = tooltip([['Goal', plan.goal?.value], ['Target', plan.target?.value], ['Steps reached', `${done} of ${plan.steps.length}`]]);
      item.command = reveal(plan.goal?.range ?? plan.frontmatter?.range);
      item.contextValue = 'careerPlan.goal';
      return item;
    }
    case 'step': {
      const { step } = node;
      const item = new vscode.TreeItem(step.title.value, step.actions.length > 0 ? Collapsed : None);
      const overdue = !step.done && step.target !== undefined && step.target.value < today;
      const when = step.done ? (step.done.value === true ? 'done' : `done ${step.done.value}`) : step.target ? dated(step.target.value, today) : 'no target date';
      item.description = [when, progress(step.actions)].filter(Boolean).join(' · ');
      item.iconPath = step.done
        ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
        : overdue
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('circle-large-outline');
      item.tooltip = tooltip([[`Step ${node.number}`, step.title.value], ['Target', step.target?.value], ['Status', when]]);
      item.command = reveal(step.title.range);
      item.contextValue = step.done ? 'careerPlan.step.done' : 'careerPlan.step.open';
      return item;
    }
    case 'gaps': {
      const open = node.gaps.filter((gap) => gap.status !== 'closed').length;
      const item = new vscode.TreeItem('Gaps', Expanded);
      item.description = `${open} open · most significant first`;
      item.iconPath = new vscode.ThemeIcon('list-ordered');
      item.contextValue = 'careerPlan.gaps';
      return item;
    }
    case 'gap': {
      const { gap } = node;
      const item = new vscode.TreeItem(`${node.rank}. ${gap.title.value}`, gap.actions.length > 0 ? Collapsed : None);
      const status = node.focus ? 'current focus' : gap.status === 'open' ? '' : gap.status;
      item.description = [status, progress(gap.actions)].filter(Boolean).join(' · ');
      item.iconPath = node.focus
        ? new vscode.ThemeIcon('target', new vscode.ThemeColor('charts.orange'))
        : gap.status === 'closed'
          ? new vscode.ThemeIcon('pass')
          : new vscode.ThemeIcon('circle-small');
      item.tooltip = tooltip([[`Gap ${node.rank}`, gap.title.value], ['Status', gap.status], ['Focus', node.focus ? 'the gap to work on now' : undefined]]);
      item.command = reveal(gap.title.range);
      item.contextValue = ['careerPlan.gap', gap.status === 'closed' ? '' : 'canClose', node.first ? '' : 'canMoveUp', node.last ? '' : 'canMoveDown'].filter(Boolean).join(' ');
      return item;
    }
    case 'action': {
      const { action } = node;
      const item = new vscode.TreeItem(action.title.value, None);
      item.description = [action.done ? 'done' : action.due ? `due ${dated(action.due.value, today)}` : '', action.source === 'body' ? 'in notes' : ''].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(action.done ? 'pass-filled' : 'circle-large-outline');
      item.tooltip = tooltip([['Action', action.title.value], ['Due', action.due?.value], ['Done', action.done ? 'yes' : 'not yet']]);
      item.command = reveal(action.title.range);
      item.contextValue = action.done ? 'careerPlan.action.done' : 'careerPlan.action.open';
      return item;
    }
    case 'moments': {
      const item = new vscode.TreeItem('Key moments', Collapsed);
      item.description = plural(node.moments.length, 'moment');
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'careerPlan.moments';
      return item;
    }
    case 'moment': {
      const { moment } = node;
      const item = new vscode.TreeItem(moment.title.value, moment.prep.length + moment.actions.length > 0 ? Collapsed : None);
      const when = moment.date ? (moment.date.value < today ? `${moment.date.value} · passed` : dated(moment.date.value, today)) : 'no date';
      item.description = `${when} · ${moment.kind}`;
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.tooltip = tooltip([['Key moment', moment.title.value], ['Date', moment.date?.value], ['Kind', moment.kind], ...moment.prep.map((note): [string, string] => ['Prepare', note.value])]);
      item.command = reveal(moment.title.range);
      item.contextValue = 'careerPlan.moment';
      return item;
    }
    case 'prep': {
      const item = new vscode.TreeItem(node.note.value, None);
      item.iconPath = new vscode.ThemeIcon('note');
      item.command = reveal(node.note.range);
      item.contextValue = 'careerPlan.prep';
      return item;
    }
    case 'companies': {
      const item = new vscode.TreeItem('Target companies', Collapsed);
      item.description = plural(node.companies.length, 'company', 'companies');
      item.iconPath = new vscode.ThemeIcon('organization');
      item.contextValue = 'careerPlan.companies';
      return item;
    }
    case 'company': {
      const { company } = node;
      const item = new vscode.TreeItem(company.name.value, None);
      item.description = company.priority ? `${company.priority.value} priority` : '';
      item.iconPath = new vscode.ThemeIcon('organization');
      item.tooltip = tooltip([
        ['Company', company.name.value],
        ['Priority', company.priority?.value],
        ['Connections', company.connections.map((c) => c.value).join(', ') || undefined],
        ['Motivation', company.motivation?.value],
        ['Postings', company.postings.map((p) => p.value).join(', ') || undefined],
      ]);
      item.command = reveal(company.name.range);
      item.contextValue = 'careerPlan.company';
      return item;
    }
  }
}

/** "2027-03-31 · in 129 days", "2027-03-31 · overdue by 3 days". */
function dated(date: IsoDate, today: IsoDate): string {
  return `${date} · ${describeDaysLeft(daysBetween(today, date))}`;
}

/** "2/5" when there are actions, else nothing. */
function progress(actions: readonly Action[]): string {
  return actions.length > 0 ? `${actions.filter((action) => action.done).length}/${actions.length}` : '';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Bold field names of ours, plan text escaped: the tooltip can never run or render what a plan says. */
function tooltip(fields: readonly [string, string | undefined][]): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  for (const [name, value] of fields) {
    if (value === undefined || value === '') continue;
    if (markdown.value) markdown.appendMarkdown('\n\n');
    markdown.appendMarkdown(`**${name}:** `);
    markdown.appendText(value);
  }
  return markdown;
}
