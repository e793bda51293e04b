import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.describe('updates setting', () => {
  test('"Check for updates once a day" is on by default and can be turned off', async ({ launch }) => {
    const app = await launch({ view: 'settings' });
    const { page } = app;
    const box = page.getByRole('checkbox', { name: 'Check for updates once a day' });
    await expect(box).toBeChecked();
    await box.uncheck();
    await expect(page.getByTestId('save-status')).toHaveText('Saved.');
    const saved = JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8')) as {
      general: { checkForUpdates: boolean };
    };
    expect(saved.general.checkForUpdates).toBe(false);
  });
});
