import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { Logger } from '../core/ports';
import type { UpdaterPort } from '../core/updates';

/**
 * The updater where this install can replace itself: a packaged AppImage, nsis or macOS build.
 * A development run has no feed, and a .deb belongs to the system's package manager.
 */
export function updaterForThisInstall(logger: Logger): UpdaterPort | undefined {
  if (!app.isPackaged) return undefined;
  if (process.platform === 'linux' && process.env['APPIMAGE'] === undefined) return undefined;
  return createUpdater(logger);
}

/**
 * electron-updater behind the UpdaterPort: GitHub releases (electron-builder.yml `publish`) for
 * AppImage, nsis and the macOS zip. When to check and when to restart is decided in
 * core/updates.ts; this file only forwards. Only for a packaged app: electron-updater has no
 * feed (app-update.yml) in a development run.
 */
export function createUpdater(logger: Logger): UpdaterPort {
  // A CommonJS package: its named exports are reached through the default one from ESM.
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = logger;
  autoUpdater.autoDownload = true;
  // A downloaded update is installed when the user quits anyway; the app never restarts by itself.
  autoUpdater.autoInstallOnAppQuit = true;
  // The policy logs the failure once; without a listener the emitter would throw it again.
  autoUpdater.on('error', () => undefined);
  return {
    async checkAndDownload() {
      const result = await autoUpdater.checkForUpdates();
      if (!result?.isUpdateAvailable) return null;
      await result.downloadPromise;
      return { version: result.updateInfo.version };
    },
    restartToUpdate: () => autoUpdater.quitAndInstall(),
  };
}
