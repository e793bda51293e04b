/**
 * The pictures an exercise of one's own can show: every pose of the illustration rig's library, in
 * its order, labelled with its text alternative. Apart from own-exercise.ts because the library is
 * the figure chunk's data: the routine and settings pages must not bundle it to read a label.
 */
import type { PoseChoice } from './own-exercise';
import { ILLUSTRATIONS } from './poses';

export const POSE_CHOICES: readonly PoseChoice[] = Object.entries(ILLUSTRATIONS).map(([id, ill]) => ({
  id,
  label: ill.alt,
}));
