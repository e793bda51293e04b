import { BrowserWindow, nativeTheme, screen, type BrowserWindowConstructorOptions } from 'electron';
import type { EventName } from '../core/ipc/channels';
import type { EventContract } from '../core/ipc/contract';
import { UNFOCUSED_VIEWS, type ViewName, type WindowPort } from '../core/shell-ports';

const quiet = (view: ViewName): boolean => UNFOCUSED_VIEWS.includes(view);
import { EVENT_CHANNELS } from '../core/ipc/channels';

interface WindowOptions {
  readonly preloadPath: string;
  /** The renderer URL for a view (app://unknot/index.html?view=… in production). */
  readonly urlFor: (view: ViewName) => string;
  readonly iconPath?: string;
}

const SIZES: Readonly<Record<ViewName, { width: number; height: number }>> = {
  routine: { width: 560, height: 760 },
  settings: { width: 760, height: 820 },
  history: { width: 800, height: 760 },
  checkin: { width: 800, height: 760 },
  welcome: { width: 560, height: 720 },
  prompt: { width: 440, height: 280 },
};

/**
 * The gentle prompt: small, above other windows, centred on the display with the pointer (where the
 * user is looking), never full-screen, shown without taking focus (UNFOCUSED_VIEWS).
 */
function promptOptions(size: { width: number; height: number }): BrowserWindowConstructorOptions {
  const { workArea } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  return {
    x: Math.round(workArea.x + (workArea.width - size.width) / 2),
    y: Math.round(workArea.y + (workArea.height - size.height) / 2),
    alwaysOnTop: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
  };
}

/**
 * One window per view. Closing a window destroys it, so no renderer stays alive while Unknot
 * idles in the tray. Navigation, window.open and webviews are locked down for every webContents by
 * hardenAllContents (electron/security.ts), registered in index.ts before any window exists.
 */
export function createWindowManager(options: WindowOptions): WindowPort {
  const open = new Map<ViewName, BrowserWindow>();

  const create = (view: ViewName): BrowserWindow => {
    // Electronegativity's AUXCLICK advice (disableBlinkFeatures: 'Auxclick') is silenced, not applied:
    // Chromium no longer has that runtime feature, so it would be a silent no-op. A middle-click
    // still opens through setWindowOpenHandler, which denies every window (electron/security.ts).
    const win = /* eng-disable AUXCLICK_JS_CHECK: middle-click opens are denied too */ new BrowserWindow({
      ...SIZES[view],
      ...(quiet(view) ? promptOptions(SIZES[view]) : {}),
      show: false,
      title: 'Unknot',
      icon: options.iconPath,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#17130f' : '#faf6f0',
      autoHideMenuBar: true,
      webPreferences: {
        preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK: our own sandboxed bridge, one method per IPC channel
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
    win.once('ready-to-show', () => (quiet(view) ? win.showInactive() : win.show()));
    win.on('closed', () => open.delete(view));
    void win.loadURL(options.urlFor(view));
    return win;
  };

  return {
    show(view) {
      const existing = open.get(view);
      if (existing && !existing.isDestroyed()) {
        if (quiet(view)) return existing.showInactive();
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
    isOpen: (view) => open.get(view)?.isDestroyed() === false,
    broadcast<E extends EventName>(event: E, payload: EventContract[E]) {
      for (const win of open.values()) {
        if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS[event], payload);
      }
    },
  };
}
