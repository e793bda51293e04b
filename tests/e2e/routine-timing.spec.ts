import type { Page } from '@playwright/test';
import type { SettingsPatch } from '../../main/core/settings/schema';
import { expect, test } from './fixtures';
import type { LaunchedApp, LaunchOptions } from './harness';

const NOW = '2026-03-10T21:30:00.000Z';

/** Opens the routine on a paused fake clock with the given routine settings saved. */
async function openRoutine(
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>,
  routine: NonNullable<SettingsPatch['routine']>,
): Promise<Page> {
  const { page } = await launch({ timeZone: 'UTC', now: NOW });
  await page.evaluate((patch) => window.unknot?.saveSettings({ routine: patch }), routine);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`${routine.preset} routine`, 'i'),
  );
  return page;
}

const remaining = (page: Page) => page.getByTestId('step-remaining');
const step = (page: Page) => page.getByTestId('routine-step');
const announcer = (page: Page) => page.getByTestId('routine-announcer');

test.describe('routine: timing', () => {
  test('pausing for five minutes leaves the remaining time where it was', async ({ launch }) => {
    const page = await openRoutine(launch, { preset: 'quick' });
    await page.getByTestId('routine-start').click();
    // The numerals change on animation frames (16 ms apart): look just past the whole second.
    await page.clock.runFor(10_050);
    await expect(remaining(page)).toHaveText('0:20');
    const routineLeft = await page.getByTestId('routine-left').textContent();

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(step(page)).toHaveAttribute('data-status', 'paused');
    await expect(announcer(page)).toContainText('Paused.');
    await page.clock.runFor(5 * 60_000);
    await expect(remaining(page)).toHaveText('0:20');
    await expect(page.getByTestId('routine-left')).toHaveText(routineLeft ?? '');
    await expect(step(page)).toHaveAttribute('data-step-index', '0');

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(5_100);
    await expect(remaining(page)).toHaveText('0:15');
  });

  test('skipping moves on, going back restarts the step before, and the summary counts the skip', async ({
    launch,
  }) => {
    const page = await openRoutine(launch, { preset: 'quick' });
    await page.getByTestId('routine-start').click();
    await page.clock.runFor(12_000);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(step(page)).toHaveAttribute('data-step-id', 'neck-side-bend');
    await expect(remaining(page)).toHaveText('1:00');
    await expect(announcer(page)).toContainText('Step 2 of 6: Neck side bend, 1 min.');

    await page.getByRole('button', { name: 'Back' }).click();
    await expect(step(page)).toHaveAttribute('data-step-id', 'chin-tuck');
    await expect(remaining(page)).toHaveText('0:30');

    await page.clock.runFor(30_000);
    await expect(step(page)).toHaveAttribute('data-step-id', 'neck-side-bend');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(step(page)).toHaveAttribute('data-step-id', 'shoulder-rolls');
    await page.getByRole('button', { name: 'Restart step' }).click();
    await expect(step(page)).toHaveAttribute('data-step-id', 'shoulder-rolls');

    await page.getByRole('button', { name: 'End routine' }).click();
    await page.getByTestId('end-confirm').click();
    await expect(page.getByTestId('summary-done')).toHaveText('Chin tuck');
    await expect(page.getByTestId('summary-skipped')).toHaveText('Neck side bend');
  });

  test('a two-sided stretch says "Switch sides" at half time, on the dot', async ({ launch }) => {
    const page = await openRoutine(launch, { preset: 'quick' });
    await page.getByTestId('routine-start').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(step(page)).toHaveAttribute('data-step-id', 'neck-side-bend');
    const cue = page.getByTestId('side-cue');
    await expect(cue).toHaveText('First side');
    await page.clock.runFor(29_999);
    await expect(cue).toHaveText('First side');
    await page.clock.runFor(1);
    await expect(cue).toHaveText('Switch sides');
    await expect(announcer(page)).toContainText('Switch sides: lift your head slowly');
  });

  test('4-7-8 breathing: in, hold and out change at the right seconds; each minute is announced', async ({
    launch,
  }) => {
    const page = await openRoutine(launch, { preset: 'quick', breathingPattern: '4-7-8', breathingSec: 180 });
    await page.getByTestId('routine-start').click();
    for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    await expect(step(page)).toHaveAttribute('data-step-id', 'paced-breathing');
    const phase = page.getByTestId('breathing-phase');

    const expectations: Array<[number, string]> = [
      [0, 'Breathe in'],
      [3_999, 'Breathe in'],
      [4_000, 'Hold'],
      [10_999, 'Hold'],
      [11_000, 'Breathe out'],
      [18_999, 'Breathe out'],
      [19_000, 'Breathe in'],
      [23_000, 'Hold'],
    ];
    let at = 0;
    for (const [ms, word] of expectations) {
      await page.clock.runFor(ms - at);
      at = ms;
      await expect(phase, `at ${ms} ms`).toHaveText(word);
    }
    await page.clock.runFor(60_000 - at);
    await expect(remaining(page)).toHaveText('2:00');
    await expect(announcer(page)).toContainText('2 minutes left in this step');
  });

  test('a window hidden for minutes comes back showing exactly what a watched one would', async ({
    launch,
  }) => {
    const page = await openRoutine(launch, { preset: 'quick', breathingSec: 180 });
    await page.getByTestId('routine-start').click();
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    // Like a closed lid: the clock jumps and each due timer fires at most once.
    await page.clock.fastForward(200_000);
    await setVisibility('visible');
    // 30 + 60 + 30 + 60 s of steps have passed, and 20 s of the 30 s rounding stretch.
    await expect(step(page)).toHaveAttribute('data-step-id', 'seated-rounding');
    await expect(remaining(page)).toHaveText('0:10');
    await expect(page.getByTestId('routine-left')).toHaveText('3:10 left in the routine');
    // Only where the routine is now is announced, not the steps missed while hidden.
    await expect(announcer(page)).toContainText('Step 5 of 6: Seated upper-back rounding');
    await expect(announcer(page)).not.toContainText('Step 3 of 6');
  });

  test('the pacer grows on the in-breath, and holds still with reduced motion (words and count instead)', async ({
    launch,
  }) => {
    const page = await openRoutine(launch, { preset: 'quick', breathingPattern: 'relaxed' });
    await page.getByTestId('routine-start').click();
    for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    const circle = page.getByTestId('breathing-pacer').locator('circle');
    const radius = async () => Number(await circle.getAttribute('r'));

    await page.clock.runFor(500);
    const early = await radius();
    await page.clock.runFor(3_000);
    expect(await radius()).toBeGreaterThan(early);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.runFor(100);
    const still = await radius();
    await page.clock.runFor(3_000);
    expect(await radius()).toBe(still);
    await expect(page.getByTestId('breathing-phase')).toHaveText('Breathe out');
    await expect(page.getByTestId('breathing-pacer')).toContainText('3');
  });
});
