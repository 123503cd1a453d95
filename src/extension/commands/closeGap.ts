import * as vscode from 'vscode';
import { celebrateGap, type Celebration } from '../../core/celebrate/celebrate';
import { closeGap } from '../../core/edits';
import type { Gap } from '../../core/plan/model';
import { escapeIcons } from '../../core/schedule/countdown';
import type { Feature } from '../feature';
import { showCelebration } from '../services/celebrate';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';
import type { PlanStore } from '../services/planStore';
import { gapStillThere, type GapNode } from '../tree/nodes';

export const CLOSE_GAP_COMMAND = 'careerPlan.closeGap';

/**
 * "Close Gap": writes `status: closed` and `closed: <today>` into a gap as one undoable edit, then
 * congratulates and offers the gap that is now the focus. From a gap's row, with a plan's URI and a
 * gap index, or from the palette (the focus gap of the active plan is offered first). Returns the
 * message shown, or false when nothing changed.
 */
export const registerCloseGap: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(CLOSE_GAP_COMMAND, async (where?: GapNode | vscode.Uri, index?: number) => {
      const chosen: ChosenGap | undefined = where instanceof vscode.Uri ? { uri: where, index } : where?.kind === 'gap' ? { uri: where.uri, index: where.gap.index, gap: where.gap } : await pickGap(store);
      if (!chosen || !Number.isInteger(chosen.index)) return false;
      const gapIndex = chosen.index!;
      let celebration: Celebration | undefined;
      const changed = await editPlan(store, chosen.uri, (parsed) => {
        const gap = parsed.plan.gaps.find((g) => g.index === gapIndex);
        // A row drawn before the plan changed must not close a different gap.
        if (!gap || gap.status === 'closed' || (chosen.gap && !gapStillThere(parsed.plan, chosen.gap))) return [];
        celebration = celebrateGap(parsed.plan, gapIndex);
        return closeGap(parsed, gapIndex, clock.today());
      });
      return changed && celebration ? showCelebration(store, chosen.uri, celebration) : false;
    }),
  );
};

interface ChosenGap {
  readonly uri: vscode.Uri;
  readonly index?: number;
  /** The gap as a row or the pick showed it, to check it is still at that place. */
  readonly gap?: Gap;
}

async function pickGap(store: PlanStore): Promise<ChosenGap | undefined> {
  const state = await pickPlan(store, vscode.l10n.t('Close a gap of which plan?'));
  if (!state) return undefined;
  const open = state.plan.gaps.filter((gap) => gap.status !== 'closed');
  if (open.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every gap of this plan is already closed.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    open.map((gap, i) => ({ label: escapeIcons(gap.title.value), description: i === 0 ? vscode.l10n.t('current focus') : gap.status === 'active' ? vscode.l10n.t('active') : '', gap })),
    { placeHolder: vscode.l10n.t('Which gap have you closed?') },
  );
  return picked && { uri: state.uri, index: picked.gap.index, gap: picked.gap };
}
