/**
 * One action vocabulary for the tray and IPC: every tray item routes somewhere, the reminder items
 * are the very actions the settings window sends, and an unknown action is an error, never silence.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import { REMINDER_ACTIONS } from '../../../../main/core/reminders/actions';
import type { ReminderSnapshot } from '../../../../main/core/reminders/types';
import type { TrayMenuEntry } from '../../../../main/core/shell-ports';
import { mainMessages } from '../../../../main/core/locale/main-messages';
import { SHELL_ACTIONS, trayMenu } from '../../../../main/core/tray-menu';
import { UnknownActionError } from '../../../../main/features/shell-feature';
import { type FakeShell } from '../../../support/fake-shell';
import { startSeededApp, type SeededApp } from '../../../support/test-app';

const SNAPSHOT: ReminderSnapshot = {
  status: 'waiting',
  next: null,
  current: null,
  pausedUntil: null,
  snoozesLeft: 3,
  snoozeMinutes: 10,
  missedNight: null,
};

/** The ids of every item that can be chosen (submenu parents only open their submenu). */
function leafIds(entries: readonly TrayMenuEntry[]): string[] {
  return entries.flatMap((e) => (e.kind !== 'item' ? [] : e.submenu ? leafIds(e.submenu) : [e.id]));
}

describe('the tray and IPC share one action vocabulary', () => {
  it('every choosable tray item is a reminder action or a shell action', () => {
    const known = new Set<string>([...REMINDER_ACTIONS, ...SHELL_ACTIONS]);
    for (const status of ['waiting', 'due', 'snoozed', 'skipped', 'paused'] as const) {
      for (const id of leafIds(trayMenu({ ...SNAPSHOT, status, current: null }, mainMessages('en'), 'en-GB')))
        expect(known).toContain(id);
    }
  });

  it('the two lists do not overlap, so an id has one meaning', () => {
    expect(SHELL_ACTIONS.filter((id) => (REMINDER_ACTIONS as readonly string[]).includes(id))).toEqual([]);
  });
});

describe('routing actions in the composed app', () => {
  let shell: FakeShell;
  let app: UnknotApp;

  let seeded: SeededApp;
  beforeEach(async () => {
    seeded = await startSeededApp('unknot-actions-');
    ({ shell, app } = seeded);
  });
  afterEach(() => seeded.close());

  it('a reminder item from the tray acts on the same state the IPC action reads', async () => {
    app.trayAction('pause-indefinite');
    const state = await app.dispatch(INVOKE_CHANNELS.getReminderState, undefined);
    expect(state).toMatchObject({ ok: true, value: { status: 'paused', pausedUntil: null } });
    const resumed = await app.dispatch(INVOKE_CHANNELS.reminderAction, 'resume');
    expect(resumed).toMatchObject({ ok: true, value: { status: 'waiting' } });
    expect(shell.tray.last()?.icon).toBe('waiting');
  });

  it('an unknown tray action is logged as an error and thrown, and does nothing', () => {
    const renders = shell.tray.renders.length;
    for (const id of ['dance', 'pause', '', 'open-settings ']) {
      expect(() => app.trayAction(id)).toThrow(UnknownActionError);
      expect(shell.logger.lines).toContainEqual({ level: 'error', message: `Unknown tray action: ${id}` });
    }
    expect(shell.windows.opened).toEqual([]);
    expect(shell.lifecycle.quitCalls).toBe(0);
    expect(shell.tray.renders).toHaveLength(renders);
  });

  it('an unknown IPC reminder action is refused, and shell actions are not reminder actions', async () => {
    for (const action of ['dance', 'quit', 'open-settings', 'start-routine', 'pause']) {
      const result = await app.dispatch(INVOKE_CHANNELS.reminderAction, action);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(shell.windows.opened).toEqual([]);
    expect(shell.lifecycle.quitCalls).toBe(0);
    expect(await app.dispatch(INVOKE_CHANNELS.getReminderState, undefined)).toMatchObject({
      ok: true,
      value: { status: 'waiting' },
    });
  });
});
