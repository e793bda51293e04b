/** "Restore from a backup…" through IPC on the composed app: choose, see, confirm; or refused, unchanged. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { BACKUP_VERSION } from '../../../../main/core/backup/backup';
import { restoreMessages } from '../../../../main/core/backup/restore';
import { mainMessages } from '../../../../main/core/locale/main-messages';
import type { BackupPreview } from '../../../../main/core/ipc/contract';
import { DISK_FULL_MESSAGE, saveFailureMessage } from '../../../../main/core/storage-faults';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { errnoError, faultyFs, fillsUpAfter, type Fault } from '../../../support/faulty-fs';
import { checkinLine, sessionLine, writeHistoryLines } from '../../../support/history-fixture';
import { invoke } from '../../../support/invoke';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp, startSeededApp, type SeededApp } from '../../../support/test-app';

/** The restore's English sentences, as an English-speaking app says them. */
const M = restoreMessages(mainMessages('en').restore);

const LINES = [checkinLine('2026-11-21', 6), sessionLine('2026-11-21'), checkinLine('2026-11-22', 4)];
const DATA_FILES = ['settings.json', 'settings.last-good.json', 'history.jsonl'];

/** The bytes of every data file (null where absent), to show that a refusal touched nothing. */
async function dataFiles(dir: string): Promise<Record<string, Buffer | null>> {
  const entries = await Promise.all(
    DATA_FILES.map(async (name) => [name, await readFile(join(dir, name)).catch(() => null)] as const),
  );
  return Object.fromEntries(entries);
}

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** "Back up everything" in `seeded`; the file's text. */
async function backupText(app: UnknotApp, shell: FakeShell): Promise<string> {
  await ok(invoke(app, 'exportData', 'backup'));
  return shell.desktop.saved.at(-1)?.text ?? '';
}

async function choose(app: UnknotApp, shell: FakeShell, text: string): Promise<BackupPreview> {
  shell.desktop.nextOpen = { path: '/home/me/Documents/unknot-backup-2026-11-24.json', text };
  return ok(invoke(app, 'chooseBackup'));
}

