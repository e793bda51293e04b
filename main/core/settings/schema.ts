/**
 * The settings schema: one valibot schema per setting, composed into sections, the whole document
 * and the change request. The renderer's form and main use the same schemas and messages, so a
 * value the form accepts is exactly a value main will store.
 */
import * as v from 'valibot';
import { BEDTIME_PRESET_IDS, BREATHING_PATTERN_IDS, HEAT_COLD_SETTINGS } from '../routine/types';
import { issuesOf, type Issue, type Result } from '../result';
import { boundedArray } from '../ipc/bounds';
import { ownStepsSchema } from '../routine/own-exercise-schema';
import {
  BREATHING_SEC_RANGE,
  CHIME_VOLUME_RANGE,
  HEADS_UP_MINUTES_RANGE,
  LATE_WINDOW_MINUTES_RANGE,
  LEAD_MINUTES_RANGE,
  MAX_ROUTINE_STEPS,
  NIGHT_KEYS,
  SETTINGS_VERSION,
  REMINDER_STYLES,
  SNOOZE_MINUTES_RANGE,
  STEP_DURATION_RANGE,
  STEP_ID_PATTERN,
  MAX_STEP_ID_LENGTH,
  THEMES,
  LANGUAGE_SETTINGS,
  TIME_OF_DAY_LENGTH,
  TIME_OF_DAY_PATTERN,
  rangeText,
  type NightKey,
  type Range,
} from './vocabulary';

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
  headsUpEnabled: 'Choose whether to get a heads-up before the reminder (on or off)',
  headsUpMinutes: minutes(HEADS_UP_MINUTES_RANGE),
  reminderStyle: `Choose ${choices(REMINDER_STYLES)}`,
  followUp: 'Choose whether to get one more reminder at bedtime (on or off)',
  morningEnabled: 'Choose whether to ask how your back feels in the morning (on or off)',
  preset: `Choose ${choices(BEDTIME_PRESET_IDS)}`,
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
  language: `Choose ${choices(LANGUAGE_SETTINGS)}`,
  checkForUpdates: 'Choose whether Unknot looks for updates by itself (on or off)',
  firstRunDone: 'Must be true or false',
  version: 'This settings format is not supported',
  group: 'Expected a group of settings here',
  missing: 'This setting is missing',
  unknownKey: (key: string): string => `"${key}" is not a setting Unknot knows`,
  patch: 'Expected an object of settings changes',
} as const;
const M = SETTINGS_MESSAGES;

/** A JSON-style object: not null, not an array (valibot's object schemas accept arrays). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/*
 * Every check of a field carries the same message: a person fixing "25:00" or "7" needs the
 * rule, not which internal check tripped.
 */
function timeOfDay(message: string) {
  return v.pipe(
    v.string(message),
    v.maxLength(TIME_OF_DAY_LENGTH, message),
    v.regex(TIME_OF_DAY_PATTERN, message),
  );
}

function wholeNumber({ min, max }: Range, message: string) {
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

export const bedtimeSchema = timeOfDay(M.bedtime);
export const morningTimeSchema = timeOfDay(M.morningTime);
export const leadMinutesSchema = wholeNumber(LEAD_MINUTES_RANGE, M.leadMinutes);
export const snoozeMinutesSchema = wholeNumber(SNOOZE_MINUTES_RANGE, M.snoozeMinutes);
export const lateWindowMinutesSchema = wholeNumber(LATE_WINDOW_MINUTES_RANGE, M.lateWindowMinutes);
export const headsUpMinutesSchema = wholeNumber(HEADS_UP_MINUTES_RANGE, M.headsUpMinutes);
export const presetIdSchema = v.picklist(BEDTIME_PRESET_IDS, M.preset);
/** The one step-id rule: settings, history records and the catalog all check ids with it. */
export const stepIdSchema = v.pipe(
  v.string(M.stepId),
  v.maxLength(MAX_STEP_ID_LENGTH, M.stepId),
  v.regex(STEP_ID_PATTERN, M.stepId),
);
export const stepDurationSchema = wholeNumber(STEP_DURATION_RANGE, M.stepDuration);
export const heatColdSchema = v.picklist(HEAT_COLD_SETTINGS, M.heatCold);
export const breathingPatternSchema = v.picklist(BREATHING_PATTERN_IDS, M.breathingPattern);
export const breathingSecSchema = wholeNumber(BREATHING_SEC_RANGE, M.breathingSec);
export const chimeVolumeSchema = v.pipe(
  v.number(M.chimeVolume),
  v.minValue(CHIME_VOLUME_RANGE.min, M.chimeVolume),
  v.maxValue(CHIME_VOLUME_RANGE.max, M.chimeVolume),
);
export const themeSchema = v.picklist(THEMES, M.theme);
export const languageSchema = v.picklist(LANGUAGE_SETTINGS, M.language);

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

function eachNight<T>(schema: T): Record<NightKey, T> {
  return Object.fromEntries(NIGHT_KEYS.map((key) => [key, schema])) as Record<NightKey, T>;
}

const nightEntries = { enabled: v.boolean(M.nightEnabled), bedtime: bedtimeSchema };
export const nightSchema = group(nightEntries);

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
  boundedArray(routineStepSchema, MAX_ROUTINE_STEPS, { notAList: M.steps, tooMany: M.tooManySteps }),
  v.check(
    (steps) => firstDuplicateId(steps) === null,
    (issue) => M.duplicateStep(firstDuplicateId(issue.input) ?? ''),
  ),
);

