/**
 * The words and bounds of the settings, and every message about them, without any schema code:
 * the renderer offers the same choices and hints without bundling the validation library, and
 * main's schema (schema.ts), the reminder engine and the schedule check against the same bounds.
 * The routine's own choices (presets, heat or cold, breathing patterns) belong to the routine.
 */
import { BREATHING_PATTERN_IDS, HEAT_COLD_SETTINGS, PRESET_IDS } from '../routine/types';

/** The night named after the evening it starts on: "fri" runs Friday evening to Saturday 05:59. */
export const NIGHT_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type NightKey = (typeof NIGHT_KEYS)[number];

/** Nights before a working day, and the weekend nights: the welcome's two bedtimes and the defaults. */
export const WEEKNIGHTS = ['sun', 'mon', 'tue', 'wed', 'thu'] as const satisfies readonly NightKey[];
export const WEEKEND_NIGHTS = ['fri', 'sat'] as const satisfies readonly NightKey[];

export const THEMES = ['system', 'dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

/** 24-hour "HH:MM" with two-digit hours, which is what <input type="time"> produces. */
export const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Step ids are stored in settings and history; the catalog's ids follow the same rule. */
export const MAX_STEP_ID_LENGTH = 40;
export const STEP_ID_PATTERN = new RegExp(`^[a-z0-9-]{1,${MAX_STEP_ID_LENGTH}}$`);
export const MAX_ROUTINE_STEPS = 30;

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Bounds of the reminder settings, in minutes: checked by the schema and again by the engine. */
export const LEAD_MINUTES_RANGE = { min: 0, max: 180 } as const satisfies Range;
export const SNOOZE_MINUTES_RANGE = { min: 5, max: 60 } as const satisfies Range;
export const LATE_WINDOW_MINUTES_RANGE = { min: 0, max: 240 } as const satisfies Range;
/** Any one step's length a user may save, in seconds (each step's own bounds are narrower). */
export const STEP_DURATION_RANGE = { min: 10, max: 1200 } as const satisfies Range;
/** Slow breathing's length, in seconds: the setting and the catalog's breathing step share it. */
export const BREATHING_SEC_RANGE = { min: 60, max: 600 } as const satisfies Range;
export const CHIME_VOLUME_RANGE = { min: 0, max: 1 } as const satisfies Range;

/** "0 to 180": the hint under a number field, and the heart of its message. */
export function rangeText({ min, max }: Range): string {
  return `${min} to ${max}`;
}

export function isWithin(value: number, { min, max }: Range): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** "quick, standard or full". */
function choices(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

const minutes = (range: Range) => `Use a whole number of minutes from ${rangeText(range)}`;
const seconds = (range: Range) => `Use a whole number of seconds from ${rangeText(range)}`;

/**
 * Every message a person can see when a setting is rejected, in one place so the wording stays
 * consistent between the settings form (renderer) and main's validation, and so tests can
 * assert exact text.
 */
export const SETTINGS_MESSAGES = {
  bedtime: 'Use a time like 22:30',
  morningTime: 'Use a time like 08:00',
  nightEnabled: 'Choose whether this night has a reminder (on or off)',
  night: 'Each night needs an on/off switch and a bedtime',
  leadMinutes: minutes(LEAD_MINUTES_RANGE),
  snoozeMinutes: minutes(SNOOZE_MINUTES_RANGE),
  lateWindowMinutes: minutes(LATE_WINDOW_MINUTES_RANGE),
  morningEnabled: 'Choose whether to ask how your back feels in the morning (on or off)',
  preset: `Choose ${choices(PRESET_IDS)}`,
  stepId: `Step names use 1 to ${MAX_STEP_ID_LENGTH} lowercase letters, digits or dashes`,
  stepEnabled: 'Choose whether this step is included (on or off)',
  stepDuration: seconds(STEP_DURATION_RANGE),
  steps: 'Steps must be a list',
  tooManySteps: `Use at most ${MAX_ROUTINE_STEPS} steps`,
  duplicateStep: (id: string): string => `The step "${id}" appears more than once`,
  heatCold: `Choose ${choices(HEAT_COLD_SETTINGS)}`,
  breathingPattern: `Choose ${choices(BREATHING_PATTERN_IDS)}`,
  breathingSec: seconds(BREATHING_SEC_RANGE),
  chimeVolume: `Use a volume from ${rangeText(CHIME_VOLUME_RANGE)}`,
  spokenCues: 'Choose whether cues are spoken aloud (on or off)',
  startAtLogin: 'Choose whether Unknot starts when you log in (on or off)',
  theme: `Choose ${choices(THEMES)}`,
  firstRunDone: 'Must be true or false',
  version: 'This settings format is not supported',
  group: 'Expected a group of settings here',
  missing: 'This setting is missing',
  unknownKey: (key: string): string => `"${key}" is not a setting Unknot knows`,
  patch: 'Expected an object of settings changes',
} as const;
