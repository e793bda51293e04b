/**
 * One valibot schema per setting field, plus the value lists. Kept apart from the section and
 * document schemas (schema.ts) so the renderer's forms can check a field with the very schema main
 * uses, without bundling the whole document schema into the page.
 */
import * as v from 'valibot';
import { SETTINGS_MESSAGES as M } from './messages';

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

/*
 * Every check of a field carries the same message: a person fixing "25:00" or "7" needs the
 * rule, not which internal check tripped.
 */
function timeOfDay(message: string) {
  return v.pipe(v.string(message), v.regex(TIME_OF_DAY_PATTERN, message));
}

function wholeNumber(min: number, max: number, message: string) {
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

export const bedtimeSchema = timeOfDay(M.bedtime);
export const morningTimeSchema = timeOfDay(M.morningTime);
export const leadMinutesSchema = wholeNumber(0, 180, M.leadMinutes);
export const snoozeMinutesSchema = wholeNumber(5, 60, M.snoozeMinutes);
export const lateWindowMinutesSchema = wholeNumber(0, 240, M.lateWindowMinutes);
export const presetSchema = v.picklist(PRESETS, M.preset);
export const stepIdSchema = v.pipe(v.string(M.stepId), v.regex(STEP_ID_PATTERN, M.stepId));
export const stepDurationSchema = wholeNumber(10, 1200, M.stepDuration);
export const heatColdSchema = v.picklist(HEAT_COLD_CHOICES, M.heatCold);
export const breathingPatternSchema = v.picklist(BREATHING_PATTERNS, M.breathingPattern);
export const breathingSecSchema = wholeNumber(60, 600, M.breathingSec);
export const chimeVolumeSchema = v.pipe(
  v.number(M.chimeVolume),
  v.minValue(0, M.chimeVolume),
  v.maxValue(1, M.chimeVolume),
);
export const themeSchema = v.picklist(THEMES, M.theme);


/** One message per field: a field failing several checks still gets one message. */
const FIELD_PARSE_CONFIG = { abortEarly: true, abortPipeEarly: true } as const;

/** For a form field: the message to show under it, or null when the value is fine. */
export function settingError(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value, FIELD_PARSE_CONFIG);
  return result.success ? null : (result.issues[0]?.message ?? null);
}
