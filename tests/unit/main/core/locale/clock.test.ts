import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTimeOfDay,
  hourCycleOf,
  parseTimeOfDay,
  timeOfInstant,
  timeExamples,
  weekdayTime,
} from '../../../../../main/core/locale/clock';
import { TIME_OF_DAY_PATTERN } from '../../../../../main/core/settings/vocabulary';
import { DE_COMMON, EN_COMMON } from '../../../../support/messages';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'es-ES', 'ja-JP'] as const;
/** The same locales with the other clock forced, so both conventions are exercised in each. */
const TWELVE_HOUR = [
  'en-GB-u-hc-h12',
  'de-DE-u-hc-h12',
  'es-ES-u-hc-h12',
  'ja-JP-u-hc-h12',
  'ja-JP-u-hc-h11',
];
const TWENTY_FOUR = ['en-US-u-hc-h23'];
/** Intl may put a narrow no-break space before AM/PM; people read it as a space. */
const spaced = (text: string): string => text.replace(/\s/gu, ' ');
const canonical = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('the hour cycle of a locale', () => {
  it('is 12-hour in en-US and 24-hour in en-GB, de-DE, es-ES and ja-JP', () => {
    expect(LOCALES.map(hourCycleOf)).toEqual(['h12', 'h23', 'h23', 'h23', 'h23']);
  });

  it('honours an -u-hc- extension in the tag, h11 counting as 12-hour', () => {
    expect(hourCycleOf('en-GB-u-hc-h12')).toBe('h12');
    expect(hourCycleOf('ja-JP-u-hc-h11')).toBe('h12');
    expect(hourCycleOf('en-US-u-hc-h23')).toBe('h23');
  });
});

describe('formatting a canonical "HH:MM"', () => {
  it("shows each locale's own form", () => {
    expect(spaced(formatTimeOfDay('22:30', 'en-US'))).toBe('10:30 PM');
    expect(spaced(formatTimeOfDay('07:05', 'en-US'))).toBe('7:05 AM');
    expect(formatTimeOfDay('22:30', 'en-GB')).toBe('22:30');
    expect(formatTimeOfDay('07:05', 'en-GB')).toBe('07:05');
    expect(formatTimeOfDay('22:30', 'de-DE')).toBe('22:30');
    expect(formatTimeOfDay('22:30', 'es-ES')).toBe('22:30');
    expect(formatTimeOfDay('22:30', 'ja-JP')).toBe('22:30');
    expect(formatTimeOfDay('22:30', 'ja-JP-u-hc-h12')).toBe('午後10:30');
    expect(spaced(formatTimeOfDay('00:15', 'en-US'))).toBe('12:15 AM');
    expect(spaced(formatTimeOfDay('12:00', 'en-US'))).toBe('12:00 PM');
  });

  it('leaves a value that is not canonical as it is (main refuses it)', () => {
    expect(formatTimeOfDay('25:99', 'en-US')).toBe('25:99');
  });
});

describe('reading what was typed', () => {
  const read = (typed: string, locale = 'en-US'): string | null => {
    const result = parseTimeOfDay(typed, locale);
    return result.ok ? result.value : null;
  };

  it('accepts both forms whatever the display convention', () => {
    for (const locale of LOCALES) {
      expect(read('22:30', locale)).toBe('22:30');
      expect(read('10:30 pm', locale)).toBe('22:30');
      expect(read('10:30 PM', locale)).toBe('22:30');
      expect(read('10.30pm', locale)).toBe('22:30');
      expect(read('10pm', locale)).toBe('22:00');
      expect(read('7:05', locale)).toBe('07:05');
      expect(read(' 7:05 a.m. ', locale)).toBe('07:05');
    }
  });

  it("takes the locale's own words for AM and PM", () => {
    expect(read('午後10:30', 'ja-JP')).toBe('22:30');
    expect(read('午前7:05', 'ja-JP')).toBe('07:05');
    expect(read('午後0:30', 'ja-JP')).toBe('12:30');
    expect(read('10:30 p. m.', 'es-ES')).toBe('22:30');
    expect(read('10:30 a. m.', 'es-ES')).toBe('10:30');
    // Full-width digits and colon, as a Japanese input method types them.
    expect(read('午後１０：３０', 'ja-JP')).toBe('22:30');
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(read('12:00 am')).toBe('00:00');
    expect(read('12:30 pm')).toBe('12:30');
    expect(read('12am')).toBe('00:00');
  });

  it('refuses nonsense, a bare hour, and another locale’s words', () => {
    for (const typed of [
      '',
      'soon',
      '25:00',
      '22:60',
      '13:00 pm',
      '7',
      '22',
      '1030',
      'pm',
      '10:3',
      '午後10:30 pm',
    ])
      expect(read(typed), typed).toBeNull();
    expect(read('午後10:30', 'de-DE')).toBeNull();
  });

  it('names the accepted forms, built from the locale, when it refuses', () => {
    const timeRefusal = (locale: string): string => EN_COMMON.timeRefusal(timeExamples(locale));
    expect(parseTimeOfDay('soon', 'en-US')).toEqual({ ok: false });
    expect(spaced(timeRefusal('en-US'))).toBe('Type a time like "10:30 PM" or "22:30"');
    expect(spaced(timeRefusal('en-GB'))).toBe('Type a time like "22:30" or "10:30 pm"');
    expect(timeRefusal('ja-JP')).toBe('Type a time like "22:30" or "午後10:30"');
    expect(spaced(EN_COMMON.timeHint(timeExamples('en-US')))).toBe('Like "10:30 PM" or "22:30"');
    expect(spaced(DE_COMMON.timeRefusal(timeExamples('de-DE')))).toBe(
      'Gib eine Uhrzeit wie „22:30“ oder „10:30 PM“ ein',
    );
  });
});

describe('every minute of the day round-trips: format -> parse gives the canonical value back', () => {
  for (const locale of [...LOCALES, ...TWELVE_HOUR, ...TWENTY_FOUR]) {
    it(locale, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (minutes) => {
          const value = canonical(minutes);
          expect(TIME_OF_DAY_PATTERN.test(value)).toBe(true);
          expect(parseTimeOfDay(formatTimeOfDay(value, locale), locale)).toEqual({ ok: true, value });
          // The other convention, typed in this locale, reads back the same.
          const other = hourCycleOf(locale) === 'h12' ? 'h23' : 'h12';
          expect(parseTimeOfDay(formatTimeOfDay(value, locale, other), locale)).toEqual({ ok: true, value });
        }),
        { numRuns: 1440 },
      );
    });
  }
});

describe('the time of an instant', () => {
  it('is read in the given zone, or the local one when none is given', () => {
    const at = Date.parse('2026-11-24T21:00:00Z');
    expect(weekdayTime(at, 'en-GB', 'Europe/Berlin')).toBe('Tue 22:00');
    expect(spaced(weekdayTime(at, 'en-US', 'America/New_York'))).toBe('Tue 4:00 PM');
    // The fixed offset that stands in for an unreadable system zone (core/time-zone.ts).
    expect(weekdayTime(at, 'en-GB', '+05:30')).toBe('Wed 02:30');
    expect(timeOfInstant(at, 'en-GB', '-03:30')).toBe('17:30');
    expect(timeOfInstant(at, 'en-GB')).toBe(
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at),
    );
  });
});
