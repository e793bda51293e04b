import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seedSettings } from '../support/seed-settings';
import { chooseTrayItem, launchApp, needsElectronRuntime, tempProfile } from './launch';

test.describe('journey: morning check-in → history (real runtime)', () => {
  needsElectronRuntime();

  test('"Log this morning…" from the tray: the rating is saved, on disk and in the history view', async () => {
    test.setTimeout(120_000);
    const profile = await tempProfile();
    await seedSettings(profile.dir);
    const app = await launchApp(profile.dir);
    try {
      const page = await chooseTrayItem(app, 'log-morning');
      await expect(page).toHaveURL(/view=checkin/);
      await expect(page.getByTestId('history-ready')).toBeVisible();
      const scale = page.getByTestId('rating-morning');
      await scale.getByRole('radio', { name: '3', exact: true }).check();
      await page.getByLabel(/^Note/).fill('Slept on my back');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByTestId('checkin-status')).toHaveText(/^Saved for /);

      const lines = (await readFile(join(profile.dir, 'history.jsonl'), 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '')).toMatchObject({
        type: 'checkin',
        soreness: 3,
        note: 'Slept on my back',
      });

      // The history view shows it: the chart's summary and the table.
      await expect(page.getByTestId('soreness-chart')).toHaveAccessibleName(
        /1 morning logged, average 3\.0 out of 10/,
      );
      await page.screenshot({ path: test.info().outputPath('electron-history.png'), fullPage: true });
      await page.getByText('The same as a table').click();
      await expect(
        page.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) }),
      ).toHaveCount(1);
    } finally {
      await app.close();
      await profile.remove();
    }
  });
});
