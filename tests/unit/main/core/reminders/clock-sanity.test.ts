/**
 * Clocks that were wrong and then corrected (issue 12, cases 5 and 6): a remembered night far
 * ahead of the corrected clock must never silence reminders, and a clock that was a few days fast
 * costs no real nights once it is put right.
 */
import { describe, expect, it } from 'vitest';
import { at, createRig } from '../../../../support/reminder-harness';

const ZONE = 'Europe/Berlin';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('clock sanity', () => {
  it('a snooze, then the clock set back a year (dead clock battery): reminded every night, never stuck due', async () => {
    const rig = await createRig({ start: '2026-06-01T19:00:00Z', zone: ZONE });
    rig.time.advanceTo(at('2026-06-01T20:00:00Z'));
    rig.engine.snooze();
    rig.time.setWallClock(at('2025-06-01T10:00:00Z'));
    rig.engine.systemResumed();
    rig.time.advanceTo(at('2025-06-03T21:00:00Z'));
    expect(rig.deliveries.map((d) => d.night)).toEqual([
      '2026-06-01',
      '2025-06-01',
      '2025-06-02',
      '2025-06-03',
    ]);
    expect(rig.engine.snapshot().status).toBe('due');
    expect(rig.engine.snapshot().current?.night).toBe('2025-06-03');
  });

  // One day ahead is within what time zones need (see the date-line case), so it is kept.
  it.each([2, 3, 7])('a clock %i days fast, once corrected, costs no real night', async (daysFast) => {
    const real = at('2026-06-01T19:00:00Z');
    const rig = await createRig({ start: real + daysFast * DAY, zone: ZONE });
    rig.time.advanceTo(real + daysFast * DAY + HOUR + 5 * MIN);
    rig.time.setWallClock(real);
    rig.engine.systemResumed();
    rig.time.advanceTo(at('2026-06-03T21:00:00Z'));
    const fastNight = new Date(real + daysFast * DAY).toISOString().slice(0, 10);
    expect(rig.deliveries.map((d) => d.night)).toEqual([fastNight, '2026-06-01', '2026-06-02', '2026-06-03']);
  });

  it('crossing the date line westwards after the reminder does not repeat that night', async () => {
    // 22:00 on Kiritimati (UTC+14) is 21:00 the day before in Pago Pago (UTC-11), a day behind.
    const rig = await createRig({ start: '2026-06-01T07:00:00Z', zone: 'Pacific/Kiritimati' });
    rig.time.advanceTo(at('2026-06-01T08:05:00Z'));
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01']);
    rig.time.setTimeZone('Pacific/Pago_Pago');
    rig.engine.systemResumed();
    rig.time.advanceTo(at('2026-06-03T10:00:00Z'));
    expect(rig.deliveries.map((d) => d.night)).toEqual(['2026-06-01', '2026-06-02']);
  });
});
