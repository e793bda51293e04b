/**
 * Adding, changing and deleting the person's own steps in their routine settings. An own exercise
 * lives in two places that must agree: its definition (`ownSteps`) and its entry in the play list
 * (`steps`: place, on/off, length). These functions change both together; main saves the result
 * through the settings schema like any other change.
 */
import {
  OWN_EXERCISE_MESSAGES as M,
  ownBounds,
  ownStepId,
  titleKey,
  type OwnExercise,
  type OwnStepSetting,
} from './own-exercise';
import type { Result } from '../result';
import type { StepKind } from './types';

export interface StepEntry {
  readonly id: string;
  readonly enabled: boolean;
  readonly durationSec: number;
}

/** The part of the routine settings these edits touch. */
export interface OwnRoutine {
  readonly steps: readonly StepEntry[];
  readonly ownSteps: readonly OwnStepSetting[];
}

/** The play list as the settings window shows it: every step, in order, with its kind. */
export type ListedStep = StepEntry & { readonly kind: StepKind };

/** The routine after the edit and the exercise's id; or, on the exercise's own fields, why not. */
export type OwnEdit = Result<{ readonly routine: OwnRoutine; readonly id: string }>;

const refused = (path: string, message: string): OwnEdit => ({ ok: false, error: [{ path, message }] });

/**
 * Own exercises are stretches: a new one goes after the last stretch that is switched on, so it
 * plays before heat, breathing and bed (switched-off extras wait at the end of the list).
 */
const GOES_AFTER: ReadonlySet<StepKind> = new Set(['settle', 'stretch']);

/** The saved list, or (when the preset is used as it comes) the list the person sees. */
function playList(routine: OwnRoutine, listed: readonly ListedStep[]): StepEntry[] {
  const source = routine.steps.length > 0 ? routine.steps : listed;
  return source.map(({ id, enabled, durationSec }) => ({ id, enabled, durationSec }));
}

function insertAfterStretches(
  list: readonly StepEntry[],
  kinds: ReadonlyMap<string, StepKind>,
  added: readonly StepEntry[],
): StepEntry[] {
  let at = 0;
  list.forEach((entry, index) => {
    const kind = kinds.get(entry.id);
    if (entry.enabled && kind !== undefined && GOES_AFTER.has(kind)) at = index + 1;
  });
  return [...list.slice(0, at), ...added, ...list.slice(at)];
}

/** Adds exercises that already have ids (a checked import), switched on, after the stretches. */
export function addOwnSteps(
  routine: OwnRoutine,
  listed: readonly ListedStep[],
  added: readonly OwnStepSetting[],
): OwnRoutine {
  const kinds = new Map<string, StepKind>(listed.map((step) => [step.id, step.kind]));
  for (const own of routine.ownSteps) kinds.set(own.id, 'stretch');
  const entries = added.map(({ id, exercise }) => ({ id, enabled: true, durationSec: exercise.durationSec }));
  return {
    steps: insertAfterStretches(playList(routine, listed), kinds, entries),
    ownSteps: [...routine.ownSteps, ...added],
  };
}

/**
 * Saves an exercise from the form: a new one when `id` is null, else the one with that id (its
 * place in the routine is kept; its length follows the form).
 */
export function saveOwnStep(
  routine: OwnRoutine,
  listed: readonly ListedStep[],
  id: string | null,
  exercise: OwnExercise,
): OwnEdit {
  const clash = routine.ownSteps.find(
    (s) => s.id !== id && titleKey(s.exercise.title) === titleKey(exercise.title),
  );
  if (clash) return refused('title', M.duplicateTitle(clash.exercise.title));
  if (id === null) {
    const newId = ownStepId(
      exercise.title,
      routine.ownSteps.map((s) => s.id),
    );
    return {
      ok: true,
      value: { id: newId, routine: addOwnSteps(routine, listed, [{ id: newId, exercise }]) },
    };
  }
  if (!routine.ownSteps.some((s) => s.id === id)) return refused('', M.notFound);
  const list = playList(routine, listed);
  const entry = { id, enabled: true, durationSec: exercise.durationSec };
  const ownSteps = routine.ownSteps.map((s) => (s.id === id ? { id, exercise } : s));
  const steps = list.some((s) => s.id === id)
    ? list.map((s) => (s.id === id ? { ...s, durationSec: exercise.durationSec } : s))
    : [...list, entry];
  return { ok: true, value: { id, routine: { ownSteps, steps } } };
}

export function deleteOwnStep(routine: OwnRoutine, id: string): OwnEdit {
  if (!routine.ownSteps.some((s) => s.id === id)) return refused('', M.notFound);
  const routineAfter = {
    ownSteps: routine.ownSteps.filter((s) => s.id !== id),
    steps: routine.steps.filter((s) => s.id !== id),
  };
  return { ok: true, value: { id, routine: routineAfter } };
}

/** The exercises to share, each with the length the person actually plays it for. */
export function exercisesToShare(routine: OwnRoutine): OwnExercise[] {
  return routine.ownSteps.map(({ id, exercise }) => {
    const played = routine.steps.find((s) => s.id === id)?.durationSec;
    const { min, max } = ownBounds(exercise.twoSided);
    const fits = played !== undefined && played >= min && played <= max;
    return fits ? { ...exercise, durationSec: played } : exercise;
  });
}
