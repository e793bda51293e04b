import { expect, test } from './fixtures';

test.describe('foundation', () => {
  test('the renderer reads app info from the real main-side handlers', async ({ launch }) => {
    const { page } = await launch({ view: 'settings' });
    await expect(page.getByTestId('app-info')).toHaveText('Unknot 0.1.0 · Chromium (test harness)');
  });

  test('each view opens on its route', async ({ launch }) => {
    const app = await launch({ view: 'settings' });
    await expect(app.page.locator('[data-view="settings"]')).toBeVisible();
    const history = await app.openView('history');
    await expect(history.locator('[data-view="history"]')).toBeVisible();
  });

  test('a payload that fails its schema gets a clear error', async ({ launch }) => {
    const { page } = await launch();
    const result = await page.evaluate(() =>
      (window.unknot?.getAppInfo as unknown as (p: unknown) => Promise<unknown>)({ sneaky: true }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: expect.stringContaining('Invalid request') },
    });
  });

  test('the page has the bridge and nothing of Node', async ({ launch }) => {
    const { page } = await launch();
    const exposure = await page.evaluate(() => ({
      bridge: typeof window.unknot?.getAppInfo,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposure).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
  });
});
