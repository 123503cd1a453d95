import * as vscode from 'vscode';
import { moveGap } from '../../core/edits';
import { editPlan } from '../services/editPlan';
import type { PlanStore } from '../services/planStore';
import { gapStillThere, type GapNode, type MilestoneNode } from './nodes';

/** VS Code's mime type for items dragged within this view (`application/vnd.code.tree.<view id, lower case>`). */
const GAP_MIME = 'application/vnd.code.tree.careerplan.milestones';

/**
 * Re-ranks gaps by dragging: dropping a gap on another gap of the same plan puts it in that gap's
 * place; dropping it on the "Gaps" row makes it the least significant. Only gaps can be dragged.
 */
export class GapDragAndDrop implements vscode.TreeDragAndDropController<MilestoneNode> {
  readonly dragMimeTypes = [GAP_MIME];
  readonly dropMimeTypes = [GAP_MIME];

  constructor(private readonly store: PlanStore) {}

  handleDrag(source: readonly MilestoneNode[], dataTransfer: vscode.DataTransfer): void {
    const gaps = source.filter((node): node is GapNode => node.kind === 'gap');
    if (gaps.length === 1) dataTransfer.set(GAP_MIME, new vscode.DataTransferItem(gaps[0]));
  }

  async handleDrop(target: MilestoneNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const dragged: unknown = dataTransfer.get(GAP_MIME)?.value;
    if (!isGapNode(dragged) || !target || target.uri.toString() !== dragged.uri.toString()) return;
    const to = target.kind === 'gap' ? target.rank - 1 : target.kind === 'gaps' ? target.gaps.length - 1 : undefined;
    if (to === undefined || to === dragged.rank - 1) return;
    await editPlan(this.store, dragged.uri, (parsed) =>
      gapStillThere(parsed.plan, dragged.gap) ? moveGap(parsed, dragged.gap.index, { to: positionToIndex(parsed.plan.gaps, to) }) : [],
    );
  }
}

function isGapNode(value: unknown): value is GapNode {
  return typeof value === 'object' && value !== null && (value as MilestoneNode).kind === 'gap';
}

/** The list index of the gap at a rank position (they differ when an entry of the list could not be read). */
function positionToIndex(gaps: readonly { index: number }[], position: number): number {
  return gaps[Math.min(position, gaps.length - 1)]?.index ?? position;
}
