import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { UnknotApp } from '../../main/app';
import { createTestApp } from '../support/test-app';
import { EVENT_CHANNELS } from '../../main/core/ipc/channels';
import { createSystemClock, createSystemTimers } from '../../main/services/runtime-ports';
import { createFakeShell, type FakeShell } from '../support/fake-shell';
import { createFakeTime, type FakeTime } from '../support/fake-time';
import { launchChromium } from '../support/browser';
import { installBridge } from '../support/renderer-bridge';
import { readFolder, serveFolder, TEST_ORIGIN } from '../support/serve-folder';
import { saveCoverage, startCoverage } from './coverage';

/** The renderer is served from this made-up origin by request interception: no server runs. */
export { TEST_ORIGIN };
const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

export interface LaunchOptions {
  userDataDir?: string;
  /** ISO instant: Playwright's clock (page) and a fake clock (main) both start paused here. */
  now?: string;
  /** IANA zone for both the browser and the main-side core. */
  timeZone?: string;
  /** routine | settings | history | welcome */
  view?: string;
  /** The system's regional format (BCP 47) for main and the browser (the clock, the report's paper and dates); en-GB when not given. */
  locale?: string;
  /** The system's preferred languages (what the "System" language follows); English (US) if unset. */
  preferredLanguages?: readonly string[];
}

export interface LaunchedApp {
  page: Page;
  userDataDir: string;
  close(): Promise<void>;
  /** The main side, for assertions about what the app asked the shell to do. */
  main: { app: UnknotApp; shell: FakeShell; time: FakeTime | null };
  /** Moves page and main clocks forward together (only when launched with `now`). */
  advance(ms: number): Promise<void>;
  /** Opens another view in the same browser context, as the tray would open another window. */
  openView(view: string): Promise<Page>;
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const ownsDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'unknot-e2e-')));
  const zone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const time = options.now ? createFakeTime(Date.parse(options.now), zone) : null;
  const realClock = createSystemClock();
  const shell = createFakeShell();
  if (options.locale) shell.locale.regional = options.locale;
  const app = createTestApp({
    userDataDir,
    clock: time ? time.clock : { now: realClock.now, timeZone: () => zone },
    timers: time ? time.timers : createSystemTimers(),
    shell,
    runtime: 'Chromium (test harness)',
    ...(options.preferredLanguages ? { preferredLanguages: options.preferredLanguages } : {}),
  });
  await app.start();

  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({
      ...(options.timeZone ? { timezoneId: options.timeZone } : {}),
      locale: shell.locale.regional,
    });
    await serveFolder(context, await readFolder(RENDERER_DIR));
    await installBridge(context, app);
    const pages: Page[] = [];
    shell.windows.onBroadcast = (event, payload) => {
      for (const p of pages) {
        void p
          .evaluate(([c, v]) => window.__unknotEmit?.(c, v), [EVENT_CHANNELS[event], payload] as const)
          .catch(() => undefined);
      }
    };
    // The app closing a view's window closes that view's page(s), as Electron would.
    shell.windows.onClose = (view) => {
      for (const p of [...pages]) {
        if (new URL(p.url()).searchParams.get('view') === view)
          void saveCoverage(p, TEST_ORIGIN).finally(() => p.close());
      }
    };
    const openView = async (view: string): Promise<Page> => {
      const page = await context.newPage();
      if (options.now) {
        // Install a moment earlier, then pause at `now`: pauseAt cannot go back even 1 ms.
        await page.clock.install({ time: Date.parse(options.now) - 1_000 });
        await page.clock.pauseAt(new Date(options.now));
      }
      await startCoverage(page);
      pages.push(page);
      page.on('close', () => pages.splice(pages.indexOf(page), 1));
      await page.goto(`${TEST_ORIGIN}/index.html?view=${encodeURIComponent(view)}`);
      return page;
    };
    const page = await openView(options.view ?? 'routine');
    const launchedBrowser = browser;
    return {
      page,
      userDataDir,
      main: { app, shell, time },
      openView,
      async advance(ms) {
        if (!time) throw new Error('advance() needs launchApp({ now })');
        await Promise.all(pages.map((p) => p.clock.runFor(ms)));
        time.advanceBy(ms);
      },
      async close() {
        await Promise.all(pages.map((p) => saveCoverage(p, TEST_ORIGIN)));
        app.dispose();
        await launchedBrowser.close();
        if (ownsDir) await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    app.dispose();
    await browser?.close();
    throw error;
  }
}

declare global {
  interface Window {
    __unknotEmit?: (channel: string, payload: unknown) => void;
    __unknotInvoke?: (channel: string, payload: unknown) => Promise<unknown>;
    __unknotCsp?: string[];
    unknot?: import('../../main/core/ipc/bridge').UnknotApi;
  }
}
