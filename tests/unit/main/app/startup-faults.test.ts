/**
 * Start can never leave the user with nothing (issue 12, cases 1 and 4). Every combination of
 * {settings.json missing, damaged, unreadable, a directory, a symlink} x {folder writable,
 * read-only} x {last-good copy present, absent}: the composed app starts, the tray shows its
 * menu with Quit, the next reminder arrives on time, and the user is told (a notification and
 * the Settings notice) whenever Unknot used something other than the settings file.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import type { SettingsState } from '../../../../main/core/ipc/contract';
import { defaultSettings } from '../../../../main/core/settings/defaults';
import type { Settings } from '../../../../main/core/settings/schema';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { faultyFs, type Fault } from '../../../support/faulty-fs';
import { createTestApp } from '../../../support/test-app';

// Tuesday 24 Nov 2026, 13:00 in Berlin (UTC+1).
const START = Date.parse('2026-11-24T12:00:00Z');
const FILE_STATES = ['missing', 'damaged', 'unreadable', 'directory', 'symlink'] as const;
const FOLDERS = ['writable', 'read-only'] as const;
const LAST_GOOD = ['present', 'absent'] as const;
type FileState = (typeof FILE_STATES)[number];

/** What each source of settings looks like, so the test can tell which one the app runs on. */
function settingsWithTuesday(bedtime: string): Settings {
  const settings = defaultSettings();
  settings.general.firstRunDone = true;
  settings.schedule.nights.tue = { enabled: true, bedtime };
  return settings;
}
const FILE_SETTINGS = settingsWithTuesday('21:00'); // reminder 20:30 local = 19:30Z
const LAST_GOOD_SETTINGS = settingsWithTuesday('21:30'); // reminder 21:00 local = 20:00Z
const DEFAULT_TUESDAY_REMINDER = Date.parse('2026-11-24T21:00:00Z'); // 22:30 bedtime, lead 30

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'unknot-startup-'));
  dir = join(root, 'data');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function arrange(
  state: FileState,
  folder: (typeof FOLDERS)[number],
  lastGood: (typeof LAST_GOOD)[number],
): Promise<Fault[]> {
  const settingsFile = join(dir, 'settings.json');
  const faults: Fault[] = [];
  if (lastGood === 'present')
    await writeFile(join(dir, 'settings.last-good.json'), JSON.stringify(LAST_GOOD_SETTINGS));
  if (state === 'damaged') await writeFile(settingsFile, '{"version":1,"schedule":');
  if (state === 'unreadable') {
    await writeFile(settingsFile, JSON.stringify(FILE_SETTINGS));
    faults.push({ call: 'readFile', path: /data\/settings\.json$/, code: 'EACCES' });
  }
  if (state === 'directory') await mkdir(settingsFile);
  if (state === 'symlink') {
    await mkdir(join(root, 'dotfiles'));
    await writeFile(join(root, 'dotfiles', 'unknot.json'), JSON.stringify(FILE_SETTINGS));
    await symlink('../dotfiles/unknot.json', settingsFile);
  }
  // A read-only folder (as root, chmod denies nothing): every change inside it fails with EROFS.
  if (folder === 'read-only') {
    for (const call of ['open', 'rename', 'rm', 'mkdir'] as const)
      faults.push({ call, path: /\/data(\/|$)/, code: 'EROFS' });
  }
  return faults;
}

/** Which settings the app should run on, and whether the user must be told. */
function expected(state: FileState, lastGood: (typeof LAST_GOOD)[number]) {
  if (state === 'symlink')
    return { reminderAt: Date.parse('2026-11-24T19:30:00Z'), told: false, welcome: false };
  if (state === 'missing' && lastGood === 'absent')
    return { reminderAt: DEFAULT_TUESDAY_REMINDER, told: false, welcome: true };
  return {
    reminderAt: lastGood === 'present' ? Date.parse('2026-11-24T20:00:00Z') : DEFAULT_TUESDAY_REMINDER,
    told: true,
    welcome: false,
  };
}

