/**
 * The settings schema: one valibot schema per setting, composed into sections and the whole
 * document. The renderer's form and main (which re-validates every IPC payload) use the same
 * schemas, so a value the form accepts is exactly a value main will store.
 */
import * as v from 'valibot';
import { SETTINGS_MESSAGES as M } from './messages';
import { isPlainObject } from './objects';

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

/**
 * Strict: unknown keys are rejected (we never store a key we don't know), and a missing key is
 * reported with the field's own message when it has one.
 */
function strict<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.strictObject(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    if (typeof key !== 'string') return M.group;
    if (issue.expected === 'never') return M.unknownKey(key);
    const entry: object | undefined = entries[key];
    const message = entry && 'message' in entry ? entry.message : undefined;
    return typeof message === 'string' ? message : M.missing;
  });
}

/** Rejects arrays up front: valibot's object schemas would take [] for an object. */
function plainObject<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.pipe(
    // A function, not a string, so that strict() reports a missing group as "missing" rather
    // than with this message (it borrows only leaf fields' string messages).
    v.custom<v.InferInput<TSchema>>(isPlainObject, () => M.group),
    schema,
  );
}

function group<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return plainObject(strict(entries));
}

function partialGroup<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return plainObject(v.partial(strict(entries)));
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

const nightEntries = { enabled: v.boolean(M.nightEnabled), bedtime: bedtimeSchema };
export const nightSchema = group(nightEntries);

const nightsEntries = {
  mon: nightSchema,
  tue: nightSchema,
  wed: nightSchema,
  thu: nightSchema,
  fri: nightSchema,
  sat: nightSchema,
  sun: nightSchema,
};

const stepEntries = {
  id: stepIdSchema,
  enabled: v.boolean(M.stepEnabled),
  durationSec: stepDurationSchema,
};
export const routineStepSchema = group(stepEntries);

function firstDuplicateId(steps: ReadonlyArray<{ id: string }>): string | null {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) return step.id;
    seen.add(step.id);
  }
  return null;
}

export const stepsSchema = v.pipe(
  v.array(routineStepSchema, M.steps),
  v.maxLength(MAX_ROUTINE_STEPS, M.tooManySteps),
  v.check(
    (steps) => firstDuplicateId(steps) === null,
    (issue) => M.duplicateStep(firstDuplicateId(issue.input) ?? ''),
  ),
);

const scheduleEntries = { nights: group(nightsEntries), leadMinutes: leadMinutesSchema };
const morningCheckInEntries = { enabled: v.boolean(M.morningEnabled), time: morningTimeSchema };
const remindersEntries = {
  snoozeMinutes: snoozeMinutesSchema,
  lateWindowMinutes: lateWindowMinutesSchema,
  morningCheckIn: group(morningCheckInEntries),
};
const routineEntries = {
  preset: presetSchema,
  steps: stepsSchema,
  heatCold: heatColdSchema,
  breathingPattern: breathingPatternSchema,
  breathingSec: breathingSecSchema,
  chimeVolume: chimeVolumeSchema,
  spokenCues: v.boolean(M.spokenCues),
};
const generalEntries = {
  startAtLogin: v.boolean(M.startAtLogin),
  theme: themeSchema,
  firstRunDone: v.boolean(M.firstRunDone),
};

export const scheduleSchema = group(scheduleEntries);
export const remindersSchema = group(remindersEntries);
export const routineSchema = group(routineEntries);
export const generalSchema = group(generalEntries);

export const settingsSchema = group({
  version: v.literal(1, M.version),
  schedule: scheduleSchema,
  reminders: remindersSchema,
  routine: routineSchema,
  general: generalSchema,
});

/**
 * The shape of a change request from the renderer: every level optional, still strict. Arrays
 * (routine.steps) are replaced whole, never merged, so they keep their full schema.
 */
export const settingsPatchSchema = partialGroup({
  schedule: partialGroup({
    ...scheduleEntries,
    nights: partialGroup(mapNights(partialGroup(nightEntries))),
  }),
  reminders: partialGroup({ ...remindersEntries, morningCheckIn: partialGroup(morningCheckInEntries) }),
  routine: partialGroup(routineEntries),
  general: partialGroup(generalEntries),
});

function mapNights<T>(schema: T): Record<DayKey, T> {
  return { mon: schema, tue: schema, wed: schema, thu: schema, fri: schema, sat: schema, sun: schema };
}

export type Settings = v.InferOutput<typeof settingsSchema>;
export type SettingsPatch = v.InferInput<typeof settingsPatchSchema>;
export type NightSetting = v.InferOutput<typeof nightSchema>;
export type RoutineStepSetting = v.InferOutput<typeof routineStepSchema>;
export type Preset = (typeof PRESETS)[number];
export type HeatCold = (typeof HEAT_COLD_CHOICES)[number];
export type BreathingPattern = (typeof BREATHING_PATTERNS)[number];
export type Theme = (typeof THEMES)[number];
