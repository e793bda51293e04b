import { expect, test } from '@playwright/test';
import { seedSettings } from '../support/seed-settings';
import {
  chooseTrayItem,
  launchApp,
  localHhMm,
  needsElectronRuntime,
  shellRecord,
  tempProfile,
  windowCount,
} from './launch';

const MINUTE = 60_000;

test.describe('journey: tray reminder → routine (real runtime)', () => {
  needsElectronRuntime();

  test('the reminder falls due a minute after launch; the tray starts the routine', async () => {
    test.setTimeout(5 * MINUTE);
    const profile = await tempProfile();
    // Due at the first whole minute at least a minute away, every night alike, so the test does not
    // depend on the weekday or on which evening a bedtime after midnight belongs to.
    const dueAt = new Date(Math.ceil((Date.now() + MINUTE) / MINUTE) * MINUTE);
    await seedSettings(profile.dir, (settings) => {
      const bedtime = localHhMm(new Date(dueAt.getTime() + settings.schedule.leadMinutes * MINUTE));
      for (const night of Object.values(settings.schedule.nights))
        Object.assign(night, { enabled: true, bedtime });
      settings.reminders.morningCheckIn.enabled = false;
    });
    const app = await launchApp(profile.dir);
    try {
      // Tray-only: a returning user gets no window at start.
      await expect.poll(() => windowCount(app)).toBe(0);
      const before = await shellRecord(app);
      expect(before.tooltips.at(-1)?.text).toMatch(/Next reminder/);
      expect(before.tooltips.some((t) => /Time to unwind/.test(t.text))).toBe(false);
      expect(before.notifications).toEqual([]);

      // Within the minute (plus the start-up), the tray turns "due" and a notification is raised.
      await expect
        .poll(async () => (await shellRecord(app)).tooltips.at(-1)?.text, {
          timeout: 3 * MINUTE,
          intervals: [1000],
        })
        .toMatch(/Time to unwind/);
      const due = await shellRecord(app);
      const dueTooltip = due.tooltips.findLast((t) => /Time to unwind/.test(t.text));
      expect(dueTooltip?.at).toBeGreaterThanOrEqual(dueAt.getTime() - 1000);
      const notificationsSupported = await app.evaluate(({ Notification }) => Notification.isSupported());
      if (notificationsSupported) {
        await expect
          .poll(async () => (await shellRecord(app)).notifications.map((n) => n.title))
          .toEqual(['Time to unwind']);
      } else {
        test
          .info()
          .annotations.push({ type: 'note', description: 'Notifications are not supported on this system' });
      }

      // "Start routine now" in the tray opens the routine window.
      const page = await chooseTrayItem(app, 'start-routine');
      await expect(page).toHaveURL(/view=routine/);
      expect(await windowCount(app)).toBe(1);
      // The page has the bridge and nothing of Node.
      const exposure = await page.evaluate(() => ({
        bridge: typeof window.unknot?.getRoutinePlan,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        module: typeof (globalThis as { module?: unknown }).module,
      }));
      expect(exposure).toEqual({
        bridge: 'function',
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
      });
      // Start shows step 1.
      await page.getByTestId('routine-start').click();
      await expect(page.getByTestId('routine-step')).toHaveAttribute('data-step-index', '0');
      await expect(page.getByTestId('step-position')).toHaveText(/^Step 1 of \d+$/);
      await page.screenshot({ path: test.info().outputPath('electron-routine-step-1.png') });
      // Answered: the tray is no longer "due".
      await expect
        .poll(async () => (await shellRecord(app)).tooltips.at(-1)?.text)
        .not.toMatch(/Time to unwind/);
    } finally {
      await app.close();
      await profile.remove();
    }
  });
});
