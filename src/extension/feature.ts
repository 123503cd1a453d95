import type * as vscode from 'vscode';
import type { Clock } from './services/clock';
import type { ConfigStore } from './services/configStore';
import type { PlanStore } from './services/planStore';

/** What every feature shares: the calendar day, the configuration files and the one store of parsed plans. */
export interface Services {
  readonly clock: Clock;
  readonly configs: ConfigStore;
  readonly store: PlanStore;
}

/**
 * One editor feature: registers itself and pushes its disposables into the context. Its own type,
 * apart from the list of features (features.ts), so a feature's file need not import the list that
 * imports it.
 */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;
