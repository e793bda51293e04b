import { describe, expect, it } from 'vitest';
import { initialReminderState, parseReminderState } from '../../../../../main/core/reminders/persisted-state';
import { measureIdleWakeups } from '../../../../support/idle-wakeups';
import { at, createMemoryStore, createRig } from '../../../../support/reminder-harness';

const ZONE = 'Europe/Berlin';
// Monday 2026-06-01: the reminder is 22:00 CEST (20:00Z).
const REMINDER = at('2026-06-01T20:00:00Z');

describe('saved reminder state', () => {
  it.each([
    ['a string', 'garbage'],
    ['an array', []],
    ['a future version', { ...initialReminderState(), version: 2 }],
    ['a bad night', { ...initialReminderState(), lastDeliveredNight: 'yesterday' }],
    ['an unknown key', { ...initialReminderState(), nags: 5 }],
    [
      'too many snoozes',
      {
        ...initialReminderState(),
        snooze: { night: '2026-06-01', bedtime: 0, until: 0, count: 4, returned: false },
      },
    ],
    ['a timed pause without an end', { ...initialReminderState(), pause: { kind: '1h', until: null } }],
  ])('%s is treated as none, logged, and overwritten with a valid state', async (_label, corrupt) => {
    const store = createMemoryStore(corrupt);
    const rig = await createRig({ start: '2026-06-01T19:00:00Z', zone: ZONE, store });
    await rig.engine.flush();
    expect(rig.logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'The saved reminder state was invalid and has been reset',
      }),
    );
    expect(parseReminderState(store.document)).toEqual({ ok: true, value: initialReminderState() });
    rig.time.advanceTo(REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01']);
  });

  it('a valid state is used as is and not rewritten', async () => {
    const saved = { ...initialReminderState(), lastDeliveredNight: '2026-06-01' };
    const store = createMemoryStore(saved);
    const rig = await createRig({ start: '2026-06-01T20:10:00Z', zone: ZONE, store });
    await rig.engine.flush();
    expect(rig.deliveries).toEqual([]);
    expect(store.saveCount).toBe(0);
    expect(rig.logger.lines.filter((l) => l.level !== 'info')).toEqual([]);
  });

  it('records the delivered night before telling anyone, so a crash cannot repeat it', async () => {
    const store = createMemoryStore();
    const rig = await createRig({ start: '2026-06-01T19:00:00Z', zone: ZONE, store });
    rig.time.advanceTo(REMINDER);
    await rig.engine.flush();
    expect(store.document).toMatchObject({ version: 1, lastDeliveredNight: '2026-06-01' });
  });

  it('an unreadable store is logged and the engine runs from a clean state', async () => {
    const store = createMemoryStore();
    store.failLoads = true;
    const rig = await createRig({ start: '2026-06-01T19:00:00Z', zone: ZONE, store });
    expect(rig.logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'Could not read the reminder state; starting afresh',
      }),
    );
    rig.time.advanceTo(REMINDER);
    expect(rig.deliveries).toHaveLength(1);
  });

  it('a failing save is logged and does not stop reminders', async () => {
    const store = createMemoryStore();
    store.failSaves = true;
    const rig = await createRig({ start: '2026-06-01T19:00:00Z', zone: ZONE, store });
    rig.time.advanceTo(REMINDER);
    await rig.engine.flush();
    expect(rig.logger.lines).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'Could not save the reminder state' }),
    );
    rig.time.advanceTo(at('2026-06-02T20:00:00Z'));
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('a last-reminded night far in the future (a clock that was wrong) is forgotten, with a warning', async () => {
    const store = createMemoryStore({ ...initialReminderState(), lastDeliveredNight: '2031-01-01' });
    const rig = await createRig({ start: '2026-06-01T19:00:00Z', zone: ZONE, store });
    rig.time.advanceTo(REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01']);
    expect(rig.logger.lines.some((l) => l.level === 'warn' && l.message.includes('2031-01-01'))).toBe(true);
  });
});

describe('idle wake-ups', () => {
  it('with one reminder a night and nobody acting, the engine wakes at most 6 times a day', async () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']) {
      const perDay = await measureIdleWakeups(60, zone);
      expect(perDay).toBeLessThanOrEqual(6);
      // Reminder, follow-up, end of the late window, and the 8-hourly checks in between.
      expect(perDay).toBeGreaterThanOrEqual(4);
    }
  });

  it.each([
    ['both off', { headsUpMinutes: null, followUp: false }, 4],
    ['the follow-up on (the default)', { headsUpMinutes: null, followUp: true }, 5],
    ['heads-up and follow-up on', { headsUpMinutes: 10, followUp: true }, 6],
  ] as const)('with %s: %i wake-ups a day', async (_, settings, expected) => {
    expect(await measureIdleWakeups(60, 'Europe/Berlin', settings)).toBe(expected);
  });
});
