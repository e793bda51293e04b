import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seedSettings } from '../support/seed-settings';
import {
  chooseTrayItem,
  lastTooltip,
  launchApp,
  needsElectronRuntime,
  shellRecord,
  tempProfile,
} from './launch';

test.describe('journey: settings change → schedule (real runtime)', () => {
  needsElectronRuntime();

  test("changing Tuesday's bedtime moves the tray's next reminder before the save returns, and it is kept", async () => {
    test.setTimeout(120_000);
    const profile = await tempProfile();
    // Only Tuesday, so the next reminder is Tuesday's whatever today is; no late reminder at launch.
    await seedSettings(profile.dir, (settings) => {
      for (const night of Object.values(settings.schedule.nights)) night.enabled = false;
      settings.schedule.nights.tue = { enabled: true, bedtime: '22:30' };
      settings.schedule.leadMinutes = 30;
      settings.reminders.lateWindowMinutes = 0;
      settings.reminders.morningCheckIn.enabled = false;
    });
    let app = await launchApp(profile.dir);
    try {
      await expect.poll(() => lastTooltip(app)).toContain('Next reminder: Tue 22:00');
      const page = await chooseTrayItem(app, 'open-settings');
      await expect(page).toHaveURL(/view=settings/);
      const tuesday = page.getByLabel('Bedtime on Tuesday night');
      await expect(tuesday).toHaveValue('22:30');
      // When the page learns that the save returned (its status says so), as a wall-clock instant.
      await page.evaluate(() => {
        const status = document.querySelector('[data-testid="save-status"]');
        const record = window as unknown as { savedAt?: number };
        if (!status) throw new Error('no save status');
        new MutationObserver(() => {
          if (status.textContent?.trim() === 'Saved.' && record.savedAt === undefined)
            record.savedAt = Date.now();
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });

      await tuesday.fill('23:30');
      await tuesday.press('Enter');
      await expect(page.getByTestId('save-status')).toHaveText('Saved.');
      const savedAt = await page.evaluate(() => (window as unknown as { savedAt?: number }).savedAt);
      const moved = (await shellRecord(app)).tooltips.find((t) =>
        t.text.includes('Next reminder: Tue 23:00'),
      );
      expect(moved, 'the tray tooltip followed the new bedtime').toBeDefined();
      expect(savedAt).toBeDefined();
      expect(moved?.at ?? Infinity).toBeLessThanOrEqual(savedAt ?? 0);

      const saved = JSON.parse(await readFile(join(profile.dir, 'settings.json'), 'utf8')) as {
        schedule: { nights: { tue: { bedtime: string } } };
      };
      expect(saved.schedule.nights.tue.bedtime).toBe('23:30');

      // A relaunch keeps it: in the tray from the start, and in the Settings window.
      await app.close();
      app = await launchApp(profile.dir);
      await expect.poll(() => lastTooltip(app)).toContain('Next reminder: Tue 23:00');
      const again = await chooseTrayItem(app, 'open-settings');
      await expect(again.getByLabel('Bedtime on Tuesday night')).toHaveValue('23:30');
    } finally {
      await app.close();
      await profile.remove();
    }
  });
});
