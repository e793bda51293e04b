import { describe, expect, it } from 'vitest';
import {
  canonicalLocale,
  dateFormatter,
  firstDayOfWeek,
  nightsInWeekOrder,
  regionalFormatOf,
  weekdayNames,
  weekdayOfDate,
} from '../../../../../main/core/locale/calendar';
import { displayLocale } from '../../../../../main/core/locale/region';

describe('the first day of the week', () => {
  it('is Sunday in en-US and Monday in de-DE and en-GB', () => {
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('en-GB')).toBe(1);
  });

  it('orders the nights from it', () => {
    expect(nightsInWeekOrder(7)).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(nightsInWeekOrder(1)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(nightsInWeekOrder(6)).toEqual(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri']);
  });
});

describe('the regional format main sends the page', () => {
  it('carries the tag, the clock and the first day', () => {
    expect(regionalFormatOf('en-US')).toEqual({ locale: 'en-US', hourCycle: 'h12', firstDayOfWeek: 7 });
    expect(regionalFormatOf('de-DE')).toEqual({ locale: 'de-DE', hourCycle: 'h23', firstDayOfWeek: 1 });
    expect(regionalFormatOf('ja-JP')).toMatchObject({ hourCycle: 'h23' });
  });

  it('spells the tag canonically, and falls back to en-GB for one Intl cannot use', () => {
    expect(canonicalLocale('en-us')).toBe('en-US');
    expect(canonicalLocale('')).toBe('en-GB');
    expect(canonicalLocale('not a locale!')).toBe('en-GB');
  });
});

describe('the tag times and dates are written in', () => {
  it("joins the app's language to the region's conventions and clock", () => {
    const shown = (tag: string, language = 'en'): string => displayLocale(regionalFormatOf(tag), language);
    expect(shown('de-DE')).toBe('en-DE-u-hc-h23');
    expect(shown('en-US')).toBe('en-US-u-hc-h12');
    expect(shown('ja-JP')).toBe('en-JP-u-hc-h23');
    expect(shown('de-DE', 'de')).toBe('de-DE-u-hc-h23');
    // English words, German order and clock.
    const date = dateFormatter(shown('de-DE'), { weekday: 'short', day: 'numeric', month: 'short' });
    expect(date('2026-11-24')).toMatch(/^Tue,? 24 Nov$/u);
  });
});

describe('names and dates from Intl', () => {
  it('names the weekdays in the locale', () => {
    expect(weekdayNames('en-US')).toMatchObject({ mon: 'Monday', sun: 'Sunday' });
    expect(weekdayNames('de-DE')).toMatchObject({ mon: 'Montag', fri: 'Freitag' });
    expect(weekdayNames('es-ES', 'short').mon).toBe('lun');
    expect(weekdayOfDate('2026-11-23', 'en-GB')).toBe('Monday');
  });

  it("writes a calendar date in the locale's order, on the same day in any zone", () => {
    const long = { weekday: 'short', day: 'numeric', month: 'short' } as const;
    expect(dateFormatter('en-GB', long)('2026-11-24')).toBe('Tue 24 Nov');
    expect(dateFormatter('en-US', long)('2026-11-24')).toBe('Tue, Nov 24');
    expect(dateFormatter('de-DE', { day: 'numeric', month: 'short' })('2026-11-24')).toBe('24. Nov.');
  });
});
