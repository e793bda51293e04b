import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ShellAction } from '../../main/core/tray-menu';
import type { UpdateAction } from '../../main/core/updates';
import { electronRuntime } from './runtime';

export const runtime = electronRuntime();
export const SKIP_REASON = 'skipped: Electron runtime not installed';

/** Call at the top of a describe: the specs run only where the Electron runtime is. */
export function needsElectronRuntime(): void {
  test.skip(runtime === null, SKIP_REASON);
}

const APP_DIR = resolve(import.meta.dirname, '../..');
const OBSERVER = resolve(import.meta.dirname, 'observe-shell.cjs');

/** What observe-shell.cjs records in the main process (the live objects stay there). */
export interface ShellRecord {
  readonly tooltips: ReadonlyArray<{ readonly text: string; readonly at: number }>;
  readonly notifications: ReadonlyArray<{
    readonly title: string;
    readonly body: string;
    readonly at: number;
  }>;
}

export async function tempProfile(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-electron-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The built app (npm test builds first) on the real runtime, with this profile, once its tray is
 * up. observe-shell.cjs is loaded first (`-r`) so it sees the tray from its first render.
 */
export async function launchApp(userDataDir: string): Promise<ElectronApplication> {
  const app = await electron.launch({
    executablePath: runtime ?? undefined,
    args: ['-r', OBSERVER, APP_DIR, `--user-data-dir=${userDataDir}`],
  });
  try {
    await expect
      .poll(() =>
        app.evaluate(
          () => (globalThis as { __unknotShell?: { trayMenu: unknown } }).__unknotShell?.trayMenu != null,
        ),
      )
      .toBe(true);
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

export function shellRecord(app: ElectronApplication): Promise<ShellRecord> {
  return app.evaluate(() => {
    const seen = (globalThis as { __unknotShell?: ShellRecord }).__unknotShell;
    if (!seen) throw new Error('observe-shell.cjs was not loaded');
    return {
      tooltips: seen.tooltips.map(({ text, at }) => ({ text, at })),
      notifications: seen.notifications.map(({ title, body, at }) => ({ title, body, at })),
    };
  });
}

export async function lastTooltip(app: ElectronApplication): Promise<string | undefined> {
  return (await shellRecord(app)).tooltips.at(-1)?.text;
}

/** Clicks an item of the tray's current menu, as the user does, and returns the window it opens. */
export async function chooseTrayItem(
  app: ElectronApplication,
  id: ShellAction | UpdateAction,
): Promise<Page> {
  const opened = app.waitForEvent('window');
  await app.evaluate((_electron, itemId) => {
    type Item = { click(): void; enabled: boolean };
    const seen = (
      globalThis as { __unknotShell?: { trayMenu: { getMenuItemById(id: string): Item | null } | null } }
    ).__unknotShell;
    const item = seen?.trayMenu?.getMenuItemById(itemId);
    if (!item) throw new Error(`The tray menu has no item ${itemId}`);
    if (!item.enabled) throw new Error(`The tray menu item ${itemId} is disabled`);
    item.click();
  }, id);
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

export function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

/** Local "HH:MM" of an instant, in this machine's zone (the app runs on the same machine). */
export function localHhMm(instant: Date): string {
  return `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
}
