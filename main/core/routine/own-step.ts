/**
 * How a step of the person's own is told apart and labelled wherever it is shown (never as coming
 * from the article). Apart from own-exercise.ts, whose limits, messages and safety texts only the
 * settings window needs: the routine's first screens read these alone.
 */
import type { OwnStep, RoutineStep } from './types';

export const OWN_STEP_LABEL = 'Your exercise';

export function isOwnStep(step: RoutineStep): step is OwnStep {
  return 'yours' in step.source;
}

/** The rig's picture a step shows: a catalog step's own, or the one chosen for an own step (or none). */
export function illustrationIdOf(step: RoutineStep): string | null {
  return isOwnStep(step) ? step.poseId : step.id;
}