const scheduleEntries = { nights: group(eachNight(nightSchema)), leadMinutes: leadMinutesSchema };
const morningCheckInEntries = { enabled: v.boolean(M.morningEnabled), time: morningTimeSchema };
const headsUpEntries = { enabled: v.boolean(M.headsUpEnabled), minutes: headsUpMinutesSchema };
const remindersEntries = {
  snoozeMinutes: snoozeMinutesSchema,
  lateWindowMinutes: lateWindowMinutesSchema,
  style: v.picklist(REMINDER_STYLES, M.reminderStyle),
  headsUp: group(headsUpEntries),
  followUp: v.boolean(M.followUp),
  morningCheckIn: group(morningCheckInEntries),
};
const routineEntries = {
  preset: presetIdSchema,
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
  language: languageSchema,
  checkForUpdates: v.boolean(M.checkForUpdates),
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
 * (routine.steps) are replaced whole, never merged, so they keep their full schema. Checked once,
 * at the IPC boundary; the merged document is checked once more by the store.
 */
const patchShape = v.partial(
  strict({
    schedule: partialGroup({
      ...scheduleEntries,
      nights: partialGroup(eachNight(partialGroup(nightEntries))),
    }),
    reminders: partialGroup({
      ...remindersEntries,
      headsUp: partialGroup(headsUpEntries),
      morningCheckIn: partialGroup(morningCheckInEntries),
    }),
    routine: partialGroup(routineEntries),
    general: partialGroup(generalEntries),
  }),
);
export const settingsPatchSchema = v.pipe(
  v.custom<v.InferInput<typeof patchShape>>(isPlainObject, () => M.patch),
  patchShape,
);

export type Settings = v.InferOutput<typeof settingsSchema>;
export type SettingsPatch = v.InferInput<typeof settingsPatchSchema>;
export type NightSetting = v.InferOutput<typeof nightSchema>;
export type RoutineSettings = v.InferOutput<typeof routineSchema>;
export type RoutineStepSetting = v.InferOutput<typeof routineStepSchema>;

/** One issue per field: a field failing several checks still gets one message. */
const PARSE_CONFIG = { abortEarly: false, abortPipeEarly: true } as const;

/** Validate a whole settings document. The returned value is a fresh copy without extra keys. */
export function validateSettings(input: unknown): Result<Settings> {
  const result = v.safeParse(settingsSchema, input, PARSE_CONFIG);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: issuesOf(result.issues) };
}

/** For a form field: the message to show under it, or null when the value is fine. */
export function settingError(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value, { abortEarly: true, abortPipeEarly: true });
  return result.success ? null : (result.issues[0]?.message ?? null);
}

/** save() was given settings that don't validate; nothing was written. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError';
  constructor(readonly issues: readonly Issue[]) {
    super(`Settings not saved: ${issues.map((i) => `${i.path || '(settings)'}: ${i.message}`).join('; ')}`);
  }
}
