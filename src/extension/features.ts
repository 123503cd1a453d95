import type * as vscode from 'vscode';

/** One editor feature: registers itself and pushes its disposables into the context. */
export type Feature = (context: vscode.ExtensionContext) => void;

/** Every feature of the extension, registered in this order by activate(). */
export const features: Feature[] = [];
