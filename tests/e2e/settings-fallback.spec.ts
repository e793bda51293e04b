import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../../main/core/settings/defaults';
import { expect, test } from './fixtures';

test('settings restored from the last-good copy: Settings says so, once, and shows the restored values', async ({
  launch,
}) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-restored-'));
  // settings.json is gone (a recovery that could not write back); the last-good copy is there.
  const lastGood = defaultSettings();
  lastGood.general.firstRunDone = true;
  lastGood.schedule.leadMinutes = 45;
  await writeFile(join(userDataDir, 'settings.last-good.json'), JSON.stringify(lastGood));
  const { page } = await launch({ userDataDir, view: 'settings' });
  const notice = page.getByTestId('settings-notice');
  await expect(notice).toContainText('Your settings were restored.');
  await expect(page.getByLabel('Remind me this many minutes before bedtime')).toHaveValue('45');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});
