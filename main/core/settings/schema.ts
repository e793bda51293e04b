/**
 * The settings schema: one valibot schema per setting, composed into sections and the whole
 * document. The renderer's form and main (which re-validates every IPC payload) use the same
 * schemas, so a value the form accepts is exactly a value main will store.
 */
import * as v from 'valibot';
import { SETTINGS_MESSAGES as M } from './messages';
import { isPlainObject } from './objects';
import { ownStepsSchema } from '../routine/own-exercise-schema';
import {
  BREATHING_PATTERNS,
  HEAT_COLD_CHOICES,
  MAX_ROUTINE_STEPS,
  PRESETS,
  SETTINGS_VERSION,
  THEMES,
  bedtimeSchema,
  breathingPatternSchema,
  breathingSecSchema,
  chimeVolumeSchema,
  heatColdSchema,
  lateWindowMinutesSchema,
  leadMinutesSchema,
  morningTimeSchema,
  presetSchema,
  snoozeMinutesSchema,
  stepDurationSchema,
  stepIdSchema,
  themeSchema,
  type DayKey,
} from './fields';

export * from './fields';

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
  /** Exercises of the person's own; their place and length in the routine are in `steps`. */
  ownSteps: ownStepsSchema,
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
  version: v.literal(SETTINGS_VERSION, M.version),
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
