import { app, powerMonitor, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUnknotApp } from './app';
import { APP_ORIGIN } from './core/app-protocol';
import type { ViewName } from './core/shell-ports';
import { registerIpc } from './electron/ipc';
import { createDesktop } from './electron/desktop';
import { createLauncher } from './electron/launcher';
import { registerNoticeProtocol } from './electron/notice-protocol';
import { createLocalePort } from './electron/locale';
import { createLoginItem } from './electron/login-item';
import { createPresence } from './electron/presence';
import { createNotifier } from './electron/notifier';
import { registerAppScheme, serveAppProtocol } from './electron/protocol';
import { hardenAllContents, hardenSession } from './electron/security';
import { createTray } from './electron/tray';
import { createReportPrinter, createWindowManager } from './electron/windows';
import { updaterForThisInstall } from './electron/updater';
import { createFileLogger } from './services/file-log';
import { logProcessErrors } from './services/process-errors';
import { createSystemClock, createSystemTimers } from './services/runtime-ports';

// Entry: only wiring. Everything with logic lives in app.ts and main/core.
const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rendererBase = devServerUrl ?? `${APP_ORIGIN}/index.html`;
// The only origins whose pages may call IPC or be navigated to (see main/core/security/origins.ts).
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];
const assetsDir = app.isPackaged ? join(process.resourcesPath, 'assets') : join(here, '../../assets');

// `--user-data-dir=DIR` keeps a separate profile (and lets the smoke test run in a temp dir).
const profileDir = app.commandLine.getSwitchValue('user-data-dir');
if (profileDir !== '') app.setPath('userData', profileDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // <profile>/logs/main.log, the file people can send us; a development run also prints it.
  const logger = createFileLogger({ userDataDir: app.getPath('userData'), console: !app.isPackaged });
  logProcessErrors(process, logger);
  logger.info(
    `Unknot ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform})`,
  );
  registerAppScheme();
  hardenAllContents(app, trustedOrigins);
  // A tray app: closing every window must not quit.
  app.on('window-all-closed', () => undefined);
  void app.whenReady().then(async () => {
    if (process.platform === 'darwin') app.dock?.hide();
    hardenSession(session.defaultSession);
    serveAppProtocol(join(here, '../renderer'));
    const windowOptions = {
      preloadPath: join(here, '../preload/preload.cjs'),
      urlFor: (view: ViewName) => `${rendererBase}?view=${view}`,
      iconPath: join(assetsDir, 'icon-512.png'),
    };
    const windows = createWindowManager(windowOptions);
    const tray = createTray(assetsDir, (id) => unknot.trayAction(id));
    const notifier = createNotifier(join(assetsDir, 'icon-512.png'));
    const unknot = createUnknotApp({
      info: {
        name: 'Unknot',
        version: app.getVersion(),
        platform: process.platform,
        runtime: `Electron ${process.versions.electron}`,
      },
      userDataDir: app.getPath('userData'),
      clock: createSystemClock(),
      timers: createSystemTimers(),
      logger,
      windows,
      tray,
      notifier,
      presence: createPresence(),
      lifecycle: { quit: () => app.quit() },
      loginItem: createLoginItem(),
      desktop: createDesktop(),
      locale: createLocalePort(),
      printer: createReportPrinter(windowOptions),
      // The running instance opens the view the action names (unknot exists by any click).
      launcher: createLauncher((id) => unknot.trayAction(id)),
      updater: updaterForThisInstall(logger),
    });
    registerIpc(unknot.dispatch, trustedOrigins);
    app.on('second-instance', (_event, argv) => unknot.secondInstance(argv));
    registerNoticeProtocol();
    // Waking from sleep or unlocking: the wall clock may have jumped; re-arm from it.
    powerMonitor.on('resume', () => unknot.systemResumed());
    powerMonitor.on('unlock-screen', () => unknot.systemResumed());
    // Back at the desk (macOS only; elsewhere a few short re-checks): show a held reminder.
    powerMonitor.on('user-did-become-active', () => unknot.systemResumed());
    app.on('before-quit', () => {
      unknot.dispose();
      tray.destroy();
    });
    // start() guards each of its steps; this catch is the last line, so nothing fails unheard.
    await unknot.start().catch((error: unknown) => {
      logger.error('Unknot could not start', error);
      notifier.show({
        title: 'Unknot',
        body: 'Unknot ran into a problem while starting; reminders may not work.',
        onClick: () => undefined,
      });
    });
    unknot.launched(process.argv);
  });
}
