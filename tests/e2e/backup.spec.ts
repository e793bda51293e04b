import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../main/core/backup/backup';
import { checkinLine, sessionLine, writeHistoryLines } from '../support/history-fixture';
import { SETTINGS_VERSION } from '../../main/core/settings/vocabulary';
import { seedSettings } from '../support/seed-settings';
import { expect, test } from './fixtures';

test('Settings → Your data → Back up everything saves one file with settings and history', async ({
  launch,
}) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'unknot-backup-e2e-'));
  await seedSettings(userDataDir);
  await writeHistoryLines(userDataDir, [checkinLine('2026-11-23', 4), sessionLine('2026-11-23')]);
  const app = await launch({
    view: 'settings',
    now: '2026-11-24T07:30:00Z',
    timeZone: 'Europe/Berlin',
    userDataDir,
  });
  const { page } = app;
  await page.getByRole('button', { name: 'Back up everything' }).click();
  await expect(page.getByTestId('data-message')).toHaveText(
    'Saved to /exports/unknot-backup-2026-11-24.json',
  );
  const saved = JSON.parse(app.main.shell.desktop.saved.at(-1)?.text ?? '') as Record<string, unknown>;
  expect(saved).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION });
  expect(saved['history']).toHaveLength(2);
  expect(saved['settings']).toMatchObject({ version: SETTINGS_VERSION });
});
