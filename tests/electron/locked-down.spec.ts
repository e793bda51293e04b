import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { APP_ORIGIN } from '../../main/core/app-protocol';
import type { ShellAction } from '../../main/core/tray-menu';
import { seedSettings } from '../support/seed-settings';
import { chooseTrayItem, launchApp, needsElectronRuntime, tempProfile, windowCount } from './launch';

/** Every window the tray can open. */
const WINDOW_ITEMS: readonly ShellAction[] = [
  'start-routine',
  'open-settings',
  'open-history',
  'log-morning',
];

test.describe('locked down, as only the runtime can show (real runtime)', () => {
  needsElectronRuntime();

  let app: ElectronApplication;
  let removeProfile: () => Promise<void>;

  test.beforeEach(async () => {
    const profile = await tempProfile();
    removeProfile = profile.remove;
    await seedSettings(profile.dir);
    app = await launchApp(profile.dir);
    await expect.poll(() => windowCount(app)).toBe(0);
  });
  test.afterEach(async () => {
    await app.close();
    await removeProfile();
  });

  test('every window: sandboxed, context-isolated, no Node integration', async () => {
    for (const item of WINDOW_ITEMS) {
      const page = await chooseTrayItem(app, item);
      // And as the page sees it: the bridge, and nothing of Node.
      expect(
        await page.evaluate(() => [
          typeof window.unknot,
          typeof (globalThis as { require?: unknown }).require,
          typeof (globalThis as { process?: unknown }).process,
        ]),
      ).toEqual(['object', 'undefined', 'undefined']);
    }
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((win) => {
        // Undocumented but long-standing: the preferences the page was really created with.
        type Prefs = Partial<
          Record<
            | 'sandbox'
            | 'contextIsolation'
            | 'nodeIntegration'
            | 'nodeIntegrationInWorker'
            | 'nodeIntegrationInSubFrames'
            | 'webSecurity',
            boolean
          >
        >;
        const p = (
          win.webContents as unknown as { getLastWebPreferences(): Prefs | null }
        ).getLastWebPreferences();
        return {
          url: win.webContents.getURL(),
          sandbox: p?.sandbox,
          contextIsolation: p?.contextIsolation,
          nodeIntegration: p?.nodeIntegration,
          nodeIntegrationInWorker: p?.nodeIntegrationInWorker,
          nodeIntegrationInSubFrames: p?.nodeIntegrationInSubFrames,
          webSecurity: p?.webSecurity,
        };
      }),
    );
    expect(prefs).toHaveLength(WINDOW_ITEMS.length);
    for (const p of prefs) {
      expect(p.url.startsWith(`${APP_ORIGIN}/`)).toBe(true);
      expect(p).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
      });
      expect(p.nodeIntegrationInWorker ?? false).toBe(false);
    }
  });

  test('the CSP is in force: no eval, no inline script, no inline handler', async () => {
    const page = await chooseTrayItem(app, 'open-settings');
    // Each attempt runs later from the page's own event loop, not inside the test's evaluation
    // (which DevTools may exempt from the policy).
    const result = await page.evaluate(async () => {
      const ran: Record<string, boolean> = {};
      (window as unknown as { __ran: Record<string, boolean> }).__ran = ran;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      setTimeout('window.__ran.evalString = true', 0);
      const script = document.createElement('script');
      script.textContent = 'window.__ran.inlineScript = true;';
      document.head.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__ran.inlineHandler = true');
      document.body.append(button);
      button.click();
      button.remove();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { ran, violations };
    });
    expect(result.ran).toEqual({});
    expect(result.violations.length).toBeGreaterThanOrEqual(3);
    for (const directive of result.violations) expect(directive).toMatch(/^script-src/);
  });

  test('app:// serves the renderer folder and nothing outside it', async () => {
    const page = await chooseTrayItem(app, 'open-settings');
    const status = (path: string): Promise<number | string> =>
      page.evaluate(async (url) => {
        try {
          return (await fetch(url)).status;
        } catch (error) {
          return String(error);
        }
      }, `${APP_ORIGIN}${path}`);
    expect(await status('/index.html')).toBe(200);
    for (const outside of [
      '/../main/index.js',
      '/%2e%2e/main/index.js',
      '/..%2fpreload/preload.cjs',
      '/..%5c..%5cpackage.json',
      '/main/index.js',
      '/preload/preload.cjs',
      '/package.json',
    ]) {
      const answer = await status(outside);
      expect(answer, outside).not.toBe(200);
    }
  });

  test('navigation and window.open are refused', async () => {
    const page: Page = await chooseTrayItem(app, 'open-settings');
    const before = page.url();
    const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await page.evaluate(() => {
      window.location.href = 'file:///etc/hosts';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await windowCount(app)).toBe(1);
  });

  test('no window is left alive when the routine closes', async () => {
    const page = await chooseTrayItem(app, 'start-routine');
    await page.getByTestId('routine-start').click();
    await page.getByRole('button', { name: 'End routine' }).click();
    await page.getByTestId('end-confirm').click();
    // The page asks main to close its window, so the click and the page end together.
    const closed = page.waitForEvent('close');
    void page
      .getByTestId('routine-close')
      .click()
      .catch(() => undefined);
    await closed;
    await expect.poll(() => windowCount(app)).toBe(0);
    // Destroyed, not hidden: no web contents and no renderer process remain; the app stays in the tray.
    await expect
      .poll(() =>
        app.evaluate(({ app: electronApp, webContents }) => ({
          contents: webContents.getAllWebContents().length,
          renderers: electronApp.getAppMetrics().filter((m) => m.type === 'Tab').length,
        })),
      )
      .toEqual({ contents: 0, renderers: 0 });
    expect(await app.evaluate(({ app: electronApp }) => electronApp.isReady())).toBe(true);
  });
});
