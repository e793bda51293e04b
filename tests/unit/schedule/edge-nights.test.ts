/**
 * The hard nights of 2026 (and Apia's missing day in 2011). Each expected instant was worked out by
 * hand from the transition listed in the tzdata check below, then confirmed with Temporal.
 */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { nextReminder } from '../../../main/core/schedule';
import type { NightKey } from '../../../main/core/settings/vocabulary';
import { everyNight, scheduleOf } from './support';

function transitions(zone: string, year: number): string[] {
  const end = Temporal.ZonedDateTime.from({ year: year + 1, month: 1, day: 1, timeZone: zone });
  let at = Temporal.ZonedDateTime.from({ year, month: 1, day: 1, timeZone: zone });
  const found: string[] = [];
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (!next || Temporal.ZonedDateTime.compare(next, end) >= 0) return found;
    const before = next.subtract({ nanoseconds: 1 });
    found.push(
      `${before.toPlainDateTime().toString({ smallestUnit: 'minute' })}${before.offset} -> ${next.toString({ timeZoneName: 'never' })}`,
    );
    at = next;
  }
}

describe('installed tzdata has the transitions these tests rely on', () => {
  // prettier-ignore
  it.each([
    ['America/New_York', ['2026-03-08T01:59-05:00 -> 2026-03-08T03:00:00-04:00', '2026-11-01T01:59-04:00 -> 2026-11-01T01:00:00-05:00']],
    ['Europe/London', ['2026-03-29T00:59+00:00 -> 2026-03-29T02:00:00+01:00', '2026-10-25T01:59+01:00 -> 2026-10-25T01:00:00+00:00']],
    ['Europe/Berlin', ['2026-03-29T01:59+01:00 -> 2026-03-29T03:00:00+02:00', '2026-10-25T02:59+02:00 -> 2026-10-25T02:00:00+01:00']],
    ['Australia/Lord_Howe', ['2026-04-05T01:59+11:00 -> 2026-04-05T01:30:00+10:30', '2026-10-04T01:59+10:30 -> 2026-10-04T02:30:00+11:00']],
    ['Pacific/Chatham', ['2026-04-05T03:44+13:45 -> 2026-04-05T02:45:00+12:45', '2026-09-27T02:44+12:45 -> 2026-09-27T03:45:00+13:45']],
    ['America/Santiago', ['2026-04-04T23:59-03:00 -> 2026-04-04T23:00:00-04:00', '2026-09-05T23:59-04:00 -> 2026-09-06T01:00:00-03:00']],
    ['Asia/Beirut', ['2026-03-28T23:59+02:00 -> 2026-03-29T01:00:00+03:00', '2026-10-24T23:59+03:00 -> 2026-10-24T23:00:00+02:00']],
    ['Africa/Cairo', ['2026-04-23T23:59+02:00 -> 2026-04-24T01:00:00+03:00', '2026-10-29T23:59+03:00 -> 2026-10-29T23:00:00+02:00']],
    ['America/Havana', ['2026-03-07T23:59-05:00 -> 2026-03-08T01:00:00-04:00', '2026-11-01T00:59-04:00 -> 2026-11-01T00:00:00-05:00']],
    ['America/Nuuk', ['2026-03-28T22:59-02:00 -> 2026-03-29T00:00:00-01:00', '2026-10-24T23:59-01:00 -> 2026-10-24T23:00:00-02:00']],
    ['Asia/Kathmandu', []],
  ])('%s in 2026', (zone, expected) => {
    expect(transitions(zone, 2026)).toEqual(expected);
  });

  it('Pacific/Apia jumped from 2011-12-29 24:00 -10:00 straight to 2011-12-31 00:00 +14:00', () => {
    expect(transitions('Pacific/Apia', 2011).at(-1)).toBe(
      '2011-12-29T23:59-10:00 -> 2011-12-31T00:00:00+14:00',
    );
  });
});

