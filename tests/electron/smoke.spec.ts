import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { seedSettings } from '../support/seed-settings';
import { electronRuntime } from './runtime';

const runtime = electronRuntime();

test.describe('Electron app (real runtime)', () => {
  test.skip(runtime === null, 'skipped: Electron runtime not installed');

  test('starts tray-only, then opens the routine window on a second launch', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-electron-'));
    // A returning user: the first launch would open the welcome instead of staying in the tray.
    await seedSettings(userDataDir);
    const app = await electron.launch({
      executablePath: runtime ?? undefined,
      args: [resolve(import.meta.dirname, '../..'), `--user-data-dir=${userDataDir}`],
    });
    try {
      // Tray-only start: the main process is up and no window exists.
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
        .toBe(0);
      // A second launch focuses the running app, which opens the routine when nothing is open.
      const windowPromise = app.waitForEvent('window');
      await app.evaluate(({ app: electronApp }) => {
        electronApp.emit('second-instance');
      });
      const page = await windowPromise;
      await expect(page).toHaveURL(/view=routine/);
      // Locked down: the page has the bridge and nothing of Node.
      const exposure = await page.evaluate(() => ({
        bridge: typeof window.unknot?.getAppInfo,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposure).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
    } finally {
      await app.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});
