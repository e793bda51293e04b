/**
 * fast-check arbitraries for settings, shared by any test that needs valid settings, valid
 * patches, or values known to be invalid for one specific field.
 */
import fc from 'fast-check';
import { ownBounds, type OwnStepSetting } from '../../main/core/routine/own-exercise';
import { POSE_IDS } from '../../main/core/routine/pose-ids';
import {
  BODY_AREAS,
  BREATHING_PATTERN_IDS,
  HEAT_COLD_SETTINGS,
  BEDTIME_PRESET_IDS,
} from '../../main/core/routine/types';
import {
  NIGHT_KEYS,
  MAX_ROUTINE_STEPS,
  SETTINGS_VERSION,
  REMINDER_STYLES,
  THEMES,
  LANGUAGE_SETTINGS,
  type NightKey,
} from '../../main/core/settings/vocabulary';
import type {
  NightSetting,
  RoutineStepSetting,
  Settings,
  SettingsPatch,
} from '../../main/core/settings/schema';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Settings only ever arrive as plain objects (JSON, structured clone); no null prototypes. */
const PLAIN = { noNullPrototype: true } as const;
const OPTIONAL_KEYS = { requiredKeys: [], noNullPrototype: true };

export const timeOfDayArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);

const nightArbitrary: fc.Arbitrary<NightSetting> = fc.record(
  { enabled: fc.boolean(), bedtime: timeOfDayArbitrary },
  PLAIN,
);

const CUES = ['Breathe out as you ease in.', 'Hold still, no bouncing.', 'Come back slowly.'] as const;

/**
 * Own exercises with unique titles, each valid for its sidedness. Cheap to generate (the property
 * tests run thousands of documents); the exercise schema's edges are tested in its own file.
 */
const ownStepsArbitrary: fc.Arbitrary<OwnStepSetting[]> = fc
  .uniqueArray(
    fc.record(
      {
        title: fc.integer({ min: 1, max: 999 }).map((n) => `Exercise ${n}`),
        cues: fc.array(fc.constantFrom(...CUES), { minLength: 1, maxLength: 4 }),
        twoSided: fc.boolean(),
        bodyArea: fc.constantFrom(...BODY_AREAS),
        durationShare: fc.double({ min: 0, max: 1, noNaN: true }),
        poseId: fc.constantFrom(null, ...POSE_IDS),
      },
      PLAIN,
    ),
    { maxLength: 3, selector: (exercise) => exercise.title },
  )
  .map((list) =>
    list.map(({ durationShare, ...rest }, index) => {
      const { min, max } = ownBounds(rest.twoSided);
      const durationSec = Math.round(min + durationShare * (max - min));
      const switchCue = rest.twoSided ? 'Switch sides slowly.' : null;
      return { id: `my-e${index}`, exercise: { ...rest, switchCue, durationSec } };
    }),
  );

const stepIdArbitrary: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9-]{1,40}$/);

const stepsArbitrary: fc.Arbitrary<RoutineStepSetting[]> = fc.uniqueArray(
  fc.record(
    { id: stepIdArbitrary, enabled: fc.boolean(), durationSec: fc.integer({ min: 10, max: 1200 }) },
    PLAIN,
  ),
  { maxLength: MAX_ROUTINE_STEPS, selector: (step) => step.id },
);

const nightsArbitrary: fc.Arbitrary<Record<NightKey, NightSetting>> = fc.record(
  {
    mon: nightArbitrary,
    tue: nightArbitrary,
    wed: nightArbitrary,
    thu: nightArbitrary,
    fri: nightArbitrary,
    sat: nightArbitrary,
    sun: nightArbitrary,
  },
  PLAIN,
);

/** Any valid settings document, covering every bound of every field. */
export const settingsArbitrary: fc.Arbitrary<Settings> = fc.record(
  {
    version: fc.constant(SETTINGS_VERSION),
    schedule: fc.record({ nights: nightsArbitrary, leadMinutes: fc.integer({ min: 0, max: 180 }) }, PLAIN),
    reminders: fc.record(
      {
        snoozeMinutes: fc.integer({ min: 5, max: 60 }),
        lateWindowMinutes: fc.integer({ min: 0, max: 240 }),
        style: fc.constantFrom(...REMINDER_STYLES),
        headsUp: fc.record({ enabled: fc.boolean(), minutes: fc.integer({ min: 5, max: 60 }) }, PLAIN),
        followUp: fc.boolean(),
        morningCheckIn: fc.record({ enabled: fc.boolean(), time: timeOfDayArbitrary }, PLAIN),
      },
      PLAIN,
    ),
    routine: fc.record(
      {
        preset: fc.constantFrom(...BEDTIME_PRESET_IDS),
        steps: stepsArbitrary,
        heatCold: fc.constantFrom(...HEAT_COLD_SETTINGS),
        breathingPattern: fc.constantFrom(...BREATHING_PATTERN_IDS),
        breathingSec: fc.integer({ min: 60, max: 600 }),
        chimeVolume: fc.double({ min: 0, max: 1, noNaN: true }),
        spokenCues: fc.boolean(),
        ownSteps: ownStepsArbitrary,
      },
      PLAIN,
    ),
    general: fc.record(
      {
        startAtLogin: fc.boolean(),
        theme: fc.constantFrom(...THEMES),
        language: fc.constantFrom(...LANGUAGE_SETTINGS),
        checkForUpdates: fc.boolean(),
        firstRunDone: fc.boolean(),
      },
      PLAIN,
    ),
  },
  PLAIN,
);

