import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import type { LaunchOptions, LaunchedApp } from './harness';
import { seedSettings } from '../support/seed-settings';

// Tuesday 24 Nov 2026, 13:00 in Berlin.
const NOW = '2026-11-24T12:00:00Z';
const ZONE = 'Europe/Berlin';
/** Chromium puts a narrow no-break space before AM/PM; \s matches it as people read it, a space. */
const TEN_THIRTY_PM = /^10:30\sPM$/u;

/** The settings window of a returning user, on Tuesday in Berlin, in the system's regional `locale`. */
async function settingsIn(
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>,
  locale: string,
): Promise<{ page: Page; userDataDir: string }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-clock-e2e-'));
  await seedSettings(userDataDir);
  const { page } = await launch({ view: 'settings', now: NOW, timeZone: ZONE, userDataDir, locale });
  return { page, userDataDir };
}

const savedBedtime = async (dir: string, night: string): Promise<string | undefined> =>
  (
    JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as {
      schedule: { nights: Record<string, { bedtime: string }> };
    }
  ).schedule.nights[night]?.bedtime;

test.describe("the user's clock and calendar in Settings", () => {
  test('en-US: shows 10:30 PM, takes "10:30 pm" and "22:30", saves "22:30", starts on Sunday', async ({
    launch,
  }, testInfo) => {
    const { page, userDataDir } = await settingsIn(launch, 'en-US');
    const monday = page.getByLabel('Bedtime on Monday night');
    await expect(monday).toHaveValue(TEN_THIRTY_PM);
    await expect(page.getByTestId('next-reminder')).toHaveText(/^Next reminder: Tue 10:00\sPM \(in 9 h\)$/u);
    // The night list runs as the user's week does.
    const nights = page.locator('input[id^="bedtime-"]');
    await expect(nights.first()).toHaveAttribute('id', 'bedtime-sun');
    await expect(nights.last()).toHaveAttribute('id', 'bedtime-sat');
    await expect(page.locator('#bedtime-mon-hint')).toHaveText(/^Like "10:30\sPM" or "22:30"$/u);

    const tuesday = page.getByLabel('Bedtime on Tuesday night');
    await tuesday.fill('11:15 pm');
    await tuesday.press('Enter');
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
    expect(await savedBedtime(userDataDir, 'tue')).toBe('23:15');
    await tuesday.fill('22:30');
    await tuesday.press('Enter');
    await expect(tuesday).toHaveValue(TEN_THIRTY_PM);
    expect(await savedBedtime(userDataDir, 'tue')).toBe('22:30');
    await tuesday.fill('10:30 pm');
    await tuesday.press('Enter');
    await tuesday.fill('11:15 pm');
    await tuesday.press('Enter');
    await expect(tuesday).toHaveValue(/^11:15\sPM$/u);
    await tuesday.fill('10:30 pm');
    await tuesday.press('Enter');
    await expect(tuesday).toHaveValue(TEN_THIRTY_PM);
    await expect(tuesday).not.toHaveAttribute('aria-invalid', 'true');
    expect(await savedBedtime(userDataDir, 'tue')).toBe('22:30');

    await page.screenshot({ path: 'test-results/clock/settings-en-US.png', fullPage: true });
    await testInfo.attach('settings in en-US', {
      path: 'test-results/clock/settings-en-US.png',
      contentType: 'image/png',
    });
    await page.clock.resume(); // axe runs on timers, which a paused clock would hold forever
    expect(await axeViolations(page)).toEqual([]);
  });

  test('en-US: a time that is not one is refused inline, naming both forms, and nothing is saved', async ({
    launch,
  }) => {
    const { page, userDataDir } = await settingsIn(launch, 'en-US');
    const tuesday = page.getByLabel('Bedtime on Tuesday night');
    await expect(tuesday).toHaveValue(TEN_THIRTY_PM);
    const before = await readFile(join(userDataDir, 'settings.json'), 'utf8');
    await tuesday.fill('half ten');
    await tuesday.press('Tab');
    await expect(tuesday).toHaveAttribute('aria-invalid', 'true');
    await expect(tuesday).toHaveAccessibleDescription(/Type a time like "10:30\sPM" or "22:30"/u);
    expect(await readFile(join(userDataDir, 'settings.json'), 'utf8')).toBe(before);
  });

  test('de-DE: shows 22:30 and starts the week on Monday', async ({ launch }) => {
    const { page, userDataDir } = await settingsIn(launch, 'de-DE');
    // The app's words stay English; the clock and the week are Germany's.
    const monday = page.getByLabel('Bedtime on Monday night');
    await expect(monday).toHaveValue('22:30');
    const nights = page.locator('input[id^="bedtime-"]');
    await expect(nights.first()).toHaveAttribute('id', 'bedtime-mon');
    await expect(nights.last()).toHaveAttribute('id', 'bedtime-sun');
    await expect(page.getByTestId('next-reminder')).toContainText('22:00');
    // The German clock still takes a 12-hour time.
    await monday.fill('11:15 pm');
    await monday.press('Enter');
    await expect(monday).toHaveValue('23:15');
    expect(await savedBedtime(userDataDir, 'mon')).toBe('23:15');
  });
});

test.describe("the user's clock in the welcome", () => {
  test('en-US: the bedtimes show 12-hour and "11pm" is saved as 23:00', async ({ launch }) => {
    const { page, userDataDir } = await launch({ view: 'welcome', locale: 'en-US' });
    const weeknight = page.getByLabel('Sunday to Thursday nights');
    await expect(weeknight).toHaveValue(TEN_THIRTY_PM);
    await page.getByLabel('Friday and Saturday nights').fill('11pm');
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Start using Unknot' }).click();
    await closed;
    expect(await savedBedtime(userDataDir, 'fri')).toBe('23:00');
    expect(await savedBedtime(userDataDir, 'mon')).toBe('22:30');
  });
});
