import { describe, expect, it } from 'vitest';
import { toCheckinRecord } from '../../../../../main/core/history/checkin';
import { addDays } from '../../../../../main/core/history/local-date';
import type { CheckinRecord, HistoryRecord, SessionRecord } from '../../../../../main/core/history/records';
import {
  compareRoutine,
  latestCheckins,
  persistence,
  routineNights,
  streak,
  trend,
} from '../../../../../main/core/history/stats';
import { toSessionRecord } from '../../../../../main/core/history/summary';
import { nightOf } from '../../../../../main/core/schedule';

const TODAY = '2026-11-24';

const checkin = (localDate: string, soreness: number, at = `${localDate}T07:00:00.000Z`): CheckinRecord => ({
  v: 2,
  type: 'checkin',
  at,
  localDate,
  soreness,
});
const session = (night: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  v: 2,
  type: 'session',
  startedAt: `${night}T21:00:00.000Z`,
  endedAt: `${night}T21:12:00.000Z`,
  night,
  preset: 'standard',
  stepsDone: ['chin-tuck'],
  stepsSkipped: [],
  completed: true,
  ...extra,
});
/** Mornings `daysAgo[i]` days before TODAY with soreness `values[i]`. */
const mornings = (values: readonly number[], firstDaysAgo = 0): HistoryRecord[] =>
  values.map((soreness, i) => checkin(addDays(TODAY, -(firstDaysAgo + i)), soreness));

describe('the morning log', () => {
  it('takes the latest entry per morning (a second check-in the same day replaces the first)', () => {
    const byDate = latestCheckins([checkin(TODAY, 7), session('2026-11-23'), checkin(TODAY, 3)]);
    expect(byDate.get(TODAY)?.soreness).toBe(3);
    expect(byDate.size).toBe(1);
  });

  it('files a morning under the local date where it was logged (time-zone changes)', () => {
    const at = Date.parse('2026-06-02T22:30:00Z');
    expect(toCheckinRecord({ soreness: 4 }, at, 'Asia/Tokyo').localDate).toBe('2026-06-03'); // 07:30
    expect(toCheckinRecord({ soreness: 4 }, at, 'America/New_York').localDate).toBe('2026-06-02'); // 18:30
    expect(toCheckinRecord({ soreness: 4, note: '  ' }, at, 'UTC')).not.toHaveProperty('note');
  });
});