/**
 * A valid deep-partial change: any subset of keys at every level (taken from another valid
 * settings document, so every value is valid).
 */
export const settingsPatchArbitrary: fc.Arbitrary<SettingsPatch> = settingsArbitrary.chain((s) =>
  fc.record(
    {
      schedule: fc.record(
        {
          nights: fc.record(
            {
              mon: subsetOf(s.schedule.nights.mon),
              tue: subsetOf(s.schedule.nights.tue),
              wed: subsetOf(s.schedule.nights.wed),
              thu: subsetOf(s.schedule.nights.thu),
              fri: subsetOf(s.schedule.nights.fri),
              sat: subsetOf(s.schedule.nights.sat),
              sun: subsetOf(s.schedule.nights.sun),
            },
            OPTIONAL_KEYS,
          ),
          leadMinutes: fc.constant(s.schedule.leadMinutes),
        },
        OPTIONAL_KEYS,
      ),
      reminders: fc.record(
        {
          snoozeMinutes: fc.constant(s.reminders.snoozeMinutes),
          lateWindowMinutes: fc.constant(s.reminders.lateWindowMinutes),
          style: fc.constant(s.reminders.style),
          headsUp: subsetOf(s.reminders.headsUp),
          followUp: fc.constant(s.reminders.followUp),
          morningCheckIn: subsetOf(s.reminders.morningCheckIn),
        },
        OPTIONAL_KEYS,
      ),
      routine: subsetOf(s.routine),
      general: subsetOf(s.general),
    },
    OPTIONAL_KEYS,
  ),
);

function subsetOf<T extends object>(value: T): fc.Arbitrary<Partial<T>> {
  return fc
    .subarray(Object.keys(value))
    .map(
      (keys) => Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key))) as Partial<T>,
    );
}

/**
 * For each leaf setting: its dot path and values that must be rejected there (both sides of
 * every bound, wrong types, near-miss formats). Used to build "valid except one field" inputs.
 */
export const INVALID_FIELD_VALUES: ReadonlyArray<{ path: string; bad: readonly unknown[] }> = [
  ...NIGHT_KEYS.flatMap((day) => [
    { path: `schedule.nights.${day}.enabled`, bad: ['true', 1, null] },
    { path: `schedule.nights.${day}.bedtime`, bad: ['24:00', '7:30', '22:60', '2230', ' 22:30', 2230, null] },
  ]),
  { path: 'schedule.leadMinutes', bad: [-1, 181, 30.5, '30', Number.NaN, Infinity, null] },
  { path: 'reminders.snoozeMinutes', bad: [4, 61, 10.1, '10', null] },
  { path: 'reminders.lateWindowMinutes', bad: [-1, 241, 0.5, true] },
  { path: 'reminders.style', bad: ['Prompt', 'window', '', null] },
  { path: 'reminders.headsUp.enabled', bad: ['yes', 1, null] },
  { path: 'reminders.headsUp.minutes', bad: [4, 61, 10.5, '10', null] },
  { path: 'reminders.followUp', bad: ['true', 0, null] },
  { path: 'reminders.morningCheckIn.enabled', bad: ['yes', 0] },
  { path: 'reminders.morningCheckIn.time', bad: ['08:00:00', '8:00', '', 800] },
  { path: 'routine.preset', bad: ['Standard', 'long', '', 0] },
  { path: 'routine.steps', bad: [{}, 'neck-roll', null] },
  { path: 'routine.heatCold', bad: ['warm', 'HEAT', null] },
  { path: 'routine.breathingPattern', bad: ['478', '4-4-4', null] },
  { path: 'routine.breathingSec', bad: [59, 601, 180.5, '180'] },
  { path: 'routine.chimeVolume', bad: [-0.01, 1.01, '0.5', Number.NaN, null] },
  { path: 'routine.spokenCues', bad: ['false', 0] },
  { path: 'routine.ownSteps', bad: [{}, 'wall-angel', null] },
  { path: 'general.startAtLogin', bad: [1, 'true', null] },
  { path: 'general.theme', bad: ['Dark', 'blue', null] },
  { path: 'general.firstRunDone', bad: ['no', null] },
];

/** A copy of `settings` with the value at `path` replaced. */
export function withValueAt(settings: Settings, path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(settings);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] ?? ''] = value;
  return copy;
}