type EdgeCase = {
  name: string;
  zone: string;
  after: string;
  nights: Partial<Record<NightKey, string>>;
  lead: number;
  night: string;
  bedtime: string;
  at: string;
};

// One case per line reads as a table.
// prettier-ignore
const cases: EdgeCase[] = [
  // 02:30 does not exist: read with EST (-5), i.e. 07:30Z, shown as 03:30 EDT.
  { name: 'New York spring-forward, bedtime in the gap', zone: 'America/New_York', after: '2026-03-07T12:00:00Z', nights: { sat: '02:30' }, lead: 30, night: '2026-03-07', bedtime: '2026-03-08T07:30:00Z', at: '2026-03-08T07:00:00Z' },
  // The lead is 90 real minutes, not 90 wall minutes: 03:30 EDT (07:30Z) - 90 min = 01:00 EST.
  { name: 'New York spring-forward, lead spans the gap', zone: 'America/New_York', after: '2026-03-07T12:00:00Z', nights: { sat: '03:30' }, lead: 90, night: '2026-03-07', bedtime: '2026-03-08T07:30:00Z', at: '2026-03-08T06:00:00Z' },
  { name: 'New York, first evening on EDT', zone: 'America/New_York', after: '2026-03-08T12:00:00Z', nights: { sun: '22:00' }, lead: 30, night: '2026-03-08', bedtime: '2026-03-09T02:00:00Z', at: '2026-03-09T01:30:00Z' },
  // 01:30 happens twice; the first is EDT (-4): 05:30Z.
  { name: 'New York fall-back, repeated bedtime', zone: 'America/New_York', after: '2026-10-31T12:00:00Z', nights: { sat: '01:30' }, lead: 60, night: '2026-10-31', bedtime: '2026-11-01T05:30:00Z', at: '2026-11-01T04:30:00Z' },
  { name: 'London spring-forward gap (GMT kept)', zone: 'Europe/London', after: '2026-03-28T12:00:00Z', nights: { sat: '01:30' }, lead: 0, night: '2026-03-28', bedtime: '2026-03-29T01:30:00Z', at: '2026-03-29T01:30:00Z' },
  { name: 'London fall-back, first 01:30 is BST', zone: 'Europe/London', after: '2026-10-24T12:00:00Z', nights: { sat: '01:30' }, lead: 0, night: '2026-10-24', bedtime: '2026-10-25T00:30:00Z', at: '2026-10-25T00:30:00Z' },
  { name: 'Berlin spring-forward gap (CET kept)', zone: 'Europe/Berlin', after: '2026-03-28T12:00:00Z', nights: { sat: '02:30' }, lead: 0, night: '2026-03-28', bedtime: '2026-03-29T01:30:00Z', at: '2026-03-29T01:30:00Z' },
  { name: 'Berlin fall-back, first 02:30 is CEST', zone: 'Europe/Berlin', after: '2026-10-24T12:00:00Z', nights: { sat: '02:30' }, lead: 0, night: '2026-10-24', bedtime: '2026-10-25T00:30:00Z', at: '2026-10-25T00:30:00Z' },
  // 30-minute DST: 02:15 is in the gap, read at +10:30 -> 15:45Z (02:45 +11).
  { name: 'Lord Howe 30-minute gap', zone: 'Australia/Lord_Howe', after: '2026-10-03T00:00:00Z', nights: { sat: '02:15' }, lead: 0, night: '2026-10-03', bedtime: '2026-10-03T15:45:00Z', at: '2026-10-03T15:45:00Z' },
  { name: 'Lord Howe 30-minute repeat, first at +11', zone: 'Australia/Lord_Howe', after: '2026-04-04T00:00:00Z', nights: { sat: '01:45' }, lead: 0, night: '2026-04-04', bedtime: '2026-04-04T14:45:00Z', at: '2026-04-04T14:45:00Z' },
  { name: 'Chatham gap (+12:45 kept)', zone: 'Pacific/Chatham', after: '2026-09-26T00:00:00Z', nights: { sat: '03:00' }, lead: 0, night: '2026-09-26', bedtime: '2026-09-26T14:15:00Z', at: '2026-09-26T14:15:00Z' },
  { name: 'Chatham repeat, first at +13:45', zone: 'Pacific/Chatham', after: '2026-04-04T00:00:00Z', nights: { sat: '03:00' }, lead: 0, night: '2026-04-04', bedtime: '2026-04-04T13:15:00Z', at: '2026-04-04T13:15:00Z' },
  // 23:00-23:59 on 04-04 happens twice; first at -03.
  { name: 'Santiago repeated late evening', zone: 'America/Santiago', after: '2026-04-04T12:00:00Z', nights: { sat: '23:30' }, lead: 0, night: '2026-04-04', bedtime: '2026-04-05T02:30:00Z', at: '2026-04-05T02:30:00Z' },
  // Midnight is skipped on 09-06: 00:30 read at -04 -> 04:30Z (01:30 -03).
  { name: 'Santiago skipped midnight', zone: 'America/Santiago', after: '2026-09-05T12:00:00Z', nights: { sat: '00:30' }, lead: 0, night: '2026-09-05', bedtime: '2026-09-06T04:30:00Z', at: '2026-09-06T04:30:00Z' },
  { name: 'Santiago, 09-06 itself still has its evening', zone: 'America/Santiago', after: '2026-09-06T12:00:00Z', nights: { sun: '22:00' }, lead: 0, night: '2026-09-06', bedtime: '2026-09-07T01:00:00Z', at: '2026-09-07T01:00:00Z' },
  { name: 'Beirut skipped midnight (+02 kept)', zone: 'Asia/Beirut', after: '2026-03-28T12:00:00Z', nights: { sat: '00:30' }, lead: 0, night: '2026-03-28', bedtime: '2026-03-28T22:30:00Z', at: '2026-03-28T22:30:00Z' },
  { name: 'Beirut repeated 23:30, first at +03', zone: 'Asia/Beirut', after: '2026-10-24T12:00:00Z', nights: { sat: '23:30' }, lead: 0, night: '2026-10-24', bedtime: '2026-10-24T20:30:00Z', at: '2026-10-24T20:30:00Z' },
  { name: 'Cairo skipped midnight (+02 kept)', zone: 'Africa/Cairo', after: '2026-04-23T12:00:00Z', nights: { thu: '00:15' }, lead: 0, night: '2026-04-23', bedtime: '2026-04-23T22:15:00Z', at: '2026-04-23T22:15:00Z' },
  { name: 'Cairo repeated 23:30, first at +03', zone: 'Africa/Cairo', after: '2026-10-29T12:00:00Z', nights: { thu: '23:30' }, lead: 0, night: '2026-10-29', bedtime: '2026-10-29T20:30:00Z', at: '2026-10-29T20:30:00Z' },
  { name: 'Havana skipped midnight (-05 kept)', zone: 'America/Havana', after: '2026-03-07T12:00:00Z', nights: { sat: '00:30' }, lead: 0, night: '2026-03-07', bedtime: '2026-03-08T05:30:00Z', at: '2026-03-08T05:30:00Z' },
  { name: 'Havana repeated 00:30, first at -04', zone: 'America/Havana', after: '2026-10-31T12:00:00Z', nights: { sat: '00:30' }, lead: 0, night: '2026-10-31', bedtime: '2026-11-01T04:30:00Z', at: '2026-11-01T04:30:00Z' },
  // 23:xx does not exist on 03-28: read at -02 -> 01:30Z, i.e. 00:30 -01 on 03-29; still Saturday night.
  { name: 'Nuuk nonexistent 23:30', zone: 'America/Nuuk', after: '2026-03-28T12:00:00Z', nights: { sat: '23:30' }, lead: 0, night: '2026-03-28', bedtime: '2026-03-29T01:30:00Z', at: '2026-03-29T01:30:00Z' },
  { name: 'Nuuk repeated 23:30, first at -01', zone: 'America/Nuuk', after: '2026-10-24T12:00:00Z', nights: { sat: '23:30' }, lead: 0, night: '2026-10-24', bedtime: '2026-10-25T00:30:00Z', at: '2026-10-25T00:30:00Z' },
  { name: 'Kathmandu +05:45', zone: 'Asia/Kathmandu', after: '2026-06-01T00:00:00Z', nights: { mon: '22:30' }, lead: 30, night: '2026-06-01', bedtime: '2026-06-01T16:45:00Z', at: '2026-06-01T16:15:00Z' },
  { name: 'Apia, the last evening before the jump (-10)', zone: 'Pacific/Apia', after: '2011-12-29T00:00:00Z', nights: { thu: '22:00', fri: '22:00', sat: '22:00' }, lead: 0, night: '2011-12-29', bedtime: '2011-12-30T08:00:00Z', at: '2011-12-30T08:00:00Z' },
  // Friday 2011-12-30 never happened in Apia, so it has no reminder: next is Saturday at +14.
  { name: 'Apia, the day that never happened is passed over', zone: 'Pacific/Apia', after: '2011-12-30T08:00:00Z', nights: { thu: '22:00', fri: '22:00', sat: '22:00' }, lead: 0, night: '2011-12-31', bedtime: '2011-12-31T08:00:00Z', at: '2011-12-31T08:00:00Z' },
  // Thursday night's 00:30 falls on the missing day: gap rule, read at -10 -> 10:30Z (00:30 on the 31st at +14).
  { name: 'Apia, a bedtime on the missing day', zone: 'Pacific/Apia', after: '2011-12-29T00:00:00Z', nights: { thu: '00:30' }, lead: 0, night: '2011-12-29', bedtime: '2011-12-30T10:30:00Z', at: '2011-12-30T10:30:00Z' },
  // Asked just after the jump (00:10 on the 31st local), Thursday night's bedtime is still ahead.
  { name: 'Apia, the night before a missing day seen from after it', zone: 'Pacific/Apia', after: '2011-12-30T10:10:00Z', nights: { thu: '00:30' }, lead: 0, night: '2011-12-29', bedtime: '2011-12-30T10:30:00Z', at: '2011-12-30T10:30:00Z' },
  // Friday night 2011-12-30 does not exist even though its bedtime's wall date (the 31st) does.
  { name: 'Apia, missing Friday night with an after-midnight bedtime', zone: 'Pacific/Apia', after: '2011-12-29T00:00:00Z', nights: { fri: '00:30' }, lead: 0, night: '2012-01-06', bedtime: '2012-01-06T10:30:00Z', at: '2012-01-06T10:30:00Z' },
];

