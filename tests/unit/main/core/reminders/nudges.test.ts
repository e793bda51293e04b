/**
 * The heads-up and the one follow-up at bedtime, on Monday 2026-06-01 in Berlin (CEST, +02):
 * default schedule, so the reminder is 22:00 local (20:00Z), bedtime 22:30 (20:30Z), the late
 * window closes at 00:00 local (22:00Z); a 10-minute heads-up comes at 21:50 (19:50Z).
 */
import { describe, expect, it } from 'vitest';
import { initialReminderState } from '../../../../../main/core/reminders/persisted-state';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../main/core/reminders/types';
import { at, createMemoryStore, createRig, type RigOptions } from '../../../../support/reminder-harness';

const ZONE = 'Europe/Berlin';
const HEADS_UP = at('2026-06-01T19:50:00Z');
const REMINDER = at('2026-06-01T20:00:00Z');
const BEDTIME = at('2026-06-01T20:30:00Z');
const WINDOW_END = at('2026-06-01T22:00:00Z');
const MIN = 60_000;

const rigWith = (options: Partial<RigOptions> = {}) =>
  createRig({
    start: '2026-06-01T12:00:00Z',
    zone: ZONE,
    ...options,
    settings: { headsUpMinutes: 10, followUp: true, ...options.settings },
  });
const kinds = (rig: Awaited<ReturnType<typeof rigWith>>) => rig.nudges.map((n) => `${n.kind}@${n.shownAt}`);

describe('heads-up', () => {
  it('comes once, the set minutes before the reminder, and names when the reminder comes', async () => {
    const rig = await rigWith({ settings: { followUp: false } });
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.nudges).toEqual([
      { kind: 'heads-up', night: '2026-06-01', reminderAt: REMINDER, shownAt: HEADS_UP },
    ]);
    expect(rig.deliveries.map((d) => d.shownAt)).toEqual([REMINDER]);
  });

  it('is off by default', async () => {
    expect(DEFAULT_REMINDER_SETTINGS.headsUpMinutes).toBeNull();
    const rig = await createRig({ start: '2026-06-01T12:00:00Z', zone: ZONE, settings: { followUp: false } });
    rig.time.advanceTo(WINDOW_END);
    expect(rig.nudges).toEqual([]);
  });

  it('is not shown again after a restart between it and the reminder', async () => {
    const first = await rigWith();
    first.time.advanceTo(HEADS_UP + MIN);
    const second = await first.restart();
    second.time.advanceTo(REMINDER);
    expect(first.nudges).toHaveLength(1);
    expect(second.nudges).toEqual([]);
    expect(second.deliveries).toHaveLength(1);
  });

  it('never comes after its reminder: asleep through both, only the (late) reminder is shown', async () => {
    const rig = await rigWith({ start: '2026-06-01T19:40:00Z' });
    rig.time.suspend(25 * MIN);
    rig.engine.systemResumed();
    expect(rig.nudges).toEqual([]);
    expect(rig.deliveries).toEqual([expect.objectContaining({ late: true })]);
  });

  it('is not shown for a skipped night, nor while paused', async () => {
    const skipped = await rigWith();
    skipped.engine.skipTonight();
    skipped.time.advanceTo(WINDOW_END);
    expect(skipped.nudges).toEqual([]);

    const paused = await rigWith({ start: '2026-06-01T19:00:00Z' });
    paused.engine.pause('1h');
    paused.time.advanceTo(REMINDER - MIN);
    expect(paused.nudges).toEqual([]);
  });
});

describe('follow-up at bedtime', () => {
  it('is on by default and comes once at bedtime when the reminder is unanswered; then quiet', async () => {
    expect(DEFAULT_REMINDER_SETTINGS.followUp).toBe(true);
    const rig = await createRig({ start: '2026-06-01T12:00:00Z', zone: ZONE });
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.nudges).toEqual([
      { kind: 'follow-up', night: '2026-06-01', bedtime: BEDTIME, shownAt: BEDTIME },
    ]);
    expect(rig.deliveries).toHaveLength(1);
  });

  it.each([
    ['snoozed', 'snooze'],
    ['skipped', 'skip-tonight'],
    ['started', 'start-now'],
  ] as const)('does not come when the reminder was %s', async (_, action) => {
    const rig = await rigWith({ settings: { headsUpMinutes: null } });
    rig.time.advanceTo(REMINDER);
    rig.engine.act(action);
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.nudges).toEqual([]);
  });

  it('a snooze leaves at most the reminder and its return: never a third notification', async () => {
    const rig = await rigWith({ settings: { headsUpMinutes: null } });
    rig.time.advanceTo(REMINDER + 5 * MIN);
    rig.engine.snooze();
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.deliveries.map((d) => d.afterSnooze)).toEqual([false, true]);
    expect(rig.nudges).toEqual([]);
  });

  it('is not shown twice across a restart at bedtime', async () => {
    const first = await rigWith();
    first.time.advanceTo(BEDTIME + MIN);
    const second = await first.restart();
    second.time.advanceTo(WINDOW_END + MIN);
    expect(kinds(first)).toEqual([`heads-up@${HEADS_UP}`, `follow-up@${BEDTIME}`]);
    expect(second.nudges).toEqual([]);
  });

  it('is dropped when the reminder itself came at or near bedtime (lead 0, or late after sleep)', async () => {
    const schedule = { ...DEFAULT_REMINDER_SETTINGS.schedule, leadMinutes: 0 };
    const leadZero = await rigWith({ settings: { schedule, headsUpMinutes: null } });
    leadZero.time.advanceTo(WINDOW_END);
    expect(leadZero.deliveries).toHaveLength(1);
    expect(leadZero.nudges).toEqual([]);

    const slept = await rigWith({ start: '2026-06-01T19:55:00Z', settings: { headsUpMinutes: null } });
    slept.time.suspend(40 * MIN);
    slept.engine.systemResumed();
    slept.time.advanceTo(WINDOW_END);
    expect(slept.deliveries).toEqual([expect.objectContaining({ late: true })]);
    expect(slept.nudges).toEqual([]);
  });

  it('is off when the setting is off', async () => {
    const rig = await rigWith({ settings: { headsUpMinutes: null, followUp: false } });
    rig.time.advanceTo(WINDOW_END + MIN);
    expect(rig.nudges).toEqual([]);
  });
});

describe('settings and stored state', () => {
  it('rejects a heads-up outside 5 to 60 minutes and keeps the old settings', async () => {
    const rig = await rigWith();
    for (const headsUpMinutes of [4, 61, 10.5]) {
      expect(() => rig.engine.updateSettings({ ...DEFAULT_REMINDER_SETTINGS, headsUpMinutes })).toThrow(
        /headsUpMinutes/,
      );
    }
    rig.time.advanceTo(REMINDER);
    expect(rig.nudges.map((n) => n.shownAt)).toEqual([HEADS_UP]);
  });

  it('a state saved before heads-ups existed loads as it was, with neither shown yet', async () => {
    const { headsUpNight, followUpNight, ...older } = {
      ...initialReminderState(),
      lastDeliveredNight: '2026-05-31',
    };
    expect([headsUpNight, followUpNight]).toEqual([null, null]);
    const rig = await rigWith({ store: createMemoryStore(older) });
    rig.time.advanceTo(BEDTIME);
    expect(rig.logger.lines.filter((l) => l.level !== 'info')).toEqual([]);
    expect(kinds(rig)).toEqual([`heads-up@${HEADS_UP}`, `follow-up@${BEDTIME}`]);
  });
});
