import * as vscode from 'vscode';
import { moveGap } from '../../core/edits';
import { editPlan } from '../services/editPlan';
import { MARK_STEP_DONE_COMMAND } from '../commands/markStepDone';
import type { PlanStore } from '../services/planStore';
import { gapStillThere, type GapNode, type StepNode } from './nodes';

/** Commands of the milestones view's rows (hidden from the palette: they need a row). */
export const TREE_COMMANDS = {
  markStepDone: 'careerPlan.milestones.markStepDone',
  moveGapUp: 'careerPlan.milestones.moveGapUp',
  moveGapDown: 'careerPlan.milestones.moveGapDown',
} as const;

export function registerTreeCommands(store: PlanStore): vscode.Disposable[] {
  const move = (node: GapNode, by: -1 | 1) =>
    editPlan(store, node.uri, (parsed) => (gapStillThere(parsed.plan, node.gap) ? moveGap(parsed, node.gap.index, by) : []));
  return [
    vscode.commands.registerCommand(TREE_COMMANDS.markStepDone, (node: StepNode) =>
      vscode.commands.executeCommand(MARK_STEP_DONE_COMMAND, node.uri, node.step.index),
    ),
    vscode.commands.registerCommand(TREE_COMMANDS.moveGapUp, (node: GapNode) => move(node, -1)),
    vscode.commands.registerCommand(TREE_COMMANDS.moveGapDown, (node: GapNode) => move(node, 1)),
  ];
}
