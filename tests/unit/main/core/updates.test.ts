import { mainMessages } from '../../../../main/core/locale/main-messages';
import { describe, expect, it } from 'vitest';
import type { TrayView } from '../../../../main/core/shell-ports';
import { createUpdatePolicy, UPDATE_TIMING, type UpdaterPort } from '../../../../main/core/updates';
import { MAX_SLEEP_MS } from '../../../../main/core/wake-timer';
import { createUpdatesFeature, withUpdateItems } from '../../../../main/features/updates-feature';
import { defaultSettings } from '../../../../main/core/settings/defaults';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';

const START = Date.UTC(2026, 2, 3, 9, 0);

type Answer = { version: string } | null | Error;

/** An updater whose every check answers with the next queued answer (default: up to date). */
function fakeUpdater(answers: Answer[] = []) {
  const updater = {
    checks: 0,
    restarts: 0,
    checkAndDownload: async () => {
      updater.checks += 1;
      const answer = answers.shift() ?? null;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    restartToUpdate: () => void (updater.restarts += 1),
  } satisfies UpdaterPort & Record<string, unknown>;
  return updater;
}

function setup(options: { answers?: Answer[]; automatic?: boolean } = {}) {
  const time = createFakeTime(START);
  const shell = createFakeShell();
  const updater = fakeUpdater(options.answers);
  let routineOpen = false;
  const states: string[] = [];
  const policy = createUpdatePolicy({
    clock: time.clock,
    timers: time.timers,
    logger: shell.logger,
    updater,
    notifier: shell.notifier,
    words: () => mainMessages('en'),
    routineInProgress: () => routineOpen,
    onChange: (state) => states.push(state.kind),
  });
  policy.setAutomatic(options.automatic ?? true);
  /** Moves time on and lets the check that started settle. */
  const advance = async (ms: number): Promise<void> => {
    time.advanceBy(ms);
    await policy.flush();
  };
  return {
    time,
    shell,
    updater,
    policy,
    states,
    advance,
    setRoutineOpen: (open: boolean) => void (routineOpen = open),
  };
}

describe('update policy: when it checks', () => {
  it('checks a few minutes after start, then a day after each check, with one timer', async () => {
    const t = setup();
    expect(t.time.pendingCount()).toBe(1);
    await t.advance(UPDATE_TIMING.firstCheckAfterMs - 1);
    expect(t.updater.checks).toBe(0);
    await t.advance(1);
    expect(t.updater.checks).toBe(1);
    expect(t.time.pendingCount()).toBe(1);
    await t.advance(UPDATE_TIMING.everyMs - 1);
    expect(t.updater.checks).toBe(1);
    await t.advance(1);
    expect(t.updater.checks).toBe(2);
    // Seven days: seven checks; the process woke only for those and the wake timer's capped sleeps.
    for (let day = 0; day < 7; day += 1) await t.advance(UPDATE_TIMING.everyMs);
    expect(t.updater.checks).toBe(9);
    expect(t.time.pendingCount()).toBe(1);
    expect(t.time.wakeUps).toBeLessThanOrEqual(1 + 8 * Math.ceil(UPDATE_TIMING.everyMs / MAX_SLEEP_MS));
  });

  it('never checks on its own when automatic checks are off; the tray item still works', async () => {
    const t = setup({ automatic: false });
    expect(t.time.pendingCount()).toBe(0);
    await t.advance(3 * UPDATE_TIMING.everyMs);
    expect(t.updater.checks).toBe(0);
    t.policy.act('check-for-updates');
    await t.policy.flush();
    expect(t.updater.checks).toBe(1);
    // A manual check does not start the automatic ones.
    expect(t.time.pendingCount()).toBe(0);
  });

  it('turning the setting off cancels the planned check; turning it on plans one', async () => {
    const t = setup();
    t.policy.setAutomatic(false);
    expect(t.time.pendingCount()).toBe(0);
    await t.advance(UPDATE_TIMING.everyMs);
    expect(t.updater.checks).toBe(0);
    t.policy.setAutomatic(true);
    expect(t.time.pendingCount()).toBe(1);
    await t.advance(UPDATE_TIMING.firstCheckAfterMs);
    expect(t.updater.checks).toBe(1);
  });

  it('never checks during a routine: it looks again after the routine', async () => {
    const t = setup();
    t.setRoutineOpen(true);
    await t.advance(UPDATE_TIMING.firstCheckAfterMs);
    expect(t.updater.checks).toBe(0);
    t.policy.act('check-for-updates');
    expect(t.updater.checks).toBe(0);
    expect(t.time.pendingCount()).toBe(1);
    t.setRoutineOpen(false);
    await t.advance(UPDATE_TIMING.routineRetryMs);
    expect(t.updater.checks).toBe(1);
  });

  it('a machine that slept through the check catches up on wake, not a day later', async () => {
    const t = setup();
    t.time.suspend(2 * UPDATE_TIMING.everyMs);
    t.policy.systemResumed();
    // The wake timer's floor: a second, not a day.
    await t.advance(1000);
    expect(t.updater.checks).toBe(1);
  });
});

describe('update policy: what the user sees', () => {
  it('an offline or failing check leaves one log line and nothing else, and tries again tomorrow', async () => {
    const t = setup({ answers: [new Error('net::ERR_INTERNET_DISCONNECTED')] });
    await t.advance(UPDATE_TIMING.firstCheckAfterMs);
    expect(t.updater.checks).toBe(1);
    expect(t.shell.notifier.shown).toEqual([]);
    expect(t.shell.logger.lines.filter((l) => l.level === 'warn')).toEqual([
      { level: 'warn', message: 'Update check failed' },
    ]);
    expect(t.policy.state()).toEqual({ kind: 'idle' });
    await t.advance(UPDATE_TIMING.everyMs);
    expect(t.updater.checks).toBe(2);
  });

  it('a failing check the user asked for is silent too', async () => {
    const t = setup({ automatic: false, answers: [new Error('ENOTFOUND')] });
    t.policy.act('check-for-updates');
    await t.policy.flush();
    expect(t.shell.notifier.shown).toEqual([]);
    expect(t.policy.trayEntries()).toEqual([
      { kind: 'item', id: 'check-for-updates', label: 'Check for updates…' },
    ]);
  });

  it('says "up to date" only when the user asked', async () => {
    const t = setup();
    await t.advance(UPDATE_TIMING.firstCheckAfterMs);
    expect(t.shell.notifier.shown).toEqual([]);
    t.policy.act('check-for-updates');
    await t.policy.flush();
    expect(t.shell.notifier.shown.map((n) => n.title)).toEqual(['Unknot is up to date']);
  });

  it('offers "Restart to update" once downloaded, and restarts only when the user chooses', async () => {
    const t = setup({ answers: [{ version: '0.2.0' }] });
    await t.advance(UPDATE_TIMING.firstCheckAfterMs);
    expect(t.states).toEqual(['checking', 'ready']);
    expect(t.policy.trayEntries()).toEqual([
      { kind: 'item', id: 'restart-to-update', label: 'Restart to update to 0.2.0' },
    ]);
    // Days pass: no restart, and no more checks while the update waits.
    await t.advance(5 * UPDATE_TIMING.everyMs);
    expect(t.updater.restarts).toBe(0);
    expect(t.updater.checks).toBe(1);
    t.policy.act('restart-to-update');
    expect(t.updater.restarts).toBe(1);
  });

  it('shows the check as in progress while it runs', () => {
    const t = setup({ automatic: false });
    t.policy.act('check-for-updates');
    expect(t.policy.trayEntries()).toEqual([
      { kind: 'item', id: 'check-for-updates', label: 'Checking for updates…', enabled: false },
    ]);
  });

  it('refuses to restart during a routine, and says why', async () => {
    const t = setup({ answers: [{ version: '0.2.0' }] });
    await t.advance(UPDATE_TIMING.firstCheckAfterMs);
    t.setRoutineOpen(true);
    t.policy.act('restart-to-update');
    expect(t.updater.restarts).toBe(0);
    expect(t.shell.notifier.shown.map((n) => n.title)).toEqual(['Update waits for your routine']);
    t.setRoutineOpen(false);
    t.policy.act('restart-to-update');
    expect(t.updater.restarts).toBe(1);
  });

  it('asking again while an update waits or a check runs starts no second check', async () => {
    const t = setup({ automatic: false, answers: [{ version: '0.2.0' }] });
    t.policy.act('check-for-updates');
    t.policy.act('check-for-updates');
    await t.policy.flush();
    expect(t.updater.checks).toBe(1);
    t.policy.act('check-for-updates');
    await t.policy.flush();
    expect(t.updater.checks).toBe(1);
    expect(t.policy.state()).toEqual({ kind: 'ready', version: '0.2.0' });
  });

  it('restart does nothing without a downloaded update', () => {
    const t = setup();
    t.policy.act('restart-to-update');
    expect(t.updater.restarts).toBe(0);
  });

  it('stops its timer when disposed', () => {
    const t = setup();
    t.policy.dispose();
    expect(t.time.pendingCount()).toBe(0);
  });
});

describe('updates feature: the tray and the setting', () => {
  const view = (menu: TrayView['menu']): TrayView => ({ icon: 'waiting', tooltip: 'Unknot', menu });
  const quit = { kind: 'item', id: 'quit', label: 'Quit' } as const;

  it('puts its items just above Quit', () => {
    const settings = { kind: 'item', id: 'open-settings', label: 'Settings…' } as const;
    const mine = { kind: 'item', id: 'x', label: 'X' } as const;
    expect(withUpdateItems([settings, quit], [mine])).toEqual([settings, mine, quit]);
    expect(withUpdateItems([settings], [mine])).toEqual([settings, mine]);
  });

  function feature(answers: Answer[] = []) {
    const time = createFakeTime(START);
    const shell = createFakeShell();
    const updater = fakeUpdater(answers);
    const updates = createUpdatesFeature({
      clock: time.clock,
      timers: time.timers,
      logger: shell.logger,
      updater,
      notifier: shell.notifier,
      tray: shell.tray,
      windows: shell.windows,
      words: () => mainMessages('en'),
    });
    const labels = (): string[] =>
      (shell.tray.last()?.menu ?? []).flatMap((e) => (e.kind === 'item' ? [e.label] : []));
    return { time, shell, updater, updates, labels };
  }

  it('adds "Check for updates…" to every menu, re-renders on change, and acts on its items', async () => {
    const { updates, updater, labels } = feature([{ version: '0.3.0' }]);
    updates.tray.render(view([quit]));
    expect(labels()).toEqual(['Check for updates…', 'Quit']);
    updates.act('check-for-updates');
    expect(labels()).toEqual(['Checking for updates…', 'Quit']);
    await updates.flush();
    expect(labels()).toEqual(['Restart to update to 0.3.0', 'Quit']);
    updates.act('restart-to-update');
    expect(updater.restarts).toBe(1);
  });

  it('follows the setting: on checks a few minutes later, off never checks by itself', async () => {
    const { updates, updater, time } = feature();
    const settings = defaultSettings();
    updates.applySettings(settings);
    time.advanceBy(UPDATE_TIMING.firstCheckAfterMs);
    await updates.flush();
    expect(updater.checks).toBe(1);
    settings.general.checkForUpdates = false;
    updates.applySettings(settings);
    expect(time.pendingCount()).toBe(0);
    time.advanceBy(3 * UPDATE_TIMING.everyMs);
    await updates.flush();
    expect(updater.checks).toBe(1);
  });

  it('asks the routine window whether a routine is in progress', async () => {
    const { updates, updater, shell } = feature();
    shell.windows.show('routine');
    updates.act('check-for-updates');
    await updates.flush();
    expect(updater.checks).toBe(0);
    shell.windows.close('routine');
    updates.act('check-for-updates');
    await updates.flush();
    expect(updater.checks).toBe(1);
  });
});
