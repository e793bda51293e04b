import { BrowserWindow, nativeTheme } from 'electron';
import type { EventName } from '../core/ipc/channels';
import type { EventContract } from '../core/ipc/contract';
import type { ViewName, WindowPort } from '../core/shell-ports';
import { EVENT_CHANNELS } from '../core/ipc/channels';
import { hardenContents } from './security';

interface WindowOptions {
  readonly preloadPath: string;
  /** The renderer URL for a view (app://unknot/index.html?view=… in production). */
  readonly urlFor: (view: ViewName) => string;
  readonly isAppUrl: (url: string) => boolean;
  readonly iconPath?: string;
}

const SIZES: Readonly<Record<ViewName, { width: number; height: number }>> = {
  routine: { width: 560, height: 760 },
  settings: { width: 760, height: 820 },
  history: { width: 800, height: 760 },
  welcome: { width: 560, height: 720 },
};

/**
 * One window per view. Closing a window destroys it, so no renderer stays alive while Unknot
 * idles in the tray.
 */
export function createWindowManager(options: WindowOptions): WindowPort {
  const open = new Map<ViewName, BrowserWindow>();

  const create = (view: ViewName): BrowserWindow => {
    const win = new BrowserWindow({
      ...SIZES[view],
      show: false,
      title: 'Unknot',
      icon: options.iconPath,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#17130f' : '#faf6f0',
      autoHideMenuBar: true,
      webPreferences: {
        preload: options.preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        // The routine's timers must keep running while its window is hidden or covered.
        backgroundThrottling: view !== 'routine',
      },
    });
    hardenContents(win.webContents, options.isAppUrl);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => open.delete(view));
    void win.loadURL(options.urlFor(view));
    return win;
  };

  return {
    show(view) {
      const existing = open.get(view);
      if (existing && !existing.isDestroyed()) {
        if (existing.isMinimized()) existing.restore();
        existing.show();
        existing.focus();
        return;
      }
      open.set(view, create(view));
    },
    close(view) {
      const win = open.get(view);
      if (win && !win.isDestroyed()) win.close();
    },
    focusAny() {
      const first = [...open.values()].find((w) => !w.isDestroyed());
      if (!first) return false;
      if (first.isMinimized()) first.restore();
      first.show();
      first.focus();
      return true;
    },
    count: () => [...open.values()].filter((w) => !w.isDestroyed()).length,
    broadcast<E extends EventName>(event: E, payload: EventContract[E]) {
      for (const win of open.values()) {
        if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS[event], payload);
      }
    },
  };
}
