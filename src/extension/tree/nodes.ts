import type * as vscode from 'vscode';
import type { Action, Company, Gap, Located, Moment, Plan, Step } from '../../core/plan/model';
import type { PlanState } from '../services/planState';

/**
 * The milestones tree as data: one root per plan, then its goal with the steps under it, its gaps
 * in rank order, its key moments and its target companies. Each node knows its plan's URI (for
 * edits and reveals) and its parent (for TreeView.reveal); ids are stable paths into the plan, so
 * expanded rows stay expanded when the plan changes.
 */
export type MilestoneNode = PlanNode | GoalNode | StepNode | GapsNode | GapNode | ActionNode | MomentsNode | MomentNode | PrepNode | CompaniesNode | CompanyNode;

interface NodeBase {
  readonly id: string;
  readonly uri: vscode.Uri;
  readonly parent?: MilestoneNode;
}

export interface PlanNode extends NodeBase {
  readonly kind: 'plan';
  /** Replaced in place when the plan changes, so the view can refresh this one row (see MilestonesProvider). */
  state: PlanState;
  /** Whether the row starts expanded (the view remembers what a person folds or unfolds after). */
  readonly expanded: boolean;
}
export interface GoalNode extends NodeBase {
  readonly kind: 'goal';
  readonly plan: Plan;
}
export interface StepNode extends NodeBase {
  readonly kind: 'step';
  readonly step: Step;
  /** 1 for the first step shown. */
  readonly number: number;
}
export interface GapsNode extends NodeBase {
  readonly kind: 'gaps';
  readonly gaps: readonly Gap[];
}
export interface GapNode extends NodeBase {
  readonly kind: 'gap';
  readonly gap: Gap;
  /** 1 for the most significant gap. */
  readonly rank: number;
  /** The first gap still open: the one to work on now. */
  readonly focus: boolean;
  readonly first: boolean;
  readonly last: boolean;
}
export interface ActionNode extends NodeBase {
  readonly kind: 'action';
  readonly action: Action;
}
export interface MomentsNode extends NodeBase {
  readonly kind: 'moments';
  readonly moments: readonly Moment[];
}
export interface MomentNode extends NodeBase {
  readonly kind: 'moment';
  readonly moment: Moment;
}
export interface PrepNode extends NodeBase {
  readonly kind: 'prep';
  readonly note: Located<string>;
}
export interface CompaniesNode extends NodeBase {
  readonly kind: 'companies';
  readonly companies: readonly Company[];
}
export interface CompanyNode extends NodeBase {
  readonly kind: 'company';
  readonly company: Company;
}

export function planNode(state: PlanState, expanded: boolean): PlanNode {
  return { kind: 'plan', id: state.uri.toString(), uri: state.uri, state, expanded };
}

export function childrenOf(node: MilestoneNode): MilestoneNode[] {
  const base = (id: string) => ({ id: `${node.id}|${id}`, uri: node.uri, parent: node });
  switch (node.kind) {
    case 'plan': {
      const plan = node.state.plan;
      const children: MilestoneNode[] = [{ kind: 'goal', plan, ...base('goal') }];
      if (plan.gaps.length > 0) children.push({ kind: 'gaps', gaps: plan.gaps, ...base('gaps') });
      if (plan.moments.length > 0) children.push({ kind: 'moments', moments: plan.moments, ...base('moments') });
      if (plan.companies.length > 0) children.push({ kind: 'companies', companies: plan.companies, ...base('companies') });
      return children;
    }
    case 'goal':
      return node.plan.steps.map((step, i) => ({ kind: 'step', step, number: i + 1, ...base(`steps[${step.index}]`) }));
    case 'step':
      return actionNodes(node.step.actions, base);
    case 'gaps': {
      const focus = node.gaps.find((gap) => gap.status !== 'closed');
      return node.gaps.map((gap, i) => ({
        kind: 'gap',
        gap,
        rank: i + 1,
        focus: gap === focus,
        first: i === 0,
        last: i === node.gaps.length - 1,
        ...base(`[${gap.index}]`),
      }));
    }
    case 'gap':
      return actionNodes(node.gap.actions, base);
    case 'moments':
      return node.moments.map((moment) => ({ kind: 'moment', moment, ...base(`[${moment.index}]`) }));
    case 'moment':
      return [
        ...node.moment.prep.map((note, i): PrepNode => ({ kind: 'prep', note, ...base(`prep[${i}]`) })),
        ...actionNodes(node.moment.actions, base),
      ];
    case 'companies':
      return node.companies.map((company) => ({ kind: 'company', company, ...base(`[${company.index}]`) }));
    case 'action':
    case 'prep':
    case 'company':
      return [];
  }
}

function actionNodes(actions: readonly Action[], base: (id: string) => NodeBase): ActionNode[] {
  return actions.map((action, i) => ({ kind: 'action', action, ...base(`actions[${i}]`) }));
}

/** The plan a node belongs to. */
export function planOf(node: MilestoneNode): PlanState | undefined {
  let current: MilestoneNode | undefined = node;
  while (current && current.kind !== 'plan') current = current.parent;
  return current?.state;
}

/**
 * Whether a gap the tree showed is still at the same place in the plan's current text: an edit made
 * from a row drawn a moment before a change must not land on a different gap.
 */
export function gapStillThere(plan: Plan, gap: Gap): boolean {
  return plan.gaps.some((current) => current.index === gap.index && current.title.value === gap.title.value);
}
