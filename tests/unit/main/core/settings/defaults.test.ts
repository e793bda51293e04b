import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../../../main/core/settings/defaults';
import { validateSettings } from '../../../../../main/core/settings/schema';

describe('default settings', () => {
  it('are valid', () => {
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
  });

  it('bedtime 22:30 Sunday to Thursday nights, 23:30 Friday and Saturday nights, all on', () => {
    expect(DEFAULT_SETTINGS.schedule.nights).toEqual({
      sun: { enabled: true, bedtime: '22:30' },
      mon: { enabled: true, bedtime: '22:30' },
      tue: { enabled: true, bedtime: '22:30' },
      wed: { enabled: true, bedtime: '22:30' },
      thu: { enabled: true, bedtime: '22:30' },
      fri: { enabled: true, bedtime: '23:30' },
      sat: { enabled: true, bedtime: '23:30' },
    });
  });

  it('match the spec for every other field', () => {
    const { schedule, ...rest } = DEFAULT_SETTINGS;
    expect(schedule.leadMinutes).toBe(30);
    expect(rest).toEqual({
      version: 2,
      reminders: {
        snoozeMinutes: 10,
        lateWindowMinutes: 90,
        style: 'notification',
        headsUp: { enabled: false, minutes: 10 },
        followUp: true,
        morningCheckIn: { enabled: true, time: '08:00' },
      },
      routine: {
        preset: 'standard',
        steps: [],
        heatCold: 'ask',
        breathingPattern: 'relaxed',
        breathingSec: 180,
        chimeVolume: 0.6,
        spokenCues: false,
        ownSteps: [],
      },
      general: {
        startAtLogin: true,
        theme: 'system',
        language: 'system',
        checkForUpdates: true,
        firstRunDone: false,
      },
    });
  });

  it('the shared constant cannot be changed; defaultSettings() gives a private copy', () => {
    expect(() => {
      (DEFAULT_SETTINGS.schedule.nights.mon as { bedtime: string }).bedtime = '01:00';
    }).toThrow(TypeError);
    const mine = defaultSettings();
    mine.schedule.nights.mon.bedtime = '01:00';
    expect(DEFAULT_SETTINGS.schedule.nights.mon.bedtime).toBe('22:30');
    expect(defaultSettings().schedule.nights.mon.bedtime).toBe('22:30');
  });
});
