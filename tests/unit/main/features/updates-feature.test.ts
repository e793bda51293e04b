import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import { UPDATE_TIMING, type UpdaterPort } from '../../../../main/core/updates';
import { UnknownActionError } from '../../../../main/features/shell-feature';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../support/fake-time';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';

describe('app wiring: updates (fake updater port)', () => {
  let dir: string;
  let app: UnknotApp;
  let shell: FakeShell;
  let time: FakeTime;
  const updater = { checks: 0, restarts: 0, next: null as { version: string } | null };
  const port: UpdaterPort = {
    checkAndDownload: async () => {
      updater.checks += 1;
      return updater.next;
    },
    restartToUpdate: () => void (updater.restarts += 1),
  };
  const labels = (): string[] =>
    (shell.tray.last()?.menu ?? []).flatMap((e) => (e.kind === 'item' ? [e.label] : []));

  async function start(withUpdater: boolean, checkForUpdates = true): Promise<void> {
    dir = await mkdtemp(join(tmpdir(), 'unknot-updates-'));
    await seedSettings(dir, (settings) => {
      settings.general.checkForUpdates = checkForUpdates;
    });
    shell = createFakeShell();
    time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
    Object.assign(updater, { checks: 0, restarts: 0, next: null });
    app = createTestApp({
      userDataDir: dir,
      clock: time.clock,
      timers: time.timers,
      shell,
      ...(withUpdater ? { updater: port } : {}),
    });
    await app.start();
  }
  afterEach(async () => {
    // A tray action saves the reminder state in the background: let it land before the folder goes.
    await app.flush();
    app.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts "Check for updates…" in the tray just above Quit, and keeps it when the reminder state changes', async () => {
    await start(true);
    expect(labels().slice(-2)).toEqual(['Check for updates…', 'Quit']);
    app.trayAction('pause-indefinite');
    expect(labels()).toContain('Resume reminders');
    expect(labels().slice(-2)).toEqual(['Check for updates…', 'Quit']);
  });

  it('has no update items where the app cannot update itself (no updater)', async () => {
    await start(false);
    expect(labels().some((l) => /update/i.test(l))).toBe(false);
  });

  it('checks a few minutes after start; the restart is offered, and done only when chosen', async () => {
    await start(true);
    updater.next = { version: '0.2.0' };
    time.advanceBy(UPDATE_TIMING.firstCheckAfterMs);
    await app.flush();
    expect(updater.checks).toBe(1);
    expect(labels()).toContain('Restart to update to 0.2.0');
    expect(updater.restarts).toBe(0);
    app.trayAction('restart-to-update');
    expect(updater.restarts).toBe(1);
  });

  it('does not check while the routine window is open', async () => {
    await start(true);
    app.trayAction('start-routine');
    time.advanceBy(UPDATE_TIMING.firstCheckAfterMs);
    app.trayAction('check-for-updates');
    await app.flush();
    expect(updater.checks).toBe(0);
    shell.windows.close('routine');
    time.advanceBy(UPDATE_TIMING.routineRetryMs);
    await app.flush();
    expect(updater.checks).toBe(1);
  });

  it('with automatic checks off in settings.json, never checks by itself; the tray item still does', async () => {
    await start(true, false);
    time.advanceBy(2 * UPDATE_TIMING.everyMs);
    await app.flush();
    expect(updater.checks).toBe(0);
    app.trayAction('check-for-updates');
    await app.flush();
    expect(updater.checks).toBe(1);
  });

  it('turning automatic checks off in Settings cancels the planned check', async () => {
    await start(true);
    const saved = await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { checkForUpdates: false } });
    expect(saved).toMatchObject({ ok: true });
    time.advanceBy(2 * UPDATE_TIMING.everyMs);
    await app.flush();
    expect(updater.checks).toBe(0);
  });

  it('a settings.json from before the setting loads with automatic checks on, and no notice', async () => {
    await start(true);
    app.dispose();
    const file = join(dir, 'settings.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { general: Record<string, unknown> };
    delete doc.general['checkForUpdates'];
    await writeFile(file, JSON.stringify(doc));
    app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell, updater: port });
    await app.start();
    const state = await app.dispatch(INVOKE_CHANNELS.getSettings, undefined);
    expect(state).toMatchObject({
      ok: true,
      value: { notice: null, settings: { general: { checkForUpdates: true } } },
    });
    time.advanceBy(UPDATE_TIMING.firstCheckAfterMs);
    await app.flush();
    expect(updater.checks).toBe(1);
  });

  it('an update item without an updater is an unknown action, never silence', async () => {
    await start(false);
    expect(() => app.trayAction('check-for-updates')).toThrow(UnknownActionError);
  });

  it('stops its timer with the app', async () => {
    await start(true);
    app.dispose();
    time.advanceBy(UPDATE_TIMING.everyMs);
    await app.flush();
    expect(updater.checks).toBe(0);
  });
});
