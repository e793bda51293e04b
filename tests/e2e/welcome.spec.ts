import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { axeViolations, expect, test } from './fixtures';

interface SavedSettings {
  schedule: { nights: Record<string, { bedtime: string }> };
  general: { firstRunDone: boolean; startAtLogin: boolean };
}
const read = async (dir: string): Promise<SavedSettings> =>
  JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as SavedSettings;

test.describe('first-run welcome', () => {
  test('sets weeknight and weekend bedtimes and start at login', async ({ launch }, testInfo) => {
    const { page, userDataDir, main } = await launch({ view: 'welcome' });
    expect(main.shell.windows.opened).toEqual(['welcome']);
    await expect(page.getByRole('main').getByText('not medical care')).toBeVisible();
    // Without a tray (stock GNOME) the user learns the extension and the launcher's actions.
    await expect(page.getByTestId('no-tray-note')).toContainText('AppIndicator');
    await expect(page.getByTestId('no-tray-note')).toContainText(
      'Start routine, Settings, History and Log this morning',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('welcome.png'), fullPage: true });
    await page.getByLabel('Sunday to Thursday nights').fill('22:00');
    await page.getByLabel('Friday and Saturday nights').fill('23:45');
    await page.getByLabel(/Start Unknot when I log in/).uncheck();
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Start using Unknot' }).click();
    await closed;
    const saved = await read(userDataDir);
    expect(saved.schedule.nights['sun']?.bedtime).toBe('22:00');
    expect(saved.schedule.nights['thu']?.bedtime).toBe('22:00');
    expect(saved.schedule.nights['fri']?.bedtime).toBe('23:45');
    expect(saved.general).toMatchObject({ firstRunDone: true, startAtLogin: false });
  });

  test('skipping keeps the defaults and does not ask again', async ({ launch }) => {
    const { page, userDataDir } = await launch({ view: 'welcome' });
    await page.getByLabel('Sunday to Thursday nights').fill('20:00');
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await closed;
    const saved = await read(userDataDir);
    expect(saved.schedule.nights['mon']?.bedtime).toBe('22:30');
    expect(saved.schedule.nights['sat']?.bedtime).toBe('23:30');
    expect(saved.general).toMatchObject({ firstRunDone: true, startAtLogin: true });
  });

  test('an impossible bedtime is explained and nothing is saved', async ({ launch }) => {
    const { page, userDataDir } = await launch({ view: 'welcome' });
    const field = page.getByLabel('Friday and Saturday nights');
    await field.fill('25:00');
    await page.getByRole('button', { name: 'Start using Unknot' }).click();
    await expect(page.getByText(/Type a time like "22:30" or "10:30\spm"/u)).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await read(userDataDir).catch(() => null))?.general.firstRunDone ?? false).toBe(false);
  });
});
