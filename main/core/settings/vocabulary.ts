/**
 * The words and bounds of the settings, without any schema code: the renderer offers the same
 * choices and hints without bundling the validation library, and main's schema (schema.ts, which
 * also words the messages from these bounds), the reminder engine and the schedule check against
 * the same bounds. The routine's own choices (presets, heat or cold, breathing patterns) belong
 * to the routine (routine/types.ts).
 */

/** The settings document's format; migrations.ts brings older files up to it. */
export const SETTINGS_VERSION = 2;

/** The night named after the evening it starts on: "fri" runs Friday evening to Saturday 05:59. */
export const NIGHT_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type NightKey = (typeof NIGHT_KEYS)[number];

/** Nights before a working day, and the weekend nights: the welcome's two bedtimes and the defaults. */
export const WEEKNIGHTS = ['sun', 'mon', 'tue', 'wed', 'thu'] as const satisfies readonly NightKey[];
export const WEEKEND_NIGHTS = ['fri', 'sat'] as const satisfies readonly NightKey[];
/** The default bedtimes of those two groups: later before a day off. */
export const WEEKNIGHT_BEDTIME = '22:30';
export const WEEKEND_NIGHT_BEDTIME = '23:30';

export const THEMES = ['system', 'dark', 'light'] as const;
/** The language setting's choices (the pseudo-locale is listed in development builds only). */
export { LANGUAGE_SETTINGS, type LanguageSetting } from '../locale/language-setting';
export type Theme = (typeof THEMES)[number];

/** How the reminder appears: an OS notification, or the small prompt window (view 'prompt'). */
export const REMINDER_STYLES = ['notification', 'prompt'] as const;
export type ReminderStyle = (typeof REMINDER_STYLES)[number];

/** 24-hour "HH:MM" with two-digit hours, which is what <input type="time"> produces. */
export const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** "HH:MM": a longer string is refused before the pattern runs. */
export const TIME_OF_DAY_LENGTH = 5;

/** Step ids are stored in settings and history; the catalog's ids follow the same rule. */
export const MAX_STEP_ID_LENGTH = 40;
export const STEP_ID_PATTERN = /* @__PURE__ */ new RegExp(`^[a-z0-9-]{1,${MAX_STEP_ID_LENGTH}}$`);
export const MAX_ROUTINE_STEPS = 30;

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Bounds of the reminder settings, in minutes: checked by the schema and again by the engine. */
export const LEAD_MINUTES_RANGE = { min: 0, max: 180 } as const satisfies Range;
export const SNOOZE_MINUTES_RANGE = { min: 5, max: 60 } as const satisfies Range;
export const LATE_WINDOW_MINUTES_RANGE = { min: 0, max: 240 } as const satisfies Range;
/** How long before the reminder the optional heads-up comes. */
export const HEADS_UP_MINUTES_RANGE = { min: 5, max: 60 } as const satisfies Range;
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
