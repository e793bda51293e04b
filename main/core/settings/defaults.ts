import { deepFreeze } from '../freeze';
import { isPlainObject, type NightSetting, type Settings } from './schema';
import {
  NIGHT_KEYS,
  SETTINGS_VERSION,
  WEEKEND_NIGHT_BEDTIME,
  WEEKEND_NIGHTS,
  WEEKNIGHT_BEDTIME,
  type NightKey,
} from './vocabulary';

function night(key: NightKey): NightSetting {
  const weekendNight = (WEEKEND_NIGHTS as readonly NightKey[]).includes(key);
  return { enabled: true, bedtime: weekendNight ? WEEKEND_NIGHT_BEDTIME : WEEKNIGHT_BEDTIME };
}

/** A fresh, mutable copy of the defaults (callers may edit it; DEFAULT_SETTINGS is frozen). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    schedule: {
      nights: Object.fromEntries(NIGHT_KEYS.map((key) => [key, night(key)])) as Record<
        NightKey,
        NightSetting
      >,
      leadMinutes: 30,
    },
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
      // Empty means "the preset as-is"; the routine catalog owns the preset's steps.
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
  };
}

/** Frozen so that code holding the shared defaults can't change them for everyone else. */
export const DEFAULT_SETTINGS: Settings = deepFreeze(defaultSettings());

/**
 * Fill keys missing from a stored document with defaults (a field added in a later release).
 * Present values are kept as they are, even if wrong, so validation still catches them; keys
 * the defaults don't have are dropped. Walks only the defaults' keys, so a hostile document
 * (e.g. a "__proto__" key) can't reach anything else. A non-object is returned unchanged.
 */
export function mergeWithDefaults(partial: unknown): unknown {
  return fill(defaultSettings(), partial);
}

function fill(defaults: unknown, stored: unknown): unknown {
  if (stored === undefined) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(stored)) return stored;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    merged[key] = fill(defaults[key], Object.hasOwn(stored, key) ? stored[key] : undefined);
  }
  return merged;
}
