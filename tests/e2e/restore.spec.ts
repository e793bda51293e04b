import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BACKUP_VERSION } from '../../main/core/backup/backup';
import { restoreMessages } from '../../main/core/backup/restore';
import { mainMessages } from '../../main/core/locale/main-messages';
import type { LaunchedApp } from './harness';
import { checkinLine, sessionLine, writeHistoryLines } from '../support/history-fixture';
import { invoke } from '../support/invoke';
import { seedSettings } from '../support/seed-settings';
import { axeViolations, expect, test } from './fixtures';

/** The restore's English sentences, as an English-speaking app says them. */
const M = restoreMessages(mainMessages('en').restore);

const NOW = '2026-11-24T07:30:00Z';
const LINES = [checkinLine('2026-11-22', 5), sessionLine('2026-11-22'), checkinLine('2026-11-23', 4)];

async function profile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-restore-e2e-'));
  await seedSettings(dir);
  await writeHistoryLines(dir, LINES);
  return dir;
}

const files = async (dir: string): Promise<Array<Buffer | null>> =>
  Promise.all(
    ['settings.json', 'settings.last-good.json', 'history.jsonl'].map((name) =>
      readFile(join(dir, name)).catch(() => null),
    ),
  );

/** "Back up everything" through the page; the file's text as the save dialog received it. */
async function backUp(app: LaunchedApp): Promise<string> {
  await app.page.getByRole('button', { name: 'Back up everything' }).click();
  await expect(app.page.getByTestId('data-message')).toHaveText(/^Saved to /);
  return app.main.shell.desktop.saved.at(-1)?.text ?? '';
}

async function chooseFile(app: LaunchedApp, text: string): Promise<void> {
  app.main.shell.desktop.nextOpen = { path: '/home/me/Documents/unknot-backup-2026-11-24.json', text };
  await app.page.getByRole('button', { name: 'Restore from a backup…' }).click();
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Restore from this backup?' });

test('back up, change things, restore: the summary first, then the data back, and twice adds nothing', async ({
  launch,
}, testInfo) => {
  const userDataDir = await profile();
  const app = await launch({ view: 'settings', now: NOW, timeZone: 'Europe/Berlin', userDataDir });
  const { page } = app;
  const backup = await backUp(app);

  // Change things: another preset, and a history that lost its mornings.
  await page.getByRole('radio', { name: /^Full/ }).check();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  await writeHistoryLines(userDataDir, [checkinLine('2026-11-24', 2)]);

  await chooseFile(app, backup);
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('unknot-backup-2026-11-24.json holds:')).toBeVisible();
  await expect(dialog.locator('#restore-summary')).toHaveText(/^2 mornings, 1 routine, settings from \S/);
  await expect(dialog.getByText(/writes a safety copy of your current data/)).toBeVisible();
  // The safe answer has the focus: Enter alone changes nothing.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.screenshot({ path: testInfo.outputPath('restore-confirm.png') });
  expect(JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8'))).toMatchObject({
    routine: { preset: 'full' },
  });

  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByTestId('restore-status');
  await expect(status).toHaveText(
    /^Restored: 3 history records added to your history, and your settings replaced\./,
  );
  await expect(status).toContainText(join(userDataDir, 'backups', 'before-restore-'));
  await expect(page.getByRole('radio', { name: /^Standard/ })).toBeChecked();
  expect(await readFile(join(userDataDir, 'history.jsonl'), 'utf8')).toBe(
    [checkinLine('2026-11-24', 2), ...LINES].map((line) => `${line}\n`).join(''),
  );

  await chooseFile(app, backup);
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(status).toHaveText(/^Restored: 0 history records added/);
  expect(await readFile(join(userDataDir, 'history.jsonl'), 'utf8')).toBe(
    [checkinLine('2026-11-24', 2), ...LINES].map((line) => `${line}\n`).join(''),
  );
});

