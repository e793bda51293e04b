/**
 * What poses.ts writes illustrations with: the figure's starting positions (standing, sitting on
 * the bed edge, on hands and knees, lying on the back), the common props, and small builders.
 */
import type {
  BodyPart,
  FigureJoint,
  FigureView,
  Illustration,
  KeyPose,
  Pose,
  Prop,
  PropKind,
} from './figure';
import { BREATHING_PATTERNS } from './breathing-patterns';

export const pose = (base: Pose, change: Partial<Pose>): Pose => ({ ...base, ...change });
export const key = (p: Pose, moveSec: number, holdSec: number): KeyPose => ({ pose: p, moveSec, holdSec });
export const prop = (kind: PropKind, at: FigureJoint | null, dx = 0, dy = 0, angle = 0): Prop => ({
  kind,
  at,
  dx,
  dy,
  angle,
});

export interface Draft {
  view: FigureView;
  props?: readonly Prop[];
  keys: readonly KeyPose[];
  stillKey?: number;
  arrow?: Illustration['arrow'];
  highlight: readonly BodyPart[];
  alt: string;
  avoid?: Illustration['avoid'];
}
export const illustration = (d: Draft): Illustration => ({
  view: d.view,
  props: d.props ?? [],
  keys: d.keys,
  stillKey: d.stillKey ?? d.keys.length - 1,
  arrow: d.arrow ?? null,
  highlight: d.highlight,
  alt: d.alt,
  avoid: d.avoid ?? null,
});

/** Standing tall, seen from the side, facing right. */
export const STAND: Pose = {
  facing: 1,
  x: 0,
  y: 92,
  spine: 0,
  chest: 0,
  neck: 0,
  head: 0,
  turn: 0,
  shoulderShift: [0, 0],
  blades: 0,
  armA: [-4, -10],
  armB: [4, -6],
  legA: [-3, 2],
  legB: [4, 0],
};
/** Standing, seen from the front (side a is the figure's left, on the viewer's right). */
export const STAND_FRONT = pose(STAND, { armA: [-9, 4], armB: [9, -4], legA: [-4, 4], legB: [4, -4] });
/** Sitting tall on the edge of the bed, side view, hands resting on the thighs. */
export const SIT = pose(STAND, {
  x: -4,
  y: 126,
  armA: [-10, -45],
  armB: [-6, -48],
  legA: [-90, 90],
  legB: [-86, 86],
});
/** Sitting on the bed edge seen from behind: the seat hides the folded legs. */
export const SIT_BACK = pose(STAND_FRONT, { y: 126, legA: [178, 178], legB: [-178, -178] });
/** On hands and knees on a mat, side view: hands under shoulders, knees under hips. */
export const FOURS = pose(STAND, {
  x: 4,
  y: 124,
  spine: 72,
  neck: 32,
  head: 8,
  armA: [-72, 0],
  armB: [-70, 0],
  legA: [-72, 90],
  legB: [-70, 90],
});

export const SEAT = prop('bed-edge', 'pelvis');

/** A shoulder's place on its roll: `deg` round a circle that starts at its front. */
export const roll = (deg: number): [number, number] => {
  const rad = (deg * Math.PI) / 180;
  return [Math.round(5 * Math.cos(rad) * 10) / 10, Math.round((3.5 + 5 * Math.sin(rad)) * 10) / 10];
};
export const MAT = prop('mat', null, 0, 165);

/** Cat-cow moves with the breath: the relaxed pattern's breath in, then its breath out. */
const RELAXED = BREATHING_PATTERNS.find((p) => p.id === 'relaxed')?.phases ?? [];
export const breathSec = (phase: 'in' | 'out'): number => RELAXED.find((p) => p.phase === phase)?.sec ?? 5;

export const LYING_BACK = pose(STAND, {
  x: 4,
  y: 138,
  spine: -90,
  neck: 12,
  head: -4,
  armA: [-6, -8],
  armB: [-3, -5],
  legA: [-25, 50],
  legB: [-23, 48],
});
