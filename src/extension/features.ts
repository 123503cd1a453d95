import type * as vscode from 'vscode';
import type { Clock } from './clock';
import type { PlanStore } from './planStore';

/** What every feature shares: the calendar day and the one store of parsed plans. */
export interface Services {
  readonly clock: Clock;
  readonly store: PlanStore;
}

/** One editor feature: registers itself and pushes its disposables into the context. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;

/** Every feature of the extension, registered in this order by activate(). One file each. */
export const features: Feature[] = [];
