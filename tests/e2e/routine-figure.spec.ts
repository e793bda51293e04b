import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CATALOG } from '../../main/core/routine/catalog';
import { ILLUSTRATIONS } from '../../main/core/routine/poses';
import { SIDE_WORDS } from '../../main/core/routine/figure';
import { axeViolations, expect, test } from './fixtures';
import type { LaunchedApp, LaunchOptions } from './harness';

const NOW = '2026-03-10T21:30:00.000Z';
/** Every catalog step switched on at its default length, so one routine shows every illustration. */
const EVERY_STEP = CATALOG.steps.map((s) => ({ id: s.id, enabled: true, durationSec: s.boundsSec.default }));
const SHOTS = resolve(import.meta.dirname, '../../test-results/illustrations');

const step = (page: Page) => page.getByTestId('routine-step');
const figure = (page: Page) => page.getByTestId('figure');
const next = (page: Page) => page.getByRole('button', { name: 'Next' });
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The full routine with every illustrated step, in the routine window's own size. */
async function openEveryStep(launch: (options?: LaunchOptions) => Promise<LaunchedApp>): Promise<Page> {
  const { page } = await launch({ timeZone: 'UTC', now: NOW });
  await page.setViewportSize({ width: 560, height: 760 });
  await page.evaluate(
    (steps) => window.unknot?.saveSettings({ routine: { preset: 'full', heatCold: 'heat', steps } }),
    EVERY_STEP,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/full routine/i);
  return page;
}

/** Moves on with Next until the step with this id shows (confirming the heat gate on the way). */
async function goTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 20 && (await step(page).getAttribute('data-step-id')) !== id; i += 1)
    await next(page).click();
  await expect(step(page)).toHaveAttribute('data-step-id', id);
}

/** The head's centre in the picture: where the figure is, in picture units. */
const headX = async (page: Page): Promise<number> =>
  Number(await figure(page).locator('circle[r="11"]').getAttribute('cx'));

for (const scheme of ['dark', 'light'] as const) {
  test(`every illustrated step shows its figure and text alternative, passes axe, and is captured (${scheme})`, async ({
    launch,
  }, testInfo) => {
    // Thirteen screens, each photographed and checked by axe: longer than one screen's test.
    test.setTimeout(180_000);
    const page = await openEveryStep(launch);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('routine-start').click();
    await mkdir(SHOTS, { recursive: true });
    const seen: string[] = [];
    while ((await step(page).count()) > 0) {
      const id = (await step(page).getAttribute('data-step-id')) ?? '';
      const ill = ILLUSTRATIONS[id];
      if (ill) {
        // The gate's code loads with its step: wait for it there rather than look once.
        if (CATALOG.steps.find((s) => s.id === id)?.kind === 'heat-or-cold')
          await page.getByTestId('confirm-safety').click();
        await page.clock.runFor(4_000);
        await expect(page.getByRole('img', { name: new RegExp(`^${escape(ill.alt)}`) })).toBeVisible();
        // The layers inside the picture are not announced one by one.
        expect(await figure(page).locator('svg[aria-hidden], svg [role]').count()).toBe(0);
        const path = resolve(SHOTS, `${scheme}-${id}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${scheme}: ${id}`, { path, contentType: 'image/png' });
        await page.clock.resume();
        const violations = await axeViolations(page);
        await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
        expect(violations, `${id} (${scheme})`).toEqual([]);
        seen.push(id);
      } else {
        await expect(figure(page)).toHaveCount(0);
      }
      await next(page).click();
    }
    expect(seen.sort()).toEqual(Object.keys(ILLUSTRATIONS).sort());
  });
}

test('a two-sided step mirrors the figure at half time and says which side', async ({ launch }) => {
  const page = await openEveryStep(launch);
  await page.getByTestId('routine-start').click();
  await goTo(page, 'neck-side-bend');
  const side = page.getByTestId('figure-side');
  // Five seconds in, the head is on its way to one side.
  await page.clock.runFor(5_000);
  await expect(side).toHaveText(SIDE_WORDS.first);
  await expect(figure(page).getByRole('img')).toHaveAccessibleName(new RegExp(`${SIDE_WORDS.first}\\.$`));
  const firstX = await headX(page);
  // Neck side bend lasts 60 s in the full routine: 30 s a side.
  await page.clock.runFor(30_000);
  await expect(side).toHaveText(SIDE_WORDS.second);
  await expect(figure(page)).toHaveAttribute('data-side', 'second');
  await expect(figure(page).getByRole('img')).toHaveAccessibleName(new RegExp(`${SIDE_WORDS.second}\\.$`));
  // Five seconds into each side the figure is at the same point of its loop, mirrored.
  expect(Math.abs(firstX + (await headX(page)) - 200)).toBeLessThan(0.3);
  expect(Math.abs(firstX - 100)).toBeGreaterThan(3);
});

