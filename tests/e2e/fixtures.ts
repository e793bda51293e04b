import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { launchApp, type LaunchedApp, type LaunchOptions } from './harness';

/**
 * `launch` opens the app through the harness and closes it after the test. Every page the test
 * opened is checked for Content-Security-Policy violations at the end: any violation fails it.
 */
export const test = base.extend<{ launch: (options?: LaunchOptions) => Promise<LaunchedApp> }>({
  // Playwright requires the destructuring pattern for fixture dependencies, even when empty.
  // eslint-disable-next-line no-empty-pattern
  launch: async ({}, use) => {
    const launched: LaunchedApp[] = [];
    await use(async (options) => {
      const app = await launchApp(options);
      launched.push(app);
      return app;
    });
    for (const app of launched) {
      for (const page of app.page.context().pages()) {
        const violations = await page.evaluate(() => window.__unknotCsp ?? []).catch(() => []);
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
      }
      await app.close();
    }
  },
});

/**
 * axe-core, WCAG 2.x A and AA rules; returns the violations (expect them to be empty). axe uses
 * timers: on a page launched with `now`, call page.clock.resume() first.
 */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

export { expect };
