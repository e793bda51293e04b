/**
 * A time zone Unknot can always use (issue 12, case 2). The system may report a zone name that
 * Temporal rejects; the system's current UTC offset then stands in, Settings says so, and
 * reminders, the routine record, the check-in and the history view all keep working.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import { resolveTimeZone } from '../../../../main/core/time-zone';
import { createSystemClock } from '../../../../main/services/runtime-ports';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';

// Tuesday 24 Nov 2026, 06:00 UTC. The default Tuesday reminder is 22:00 local (bedtime 22:30, lead 30).
const START = Date.parse('2026-11-24T06:00:00Z');
const MIN = 60_000;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-zone-'));
  await seedSettings(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// [what the system is like, the zone name it reports, its UTC offset (minutes east), the notice]
const CASES: ReadonlyArray<[string, string | undefined, number, string | null]> = [
  ['TZ empty', 'Etc/Unknown', 0, "Your system's time zone could not be read; using UTC+00:00."],
  [
    'TZ=GMT+5 (POSIX: five hours west)',
    'GMT+05:00',
    -300,
    "Your system's time zone could not be read; using UTC-05:00.",
  ],
  [
    'Etc/Unknown on a machine in India',
    'Etc/Unknown',
    330,
    "Your system's time zone could not be read; using UTC+05:30.",
  ],
  [
    'no name at all (TZ=:/etc/localtime)',
    undefined,
    120,
    "Your system's time zone could not be read; using UTC+02:00.",
  ],
  ['a misspelled name', 'Europe/Berln', 60, "Your system's time zone could not be read; using UTC+01:00."],
  ['a valid name', 'America/New_York', -300, null],
];

describe('time-zone matrix', () => {
  it.each(CASES)(
    '%s: reminders on the offset used, history and check-in working',
    async (_label, zoneName, offset, notice) => {
      const time = createFakeTime(START, 'UTC');
      const clock = createSystemClock({
        now: () => time.clock.now(),
        zoneName: () => zoneName,
        utcOffsetMinutes: () => offset,
      });
      const shell = createFakeShell();
      const app = createTestApp({ userDataDir: dir, clock, timers: time.timers, shell });
      await app.start();
      try {
        // 22:00 local on Tuesday, in UTC: the wall time minus the offset.
        const reminderAt = Date.parse('2026-11-24T22:00:00Z') - offset * MIN;
        const unwinds = () => shell.notifier.shown.filter((n) => n.title === 'Time to unwind').length;
        expect(shell.tray.last()?.tooltip).not.toContain('No bedtime set');
        time.advanceTo(reminderAt - 1);
        expect(unwinds()).toBe(0);
        time.advanceTo(reminderAt);
        expect(unwinds()).toBe(1);

        expect(await app.dispatch(INVOKE_CHANNELS.getSettings, undefined)).toMatchObject({
          ok: true,
          value: { timeZoneNotice: notice },
        });
        const summary = {
          startedAt: reminderAt + 5 * MIN,
          endedAt: reminderAt + 15 * MIN,
          preset: 'standard',
          completed: true,
          stepsDone: [],
          stepsSkipped: [],
        };
        expect(await app.dispatch(INVOKE_CHANNELS.recordSession, summary)).toEqual({
          ok: true,
          value: { night: '2026-11-24' },
        });
        expect(await app.dispatch(INVOKE_CHANNELS.logCheckin, { soreness: 3 })).toMatchObject({ ok: true });
        expect(await app.dispatch(INVOKE_CHANNELS.getHistory, undefined)).toMatchObject({ ok: true });
        expect(await app.dispatch(INVOKE_CHANNELS.exportData, 'history-csv')).toMatchObject({ ok: true });
      } finally {
        app.dispose();
        await app.flush();
      }
    },
  );

  it('re-reads the offset at every wake-up: a fixed zone follows the system when it changes', () => {
    let offset = 60;
    const clock = createSystemClock({
      now: () => START,
      zoneName: () => undefined,
      utcOffsetMinutes: () => offset,
    });
    expect(clock.timeZone()).toBe('Etc/GMT-1');
    offset = 120;
    expect(clock.timeZone()).toBe('Etc/GMT-2');
    expect(clock.timeZoneNotice?.()).toBe("Your system's time zone could not be read; using UTC+02:00.");
  });

  it('keeps a zone Temporal accepts as it is', () => {
    expect(resolveTimeZone('Europe/Berlin', 60)).toEqual({ zone: 'Europe/Berlin', notice: null });
  });
});
