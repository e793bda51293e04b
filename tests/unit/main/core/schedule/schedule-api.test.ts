import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE,
  ScheduleError,
  nextMorning,
  nextReminder,
  nightOf,
  type Schedule,
  type ScheduleErrorCode,
} from '../../../../../main/core/schedule';
import { everyNight, scheduleOf } from './support';

const AFTER = new Date('2026-06-01T12:00:00Z');

function errorCode(run: () => unknown): ScheduleErrorCode | 'no error' | 'other error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof ScheduleError ? error.code : 'other error';
  }
}

describe('DEFAULT_SCHEDULE', () => {
  it('is 22:30 Sunday–Thursday nights, 23:30 Friday and Saturday nights, all on, lead 30', () => {
    expect(DEFAULT_SCHEDULE).toEqual({
      nights: {
        mon: { enabled: true, bedtime: '22:30' },
        tue: { enabled: true, bedtime: '22:30' },
        wed: { enabled: true, bedtime: '22:30' },
        thu: { enabled: true, bedtime: '22:30' },
        fri: { enabled: true, bedtime: '23:30' },
        sat: { enabled: true, bedtime: '23:30' },
        sun: { enabled: true, bedtime: '22:30' },
      },
      leadMinutes: 30,
    });
    expect(Object.isFrozen(DEFAULT_SCHEDULE.nights)).toBe(true);
  });

  it('gives Friday night its 23:30 bedtime (2026-06-05 is a Friday, BST)', () => {
    const reminder = nextReminder(DEFAULT_SCHEDULE, new Date('2026-06-05T12:00:00Z'), 'Europe/London');
    expect(reminder).toEqual({
      night: '2026-06-05',
      bedtime: new Date('2026-06-05T22:30:00Z'),
      at: new Date('2026-06-05T22:00:00Z'),
    });
  });
});

describe('nights after midnight', () => {
  it('"Friday 00:30" is Saturday 00:30 on the wall clock and belongs to Friday night', () => {
    // 2026-06-05 is a Friday; Berlin is on CEST (+02).
    const reminder = nextReminder(
      scheduleOf({ fri: '00:30' }, 15),
      new Date('2026-06-05T12:00:00Z'),
      'Europe/Berlin',
    );
    expect(reminder).toEqual({
      night: '2026-06-05',
      bedtime: new Date('2026-06-05T22:30:00Z'),
      at: new Date('2026-06-05T22:15:00Z'),
    });
  });

  it('05:59 still belongs to the evening before, 06:00 to its own day', () => {
    const late = nextReminder(scheduleOf({ mon: '05:59' }), new Date('2026-06-01T00:00:00Z'), 'UTC');
    const early = nextReminder(scheduleOf({ tue: '06:00' }), new Date('2026-06-01T00:00:00Z'), 'UTC');
    expect(late).toMatchObject({ night: '2026-06-01', bedtime: new Date('2026-06-02T05:59:00Z') });
    expect(early).toMatchObject({ night: '2026-06-02', bedtime: new Date('2026-06-02T06:00:00Z') });
  });

  it('a night whose after-midnight bedtime is still ahead is found from the next morning', () => {
    // 01:00 local on Tuesday; Monday night's 02:00 bedtime has not come yet.
    const reminder = nextReminder(scheduleOf({ mon: '02:00' }), new Date('2026-06-02T01:00:00Z'), 'UTC');
    expect(reminder?.night).toBe('2026-06-01');
  });
});

describe('nextReminder input checks', () => {
  it('returns null when no night is enabled', () => {
    expect(nextReminder(scheduleOf({}), AFTER, 'Europe/Berlin')).toBeNull();
  });

  it.each(['24:00', '7:30', '07:60', '', 'ab:cd', ' 07:30', '07:30 ', '07-30', '０７:３０'])(
    'rejects the bedtime %j with invalid-bedtime',
    (bedtime) => {
      const schedule = everyNight('22:00');
      schedule.nights.wed = { enabled: false, bedtime };
      expect(errorCode(() => nextReminder(schedule, AFTER, 'UTC'))).toBe('invalid-bedtime');
    },
  );

  it('rejects a bedtime that is not a string', () => {
    const schedule = JSON.parse('{"nights":{},"leadMinutes":0}') as Schedule;
    expect(errorCode(() => nextReminder(schedule, AFTER, 'UTC'))).toBe('invalid-bedtime');
  });

  it.each([-1, 181, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects the lead %s with invalid-lead',
    (lead) => {
      expect(errorCode(() => nextReminder(everyNight('22:00', lead), AFTER, 'UTC'))).toBe('invalid-lead');
    },
  );

  it('accepts the lead bounds 0 and 180', () => {
    expect(nextReminder(everyNight('22:00', 0), AFTER, 'UTC')?.at).toEqual(new Date('2026-06-01T22:00:00Z'));
    expect(nextReminder(everyNight('22:00', 180), AFTER, 'UTC')?.at).toEqual(
      new Date('2026-06-01T19:00:00Z'),
    );
  });

  it.each(['Mars/Olympus_Mons', '', 'Europe/Berlinn'])(
    'rejects the zone %j with unknown-time-zone',
    (zone) => {
      expect(errorCode(() => nextReminder(everyNight('22:00'), AFTER, zone))).toBe('unknown-time-zone');
      expect(errorCode(() => nextReminder(scheduleOf({}), AFTER, zone))).toBe('unknown-time-zone');
    },
  );

  it('rejects an invalid Date with invalid-instant', () => {
    expect(errorCode(() => nextReminder(everyNight('22:00'), new Date(Number.NaN), 'UTC'))).toBe(
      'invalid-instant',
    );
  });

  it('reports an instant at the end of time as out-of-range, not a wrong date', () => {
    expect(errorCode(() => nextReminder(everyNight('22:00'), new Date(8.64e15), 'UTC'))).toBe('out-of-range');
  });
});

describe('nightOf', () => {
  it.each([
    ['2026-06-05T21:00:00Z', '2026-06-05'], // Fri 23:00 CEST
    ['2026-06-06T03:59:00Z', '2026-06-05'], // Sat 05:59 CEST: still Friday night
    ['2026-06-06T04:00:00Z', '2026-06-06'], // Sat 06:00 CEST
  ])('%s in Berlin is the night of %s', (instant, night) => {
    expect(nightOf(new Date(instant), 'Europe/Berlin')).toBe(night);
  });
});

describe('nextMorning', () => {
  it('is 06:00 local of the coming morning', () => {
    expect(nextMorning(new Date('2026-06-05T20:00:00Z'), 'Europe/Berlin')).toEqual(
      new Date('2026-06-06T04:00:00Z'),
    );
  });

  it('is later the same day when it is still before 06:00', () => {
    expect(nextMorning(new Date('2026-06-06T01:00:00Z'), 'Europe/Berlin')).toEqual(
      new Date('2026-06-06T04:00:00Z'),
    );
  });

  it('follows a DST change: 06:00 EDT on the spring-forward Sunday', () => {
    expect(nextMorning(new Date('2026-03-08T03:00:00Z'), 'America/New_York')).toEqual(
      new Date('2026-03-08T10:00:00Z'),
    );
  });
});
