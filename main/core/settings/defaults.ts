import type { DayKey, NightSetting, Settings } from './schema';
import { SETTINGS_VERSION, WEEKEND_NIGHTS } from './values';

const WEEKNIGHT_BEDTIME = '22:30';
/** Friday and Saturday nights: people stay up later before a day off. */
const WEEKEND_NIGHT_BEDTIME = '23:30';

function night(day: DayKey): NightSetting {
  const weekendNight = (WEEKEND_NIGHTS as readonly DayKey[]).includes(day);
  return { enabled: true, bedtime: weekendNight ? WEEKEND_NIGHT_BEDTIME : WEEKNIGHT_BEDTIME };
}

/** A fresh, mutable copy of the defaults (callers may edit it; DEFAULT_SETTINGS is frozen). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    schedule: {
      nights: {
        mon: night('mon'),
        tue: night('tue'),
        wed: night('wed'),
        thu: night('thu'),
        fri: night('fri'),
        sat: night('sat'),
        sun: night('sun'),
      },
      leadMinutes: 30,
    },
    reminders: {
      snoozeMinutes: 10,
      lateWindowMinutes: 90,
      morningCheckIn: { enabled: true, time: '08:00' },
    },
    routine: {
      preset: 'standard',
      // Empty means "the preset as-is"; the routine catalog owns the preset's steps.
      steps: [],
      heatCold: 'ask',
      breathingPattern: 'relaxed',
      breathingSec: 180,
      chimeVolume: 0.6,
      spokenCues: false,
      ownSteps: [],
    },
    general: { startAtLogin: true, theme: 'system', firstRunDone: false },
  };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Frozen so that code holding the shared defaults can't change them for everyone else. */
export const DEFAULT_SETTINGS: Settings = deepFreeze(defaultSettings());