test('the figure moves with the step clock, and stops while the routine is paused', async ({ launch }) => {
  const page = await openEveryStep(launch);
  await page.getByTestId('routine-start').click();
  await goTo(page, 'chin-tuck');
  await page.clock.runFor(100);
  const at = async (): Promise<string> => (await figure(page).locator('svg').innerHTML()) ?? '';
  const start = await at();
  await page.clock.runFor(3_000);
  const moved = await at();
  expect(moved).not.toBe(start);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await at();
  await page.clock.runFor(3_000);
  expect(await at()).toBe(paused);
});

test('with reduced motion the figure holds still with an arrow: no animation, no frame loop', async ({
  launch,
}) => {
  const page = await openEveryStep(launch);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => {
    const original = window.requestAnimationFrame.bind(window);
    const counter = window as unknown as { frames: number };
    counter.frames = 0;
    window.requestAnimationFrame = (callback) => {
      counter.frames += 1;
      return original(callback);
    };
  });
  await page.getByTestId('routine-start').click();
  await goTo(page, 'neck-side-bend');
  await page.clock.runFor(1_000);
  await expect(figure(page).locator('path.arrow').first()).toBeVisible();
  const picture = await figure(page).locator('svg').innerHTML();
  const frames = await page.evaluate(() => (window as unknown as { frames: number }).frames);
  const remaining = await page.getByTestId('step-remaining').textContent();
  await page.clock.runFor(5_000);
  expect(await page.evaluate(() => (window as unknown as { frames: number }).frames)).toBe(frames);
  // Nothing animates, not even a CSS transition of the ring.
  expect(
    await page.evaluate(() => document.getAnimations().map((a) => String(a.id || a.constructor.name))),
  ).toEqual([]);
  expect(await figure(page).locator('svg').innerHTML()).toBe(picture);
  // The numbers still count down, a step each second.
  await expect(page.getByTestId('step-remaining')).not.toHaveText(remaining ?? '');
  // The side switch is not motion: the still picture still mirrors at half time.
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('figure-side')).toHaveText(SIDE_WORDS.second);
});

test('the start screen and the step editor show a small picture of each illustrated step', async ({
  launch,
}) => {
  const app = await launch({ timeZone: 'UTC', now: NOW });
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/routine/i);
  const planned = await page.evaluate(async () => {
    const result = await window.unknot?.getRoutinePlan();
    return result?.ok ? result.value.plan.steps.map((s) => s.id) : [];
  });
  const illustrated = planned.filter((id) => ILLUSTRATIONS[id] !== undefined);
  expect(illustrated.length).toBeGreaterThan(3);
  // The pictures arrive after the start screen is up; then every illustrated step has one.
  await expect(page.getByTestId('figure-thumb')).toHaveCount(illustrated.length);
  // The step's name stands beside it, so the picture is hidden from screen readers.
  for (const thumb of await page.getByTestId('figure-thumb').all())
    await expect(thumb).toHaveAttribute('aria-hidden', 'true');

  const settings = await app.openView('settings');
  for (const id of illustrated) {
    await expect(settings.locator(`li[data-step-id="${id}"]`).getByTestId('figure-thumb')).toBeVisible();
  }
});

test('the figure fits beside the ring in the routine window, and above it at 200 % zoom', async ({
  launch,
}) => {
  const page = await openEveryStep(launch);
  await page.getByTestId('routine-start').click();
  await goTo(page, 'chin-tuck');
  const ring = page.getByRole('timer');
  const box = async (which: typeof ring) => {
    const b = await which.boundingBox();
    if (!b) throw new Error('not laid out');
    return b;
  };
  await expect(figure(page)).toBeVisible();
  const [fig, clock] = [await box(figure(page)), await box(ring)];
  expect(fig.x + fig.width).toBeLessThanOrEqual(clock.x);
  expect(fig.y).toBeLessThan(clock.y + clock.height);
  // 200 % zoom in the 560 x 760 window leaves 280 x 380 CSS pixels.
  await page.setViewportSize({ width: 280, height: 380 });
  const [small, smallClock] = [await box(figure(page)), await box(ring)];
  expect(small.y + small.height).toBeLessThanOrEqual(smallClock.y);
  expect(small.x).toBeGreaterThanOrEqual(0);
  expect(small.x + small.width).toBeLessThanOrEqual(280);
  expect(small.width).toBeGreaterThan(150);
});