describe('start-up fault matrix', () => {
  for (const state of FILE_STATES) {
    for (const folder of FOLDERS) {
      for (const lastGood of LAST_GOOD) {
        it(`settings.json ${state}, folder ${folder}, last-good copy ${lastGood}`, async () => {
          const faults = await arrange(state, folder, lastGood);
          const shell = createFakeShell();
          const time = createFakeTime(START, 'Europe/Berlin');
          const app = createTestApp({
            userDataDir: dir,
            clock: time.clock,
            timers: time.timers,
            shell,
            fs: faultyFs(faults),
          });
          await app.start();
          const want = expected(state, lastGood);

          // The tray renders its menu, and Quit works.
          const labels = (shell.tray.last()?.menu ?? []).flatMap((e) => (e.kind === 'item' ? [e.label] : []));
          expect(labels).toContain('Quit');
          app.trayAction('quit');
          expect(shell.lifecycle.quitCalls).toBe(1);

          // Told once: a notification and the Settings notice (or the welcome on a true first run).
          const reply = await app.dispatch(INVOKE_CHANNELS.getSettings, undefined);
          expect(reply.ok).toBe(true);
          const settingsState = (reply as { value: SettingsState }).value;
          expect(shell.notifier.shown.length).toBe(want.told ? 1 : 0);
          expect(settingsState.notice !== null).toBe(want.told);
          expect(shell.windows.opened).toEqual(want.welcome ? ['welcome'] : want.told ? ['settings'] : []);

          // Reminders armed on what loaded: the last-good copy when present, the file, or defaults.
          time.advanceTo(want.reminderAt - 1);
          expect(shell.notifier.shown.filter((n) => n.title === 'Time to unwind')).toHaveLength(0);
          time.advanceTo(want.reminderAt);
          expect(shell.notifier.shown.filter((n) => n.title === 'Time to unwind')).toHaveLength(1);

          // A save either works or answers with a reason; it never crashes or goes unanswered.
          const saved = await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { theme: 'dark' } });
          if (!saved.ok) expect(saved.error.message).not.toBe('');
          app.dispose();
          await app.flush();
        });
      }
    }
  }

  it('a missing settings.json with a last-good copy restores the copy: no welcome, and a later save keeps it', async () => {
    await writeFile(join(dir, 'settings.last-good.json'), JSON.stringify(LAST_GOOD_SETTINGS));
    const shell = createFakeShell();
    const time = createFakeTime(START, 'Europe/Berlin');
    const app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
    await app.start();
    expect(shell.windows.opened).not.toContain('welcome');
    const reply = await app.dispatch(INVOKE_CHANNELS.getSettings, undefined);
    expect(reply).toMatchObject({
      ok: true,
      value: {
        settings: { schedule: { nights: { tue: { bedtime: '21:30' } } } },
        notice: { kind: 'fallback' },
      },
    });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(LAST_GOOD_SETTINGS);
    app.dispose();
    await app.flush();
  });

  it.each(['EIO', 'EISDIR', 'EACCES'])(
    'an unreadable settings.json (%s) runs read-only on the last-good copy and says why',
    async (code) => {
      await writeFile(join(dir, 'settings.json'), JSON.stringify(FILE_SETTINGS));
      await writeFile(join(dir, 'settings.last-good.json'), JSON.stringify(LAST_GOOD_SETTINGS));
      const shell = createFakeShell();
      const time = createFakeTime(START, 'Europe/Berlin');
      const fs = faultyFs([{ call: 'readFile', path: /data\/settings\.json$/, code }]);
      const app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell, fs });
      await app.start();
      const reply = await app.dispatch(INVOKE_CHANNELS.getSettings, undefined);
      expect(reply).toMatchObject({
        ok: true,
        value: {
          readOnly: true,
          notice: { kind: 'fallback', title: 'Unknot could not read your settings file.' },
        },
      });
      const saved = await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { theme: 'dark' } });
      expect(saved).toMatchObject({
        ok: false,
        error: { code: 'rejected', message: expect.stringContaining('read-only') },
      });
      // The file Unknot could not read is left exactly as it was.
      expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(FILE_SETTINGS);
      app.dispose();
      await app.flush();
    },
  );
});
