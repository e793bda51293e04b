/**
 * Held while away, on Monday 2026-06-01 in Berlin (CEST, +02): default schedule, so the reminder
 * is 22:00 local (20:00Z), bedtime 22:30 (20:30Z), the late window closes at 00:00 local (22:00Z).
 * The follow-up is off unless a test says otherwise, so deliveries are the reminder alone.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_PRESENCE_RECHECKS,
  PRESENCE_RECHECK_MS,
  presenceOf,
} from '../../../../../main/core/reminders/presence';
import { at, createRig, type RigOptions } from '../../../../support/reminder-harness';

const ZONE = 'Europe/Berlin';
const REMINDER = at('2026-06-01T20:00:00Z');
const BEDTIME = at('2026-06-01T20:30:00Z');
const WINDOW_END = at('2026-06-01T22:00:00Z');
const NEXT_REMINDER = at('2026-06-02T20:00:00Z');
const MIN = 60_000;

const rigWith = (options: Partial<RigOptions> = {}) =>
  createRig({
    start: '2026-06-01T19:00:00Z',
    zone: ZONE,
    ...options,
    settings: { followUp: false, ...options.settings },
  });

describe('presence from the system idle state', () => {
  it('locked and idle are away; active and unknown count as present', () => {
    expect(['active', 'idle', 'locked', 'unknown'].map(presenceOf)).toEqual([
      'present',
      'idle',
      'locked',
      'present',
    ]);
  });
});

describe('a reminder while the screen is locked', () => {
  it('is held, not shown, and shown once (late) on unlock inside the window', async () => {
    const rig = await rigWith();
    rig.presence = 'locked';
    rig.time.advanceTo(REMINDER + 30 * MIN);
    expect(rig.deliveries).toEqual([]);
    // Locked: no re-check timer, the unlock event brings it.
    expect(rig.time.nextFireAt()).toBe(WINDOW_END);
    rig.presence = 'present';
    rig.time.advanceBy(MIN);
    rig.engine.systemResumed();
    rig.engine.systemResumed();
    expect(rig.deliveries).toEqual([
      expect.objectContaining({ night: '2026-06-01', late: true, shownAt: REMINDER + 31 * MIN }),
    ]);
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('still locked when the window closes: the night is missed, shown in the snapshot, never reminded later', async () => {
    const rig = await rigWith();
    rig.presence = 'locked';
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.engine.snapshot()).toMatchObject({ status: 'waiting', missedNight: '2026-06-01' });
    // Back at 03:00 local: no stale reminder.
    rig.time.advanceTo(at('2026-06-02T01:00:00Z'));
    rig.presence = 'present';
    rig.engine.systemResumed();
    expect(rig.deliveries).toEqual([]);
    expect(rig.engine.snapshot().missedNight).toBe('2026-06-01');
    // Tomorrow's reminder replaces the missed notice.
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-02']);
    expect(rig.engine.snapshot().missedNight).toBeNull();
  });

  it('a restart while held keeps holding, and remembers a miss', async () => {
    const first = await rigWith();
    first.presence = 'locked';
    first.time.advanceTo(REMINDER + 5 * MIN);
    const second = await first.restart();
    expect(second.deliveries).toEqual([]);
    second.time.advanceTo(WINDOW_END + MIN);
    const third = await second.restart();
    expect([...first.deliveries, ...second.deliveries, ...third.deliveries]).toEqual([]);
    expect(third.engine.snapshot().missedNight).toBe('2026-06-01');
  });

  it('answering from the tray while held (start, skip) is not a miss, and nothing comes later', async () => {
    for (const action of ['start-now', 'skip-tonight'] as const) {
      const rig = await rigWith();
      rig.presence = 'locked';
      rig.time.advanceTo(REMINDER + MIN);
      rig.engine.act(action);
      rig.presence = 'present';
      rig.engine.systemResumed();
      rig.time.advanceTo(WINDOW_END + MIN);
      expect(rig.deliveries).toEqual([]);
      expect(rig.engine.snapshot().missedNight).toBeNull();
    }
  });
});

describe('a reminder while the user is idle (not locked)', () => {
  it('re-checks a few minutes later and shows it once the user is active again', async () => {
    const rig = await rigWith();
    rig.presence = 'idle';
    rig.time.advanceTo(REMINDER);
    expect(rig.deliveries).toEqual([]);
    expect(rig.time.nextFireAt()).toBe(REMINDER + PRESENCE_RECHECK_MS);
    rig.time.advanceTo(REMINDER + PRESENCE_RECHECK_MS + MIN);
    rig.presence = 'present';
    rig.time.advanceTo(REMINDER + 2 * PRESENCE_RECHECK_MS);
    expect(rig.deliveries).toEqual([
      expect.objectContaining({ late: true, shownAt: REMINDER + 2 * PRESENCE_RECHECK_MS }),
    ]);
  });

  it('re-checks at most a bounded number of times a night, then waits for the window to close', async () => {
    const rig = await rigWith();
    rig.presence = 'idle';
    rig.time.advanceTo(REMINDER - 1);
    const before = rig.time.wakeUps;
    rig.time.advanceTo(WINDOW_END + MIN);
    // The reminder, the re-checks and the window's end.
    expect(rig.time.wakeUps - before).toBe(1 + MAX_PRESENCE_RECHECKS + 1);
    expect(rig.deliveries).toEqual([]);
    expect(rig.engine.snapshot().missedNight).toBe('2026-06-01');
  });
});

describe('a snoozed reminder coming back to an empty desk', () => {
  it('is held too, and shown once on return', async () => {
    const rig = await rigWith({ start: '2026-06-01T19:59:00Z' });
    rig.time.advanceTo(REMINDER);
    rig.engine.snooze();
    rig.presence = 'locked';
    rig.time.advanceTo(REMINDER + 20 * MIN);
    expect(rig.deliveries).toHaveLength(1);
    rig.presence = 'present';
    rig.engine.systemResumed();
    expect(rig.deliveries.map((d) => d.afterSnooze)).toEqual([false, true]);
    rig.engine.systemResumed();
    expect(rig.deliveries).toHaveLength(2);
  });
});

describe('the heads-up and follow-up are not shown to an empty desk', () => {
  it('a heads-up missed while away shows on return before the reminder; a follow-up not after it', async () => {
    const rig = await rigWith({ settings: { headsUpMinutes: 10, followUp: true } });
    rig.presence = 'idle';
    rig.time.advanceTo(REMINDER - 5 * MIN);
    expect(rig.nudges).toEqual([]);
    rig.presence = 'present';
    rig.engine.systemResumed();
    expect(rig.nudges).toEqual([expect.objectContaining({ kind: 'heads-up', shownAt: REMINDER - 5 * MIN })]);
    rig.time.advanceTo(BEDTIME - MIN);
    rig.presence = 'locked';
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.nudges.map((n) => n.kind)).toEqual(['heads-up']);
    expect(rig.deliveries).toHaveLength(1);
  });
});