describe('nextReminder on the edge nights', () => {
  it.each(cases)('$name', ({ zone, after, nights, lead, night, bedtime, at }) => {
    const reminder = nextReminder(scheduleOf(nights, lead), new Date(after), zone);
    expect(
      reminder && {
        night: reminder.night,
        bedtime: reminder.bedtime.toISOString(),
        at: reminder.at.toISOString(),
      },
    ).toEqual({
      night,
      bedtime: new Date(bedtime).toISOString(),
      at: new Date(at).toISOString(),
    });
  });

  it('the default schedule in Berlin across the spring change: Saturday 23:30 CET, Sunday 22:30 CEST', () => {
    const saturday = nextReminder(everyNight('23:30', 30), new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin');
    expect(saturday?.at.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    const sunday = nextReminder(everyNight('22:30', 30), saturday?.at ?? new Date(0), 'Europe/Berlin');
    expect(sunday).toMatchObject({ night: '2026-03-29', at: new Date('2026-03-29T20:00:00Z') });
  });

  it('a reminder exactly at `after` is not returned (strictly after)', () => {
    const at = new Date('2026-06-01T16:15:00Z');
    const reminder = nextReminder(scheduleOf({ mon: '22:30', tue: '22:30' }, 30), at, 'Asia/Kathmandu');
    expect(reminder?.night).toBe('2026-06-02');
  });
});
