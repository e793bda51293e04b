import { describe, expect, it } from 'vitest';
import { cronRules } from '../../../bench/figures/cron-rules';
import { DEFAULT_SCHEDULE, type Schedule } from '../../../main/core/schedule';
import { NIGHT_KEYS } from '../../../main/core/settings/vocabulary';

function schedule(
  bedtimes: Partial<Record<(typeof NIGHT_KEYS)[number], string>>,
  leadMinutes: number,
): Schedule {
  const nights = Object.fromEntries(
    NIGHT_KEYS.map((key) => [
      key,
      { enabled: bedtimes[key] !== undefined, bedtime: bedtimes[key] ?? '22:00' },
    ]),
  ) as Schedule['nights'];
  return { nights, leadMinutes };
}

describe('cron rules for the scheduler peer', () => {
  it('writes one rule per distinct reminder time, bedtime minus the lead, Monday as cron 1', () => {
    expect(cronRules(schedule({ mon: '22:30', tue: '22:30', sat: '23:15' }, 30))).toEqual([
      '0 22 * * 1,2',
      '45 22 * * 6',
    ]);
  });

  it('moves a bedtime after midnight to the next weekday, and a lead across midnight back a day', () => {
    // Sunday night's 00:30 bedtime rings early on Monday; Monday's 00:10 with a 30-minute lead rings Monday 23:40.
    expect(cronRules(schedule({ sun: '00:30' }, 0))).toEqual(['30 0 * * 1']);
    expect(cronRules(schedule({ mon: '00:10' }, 30))).toEqual(['40 23 * * 1']);
  });

  it('covers every enabled night of the default schedule exactly once', () => {
    const days = cronRules(DEFAULT_SCHEDULE).flatMap((rule) => rule.split(' ')[4]?.split(',') ?? []);
    expect(days.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });
});
