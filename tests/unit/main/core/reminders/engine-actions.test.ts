/**
 * The engine's states and the user's choices, on Monday 2026-06-01 in Berlin (CEST, +02):
 * default schedule, so the reminder is 22:00 local (20:00Z), bedtime 22:30 (20:30Z) and the late
 * window closes at 00:00 local (22:00Z).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../main/core/reminders/types';
import { MAX_SLEEP_MS } from '../../../../../main/core/wake-timer';
import { MAX_TIMEOUT_MS } from '../../../../support/fake-time';
import { at, createRig, type Rig } from '../../../../support/reminder-harness';

const ZONE = 'Europe/Berlin';
const REMINDER = at('2026-06-01T20:00:00Z');
const BEDTIME = at('2026-06-01T20:30:00Z');
const WINDOW_END = at('2026-06-01T22:00:00Z');
const NEXT_REMINDER = at('2026-06-02T20:00:00Z');
const MIN = 60_000;

async function dueRig(): Promise<Rig> {
  const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
  rig.time.advanceTo(REMINDER);
  return rig;
}

describe('waiting and due', () => {
  it('waits for the next reminder, then shows it once, on time, and is due until acted on', async () => {
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'waiting',
      next: { at: REMINDER, bedtime: BEDTIME, night: '2026-06-01' },
      snoozesLeft: 3,
      snoozeMinutes: 10,
    });
    rig.time.advanceTo(REMINDER - 1);
    expect(rig.deliveries).toEqual([]);
    rig.time.advanceTo(REMINDER + 30 * MIN);
    expect(rig.deliveries).toEqual([
      {
        night: '2026-06-01',
        bedtime: BEDTIME,
        scheduledAt: REMINDER,
        late: false,
        afterSnooze: false,
        shownAt: REMINDER,
      },
    ]);
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'due',
      current: { night: '2026-06-01', bedtime: BEDTIME },
      next: { night: '2026-06-02', at: NEXT_REMINDER },
    });
  });

  it('stops being due when the late window closes (bedtime + 90 min) and waits for the next night', async () => {
    const rig = await dueRig();
    rig.time.advanceTo(WINDOW_END - 1);
    expect(rig.engine.snapshot().status).toBe('due');
    rig.time.advanceTo(WINDOW_END);
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'waiting',
      current: null,
      next: { night: '2026-06-02' },
    });
    expect(rig.deliveries).toHaveLength(1);
  });

  it('with no lead and no late window still shows the reminder at bedtime, and a snooze comes back', async () => {
    const schedule = defaultsWithLead(0);
    const rig = await createRig({
      start: '2026-06-01T10:00:00Z',
      zone: ZONE,
      settings: { schedule, lateWindowMinutes: 0 },
    });
    rig.time.advanceTo(BEDTIME);
    expect(rig.deliveries).toEqual([expect.objectContaining({ night: '2026-06-01', shownAt: BEDTIME })]);
    rig.engine.snooze();
    rig.time.advanceTo(BEDTIME + 10 * MIN);
    expect(rig.deliveries.at(-1)).toMatchObject({ afterSnooze: true, shownAt: BEDTIME + 10 * MIN });
  });

  it('keeps exactly one timer pending through every state change', async () => {
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
    const steps: Array<() => void> = [
      () => rig.time.advanceTo(REMINDER),
      () => rig.engine.snooze(),
      () => rig.time.advanceBy(10 * MIN),
      () => rig.engine.pause('1h'),
      () => rig.engine.resume(),
      () => rig.engine.skipTonight(),
      () => rig.engine.systemResumed(),
      () =>
        rig.engine.updateSettings({
          ...DEFAULT_REMINDER_SETTINGS,
          schedule: defaultsWithLead(45),
          snoozeMinutes: 15,
          lateWindowMinutes: 60,
        }),
      () => rig.time.advanceBy(3 * 24 * 60 * MIN),
    ];
    for (const step of steps) {
      step();
      expect(rig.time.pendingCount()).toBe(1);
    }
  });
});

function defaultsWithLead(leadMinutes: number) {
  const nights = Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((k) => [
      k,
      { enabled: true, bedtime: '22:30' },
    ]),
  ) as Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', { enabled: boolean; bedtime: string }>;
  return { nights, leadMinutes };
}

describe('snooze', () => {
  it('brings the reminder back after the configured length, at most three times a night', async () => {
    const rig = await dueRig();
    rig.engine.updateSettings({
      ...DEFAULT_REMINDER_SETTINGS,
      schedule: defaultsWithLead(30),
      snoozeMinutes: 25,
      lateWindowMinutes: 90,
    });
    rig.engine.snooze();
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'snoozed',
      snoozesLeft: 2,
      next: { at: REMINDER + 25 * MIN },
    });
    rig.time.advanceTo(REMINDER + 25 * MIN);
    expect(rig.deliveries.at(-1)).toMatchObject({
      afterSnooze: true,
      scheduledAt: REMINDER + 25 * MIN,
      late: false,
    });
    rig.engine.snooze();
    rig.time.advanceBy(25 * MIN);
    rig.engine.snooze();
    rig.time.advanceBy(25 * MIN);
    expect(rig.engine.snapshot()).toMatchObject({ status: 'due', snoozesLeft: 0 });
    rig.engine.snooze();
    expect(rig.engine.snapshot().status).toBe('due');
    expect(rig.deliveries).toHaveLength(4);
  });

  it('does nothing while merely waiting', async () => {
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
    rig.engine.snooze();
    expect(rig.engine.snapshot()).toMatchObject({ status: 'waiting', snoozesLeft: 3 });
  });

  it('gives the next night a fresh three snoozes', async () => {
    const rig = await dueRig();
    rig.engine.snooze();
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'due',
      current: { night: '2026-06-02' },
      snoozesLeft: 3,
    });
  });
});

describe('skip tonight', () => {
  it('while due: no more reminders tonight, "skipped" until the late window closes, then the next night', async () => {
    const rig = await dueRig();
    rig.engine.skipTonight();
    expect(rig.engine.snapshot()).toMatchObject({ status: 'skipped', next: { night: '2026-06-02' } });
    rig.time.advanceTo(WINDOW_END);
    expect(rig.engine.snapshot().status).toBe('waiting');
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('in the morning: tonight is skipped, tomorrow is not', async () => {
    const rig = await createRig({ start: '2026-06-01T06:00:00Z', zone: ZONE });
    rig.engine.skipTonight();
    rig.engine.skipTonight();
    expect(rig.engine.snapshot()).toMatchObject({ status: 'skipped', next: { night: '2026-06-02' } });
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-02']);
  });
});

describe('start now', () => {
  it('while due answers tonight: waiting, and not shown again', async () => {
    const rig = await dueRig();
    rig.engine.startNow();
    expect(rig.engine.snapshot()).toMatchObject({ status: 'waiting', next: { night: '2026-06-02' } });
    rig.time.advanceTo(WINDOW_END);
    expect(rig.deliveries).toHaveLength(1);
  });

  it("within three hours of tonight's reminder counts as tonight's routine", async () => {
    const rig = await createRig({ start: REMINDER - 2 * 60 * MIN, zone: ZONE });
    rig.engine.startNow();
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-02']);
  });

  it("in the morning leaves tonight's reminder in place", async () => {
    const rig = await createRig({ start: '2026-06-01T07:00:00Z', zone: ZONE });
    rig.engine.startNow();
    rig.time.advanceTo(REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01']);
  });
});

describe('pause and resume', () => {
  it('for 1 hour holds a reminder that falls inside it and shows it when the hour is up (late window permitting)', async () => {
    const rig = await createRig({ start: REMINDER - 30 * MIN, zone: ZONE });
    rig.engine.pause('1h');
    expect(rig.engine.snapshot()).toMatchObject({ status: 'paused', pausedUntil: REMINDER + 30 * MIN });
    rig.time.advanceTo(REMINDER + 30 * MIN - 1);
    expect(rig.deliveries).toEqual([]);
    rig.time.advanceTo(REMINDER + 30 * MIN);
    expect(rig.deliveries).toEqual([
      expect.objectContaining({ night: '2026-06-01', late: true, shownAt: REMINDER + 30 * MIN }),
    ]);
  });

  it('until tomorrow morning lasts until 06:00 local and silences tonight', async () => {
    const rig = await createRig({ start: REMINDER - 60 * MIN, zone: ZONE });
    rig.engine.pause('morning');
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'paused',
      pausedUntil: at('2026-06-02T04:00:00Z'),
    });
    rig.time.advanceTo(at('2026-06-02T04:00:00Z'));
    expect(rig.engine.snapshot().status).toBe('waiting');
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-02']);
  });

  it('until resumed lasts for days, without a timer longer than setTimeout allows', async () => {
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
    rig.engine.pause('indefinite');
    expect(rig.engine.snapshot()).toMatchObject({ status: 'paused', pausedUntil: null });
    const wakeAt = rig.time.nextFireAt() ?? 0;
    expect(wakeAt - rig.time.clock.now()).toBeLessThanOrEqual(Math.min(MAX_SLEEP_MS, MAX_TIMEOUT_MS));
    rig.time.advanceTo(at('2026-06-05T10:00:00Z'));
    expect(rig.deliveries).toEqual([]);
    rig.engine.resume();
    expect(rig.engine.snapshot()).toMatchObject({ status: 'waiting', next: { night: '2026-06-05' } });
    rig.time.advanceTo(at('2026-06-05T21:00:00Z'));
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-05']);
  });

  it('while due answers the reminder, so it does not come back when the pause ends', async () => {
    const rig = await dueRig();
    rig.engine.pause('1h');
    rig.time.advanceTo(REMINDER + 60 * MIN);
    expect(rig.engine.snapshot()).toMatchObject({
      status: 'waiting',
      current: null,
      next: { night: '2026-06-02' },
    });
    rig.time.advanceTo(WINDOW_END);
    expect(rig.deliveries).toHaveLength(1);
  });
});

describe('settings and robustness', () => {
  it('re-arms when settings change: an earlier bedtime tonight is honoured', async () => {
    const rig = await createRig({ start: '2026-06-01T17:00:00Z', zone: ZONE });
    const schedule = defaultsWithLead(30);
    schedule.nights.mon.bedtime = '21:00';
    rig.engine.updateSettings({
      ...DEFAULT_REMINDER_SETTINGS,
      schedule,
      snoozeMinutes: 10,
      lateWindowMinutes: 90,
    });
    rig.time.advanceTo(at('2026-06-01T18:30:00Z'));
    expect(rig.deliveries).toEqual([
      expect.objectContaining({ night: '2026-06-01', shownAt: at('2026-06-01T18:30:00Z') }),
    ]);
  });

  it('rejects invalid settings and keeps the old ones', async () => {
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
    expect(() =>
      rig.engine.updateSettings({
        ...DEFAULT_REMINDER_SETTINGS,
        schedule: defaultsWithLead(30),
        snoozeMinutes: 4,
        lateWindowMinutes: 90,
      }),
    ).toThrow(RangeError);
    expect(() =>
      rig.engine.updateSettings({
        ...DEFAULT_REMINDER_SETTINGS,
        schedule: defaultsWithLead(30),
        snoozeMinutes: 10,
        lateWindowMinutes: 241,
      }),
    ).toThrow(RangeError);
    expect(() =>
      rig.engine.updateSettings({
        ...DEFAULT_REMINDER_SETTINGS,
        schedule: defaultsWithLead(181),
        snoozeMinutes: 10,
        lateWindowMinutes: 90,
      }),
    ).toThrow(/leadMinutes/);
    expect(rig.engine.snapshot().snoozeMinutes).toBe(10);
    rig.time.advanceTo(REMINDER);
    expect(rig.deliveries).toHaveLength(1);
  });

  it('with every night off waits with no reminder and still wakes every 6 hours', async () => {
    const schedule = defaultsWithLead(30);
    for (const night of Object.values(schedule.nights)) night.enabled = false;
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE, settings: { schedule } });
    expect(rig.engine.snapshot()).toMatchObject({ status: 'waiting', next: null });
    expect((rig.time.nextFireAt() ?? 0) - rig.time.clock.now()).toBe(MAX_SLEEP_MS);
  });

  it('survives an onDue handler that throws, and logs it', async () => {
    const rig = await createRig({
      start: '2026-06-01T10:00:00Z',
      zone: ZONE,
      onDue: () => {
        throw new Error('notification service down');
      },
    });
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01', '2026-06-02']);
    expect(rig.logger.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      'onDue handler failed',
      'onDue handler failed',
    ]);
  });

  it('an action taken from inside onDue is reflected in the last snapshot sent', async () => {
    const rig = await createRig({
      start: '2026-06-01T10:00:00Z',
      zone: ZONE,
      onDue: (_due, self) => self.engine.snooze(),
    });
    rig.time.advanceTo(REMINDER);
    expect(rig.changes.at(-1)?.status).toBe('snoozed');
  });

  it('ignores actions after dispose and leaves no timer behind', async () => {
    const rig = await createRig({ start: '2026-06-01T10:00:00Z', zone: ZONE });
    rig.engine.dispose();
    // Ignored, and said so: a caller waiting on it must not hear "done".
    await expect(rig.engine.pause('1h')).rejects.toThrow(/not running/);
    rig.time.advanceTo(NEXT_REMINDER);
    expect(rig.time.pendingCount()).toBe(0);
    expect(rig.deliveries).toEqual([]);
  });
});
