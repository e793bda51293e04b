/**
 * nextReminder against an independent, deliberately plain re-derivation with Temporal: every
 * enabled night near `after` is resolved on its own and the earliest reminder after `after` wins.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { NIGHT_KEYS } from '../../../main/core/settings/vocabulary';
import { nextReminder, type Schedule } from '../../../main/core/schedule';

const TRICKY_ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Dublin',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Asuncion',
  'Asia/Beirut',
  'Africa/Cairo',
  'Africa/Casablanca',
  'America/Havana',
  'America/Nuuk',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Asia/Gaza',
  'Antarctica/Troll',
  'Pacific/Apia',
  'Pacific/Fakaofo',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'UTC',
] as const;

const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2036, 0, 1);
const DAY_MS = 86_400_000;

const bedtimeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const scheduleArb: fc.Arbitrary<Schedule> = fc.record({
  nights: fc.record(
    Object.fromEntries(
      NIGHT_KEYS.map((k) => [k, fc.record({ enabled: fc.boolean(), bedtime: bedtimeArb })]),
    ) as {
      [K in (typeof NIGHT_KEYS)[number]]: fc.Arbitrary<{ enabled: boolean; bedtime: string }>;
    },
  ),
  leadMinutes: fc.integer({ min: 0, max: 180 }),
});

/** Instants that are often within two days of one of the zone's own transitions. */
const caseArb = fc
  .record({
    schedule: scheduleArb,
    zone: fc.constantFrom(...TRICKY_ZONES),
    base: fc.integer({ min: FROM, max: TO }),
    nearTransition: fc.boolean(),
    shift: fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS }),
  })
  .map(({ schedule, zone, base, nearTransition, shift }) => {
    let after = base;
    if (nearTransition) {
      const next = Temporal.Instant.fromEpochMilliseconds(base)
        .toZonedDateTimeISO(zone)
        .getTimeZoneTransition('next');
      if (next) after = next.epochMilliseconds + shift;
    }
    return { schedule, zone, after: new Date(after) };
  });

function minutesOf(bedtime: string) {
  const [hour = 0, minute = 0] = bedtime.split(':').map(Number);
  return { hour, minute };
}

/** The reminder of one night, or null when it is off or its date never happened in the zone. */
function oracleNight(schedule: Schedule, night: Temporal.PlainDate, zone: string) {
  const setting = schedule.nights[NIGHT_KEYS[night.dayOfWeek - 1] ?? 'mon'];
  if (!setting.enabled) return null;
  if (!night.toZonedDateTime(zone).toPlainDate().equals(night)) return null;
  const { hour, minute } = minutesOf(setting.bedtime);
  const date = hour < 6 ? night.add({ days: 1 }) : night;
  const bedtime = date
    .toPlainDateTime({ hour, minute })
    .toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
  return { night: night.toString(), bedtime, at: bedtime - schedule.leadMinutes * 60_000 };
}

function oracleNext(schedule: Schedule, after: Date, zone: string) {
  const today = Temporal.Instant.fromEpochMilliseconds(after.getTime())
    .toZonedDateTimeISO(zone)
    .toPlainDate();
  const candidates = [];
  for (let d = -3; d <= 16; d += 1) {
    const reminder = oracleNight(schedule, today.add({ days: d }), zone);
    if (reminder && reminder.at > after.getTime()) candidates.push(reminder);
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0] ?? null;
}

const plain = (r: ReturnType<typeof nextReminder>) =>
  r && { night: r.night, bedtime: r.bedtime.getTime(), at: r.at.getTime() };

describe('nextReminder properties', () => {
  it('equals the earliest reminder strictly after `after`, re-derived night by night', () => {
    fc.assert(
      fc.property(caseArb, ({ schedule, zone, after }) => {
        const actual = nextReminder(schedule, after, zone);
        const anyEnabled = NIGHT_KEYS.some((k) => schedule.nights[k].enabled);
        expect(actual === null).toBe(!anyEnabled);
        if (actual) expect(actual.at.getTime()).toBeGreaterThan(after.getTime());
        expect(plain(actual)).toEqual(oracleNext(schedule, after, zone));
      }),
      { numRuns: 400 },
    );
  });

  it('walking forward gives each enabled, existing night exactly once, in order', () => {
    fc.assert(
      fc.property(caseArb, ({ schedule, zone, after }) => {
        fc.pre(NIGHT_KEYS.some((k) => schedule.nights[k].enabled));
        const walked: Array<{ night: string; at: number }> = [];
        let cursor = after;
        for (let i = 0; i < 12; i += 1) {
          const reminder = nextReminder(schedule, cursor, zone);
          if (!reminder) throw new Error('an enabled schedule always has a next reminder');
          walked.push({ night: reminder.night, at: reminder.at.getTime() });
          cursor = reminder.at;
        }
        for (const [previous, current] of walked.slice(1).map((w, i) => [walked[i], w] as const)) {
          expect(current.night > (previous?.night ?? '')).toBe(true);
          expect(current.at).toBeGreaterThan(previous?.at ?? Number.NEGATIVE_INFINITY);
        }
        const first = Temporal.PlainDate.from(walked[0]?.night ?? '');
        const last = Temporal.PlainDate.from(walked.at(-1)?.night ?? '');
        const expected: string[] = [];
        for (let d = first; Temporal.PlainDate.compare(d, last) <= 0; d = d.add({ days: 1 })) {
          if (oracleNight(schedule, d, zone)) expected.push(d.toString());
        }
        expect(walked.map((w) => w.night)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('around Apia and Fakaofo skipping 2011-12-30, the missing night never gets a reminder', () => {
    const around = fc.record({
      schedule: scheduleArb,
      zone: fc.constantFrom('Pacific/Apia', 'Pacific/Fakaofo'),
      after: fc.integer({ min: Date.UTC(2011, 11, 26), max: Date.UTC(2012, 0, 2) }).map((ms) => new Date(ms)),
    });
    fc.assert(
      fc.property(around, ({ schedule, zone, after }) => {
        const actual = nextReminder(schedule, after, zone);
        expect(actual?.night).not.toBe('2011-12-30');
        expect(plain(actual)).toEqual(oracleNext(schedule, after, zone));
      }),
      { numRuns: 300 },
    );
  });
});
