import { describe, expect, it } from 'vitest';
import { weekdayTime } from '../../../../main/core/locale/clock';
import { inTime as inTimeIn, msToNextMinute, nextReminderText } from '../../../../renderer/lib/format';
import { DE_SETTINGS, EN_SETTINGS } from '../../../support/messages';

const inTime = (ms: number): string => inTimeIn(ms, EN_SETTINGS);

describe('format helpers', () => {
  it('formats the weekday and 24-hour time in a zone', () => {
    expect(weekdayTime(Date.parse('2026-11-24T20:30:00Z'), 'en-GB', 'Europe/Berlin')).toBe('Tue 21:30');
    expect(weekdayTime(Date.parse('2026-11-24T23:30:00Z'), 'en-GB', 'Europe/Berlin')).toBe('Wed 00:30');
  });

  it('says how long until, rounding minutes up', () => {
    expect(inTime(5 * 3_600_000 + 12 * 60_000)).toBe('in 5 h 12 min');
    expect(inTime(5 * 3_600_000 + 11 * 60_000 + 1)).toBe('in 5 h 12 min');
    expect(inTime(3 * 60_000)).toBe('in 3 min');
    expect(inTime(2 * 3_600_000)).toBe('in 2 h');
    expect(inTime(26 * 3_600_000)).toBe('in 1 d 2 h');
    expect(inTime(59_999)).toBe('in less than a minute');
  });

  it('builds the preview sentence', () => {
    const now = Date.parse('2026-11-24T15:18:00Z');
    expect(
      nextReminderText(Date.parse('2026-11-24T20:30:00Z'), now, 'en-GB', EN_SETTINGS, 'Europe/Berlin'),
    ).toBe('Next reminder: Tue 21:30 (in 5 h 12 min)');
    expect(
      nextReminderText(Date.parse('2026-11-24T20:30:00Z'), now, 'de-DE', DE_SETTINGS, 'Europe/Berlin'),
    ).toBe('Nächste Erinnerung: Di 21:30 (in 5 Std. 12 Min.)');
    expect(nextReminderText(null, now, 'en-GB', EN_SETTINGS)).toMatch(/No reminders/);
  });

  it('finds the next minute boundary', () => {
    expect(msToNextMinute(Date.parse('2026-11-24T15:18:20Z'))).toBe(40_000);
    expect(msToNextMinute(Date.parse('2026-11-24T15:18:00Z'))).toBe(60_000);
  });
});