test('a backup restored into an empty profile gives the same history and settings', async ({ launch }) => {
  const from = await launch({
    view: 'settings',
    now: NOW,
    timeZone: 'Europe/Berlin',
    userDataDir: await profile(),
  });
  await invoke(from.main.app, 'saveSettings', { routine: { preset: 'quick' }, general: { theme: 'dark' } });
  const backup = await backUp(from);

  const emptyDir = await mkdtemp(join(tmpdir(), 'unknot-restore-empty-'));
  const into = await launch({ view: 'settings', now: NOW, timeZone: 'Europe/Berlin', userDataDir: emptyDir });
  await chooseFile(into, backup);
  await dialogOf(into.page).getByRole('button', { name: 'Restore' }).click();
  await expect(into.page.getByTestId('restore-status')).toHaveText(/^Restored: 3 history records added/);
  await expect(into.page.getByRole('radio', { name: /^Quick/ })).toBeChecked();

  expect(await readFile(join(emptyDir, 'history.jsonl'), 'utf8')).toBe(
    await readFile(join(from.userDataDir, 'history.jsonl'), 'utf8'),
  );
  const settingsOf = async (app: LaunchedApp) => {
    const state = await invoke(app.main.app, 'getSettings');
    return state.ok ? state.value.settings : null;
  };
  expect(await settingsOf(into)).toEqual(await settingsOf(from));
});

test('Cancel and Esc leave everything as it was', async ({ launch }) => {
  const userDataDir = await profile();
  const app = await launch({ view: 'settings', now: NOW, timeZone: 'Europe/Berlin', userDataDir });
  const backup = await backUp(app);
  const before = await files(userDataDir);
  await chooseFile(app, backup);
  await dialogOf(app.page).getByRole('button', { name: 'Cancel' }).click();
  await expect(app.page.getByTestId('restore-status')).toHaveText('Restore cancelled. Nothing was changed.');
  await chooseFile(app, backup);
  await expect(dialogOf(app.page)).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(dialogOf(app.page)).toBeHidden();
  await expect(app.page.getByRole('button', { name: 'Restore from a backup…' })).toBeFocused();
  expect(await files(userDataDir)).toEqual(before);
});

const refusals: Array<[string, (backup: string) => string, string]> = [
  ['a foreign JSON file', () => '{"name":"my-notes","entries":[]}', M.foreign],
  ['a truncated backup', (backup) => backup.slice(0, Math.floor(backup.length / 2)), M.truncated],
  [
    'a backup from a newer Unknot',
    (backup) => backup.replace(`"version": ${BACKUP_VERSION},`, `"version": ${BACKUP_VERSION + 1},`),
    M.newer,
  ],
  ['a file that is not JSON', () => 'bedtime=22:30', M.notJson],
];

for (const [label, make, message] of refusals) {
  test(`${label} is refused with a clear message, and the profile stays byte for byte`, async ({
    launch,
  }) => {
    const userDataDir = await profile();
    const app = await launch({ view: 'settings', now: NOW, timeZone: 'Europe/Berlin', userDataDir });
    const backup = await backUp(app);
    await invoke(app.main.app, 'saveSettings', { routine: { preset: 'full' } });
    const before = await files(userDataDir);
    await chooseFile(app, make(backup));
    await expect(app.page.getByRole('alert')).toHaveText(message);
    await expect(dialogOf(app.page)).toBeHidden();
    expect(await files(userDataDir)).toEqual(before);
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  test(`axe finds no violations with the restore dialog open, and with a refusal shown (${colorScheme})`, async ({
    launch,
  }, testInfo) => {
    const app = await launch({
      view: 'settings',
      now: NOW,
      timeZone: 'Europe/Berlin',
      userDataDir: await profile(),
    });
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    const backup = await backUp(app);
    await chooseFile(app, backup);
    await expect(dialogOf(page)).toBeVisible();
    await page.clock.resume(); // axe runs on timers, which a paused clock would hold forever
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`restore-dialog-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await chooseFile(app, 'not a backup');
    await expect(page.getByRole('alert')).toHaveText(M.notJson);
    expect(await axeViolations(page)).toEqual([]);
  });
}
