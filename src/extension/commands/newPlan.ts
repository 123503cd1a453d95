import * as vscode from 'vscode';
import type { Feature } from '../feature';
import { NEW_PLAN_COMMAND } from '../services/pickPlan';
import { newPlan } from './newPlanFlow';

/** "New Career Plan" (newPlanFlow.ts), registered at activation; its flow loads when first run. */
export const registerNewPlan: Feature = (context, { clock }) => {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_PLAN_COMMAND, (given?: unknown) => newPlan(clock.today(), given)));
};
