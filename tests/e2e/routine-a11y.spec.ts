import type { Page, TestInfo } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const NOW = '2026-03-10T21:30:00.000Z';

type Mode = { name: string; colorScheme: 'dark' | 'light'; reducedMotion: 'reduce' | 'no-preference' };
const MODES: Mode[] = [
  { name: 'dark', colorScheme: 'dark', reducedMotion: 'no-preference' },
  { name: 'light', colorScheme: 'light', reducedMotion: 'no-preference' },
  { name: 'reduced-motion', colorScheme: 'dark', reducedMotion: 'reduce' },
];

/**
 * A screenshot of the window (what people see without scrolling; Start stays at its foot) is kept
 * as an artifact, then axe must find nothing on the whole screen.
 */
async function checkScreen(page: Page, testInfo: TestInfo, mode: Mode, screen: string): Promise<void> {
  const path = testInfo.outputPath(`${mode.name}-${screen}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(`${mode.name}: ${screen}`, { path, contentType: 'image/png' });
  // axe waits on timers of its own, which a paused fake clock never fires: let time flow while it
  // runs, then pause again (a second ahead, so the pause never lands in the past).
  await page.clock.resume();
  const violations = await axeViolations(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  expect(violations, `${screen} (${mode.name})`).toEqual([]);
}

for (const mode of MODES) {
  test(`routine: every screen passes axe and is captured (${mode.name})`, async ({ launch }, testInfo) => {
    const { page } = await launch({ timeZone: 'UTC', now: NOW });
    // The routine window's own size, so the screenshots show what people will see.
    await page.setViewportSize({ width: 560, height: 760 });
    await page.emulateMedia({ colorScheme: mode.colorScheme, reducedMotion: mode.reducedMotion });
    await page.evaluate(() => window.unknot?.saveSettings({ routine: { preset: 'full', heatCold: 'ask' } }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/full routine/i);
    await checkScreen(page, testInfo, mode, '1-start');

    await page.getByTestId('help-button').click();
    await expect(page.getByTestId('help-dialog')).toBeVisible();
    await checkScreen(page, testInfo, mode, '2-help');
    await page.getByTestId('help-dialog').getByRole('button', { name: 'Close' }).click();

    const step = page.getByTestId('routine-step');
    const next = page.getByRole('button', { name: 'Next' });
    await page.getByTestId('routine-start').click();
    await page.getByTestId('rating-before').getByRole('radio', { name: '6' }).check();
    await page.clock.runFor(20_000);
    await checkScreen(page, testInfo, mode, '3-settle-rating');

    await next.click();
    await next.click();
    await expect(step).toHaveAttribute('data-step-id', 'neck-side-bend');
    await page.clock.runFor(40_000);
    await checkScreen(page, testInfo, mode, '4-stretch');

    for (let i = 0; i < 5; i += 1) await next.click();
    await expect(step).toHaveAttribute('data-step-id', 'heat-or-cold');
    await checkScreen(page, testInfo, mode, '5-heat-cold-choice');

    await page.getByTestId('choose-cold').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(step).toHaveAttribute('data-step-id', 'paced-breathing');
    await page.clock.runFor(2_000);
    await expect(page.getByTestId('breathing-phase')).toHaveText('Breathe in');
    await checkScreen(page, testInfo, mode, '6-breathing');

    await next.click();
    await next.click();
    await expect(step).toHaveAttribute('data-step-id', 'good-night');
    await page.getByTestId('rating-after').getByRole('radio', { name: '3' }).check();
    await page.clock.runFor(30_000);
    await expect(page.getByTestId('record-status')).toHaveText('Saved to your history.');
    await expect(page.getByTestId('routine-summary')).toContainText('6 out of 10');
    await expect(page.getByTestId('routine-summary')).toContainText('3 out of 10');
    await checkScreen(page, testInfo, mode, '7-summary');
  });
}
