/**
 * The pose library's ids: the steps the illustration rig can draw (poses.ts must draw exactly
 * these; the compiler checks it). Apart from the poses themselves so the settings schema can
 * check an exercise's picture without bundling the figure chunk's data into every page.
 */
export const POSE_IDS = [
  'chin-tuck',
  'neck-side-bend',
  'look-left-right',
  'shoulder-rolls',
  'cross-body-arm',
  'shoulder-blade-squeeze',
  'doorway-opener',
  'thread-the-needle',
  'cat-cow',
  'childs-pose',
  'seated-rounding',
  'heat-or-cold',
  'sleep-posture',
] as const;

export type PoseId = (typeof POSE_IDS)[number];

export function isPoseId(value: string): value is PoseId {
  return (POSE_IDS as readonly string[]).includes(value);
}
