/**
 * Exercises of the person's own (say, from their physiotherapist): their limits, their words, their
 * ids, and how one becomes a playable step labelled "Your exercise". No schema code here, so the
 * settings window can use the limits without bundling the validation library;
 * own-exercise-schema.ts checks exactly these rules.
 */
import { STRETCHING_SAFETY } from './safety';
import { ONE_SIDED_BOUNDS, TWO_SIDED_BOUNDS } from './steps/shared';
import {
  BODY_AREA_LABELS,
  MAX_CUE_CHARS,
  MAX_TITLE_CHARS,
  type BodyArea,
  type DurationBounds,
  type OwnStep,
} from './types';

export const OWN_CUE_COUNT = { min: 1, max: 4 } as const;
/** With the catalog's steps this stays within the settings' step list limit (tested). */
export const MAX_OWN_STEPS = 12;
/** No catalog id starts with this (tested), so an own step can never shadow a catalog step. */
export const OWN_STEP_ID_PREFIX = 'my-';
/** Kebab-case like the catalog's ids, within the settings' step-id length. */
export const OWN_STEP_ID_PATTERN = /^my-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A picture from the illustration rig's pose library (pose-choices.ts lists them). */
export interface PoseChoice {
  readonly id: string;
  /** What the figure shows, in words: the choice's label and the figure's text alternative. */
  readonly label: string;
}

/** What the person writes; also exactly what an exercise pack carries for each exercise. */
export interface OwnExercise {
  readonly title: string;
  readonly cues: readonly string[];
  readonly twoSided: boolean;
  /** Said at half time of a two-sided exercise; null for a one-sided one. */
  readonly switchCue: string | null;
  readonly bodyArea: BodyArea;
  readonly durationSec: number;
  readonly poseId: string | null;
}

/** An own exercise as the settings store it: a stable id, and the exercise as a pack carries it. */
export interface OwnStepSetting {
  readonly id: string;
  readonly exercise: OwnExercise;
}

/** The same bounds as the catalog's one- and two-sided stretches: each side gets enough time. */
export function ownBounds(twoSided: boolean): DurationBounds {
  return twoSided ? TWO_SIDED_BOUNDS : ONE_SIDED_BOUNDS;
}

const sidesText = (twoSided: boolean): string => (twoSided ? 'a two-sided exercise' : 'a one-sided exercise');
const areaList = Object.values(BODY_AREA_LABELS).map((label) => label.toLowerCase());

export const OWN_EXERCISE_MESSAGES = {
  exercise: 'Expected an exercise here',
  title: `Give it a title of 1 to ${MAX_TITLE_CHARS} characters`,
  cue: `Write each cue in 1 to ${MAX_CUE_CHARS} characters`,
  cues: `Write ${OWN_CUE_COUNT.min} to ${OWN_CUE_COUNT.max} cues`,
  plainText: 'Use plain text: no line breaks or control characters',
  twoSided: 'Choose one side or both sides',
  switchCue: `A two-sided exercise needs a switch cue of 1 to ${MAX_CUE_CHARS} characters`,
  noSwitchCue: 'Only a two-sided exercise has a switch cue',
  bodyArea: `Choose ${areaList.slice(0, -1).join(', ')} or ${areaList.at(-1) ?? ''}`,
  duration: (twoSided: boolean): string => {
    const { min, max } = ownBounds(twoSided);
    return `Use a whole number of seconds from ${min} to ${max} for ${sidesText(twoSided)}`;
  },
  wholeSeconds: 'Use a whole number of seconds',
  poseId: 'Choose a picture this version of Unknot has, or none',
  id: 'An exercise of your own has an id starting with "my-"',
  unknownKey: (key: string): string => `"${key}" is not part of an exercise`,
  missing: 'This part of the exercise is missing',
  list: 'Expected a list of exercises',
  noExercises: 'Expected at least one exercise',
  tooMany: `You can have at most ${MAX_OWN_STEPS} exercises of your own`,
  duplicateId: (id: string): string => `The exercise id "${id}" appears more than once`,
  duplicateTitle: (title: string): string => `You already have an exercise called "${title}"`,
  notFound: 'That exercise no longer exists',
} as const;

/** Titles compare without case or surrounding spaces: "Wall angel" and "wall angel " are one exercise. */
export function titleKey(title: string): string {
  return title.trim().toLowerCase();
}

/**
 * A readable, stable id from the title ("Wall angel" -> "my-wall-angel"), made unique against
 * `taken`. Readable because it is stored in the settings file and the history.
 */
export function ownStepId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 30)
    .replace(/^-+|-+$/g, '');
  const base = `${OWN_STEP_ID_PREFIX}${slug || 'exercise'}`;
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** An own exercise as the routine plays it. Its length is its default; the bounds are the catalog's. */
export function toOwnStep({ id, exercise: setting }: OwnStepSetting): OwnStep {
  return {
    id,
    kind: 'stretch',
    title: setting.title,
    bodyArea: setting.bodyArea,
    boundsSec: { ...ownBounds(setting.twoSided), default: setting.durationSec },
    twoSided: setting.twoSided,
    halfTimeCue: setting.twoSided ? setting.switchCue : null,
    cues: [...setting.cues],
    // General stretching safety applies to any stretch; it is labelled as general guidance.
    cautions: STRETCHING_SAFETY,
    rating: null,
    source: { yours: true },
    poseId: setting.poseId,
  };
}