describe('restore from a backup (composed app, fake ports)', () => {
  let source: SeededApp;
  let target: SeededApp;
  let backup: string;

  beforeEach(async () => {
    source = await startSeededApp('unknot-restore-from-');
    target = await startSeededApp('unknot-restore-into-');
    await writeHistoryLines(source.dir, LINES);
    await ok(
      invoke(source.app, 'saveSettings', {
        schedule: { nights: { tue: { enabled: true, bedtime: '23:15' } } },
        routine: { preset: 'full' },
      }),
    );
    backup = await backupText(source.app, source.shell);
  });
  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('shows what the file holds and changes nothing until confirmed', async () => {
    const before = await dataFiles(target.dir);
    const preview = await choose(target.app, target.shell, backup);
    expect(preview).toMatchObject({ kind: 'ready', fileName: 'unknot-backup-2026-11-24.json' });
    expect(preview.kind === 'ready' && preview.summary).toMatch(/^2 mornings, 1 routine, settings from \S/);
    expect(target.shell.desktop.openedKinds).toEqual(['Unknot backups']);
    expect(await dataFiles(target.dir)).toEqual(before);
    await expect(readdir(join(target.dir, 'backups'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('restores into another profile: the same history and settings, re-armed, every window told', async () => {
    expect(target.shell.tray.last()?.tooltip).toContain('Tue 22:00');
    const preview = await choose(target.app, target.shell, backup);
    if (preview.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(preview)}`);
    const beforeSettings = (await ok(invoke(target.app, 'getSettings'))).settings;
    const eventsBefore = target.shell.windows.events.length;

    const outcome = await ok(invoke(target.app, 'restoreBackup', preview.token));

    expect(outcome.added).toBe(3);
    expect(outcome.safetyCopy).toMatch(/[\\/]backups[\\/]before-restore-2026-11-24T12-00-00-000Z\.json$/);
    expect(outcome.message).toBe(M.restored(3, outcome.safetyCopy));
    // The safety copy holds the profile as it was before: its settings, and no history yet.
    const copy = JSON.parse(await readFile(outcome.safetyCopy, 'utf8')) as Record<string, unknown>;
    expect(copy).toMatchObject({ format: 'unknot-backup', version: BACKUP_VERSION, history: [] });
    expect(copy['settings']).toEqual(beforeSettings);

    expect(await readFile(join(target.dir, 'history.jsonl'), 'utf8')).toBe(
      await readFile(join(source.dir, 'history.jsonl'), 'utf8'),
    );
    const restored = await ok(invoke(target.app, 'getSettings'));
    expect(restored.settings).toEqual((await ok(invoke(source.app, 'getSettings'))).settings);
    expect(outcome.state.settings).toEqual(restored.settings);
    // Reminders follow the restored schedule before the call returns.
    expect(target.shell.tray.last()?.tooltip).toContain('Tue 22:45');
    const told = target.shell.windows.events.slice(eventsBefore).map((e) => e.event);
    expect(told).toContain('settingsChanged');
    expect(told).toContain('historyChanged');
  });

  it('the same backup restored twice adds nothing the second time, and keeps a morning logged since', async () => {
    const first = await choose(target.app, target.shell, backup);
    if (first.kind !== 'ready') throw new Error('not ready');
    await ok(invoke(target.app, 'restoreBackup', first.token));
    await writeHistoryLines(target.dir, [
      ...(await readFile(join(target.dir, 'history.jsonl'), 'utf8')).trimEnd().split('\n'),
      checkinLine('2026-11-23', 2),
    ]);
    const history = await readFile(join(target.dir, 'history.jsonl'));
    target.time.advanceBy(60_000);

    const second = await choose(target.app, target.shell, backup);
    if (second.kind !== 'ready') throw new Error('not ready');
    const outcome = await ok(invoke(target.app, 'restoreBackup', second.token));
    expect(outcome.added).toBe(0);
    expect(await readFile(join(target.dir, 'history.jsonl'))).toEqual(history);
    expect(await readdir(join(target.dir, 'backups'))).toHaveLength(2);
  });

  it('a token is good once: a second confirm, or one for another file, is refused', async () => {
    const preview = await choose(target.app, target.shell, backup);
    if (preview.kind !== 'ready') throw new Error('not ready');
    await ok(invoke(target.app, 'restoreBackup', preview.token));
    const files = await dataFiles(target.dir);
    expect(await invoke(target.app, 'restoreBackup', preview.token)).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: M.stale },
    });
    expect(await invoke(target.app, 'restoreBackup', crypto.randomUUID())).toMatchObject({
      ok: false,
      error: { message: M.stale },
    });
    expect(await dataFiles(target.dir)).toEqual(files);
  });

  const newer = (text: string): string => text.replace(/"version": 1,/, `"version": ${BACKUP_VERSION + 1},`);
  const corrupt = (text: string): string => text.replace(/"soreness": 6/, '"soreness": 60');
  it.each([
    ['a foreign JSON file', () => '{"name":"something-else"}', M.foreign],
    ['a truncated backup', () => backup.slice(0, backup.length / 2), M.truncated],
    ['a backup from a newer Unknot', () => newer(backup), M.newer],
    ['a backup with a bad record', () => corrupt(backup), /^1 of the 3 history records/],
    ['a file that is not JSON', () => 'hello', M.notJson],
  ])('%s is refused with its message, and every file stays byte for byte', async (_label, text, message) => {
    await writeHistoryLines(target.dir, [checkinLine('2026-11-20', 3)]);
    const before = await dataFiles(target.dir);
    const preview = await choose(target.app, target.shell, text());
    expect(preview.kind).toBe('refused');
    expect(preview.kind === 'refused' && preview.message).toMatch(message);
    expect(await invoke(target.app, 'restoreBackup', crypto.randomUUID())).toMatchObject({ ok: false });
    expect(await dataFiles(target.dir)).toEqual(before);
    await expect(readdir(join(target.dir, 'backups'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('cancelling the open dialog says so and changes nothing', async () => {
    const before = await dataFiles(target.dir);
    target.shell.desktop.nextOpen = null;
    expect(await ok(invoke(target.app, 'chooseBackup'))).toEqual({ kind: 'cancelled' });
    expect(await dataFiles(target.dir)).toEqual(before);
  });
});

describe('restore from a backup when a step fails', () => {
  let dir: string;
  let app: UnknotApp;
  let shell: FakeShell;

  async function start(
    faults: readonly Fault[],
    handles?: (path: string, handle: FileHandle) => FileHandle,
    settingsText?: string,
  ) {
    dir = await mkdtemp(join(tmpdir(), 'unknot-restore-fault-'));
    await seedSettings(dir);
    if (settingsText !== undefined) await writeFile(join(dir, 'settings.json'), settingsText);
    await writeHistoryLines(dir, [checkinLine('2026-11-20', 3)]);
    shell = createFakeShell();
    const time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
    const fs = faultyFs(faults, handles);
    app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell, fs });
    await app.start();
  }
  afterEach(async () => {
    await app.flush();
    app.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  /** A backup of other data (another morning, other settings), chosen and ready to confirm. */
  async function chosenToken(): Promise<string> {
    await ok(invoke(app, 'saveSettings', { routine: { preset: 'quick' } }));
    const text = (await backupText(app, shell)).replace(/2026-11-20/g, '2026-11-19');
    await ok(invoke(app, 'saveSettings', { routine: { preset: 'full' } }));
    const preview = await choose(app, shell, text);
    if (preview.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(preview)}`);
    return preview.token;
  }

  it('settings that cannot be saved: the history is restored, the message says so and names the copy', async () => {
    const faults: Fault[] = [];
    await start(faults);
    const token = await chosenToken();
    const settingsBefore = await readFile(join(dir, 'settings.json'));
    // The store renames its temp file over settings.json: that rename fails.
    faults.push({ call: 'rename', path: /[\\/]settings\.json\.[0-9a-f]+\.tmp$/, code: 'EIO' });
    const result = await invoke(app, 'restoreBackup', token);
    const [copy] = await readdir(join(dir, 'backups'));
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: M.settingsFailed(
          1,
          join(dir, 'backups', copy ?? ''),
          saveFailureMessage(errnoError('EIO', 'rename', '')),
        ),
      },
    });
    expect(await readFile(join(dir, 'settings.json'))).toEqual(settingsBefore);
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).toContain('"localDate":"2026-11-19"');
    expect(shell.windows.events.at(-1)?.event).toBe('historyChanged');
  });

  it('read-only settings (a newer Unknot wrote them): refused before any file is opened', async () => {
    await start([], undefined, JSON.stringify({ version: 99 }));
    const before = await dataFiles(dir);
    expect(await ok(invoke(app, 'chooseBackup'))).toEqual({ kind: 'refused', message: M.readOnly });
    expect(shell.desktop.openedKinds).toEqual([]);
    expect(await dataFiles(dir)).toEqual(before);
  });

  it('no safety copy, no restore: the files stay byte for byte', async () => {
    await start([{ call: 'mkdir', path: /[\\/]backups$/, code: 'EACCES' }]);
    const token = await chosenToken();
    const before = await dataFiles(dir);
    expect(await invoke(app, 'restoreBackup', token)).toMatchObject({
      ok: false,
      error: {
        code: 'rejected',
        message: M.safetyCopyFailed(saveFailureMessage(errnoError('EACCES', 'mkdir', ''))),
      },
    });
    expect(await dataFiles(dir)).toEqual(before);
  });

  it('a history that cannot be written (disk full) adds nothing and leaves the settings, naming the copy', async () => {
    await start([], (path, handle) =>
      path.endsWith('history.jsonl') ? fillsUpAfter(0)(path, handle) : handle,
    );
    const token = await chosenToken();
    const before = await dataFiles(dir);
    const result = await invoke(app, 'restoreBackup', token);
    const copies = await readdir(join(dir, 'backups'));
    expect(copies).toHaveLength(1);
    expect(result).toMatchObject({
      ok: false,
      error: { message: M.historyFailed(join(dir, 'backups', copies[0] ?? ''), DISK_FULL_MESSAGE) },
    });
    expect(await dataFiles(dir)).toEqual(before);
  });
});
