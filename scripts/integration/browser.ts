// Headless Debian chromium driven by playwright-core, and the URLs that open a code-server
// workbench on the fixture workspace with this extension loaded from source.
import { chromium, type Browser } from 'playwright-core';
import { onCleanup } from './cleanup';
import type { CodeServer } from './codeServer';
import { ROOT, WORKSPACE } from './paths';
import { chromium as chromiumPackage, ensureSystemPackages } from './systemPackages';

/** Playwright's own browser downloads are unreachable here; use the system's chromium. */
export const CHROMIUM = process.env.CAREER_PLAN_CHROMIUM ?? '/usr/bin/chromium';

// Without the networking flags chromium keeps trying (and failing) to reach Google's services.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
  await ensureSystemPackages([chromiumPackage(CHROMIUM)]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  return browser;
}

/** A file of this machine as the workbench sees it: through the server it is connected to. */
export function remoteUri(server: CodeServer, absolutePath: string): string {
  return `vscode-remote://${server.authority}${absolutePath}`;
}

/**
 * The workbench reads launch options from `payload`, the way the desktop app reads its command
 * line: extensionDevelopmentPath loads this repository as an extension, extensionTestsPath runs a
 * suite in it, openFile opens an editor.
 */
export type Opened = { folder: string } | { workspace: string };

export function workbenchUrl(server: CodeServer, payload: Record<string, string>, opened: Opened = { folder: WORKSPACE }): string {
  const entries = Object.entries({
    extensionDevelopmentPath: remoteUri(server, ROOT),
    skipWelcome: 'true',
    skipReleaseNotes: 'true',
    ...payload,
  });
  const query = new URLSearchParams({ ...opened, payload: JSON.stringify(entries) });
  return `${server.origin}/?${query}`;
}