describe('streak', () => {
  it('counts consecutive routine nights ending tonight, or last night when tonight is not done yet', () => {
    const nights = routineNights([session('2026-11-21'), session('2026-11-22'), session('2026-11-23')]);
    expect(streak(nights, '2026-11-24')).toBe(3);
    expect(streak(new Set([...nights, '2026-11-24']), '2026-11-24')).toBe(4);
    expect(streak(nights, '2026-11-25')).toBe(0);
    expect(streak(new Set(['2026-11-20', '2026-11-22', '2026-11-23']), '2026-11-24')).toBe(2);
  });

  it('counts a session ended early with a step done, not one abandoned before any step', () => {
    const nights = routineNights([
      session('2026-11-22', { completed: false, stepsDone: ['chin-tuck'] }),
      session('2026-11-23', { completed: false, stepsDone: [] }),
    ]);
    expect([...nights]).toEqual(['2026-11-22']);
  });

  it('is not broken by DST nights (23- and 25-hour nights, a routine after midnight)', () => {
    const zone = 'Europe/Berlin';
    const at = (iso: string) => {
      const t = Date.parse(iso);
      return toSessionRecord(
        {
          startedAt: t,
          endedAt: t + 600_000,
          preset: 'standard',
          stepsDone: ['chin-tuck'],
          stepsSkipped: [],
          completed: true,
        },
        zone,
      );
    };
    // Autumn: clocks go back at 03:00 on Sunday 25 Oct 2026; the 00:30 routine belongs to Sunday night.
    const autumn = [
      at('2026-10-24T23:30:00+02:00'),
      at('2026-10-26T00:30:00+01:00'),
      at('2026-10-26T22:00:00+01:00'),
    ];
    expect(autumn.map((r) => r.night)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    const tonight = nightOf(new Date('2026-10-27T09:00:00+01:00'), zone);
    expect(streak(routineNights(autumn), tonight)).toBe(3);
    // Spring: clocks go forward at 02:00 on Sunday 29 Mar 2026.
    const spring = [
      at('2026-03-28T22:00:00+01:00'),
      at('2026-03-30T01:30:00+02:00'),
      at('2026-03-30T22:00:00+02:00'),
    ];
    expect(spring.map((r) => r.night)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(streak(routineNights(spring), nightOf(new Date('2026-03-30T23:00:00+02:00'), zone))).toBe(3);
  });

  it('follows the local evening across a time-zone change', () => {
    const t1 = Date.parse('2026-06-01T22:00:00-04:00'); // New York, Monday evening
    const t2 = Date.parse('2026-06-02T22:00:00+02:00'); // Berlin, Tuesday evening, after the flight
    const payload = {
      preset: 'standard' as const,
      stepsDone: ['chin-tuck'],
      stepsSkipped: [],
      completed: true,
    };
    const records = [
      toSessionRecord({ ...payload, startedAt: t1, endedAt: t1 + 1 }, 'America/New_York'),
      toSessionRecord({ ...payload, startedAt: t2, endedAt: t2 + 1 }, 'Europe/Berlin'),
    ];
    expect(
      streak(routineNights(records), nightOf(new Date('2026-06-03T08:00:00+02:00'), 'Europe/Berlin')),
    ).toBe(2);
  });
});

describe('insight: mornings after routine nights against other mornings', () => {
  it('pairs morning D with night D-1 and is shown only with at least 5 of each in the last 28 days', () => {
    // Mornings 1..10 days ago; the nights before the odd-days-ago mornings had a routine.
    const records: HistoryRecord[] = [];
    for (let k = 1; k <= 10; k += 1) {
      records.push(checkin(addDays(TODAY, -k), k % 2 === 1 ? 2 : 6));
      if (k % 2 === 1) records.push(session(addDays(TODAY, -k - 1)));
    }
    const full = compareRoutine(latestCheckins(records), routineNights(records), TODAY);
    expect(full).toEqual({ after: { count: 5, sum: 10 }, other: { count: 5, sum: 30 }, shown: true });
    const fewer = records.filter((r) => !(r.type === 'checkin' && r.localDate === addDays(TODAY, -10)));
    expect(compareRoutine(latestCheckins(fewer), routineNights(fewer), TODAY)).toMatchObject({
      other: { count: 4 },
      shown: false,
    });
  });

  it('looks only at the last 28 days', () => {
    const records = [...mornings([5, 5, 5, 5, 5], 28), ...mornings([5, 5, 5, 5, 5], 0)];
    expect(compareRoutine(latestCheckins(records), new Set(), TODAY).other.count).toBe(5);
  });
});

describe('nudge: soreness that persists', () => {
  const sore = (n: number) => [...Array<number>(n).fill(4), ...Array<number>(14 - n).fill(3)];

  it('exactly 10 of the last 14 logged mornings at 4 or more -> nudge; 9 -> none', () => {
    expect(persistence(latestCheckins(mornings(sore(10))), TODAY)).toEqual({
      sore: 10,
      of: 14,
      persists: true,
    });
    expect(persistence(latestCheckins(mornings(sore(9))), TODAY)).toEqual({
      sore: 9,
      of: 14,
      persists: false,
    });
  });

  it('counts logged mornings, not days: gaps are skipped, older mornings beyond 14 are not counted', () => {
    // 14 logged mornings every other day, 9 sore, plus a 15th, older and sore, that is not counted.
    const records = [
      ...sore(9).map((s, i) => checkin(addDays(TODAY, -2 * i), s)),
      checkin(addDays(TODAY, -27), 9),
    ];
    expect(persistence(latestCheckins(records), TODAY)).toMatchObject({ sore: 9, of: 14, persists: false });
  });

  it('ignores mornings older than 28 days', () => {
    expect(persistence(latestCheckins(mornings(Array<number>(14).fill(8), 28)), TODAY)).toMatchObject({
      of: 0,
      persists: false,
    });
  });
});

describe('nudge: soreness that worsens', () => {
  /** 10 mornings in the last 14 days summing to `recentSum`, 10 in the 14 before at 3/10. */
  const fortnights = (recentSum: number): HistoryRecord[] => {
    const recent = Array<number>(10).fill(Math.floor(recentSum / 10));
    for (let i = 0; i < recentSum % 10; i += 1) recent[i] = (recent[i] ?? 0) + 1;
    return [...mornings(recent, 0), ...mornings(Array<number>(10).fill(3), 14)];
  };

  it('up by exactly 2.0 -> nudge; 1.9 -> none', () => {
    const up20 = trend(latestCheckins(fortnights(50)), TODAY);
    expect(up20).toMatchObject({ shown: true, worsening: true });
    expect(up20.change).toBeCloseTo(2.0);
    const up19 = trend(latestCheckins(fortnights(49)), TODAY);
    expect(up19).toMatchObject({ shown: true, worsening: false });
    expect(up19.change).toBeCloseTo(1.9);
  });

  it('compares in whole numbers, so an exact +2 between repeating decimals still counts', () => {
    // recent: 7 mornings summing 36 (5.142857…); before: 7 summing 22 (3.142857…): exactly +2.
    const recent = [6, 6, 6, 6, 4, 4, 4];
    const before = [4, 4, 4, 4, 2, 2, 2];
    expect(trend(latestCheckins([...mornings(recent, 0), ...mornings(before, 14)]), TODAY).worsening).toBe(
      true,
    );
  });

  it('needs at least 5 logged mornings in each fortnight', () => {
    const records = [...mornings([9, 9, 9, 9], 0), ...mornings([1, 1, 1, 1, 1], 14)];
    expect(trend(latestCheckins(records), TODAY)).toMatchObject({ shown: false, worsening: false });
  });
});
