import { BrowserWindow, nativeTheme, screen, type BrowserWindowConstructorOptions } from 'electron';
import type { EventName } from '../core/ipc/channels';
import type { EventContract } from '../core/ipc/contract';
import { REPORT_READY_SELECTOR } from '../core/history/report-options';
import { UNFOCUSED_VIEWS, type ReportPdfPort, type ViewName, type WindowPort } from '../core/shell-ports';

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
  // An A4 sheet at 96 dpi: the page lays out as it will print.
  report: { width: 794, height: 1123 },
};

/** A report that has not drawn by then will not: the save fails with a message instead of hanging. */
const REPORT_PRINT_TIMEOUT_MS = 20_000;

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

/** Every window Unknot opens, shown or not: sandboxed, isolated, with our preload only. */
function lockedDownWindow(options: WindowOptions, view: ViewName): BrowserWindow {
  // Electronegativity's AUXCLICK advice (disableBlinkFeatures: 'Auxclick') is silenced, not applied:
  // Chromium no longer has that runtime feature, so it would be a silent no-op. A middle-click
  // still opens through setWindowOpenHandler, which denies every window (electron/security.ts).
  return /* eng-disable AUXCLICK_JS_CHECK: middle-click opens are denied too */ new BrowserWindow({
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
}

/**
 * One window per view. Closing a window destroys it, so no renderer stays alive while Unknot
 * idles in the tray. Navigation, window.open and webviews are locked down for every webContents by
 * hardenAllContents (electron/security.ts), registered in index.ts before any window exists.
 */
export function createWindowManager(options: WindowOptions): WindowPort {
  const open = new Map<ViewName, BrowserWindow>();

  const create = (view: ViewName): BrowserWindow => {
    const win = lockedDownWindow(options, view);
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

/**
 * The report printed to PDF: a hidden window (never shown, never in the window list) loads the
 * report view with the chosen options, waits until the page says it is drawn, and prints it on the
 * paper the report chose; the window is destroyed whatever happens.
 */
export function createReportPrinter(options: WindowOptions): ReportPdfPort {
  return {
    async print(query, paper) {
      const win = lockedDownWindow(options, 'report');
      let timer: NodeJS.Timeout | undefined;
      try {
        await win.loadURL(`${options.urlFor('report')}&${query}`);
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('The report page did not finish drawing')),
            REPORT_PRINT_TIMEOUT_MS,
          );
        });
        await Promise.race([win.webContents.executeJavaScript(whenShown(REPORT_READY_SELECTOR)), timeout]);
        const pdf = await win.webContents.printToPDF({
          pageSize: paper,
          preferCSSPageSize: true,
          printBackground: false,
          generateTaggedPDF: true,
        });
        return new Uint8Array(pdf);
      } finally {
        clearTimeout(timer);
        win.destroy();
      }
    },
  };
}

/** Page script: resolves once `selector` matches (the page's data arrives over IPC after load). */
function whenShown(selector: string): string {
  return `new Promise((resolve) => {
    const shown = () => document.querySelector(${JSON.stringify(selector)}) !== null;
    if (shown()) return resolve(true);
    const watch = new MutationObserver(() => {
      if (shown()) { watch.disconnect(); resolve(true); }
    });
    watch.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  }).then(() => document.fonts.ready).then(() => true)`;
}
