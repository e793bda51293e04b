import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { createTestApp } from '../../../support/test-app';
import { seedSettings } from '../../../support/seed-settings';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../support/fake-time';
import { invoke, invokeUnchecked } from '../../../support/invoke';
import { UNFOCUSED_VIEWS } from '../../../../main/core/shell-ports';

const MIN = 60_000;
// Tuesday 24 Nov 2026, 13:00 in Berlin (UTC+1). Default Tuesday bedtime 22:30, lead 30 min.
const START = Date.parse('2026-11-24T12:00:00Z');
const TUE_REMINDER = Date.parse('2026-11-24T21:00:00Z');
const TUE_BEDTIME = Date.parse('2026-11-24T21:30:00Z');

describe('reminder wiring (composed app, fake ports)', () => {
  let dir: string;
  let shell: FakeShell;
  let time: FakeTime;
  let app: UnknotApp;
  const enabled: boolean[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-reminder-wiring-'));
    shell = createFakeShell();
    await seedSettings(dir);
    time = createFakeTime(START, 'Europe/Berlin');
    enabled.length = 0;
    app = createTestApp({
      userDataDir: dir,
      clock: time.clock,
      timers: time.timers,
      shell,
      loginItem: { setEnabled: async (on) => void enabled.push(on) },
    });
    await app.start();
  });
  afterEach(async () => {
    app.dispose();
    // Saves still in flight would race the folder removal.
    await app.flush();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the next reminder in the tooltip while waiting', () => {
    expect(shell.tray.last()).toMatchObject({
      icon: 'waiting',
      tooltip: expect.stringContaining('Tue 22:00'),
    });
    expect(shell.notifier.shown).toHaveLength(0);
  });

  it('due -> one notification and the tray due state; click -> routine window', () => {
    time.advanceTo(TUE_REMINDER - 1);
    expect(shell.notifier.shown).toHaveLength(0);
    time.advanceTo(TUE_REMINDER + 1);
    expect(shell.notifier.shown).toHaveLength(1);
    expect(shell.notifier.shown[0]?.title).toBe('Time to unwind');
    expect(shell.notifier.shown[0]?.body).toMatch(
      /^Your \d+-minute routine is ready\. Bedtime is at 22:30\.$/,
    );
    const due = shell.tray.last();
    expect(due?.icon).toBe('due');
    const labels = (due?.menu ?? []).flatMap((e) => (e.kind === 'item' ? [e.label] : []));
    expect(labels).toEqual(expect.arrayContaining(['Snooze 10 min', 'Skip tonight']));
    shell.notifier.shown[0]?.click();
    expect(shell.windows.opened).toEqual(['routine']);
    expect(shell.tray.last()?.icon).toBe('waiting');
  });

  it('no answer -> one follow-up at bedtime that opens the routine; then quiet for the night', () => {
    time.advanceTo(TUE_REMINDER + 1);
    time.advanceTo(TUE_BEDTIME - 1);
    expect(shell.notifier.shown).toHaveLength(1);
    time.advanceTo(TUE_BEDTIME);
    expect(shell.notifier.shown.map((n) => n.title)).toEqual(['Time to unwind', "It's bedtime"]);
    expect(shell.notifier.shown[1]?.body).toMatch(
      /^Your \d+-minute routine is still ready, whenever you are\.$/,
    );
    time.advanceBy(6 * 60 * MIN);
    expect(shell.notifier.shown).toHaveLength(2);
    expect(shell.tray.last()?.icon).toBe('waiting');
    shell.notifier.shown[1]?.click();
    expect(shell.windows.opened).toEqual(['routine']);
  });

  it('the heads-up setting, saved from the page, brings one heads-up before the reminder', async () => {
    const saved = await invoke(app, 'saveSettings', {
      reminders: { headsUp: { enabled: true, minutes: 15 } },
    });
    expect(saved.ok).toBe(true);
    time.advanceTo(TUE_REMINDER - 15 * MIN - 1);
    expect(shell.notifier.shown).toHaveLength(0);
    time.advanceTo(TUE_REMINDER - 15 * MIN);
    expect(shell.notifier.shown).toEqual([
      expect.objectContaining({
        title: 'Bedtime soon',
        body: 'Your bedtime routine starts in 15 minutes, at 22:00.',
      }),
    ]);
    time.advanceTo(TUE_REMINDER);
    expect(shell.notifier.shown.map((n) => n.title)).toEqual(['Bedtime soon', 'Time to unwind']);
  });

  it('locked at reminder time -> held; unlock inside the window -> one notification', () => {
    shell.presence.now = 'locked';
    time.advanceTo(TUE_REMINDER + 20 * MIN);
    expect(shell.notifier.shown).toHaveLength(0);
    shell.presence.now = 'present';
    app.systemResumed();
    app.systemResumed();
    expect(shell.notifier.shown.map((n) => n.title)).toEqual(['Time to unwind']);
  });

  it('away through the late window -> no notification, ever, and the tray says the night was missed', () => {
    shell.presence.now = 'idle';
    time.advanceTo(TUE_REMINDER + 3 * 60 * MIN);
    shell.presence.now = 'present';
    app.systemResumed();
    expect(shell.notifier.shown).toHaveLength(0);
    expect(shell.tray.last()).toMatchObject({
      icon: 'waiting',
      tooltip: expect.stringContaining("You were away for Tuesday's reminder"),
    });
  });

  it('a plain second launch while a reminder is due opens the routine; the launcher action answers it', () => {
    time.advanceTo(TUE_REMINDER + 1);
    app.secondInstance(['/opt/Unknot/unknot']);
    expect(shell.windows.opened).toEqual(['routine']);
    expect(shell.tray.last()?.icon).toBe('due');
    app.secondInstance(['/opt/Unknot/unknot', '--start-routine']);
    expect(shell.tray.last()?.icon).toBe('waiting');
  });

  it("the notification's buttons act as the tray does: Start opens the routine, 10 more minutes snoozes", async () => {
    time.advanceTo(TUE_REMINDER + 1);
    const [start, later] = shell.notifier.shown[0]?.actions ?? [];
    expect([start?.label, later?.label]).toEqual(['Start', '10 more minutes']);
    later?.run();
    const fromButton = shell.tray.last();
    expect(fromButton?.icon).toBe('waiting');
    expect(fromButton?.tooltip).toContain('Tue 22:10');
    time.advanceBy(10 * MIN);
    expect(shell.notifier.shown).toHaveLength(2);
    shell.notifier.shown[1]?.actions[0]?.run();
    expect(shell.windows.opened).toEqual(['routine']);
    expect(shell.tray.last()?.icon).toBe('waiting');
    await app.flush();
  });

  it("a Windows toast button (Unknot started again with the button's URL) acts as the macOS button does", async () => {
    time.advanceTo(TUE_REMINDER + 1);
    const [start, later] = shell.notifier.shown[0]?.actions ?? [];
    app.secondInstance(['C:\\Unknot\\Unknot.exe', later?.url ?? 'missing']);
    expect(shell.tray.last()?.tooltip).toContain('Tue 22:10');
    expect(shell.windows.opened).toEqual([]);
    time.advanceBy(10 * MIN);
    app.secondInstance(['C:\\Unknot\\Unknot.exe', start?.url ?? 'missing']);
    expect(shell.windows.opened).toEqual(['routine']);
    expect(shell.tray.last()?.icon).toBe('waiting');
    await app.flush();
  });

  it('any other unknot:// address (a web page can open one) does nothing at all', async () => {
    time.advanceTo(TUE_REMINDER + 1);
    const before = shell.tray.last();
    app.secondInstance(['C:\\Unknot\\Unknot.exe', 'unknot://pause-indefinite']);
    app.secondInstance(['C:\\Unknot\\Unknot.exe', 'UNKNOT://snooze?x=1']);
    expect(shell.windows.opened).toEqual([]);
    expect(shell.tray.last()).toEqual(before);
    await app.flush();
  });

  describe('the gentle prompt style', () => {
    beforeEach(async () => {
      expect((await invoke(app, 'saveSettings', { reminders: { style: 'prompt' } })).ok).toBe(true);
    });

    it('due -> the prompt window, shown without focus, instead of a notification; tray due', async () => {
      expect(UNFOCUSED_VIEWS).toContain('prompt');
      expect(await invoke(app, 'getPrompt')).toEqual({ ok: true, value: null });
      time.advanceTo(TUE_REMINDER + 1);
      expect(shell.windows.opened).toEqual(['prompt']);
      expect(shell.notifier.shown).toHaveLength(0);
      expect(shell.tray.last()?.icon).toBe('due');
      expect(await invoke(app, 'getPrompt')).toEqual({
        ok: true,
        value: { night: '2026-11-24', minutes: expect.any(Number), snoozeMinutes: 10, snoozesLeft: 3 },
      });
    });

    it.each([
      ['start-now', ['prompt', 'routine'], 'waiting'],
      ['snooze', ['prompt'], 'waiting'],
      ['skip-tonight', ['prompt'], 'waiting'],
    ] as const)(
      'its %s answer closes it and leaves the same state as the tray',
      async (action, opened, icon) => {
        time.advanceTo(TUE_REMINDER + 1);
        expect(await invoke(app, 'promptAction', action)).toEqual({ ok: true, value: null });
        expect(shell.windows.opened).toEqual(opened);
        expect(shell.windows.live.has('prompt')).toBe(false);
        expect(shell.tray.last()?.icon).toBe(icon);
        const fromPrompt = (await invoke(app, 'getReminderState')) as { ok: true; value: { status: string } };
        expect(fromPrompt.value.status).toBe(
          action === 'snooze' ? 'snoozed' : action === 'skip-tonight' ? 'skipped' : 'waiting',
        );
        await app.flush();
      },
    );

    it('a snooze from the prompt brings the prompt back after 10 minutes', async () => {
      time.advanceTo(TUE_REMINDER + 1);
      await invoke(app, 'promptAction', 'snooze');
      time.advanceBy(10 * MIN);
      expect(shell.windows.opened).toEqual(['prompt', 'prompt']);
      await app.flush();
    });

    it('refuses an answer that is not one of the three', async () => {
      const result = await invokeUnchecked(app, 'promptAction', 'pause-1h');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    });
  });

  it('snooze -> due again 10 minutes later, and only then', () => {
    time.advanceTo(TUE_REMINDER + 1);
    app.trayAction('snooze');
    expect(shell.tray.last()?.icon).not.toBe('due');
    time.advanceBy(10 * MIN - 2_000);
    expect(shell.notifier.shown).toHaveLength(1);
    time.advanceBy(2_000);
    expect(shell.notifier.shown).toHaveLength(2);
    expect(shell.tray.last()?.icon).toBe('due');
  });

  it('saving a new schedule re-arms and updates the tooltip before the save returns', async () => {
    const result = await invoke(app, 'saveSettings', {
      schedule: { nights: { tue: { enabled: true, bedtime: '23:15' } } },
    });
    expect(result.ok).toBe(true);
    expect(shell.tray.last()?.tooltip).toContain('Tue 22:45');
    time.advanceTo(TUE_REMINDER + 5 * MIN);
    expect(shell.notifier.shown).toHaveLength(0);
    time.advanceTo(Date.parse('2026-11-24T21:45:00Z') + 1);
    expect(shell.notifier.shown).toHaveLength(1);
    expect(shell.windows.events.some((e) => e.event === 'settingsChanged')).toBe(true);
  });

  it('an invalid settings payload is refused with field messages and changes nothing', async () => {
    const before = await readFile(join(dir, 'settings.json'), 'utf8').catch(() => null);
    const result = await invoke(app, 'saveSettings', {
      schedule: { nights: { tue: { enabled: true, bedtime: '25:99' } } },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'schedule.nights.tue.bedtime', message: 'Use a time like 22:30' }] },
    });
    expect(await readFile(join(dir, 'settings.json'), 'utf8').catch(() => null)).toBe(before);
    expect(shell.tray.last()?.tooltip).toContain('Tue 22:00');
  });

  it('applies start at login from the settings', async () => {
    expect(enabled).toEqual([true]);
    await invoke(app, 'saveSettings', { general: { startAtLogin: false } });
    expect(enabled).toEqual([true, false]);
  });
});

describe('settings saves in quick succession', () => {
  it('applies each patch on top of the one before, losing none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unknot-concurrent-'));
    const shell = createFakeShell();
    await seedSettings(dir);
    const time = createFakeTime(START, 'Europe/Berlin');
    const app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
    await app.start();
    const nights = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
    await Promise.all(
      nights.map((night) =>
        invoke(app, 'saveSettings', { schedule: { nights: { [night]: { enabled: false } } } }),
      ),
    );
    const result = await invoke(app, 'getSettings');
    const saved = result.ok
      ? (result.value as { settings: { schedule: { nights: Record<string, { enabled: boolean }> } } })
          .settings
      : null;
    expect(nights.map((n) => saved?.schedule.nights[n]?.enabled)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as {
      schedule: { nights: Record<string, { enabled: boolean }> };
    };
    expect(nights.map((n) => onDisk.schedule.nights[n]?.enabled)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    app.dispose();
    // Saves still in flight would race the folder removal.
    await app.flush();
    await rm(dir, { recursive: true, force: true });
  });
});
