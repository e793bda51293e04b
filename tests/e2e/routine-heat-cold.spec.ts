import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { LaunchedApp, LaunchOptions } from './harness';

const NOW = '2026-03-10T21:30:00.000Z';
const HEAT_COLD_INDEX = 7;

/** The Full routine with heat or cold set to 'ask', stepped forward to the heat-or-cold step. */
async function atHeatOrCold(launch: (options?: LaunchOptions) => Promise<LaunchedApp>): Promise<Page> {
  const { page } = await launch({ timeZone: 'UTC', now: NOW });
  await page.evaluate(() => window.unknot?.saveSettings({ routine: { preset: 'full', heatCold: 'ask' } }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/full routine/i);
  await page.getByTestId('routine-start').click();
  for (let i = 0; i < HEAT_COLD_INDEX; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('routine-step')).toHaveAttribute('data-step-id', 'heat-or-cold');
  return page;
}

test.describe('routine: heat or cold', () => {
  test('the safety notes come first; the timer waits for a choice, then checks the skin at half time', async ({
    launch,
  }) => {
    const page = await atHeatOrCold(launch);
    const step = page.getByTestId('routine-step');
    const gate = page.getByTestId('heat-cold-gate');
    await expect(gate).toBeVisible();
    await expect(gate).toContainText('Keep a cloth or thin towel between the pack and your skin.');
    await expect(gate).toContainText('Never fall asleep with a heating pad or an ice pack on you.');
    await expect(gate).toContainText('General guidance, not from the article');
    await expect(page.getByTestId('step-remaining')).toHaveCount(0);
    await expect(page.getByTestId('routine-announcer')).toContainText(
      'Read the safety notes, then choose heat, cold or skip.',
    );

    // Nothing runs while the notes are on screen.
    await page.clock.runFor(2 * 60_000);
    await expect(step).toHaveAttribute('data-step-index', String(HEAT_COLD_INDEX));
    await expect(step).toHaveAttribute('data-status', 'paused');

    await page.getByTestId('choose-heat').click();
    await expect(step).toHaveAttribute('data-status', 'running');
    await expect(page.getByTestId('step-remaining')).toHaveText('15:00');
    await expect(step).toContainText('Warm, never hot');
    await expect(page.getByTestId('skin-check')).toHaveCount(0);

    // Jump most of the way, as a window left in the background would, then cross half time.
    await page.clock.fastForward(449_000);
    await page.clock.runFor(1_000);
    await expect(page.getByTestId('skin-check')).toHaveText(
      'Halfway: lift the pack for a moment and check your skin.',
    );
    await expect(page.getByTestId('step-remaining')).toHaveText('7:30');
    await expect(page.getByTestId('routine-announcer')).toContainText('check your skin');

    await page.getByRole('button', { name: 'End routine' }).click();
    await page.getByTestId('end-confirm').click();
    await expect(page.getByTestId('routine-summary')).toContainText('Heat');
  });

  test('skip leaves heat or cold out and moves on to breathing', async ({ launch }) => {
    const page = await atHeatOrCold(launch);
    await page.getByTestId('choose-skip').click();
    await expect(page.getByTestId('routine-step')).toHaveAttribute('data-step-id', 'paced-breathing');
    await expect(page.getByTestId('routine-step')).toHaveAttribute('data-status', 'running');
  });
});
