import type { OwnExercise } from '../../../../../main/core/routine/own-exercise';

/** A one-sided exercise of someone's own, valid as written. */
export const WALL_ANGEL: OwnExercise = {
  title: 'Wall angel',
  cues: ['Stand with your back against a wall.', 'Slide your arms up and down slowly.'],
  twoSided: false,
  switchCue: null,
  bodyArea: 'upper-back',
  durationSec: 45,
  poseId: null,
};

/** A two-sided one, with a figure. */
export const DOORWAY_LEAN: OwnExercise = {
  title: 'Doorway lean',
  cues: ['Rest one forearm on the door frame.'],
  twoSided: true,
  switchCue: 'Switch sides: step back, then use the other arm.',
  bodyArea: 'shoulders',
  durationSec: 60,
  poseId: 'doorway-opener',
};
