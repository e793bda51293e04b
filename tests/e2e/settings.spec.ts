import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { axeViolations, expect, test } from './fixtures';
import { seedSettings } from '../support/seed-settings';
import { SETTINGS_MESSAGES } from '../../main/core/settings/schema';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';

// Tuesday 24 Nov 2026, 13:00 in Berlin.
const NOW = '2026-11-24T12:00:00Z';
const ZONE = 'Europe/Berlin';

async function returningUser(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-settings-e2e-'));
  await seedSettings(dir);
  return dir;
}

test.describe('settings', () => {
  test("changing Tuesday's bedtime moves the preview, and it is kept", async ({ launch }, testInfo) => {
    const userDataDir = await returningUser();
    const { page } = await launch({ view: 'settings', now: NOW, timeZone: ZONE, userDataDir });
    const preview = page.getByTestId('next-reminder');
    await expect(preview).toHaveText('Next reminder: Tue 22:00 (in 9 h)');
    const tuesday = page.getByLabel('Bedtime on Tuesday night');
    await tuesday.fill('23:30');
    await tuesday.press('Enter');
    await expect(preview).toHaveText('Next reminder: Tue 23:00 (in 10 h)');
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
    await page.screenshot({ path: testInfo.outputPath('settings.png'), fullPage: true });
    await testInfo.attach('settings', {
      path: testInfo.outputPath('settings.png'),
      contentType: 'image/png',
    });
    await page.reload();
    await expect(page.getByLabel('Bedtime on Tuesday night')).toHaveValue('23:30');
    const saved = JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')) as {
      schedule: { nights: { tue: { bedtime: string } } };
    };
    expect(saved.schedule.nights.tue.bedtime).toBe('23:30');
  });

  test('an impossible time shows an inline error and saves nothing', async ({ launch }) => {
    const userDataDir = await returningUser();
    const { page } = await launch({ view: 'settings', now: NOW, timeZone: ZONE, userDataDir });
    await expect(page.getByTestId('next-reminder')).toContainText('Tue 22:00');
    const before = await readFile(join(userDataDir, 'settings.json'), 'utf8');
    const tuesday = page.getByLabel('Bedtime on Tuesday night');
    await tuesday.fill('25:99');
    await tuesday.press('Tab');
    // The page reads the time in the user's forms and names them (en-GB here: 24-hour first).
    const refusal = /Type a time like "22:30" or "10:30\spm"/u;
    await expect(page.getByText(refusal)).toBeVisible();
    await expect(tuesday).toHaveAttribute('aria-invalid', 'true');
    await expect(tuesday).toHaveAccessibleDescription(refusal);
    expect(await readFile(join(userDataDir, 'settings.json'), 'utf8')).toBe(before);
    await expect(page.getByTestId('next-reminder')).toContainText('Tue 22:00');
    // Main never trusts the page: the same value sent straight over IPC is refused too.
    const direct = await page.evaluate(() =>
      window.unknot?.saveSettings({ schedule: { nights: { tue: { enabled: true, bedtime: '25:99' } } } }),
    );
    expect(direct).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'schedule.nights.tue.bedtime', message: 'Use a time like 22:30' }] },
    });
    expect(await readFile(join(userDataDir, 'settings.json'), 'utf8')).toBe(before);
  });

  test('reordering and shortening steps reshapes the routine', async ({ launch }) => {
    const { page } = await launch({ view: 'settings', userDataDir: await returningUser() });
    await expect(page.getByTestId('routine-total')).toHaveText('Total: 12 min');
    await page.getByRole('button', { name: 'Move Neck side bend earlier' }).click();
    const length = page.getByLabel('Length of Chin tuck in seconds');
    await length.fill('30');
    await length.press('Enter');
    await expect(page.getByTestId('routine-total')).toHaveText('Total: 11 min 45 s');
    const plan = await page.evaluate(async () => {
      const result = await window.unknot?.getRoutinePlan();
      return result?.ok ? result.value.plan.steps.map((s) => `${s.id}:${s.durationSec}`) : [];
    });
    expect(plan.slice(0, 3)).toEqual(['settle-in:60', 'neck-side-bend:60', 'chin-tuck:30']);
  });

  test('reset to defaults asks first, then restores them', async ({ launch }) => {
    const userDataDir = await returningUser();
    const { page } = await launch({ view: 'settings', now: NOW, timeZone: ZONE, userDataDir });
    const tuesday = page.getByLabel('Bedtime on Tuesday night');
    await tuesday.fill('21:00');
    await tuesday.press('Enter');
    await expect(page.getByTestId('next-reminder')).toContainText('Tue 20:30');
    await page.getByRole('button', { name: 'Reset settings to defaults…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset settings?' });
    await expect(dialog).toBeVisible();
    await page.clock.resume(); // axe runs on timers, which a paused clock would hold forever
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByLabel('Bedtime on Tuesday night')).toHaveValue('22:30');
    await expect(page.getByTestId('next-reminder')).toContainText('Tue 22:00');
  });

  test('a corrupt settings file shows the notice and the defaults', async ({ launch }) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-corrupt-'));
    await writeFile(join(userDataDir, 'settings.json'), '{"version":1,"schedule":{"nights":');
    const { page } = await launch({ view: 'settings', userDataDir });
    const notice = page.getByTestId('settings-notice');
    await expect(notice).toContainText('Your settings file was damaged');
    await expect(page.getByLabel('Bedtime on Friday night')).toHaveValue('23:30');
    expect((await readdir(userDataDir)).some((f) => /^settings\.corrupt-.*\.json$/.test(f))).toBe(true);
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toBeHidden();
  });

  test("the morning check-in can be turned off, and its time is read in the user's forms and checked by main", async ({
    launch,
  }) => {
    const userDataDir = await returningUser();
    const { page } = await launch({ view: 'settings', userDataDir });
    const time = page.getByLabel('At', { exact: true });
    await time.fill('soon');
    await time.press('Enter');
    await expect(page.getByText(/Type a time like "22:30" or "10:30\spm"/u)).toBeVisible();
    await time.fill('7:15am');
    await time.press('Enter');
    await expect(time).toHaveValue('07:15');
    await expect(time).not.toHaveAttribute('aria-invalid', 'true');
    // Main never trusts the page: a time that is not canonical, sent straight over IPC, is refused.
    const direct = await page.evaluate(() =>
      window.unknot?.saveSettings({ reminders: { morningCheckIn: { time: '8am' } } }),
    );
    expect(direct).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reminders.morningCheckIn.time', message: 'Use a time like 08:00' }] },
    });
    await page.getByLabel('Ask how my upper back feels each morning').uncheck();
    // "Saved." may still be the time's save: wait for the file itself to hold the switch.
    const saved = async () =>
      (
        JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')) as {
          reminders: { morningCheckIn: { enabled: boolean; time: string } };
        }
      ).reminders.morningCheckIn;
    await expect.poll(saved).toEqual({ enabled: false, time: '07:15' });
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  });

  test('the heads-up and the follow-up are set from the keyboard; the minutes are checked by main', async ({
    launch,
  }) => {
    const userDataDir = await returningUser();
    const { page } = await launch({ view: 'settings', userDataDir });
    const headsUp = page.getByLabel('Give me a heads-up before the reminder');
    await expect(headsUp).not.toBeChecked();
    await headsUp.focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
    const minutes = page.getByLabel('Heads-up this many minutes before the reminder');
    await expect(minutes).toHaveAccessibleDescription(/5 to 60/);
    await minutes.fill('4');
    await minutes.press('Enter');
    await expect(page.getByText(SETTINGS_MESSAGES.headsUpMinutes)).toBeVisible();
    await minutes.fill('15');
    await minutes.press('Enter');
    await expect(page.getByText(SETTINGS_MESSAGES.headsUpMinutes)).toBeHidden();
    const followUp = page.getByLabel(/Remind me once more at bedtime/);
    await expect(followUp).toBeChecked();
    await followUp.focus();
    await page.keyboard.press('Space');
    await expect(followUp).not.toBeChecked();
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
    // "Saved." may still be the previous change's: wait for this one to reach the file.
    const readSaved = async () =>
      JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')) as {
        reminders: { headsUp: { enabled: boolean; minutes: number }; followUp: boolean };
      };
    await expect.poll(async () => (await readSaved()).reminders.followUp).toBe(false);
    const saved = await readSaved();
    await page.getByLabel(/Gentle prompt/).check();
    // "Saved." is already showing from the last change: wait for this save's outcome on disk.
    await expect
      .poll(async () => {
        const styled = JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')) as {
          reminders: { style: string };
        };
        return styled.reminders.style;
      })
      .toBe('prompt');
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
    expect(saved.reminders.headsUp).toEqual({ enabled: true, minutes: 15 });
    expect(saved.reminders.followUp).toBe(false);
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    test(`axe finds no violations on the settings view (${colorScheme})`, async ({ launch }, testInfo) => {
      const { page } = await launch({ view: 'settings', userDataDir: await returningUser() });
      await page.emulateMedia({ colorScheme });
      await expect(page.getByTestId('routine-total')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`settings-${colorScheme}.png`), fullPage: true });
    });
  }
});
