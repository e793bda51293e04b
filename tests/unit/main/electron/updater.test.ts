import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../main/core/ports';
import { createUpdater, updaterForThisInstall } from '../../../../main/electron/updater';

/**
 * The electron-updater adapter against stand-ins for `electron` and `electron-updater` (neither
 * can run under Node): it only forwards, and these pin what it forwards.
 */
const fakes = vi.hoisted(() => {
  const autoUpdater = {
    logger: null as unknown,
    autoDownload: false,
    autoInstallOnAppQuit: false,
    errorListeners: 0,
    quits: 0,
    nextResult: null as unknown,
    checkForUpdates: async (): Promise<unknown> => {
      if (autoUpdater.nextResult instanceof Error) throw autoUpdater.nextResult;
      return autoUpdater.nextResult;
    },
    on(event: string) {
      if (event === 'error') autoUpdater.errorListeners += 1;
    },
    quitAndInstall() {
      autoUpdater.quits += 1;
    },
  };
  return { autoUpdater, app: { isPackaged: true } };
});
vi.mock('electron-updater', () => ({ default: { autoUpdater: fakes.autoUpdater } }));
vi.mock('electron', () => ({ app: fakes.app }));

const logger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('electron-updater adapter', () => {
  beforeEach(() => {
    Object.assign(fakes.autoUpdater, { nextResult: null, quits: 0, errorListeners: 0, autoDownload: false });
    fakes.app.isPackaged = true;
  });

  it("downloads on its own, logs to our log, and swallows the emitter's duplicate error event", () => {
    createUpdater(logger);
    expect(fakes.autoUpdater).toMatchObject({
      logger,
      autoDownload: true,
      autoInstallOnAppQuit: true,
      errorListeners: 1,
    });
  });

  it('answers null when up to date, the version once the download is done, and rejects when offline', async () => {
    const updater = createUpdater(logger);
    expect(await updater.checkAndDownload()).toBeNull();
    fakes.autoUpdater.nextResult = { isUpdateAvailable: false, updateInfo: { version: '0.1.0' } };
    expect(await updater.checkAndDownload()).toBeNull();
    let downloaded = false;
    fakes.autoUpdater.nextResult = {
      isUpdateAvailable: true,
      updateInfo: { version: '0.2.0' },
      downloadPromise: new Promise((resolve) => setTimeout(() => resolve((downloaded = true)), 5)),
    };
    expect(await updater.checkAndDownload()).toEqual({ version: '0.2.0' });
    expect(downloaded).toBe(true);
    fakes.autoUpdater.nextResult = new Error('net::ERR_INTERNET_DISCONNECTED');
    await expect(updater.checkAndDownload()).rejects.toThrow('ERR_INTERNET_DISCONNECTED');
  });

  it('restarts only through quitAndInstall, when asked', () => {
    const updater = createUpdater(logger);
    expect(fakes.autoUpdater.quits).toBe(0);
    updater.restartToUpdate();
    expect(fakes.autoUpdater.quits).toBe(1);
  });

  it('exists only where the install can replace itself', () => {
    fakes.app.isPackaged = false;
    expect(updaterForThisInstall(logger)).toBeUndefined();
    fakes.app.isPackaged = true;
    const appImage = process.env['APPIMAGE'];
    try {
      delete process.env['APPIMAGE'];
      expect(updaterForThisInstall(logger) === undefined).toBe(process.platform === 'linux');
      process.env['APPIMAGE'] = '/opt/Unknot.AppImage';
      expect(updaterForThisInstall(logger)).toBeDefined();
    } finally {
      if (appImage === undefined) delete process.env['APPIMAGE'];
      else process.env['APPIMAGE'] = appImage;
    }
  });
});
