/**
 * The schemas of the person's own exercises: one for an exercise as written (the settings form and
 * exercise packs), one for the settings' list of them. Every text is bounded and plain, every
 * unknown key is refused, so neither a pasted file nor a hostile renderer can store more.
 */
import * as v from 'valibot';
import {
  MAX_OWN_STEPS,
  OWN_CUE_COUNT,
  OWN_EXERCISE_MESSAGES as M,
  OWN_STEP_ID_PATTERN,
  ownBounds,
  titleKey,
  type OwnExercise,
  type OwnStepSetting,
} from './own-exercise';
import { POSE_IDS } from './pose-ids';
import { MAX_STEP_ID_LENGTH } from '../settings/vocabulary';
import { BODY_AREAS, MAX_CUE_CHARS, MAX_TITLE_CHARS } from './types';

/** Line breaks, other control characters and bidi overrides: none belongs in a one-line cue. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function plainText(max: number, message: string) {
  return v.pipe(
    v.string(message),
    v.trim(),
    v.minLength(1, message),
    v.maxLength(max, message),
    v.check((text) => !CONTROL_CHARS.test(text), M.plainText),
  );
}

/** Checks the length before looking at any item, so a huge list costs nothing to refuse. */
function boundedList<TItem extends v.GenericSchema>(
  item: TItem,
  count: { readonly min: number; readonly max: number },
  message: string,
  countMessage = message,
) {
  return v.pipe(
    v.array(v.unknown(), message),
    v.minLength(count.min, countMessage),
    v.maxLength(count.max, countMessage),
    v.array(item, message),
  );
}

const exerciseEntries = {
  title: plainText(MAX_TITLE_CHARS, M.title),
  cues: boundedList(plainText(MAX_CUE_CHARS, M.cue), OWN_CUE_COUNT, M.cues),
  twoSided: v.boolean(M.twoSided),
  switchCue: v.nullable(plainText(MAX_CUE_CHARS, M.switchCue)),
  bodyArea: v.picklist(BODY_AREAS, M.bodyArea),
  // The bounds depend on the sides, so they are checked with them below.
  durationSec: v.pipe(v.number(M.wholeSeconds), v.integer(M.wholeSeconds)),
  poseId: v.nullable(v.picklist(POSE_IDS, M.poseId)),
};

/** Unknown keys (including "__proto__") are named; a missing key gets its field's own message. */
function strict<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.strictObject(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    if (typeof key !== 'string') return M.exercise;
    if (issue.expected === 'never') return M.unknownKey(key);
    const entry: object | undefined = Object.hasOwn(entries, key) ? entries[key] : undefined;
    const message = entry && 'message' in entry ? entry.message : undefined;
    return typeof message === 'string' ? message : M.missing;
  });
}

/** The rules between fields are reported on the field the person has to change. */
export const ownExerciseSchema: v.GenericSchema<unknown, OwnExercise> = v.pipe(
  // Arrays pass valibot's object check; an exercise is never one.
  v.custom<Record<string, unknown>>((input) => !Array.isArray(input), M.exercise),
  strict(exerciseEntries),
  v.forward(
    v.partialCheck([['twoSided'], ['switchCue']], (e) => !e.twoSided || e.switchCue !== null, M.switchCue),
    ['switchCue'],
  ),
  v.forward(
    v.partialCheck([['twoSided'], ['switchCue']], (e) => e.twoSided || e.switchCue === null, M.noSwitchCue),
    ['switchCue'],
  ),
  v.forward(
    v.partialCheck(
      [['twoSided'], ['durationSec']],
      (e) => e.durationSec >= ownBounds(e.twoSided).min && e.durationSec <= ownBounds(e.twoSided).max,
      (issue) => M.duration(issue.input.twoSided),
    ),
    ['durationSec'],
  ),
);

/** Exercises travelling together (a pack, an import): at least one, at most what anyone may have. */
export const ownExerciseListSchema = boundedList(
  ownExerciseSchema,
  { min: 1, max: MAX_OWN_STEPS },
  M.list,
  M.tooMany,
);

export const ownStepIdSchema = v.pipe(
  v.string(M.id),
  v.maxLength(MAX_STEP_ID_LENGTH, M.id),
  v.regex(OWN_STEP_ID_PATTERN, M.id),
);

/** An own exercise in the settings: its stable id, and the exercise exactly as a pack carries it. */
export const ownStepSettingSchema: v.GenericSchema<unknown, OwnStepSetting> = v.pipe(
  v.custom<Record<string, unknown>>((input) => !Array.isArray(input), M.exercise),
  strict({ id: ownStepIdSchema, exercise: ownExerciseSchema }),
);

function firstRepeat<T>(items: readonly T[], key: (item: T) => string): T | null {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(key(item))) return item;
    seen.add(key(item));
  }
  return null;
}

/** The settings' list: ids and titles unique, so an id names one exercise and a title too. */
export const ownStepsSchema = v.pipe(
  boundedList(ownStepSettingSchema, { min: 0, max: MAX_OWN_STEPS }, M.list, M.tooMany),
  v.check(
    (steps) => firstRepeat(steps, (s) => s.id) === null,
    (issue) => M.duplicateId(firstRepeat(issue.input, (s) => s.id)?.id ?? ''),
  ),
  v.check(
    (steps) => firstRepeat(steps, (s) => titleKey(s.exercise.title)) === null,
    (issue) =>
      M.duplicateTitle(firstRepeat(issue.input, (s) => titleKey(s.exercise.title))?.exercise.title ?? ''),
  ),
);

/** One message per field, for the form: the first rule a field breaks is the one to fix. */
export const OWN_EXERCISE_PARSE_CONFIG = { abortEarly: false, abortPipeEarly: true } as const;
