import * as vscode from 'vscode';
import type { Range } from '../../core/document/range';
import type { Feature } from '../feature';
import { REVEAL_COMMAND, revealInPlan } from '../services/reveal';

export const registerReveal: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri | string, range: Range) =>
      revealInPlan(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, range),
    ),
  );
};
