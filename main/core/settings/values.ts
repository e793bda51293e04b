/**
 * The value lists and patterns of the settings, without any schema code, so the renderer can
 * offer the same choices without bundling the validation library (main validates every change).
 */
/** The settings document's format; migrations.ts brings older files up to it. */
export const SETTINGS_VERSION = 2;

export const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof DAY_KEYS)[number];

export const PRESETS = ['quick', 'standard', 'full'] as const;
export const HEAT_COLD_CHOICES = ['heat', 'cold', 'ask', 'skip'] as const;
export const BREATHING_PATTERNS = ['relaxed', '4-7-8', 'box'] as const;
export const THEMES = ['system', 'dark', 'light'] as const;
export const MAX_ROUTINE_STEPS = 30;

/** 24-hour "HH:MM" with two-digit hours, which is what <input type="time"> produces. */
export const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const STEP_ID_PATTERN = /^[a-z0-9-]{1,40}$/;

/** Nights before a working day, and the weekend nights: the welcome's two bedtimes and the defaults. */
export const WEEKNIGHTS = ['sun', 'mon', 'tue', 'wed', 'thu'] as const satisfies readonly DayKey[];
export const WEEKEND_NIGHTS = ['fri', 'sat'] as const satisfies readonly DayKey[];

/** Bounds of the reminder settings, in minutes: checked by the schema and again by the engine. */
export const LEAD_MINUTES_RANGE = { min: 0, max: 180 } as const;
export const SNOOZE_MINUTES_RANGE = { min: 5, max: 60 } as const;
export const LATE_WINDOW_MINUTES_RANGE = { min: 0, max: 240 } as const;
