/**
 * One valibot schema per setting field. main checks every change against these (through the
 * document schema, schema.ts) and answers the settings window with the field's path and message,
 * which the form shows next to the field: one schema, one wording, on both sides.
 */
import * as v from 'valibot';
import { SETTINGS_MESSAGES as M } from './messages';

import {
  BREATHING_PATTERNS,
  HEAT_COLD_CHOICES,
  LATE_WINDOW_MINUTES_RANGE,
  LEAD_MINUTES_RANGE,
  MAX_STEP_ID_LENGTH,
  PRESETS,
  SNOOZE_MINUTES_RANGE,
  STEP_ID_PATTERN,
  THEMES,
  TIME_OF_DAY_LENGTH,
  TIME_OF_DAY_PATTERN,
} from './values';

export * from './values';

/*
 * Every check of a field carries the same message: a person fixing "25:00" or "7" needs the
 * rule, not which internal check tripped.
 */
function timeOfDay(message: string) {
  return v.pipe(v.string(message), v.maxLength(TIME_OF_DAY_LENGTH, message), v.regex(TIME_OF_DAY_PATTERN, message));
}

function wholeNumber(min: number, max: number, message: string) {
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

export const bedtimeSchema = timeOfDay(M.bedtime);
export const morningTimeSchema = timeOfDay(M.morningTime);
export const leadMinutesSchema = wholeNumber(LEAD_MINUTES_RANGE.min, LEAD_MINUTES_RANGE.max, M.leadMinutes);
export const snoozeMinutesSchema = wholeNumber(
  SNOOZE_MINUTES_RANGE.min,
  SNOOZE_MINUTES_RANGE.max,
  M.snoozeMinutes,
);
export const lateWindowMinutesSchema = wholeNumber(
  LATE_WINDOW_MINUTES_RANGE.min,
  LATE_WINDOW_MINUTES_RANGE.max,
  M.lateWindowMinutes,
);
export const presetSchema = v.picklist(PRESETS, M.preset);
export const stepIdSchema = v.pipe(
  v.string(M.stepId),
  v.maxLength(MAX_STEP_ID_LENGTH, M.stepId),
  v.regex(STEP_ID_PATTERN, M.stepId),
);
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
