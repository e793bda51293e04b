import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { createTestApp } from '../../../support/test-app';
import { seedSettings } from '../../../support/seed-settings';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { invoke } from '../../../support/invoke';

describe('app wiring (fake shell ports)', () => {
  let dir: string;
  let shell: FakeShell;
  let app: UnknotApp;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-wiring-'));
    shell = createFakeShell();
    await seedSettings(dir);
    const time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
    app = createTestApp({
      userDataDir: dir,
      clock: time.clock,
      timers: time.timers,
      shell,
    });
    await app.start();
  });
  afterEach(async () => {
    app.dispose();
    // Saves still in flight would race the folder removal.
    await app.flush();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts in the tray with no window open', () => {
    expect(shell.windows.count()).toBe(0);
    const labels = (shell.tray.last()?.menu ?? []).flatMap((e) => (e.kind === 'item' ? [e.label] : []));
    expect(labels).toEqual(expect.arrayContaining(['Start routine now', 'Settings…']));
    expect(labels.some((l) => l.startsWith('Quit'))).toBe(true);
  });

  it('tray "Start routine now" opens the routine window', () => {
    app.trayAction('start-routine');
    expect(shell.windows.opened).toEqual(['routine']);
    expect(shell.windows.count()).toBe(1);
  });

  it('closing the window leaves no window, and the app keeps running', () => {
    app.trayAction('start-routine');
    shell.windows.close('routine');
    expect(shell.windows.count()).toBe(0);
    expect(shell.lifecycle.quitCalls).toBe(0);
  });

  it('a second instance focuses the open window instead of opening another', () => {
    app.trayAction('open-history');
    app.secondInstance(['/opt/Unknot/unknot']);
    expect(shell.windows.opened).toEqual(['history']);
  });

  it('a second instance with nothing open and no reminder due shows Settings', () => {
    app.secondInstance(['/opt/Unknot/unknot']);
    expect(shell.windows.opened).toEqual(['settings']);
  });

  it.each([
    ['--start-routine', 'routine'],
    ['--settings', 'settings'],
    ['--history', 'history'],
    ['--log-morning', 'checkin'],
  ] as const)('a second instance launched with %s opens %s', (arg, view) => {
    app.secondInstance(['/opt/Unknot/unknot', '--no-sandbox', arg]);
    expect(shell.windows.opened).toEqual([view]);
  });

  it('the first instance runs its own launcher action, and a plain start (login) opens nothing', () => {
    app.launched(['/opt/Unknot/unknot']);
    expect(shell.windows.opened).toEqual([]);
    app.launched(['/opt/Unknot/unknot', '--history']);
    expect(shell.windows.opened).toEqual(['history']);
  });

  it('tray "Quit" quits', () => {
    app.trayAction('quit');
    expect(shell.lifecycle.quitCalls).toBe(1);
  });

  it('opens the welcome on the very first launch, and only then', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'unknot-first-run-'));
    try {
      const firstShell = createFakeShell();
      const time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
      const first = createTestApp({
        userDataDir: fresh,
        clock: time.clock,
        timers: time.timers,
        shell: firstShell,
      });
      await first.start();
      expect(firstShell.windows.opened).toEqual(['welcome']);
      await invoke(first, 'saveSettings', { general: { firstRunDone: true } });
      first.dispose();
      const againShell = createFakeShell();
      const again = createTestApp({
        userDataDir: fresh,
        clock: time.clock,
        timers: time.timers,
        shell: againShell,
      });
      await again.start();
      expect(againShell.windows.opened).toEqual([]);
      again.dispose();
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('tells the user about a recovered settings file by opening the settings window', async () => {
    const damaged = await mkdtemp(join(tmpdir(), 'unknot-damaged-'));
    try {
      await writeFile(join(damaged, 'settings.json'), '{"version":1,"schedule":');
      const s = createFakeShell();
      const time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
      const recovered = createTestApp({
        userDataDir: damaged,
        clock: time.clock,
        timers: time.timers,
        shell: s,
      });
      await recovered.start();
      expect(s.windows.opened).toEqual(['settings']);
      const state = await invoke(recovered, 'getSettings');
      expect(state).toMatchObject({
        ok: true,
        value: { notice: { kind: 'recovered-from-corrupt', usedBackup: false } },
      });
      recovered.dispose();
    } finally {
      await rm(damaged, { recursive: true, force: true });
    }
  });
});
