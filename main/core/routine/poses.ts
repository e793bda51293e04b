/**
 * The illustrated routine: for each catalog step of kind stretch, posture or heat-or-cold, the
 * figure's key poses, view and props (see figure.ts for the angle conventions). Adding an
 * exercise means adding poses here, not drawing. figure-schema.ts validates this data in tests.
 */
import {
  mirrorPose,
  type BodyPart,
  type FigureJoint,
  type FigureView,
  type Illustration,
  type KeyPose,
  type Pose,
  type Prop,
  type PropKind,
} from './figure';
import { BREATHING_PATTERNS } from './steps/breathing';

const pose = (base: Pose, change: Partial<Pose>): Pose => ({ ...base, ...change });
const key = (p: Pose, moveSec: number, holdSec: number): KeyPose => ({ pose: p, moveSec, holdSec });
const prop = (kind: PropKind, at: FigureJoint | null, dx = 0, dy = 0, angle = 0): Prop => ({ kind, at, dx, dy, angle });

interface Draft {
  view: FigureView;
  props?: readonly Prop[];
  keys: readonly KeyPose[];
  stillKey?: number;
  arrow?: Illustration['arrow'];
  highlight: readonly BodyPart[];
  alt: string;
  avoid?: Illustration['avoid'];
}
const illustration = (d: Draft): Illustration => ({
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
const STAND: Pose = {
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
const STAND_FRONT = pose(STAND, { armA: [-9, 4], armB: [9, -4], legA: [-4, 4], legB: [4, -4] });
/** Sitting tall on the edge of the bed, side view, hands resting on the thighs. */
const SIT = pose(STAND, { x: -4, y: 126, armA: [-10, -45], armB: [-6, -48], legA: [-90, 90], legB: [-86, 86] });
/** Sitting on the bed edge seen from behind: the seat hides the folded legs. */
const SIT_BACK = pose(STAND_FRONT, { y: 126, legA: [178, 178], legB: [-178, -178] });
/** On hands and knees on a mat, side view: hands under shoulders, knees under hips. */
const FOURS = pose(STAND, {
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

const SEAT = prop('bed-edge', 'pelvis');

/** A shoulder's place on its roll: `deg` round a circle that starts at its front. */
const roll = (deg: number): [number, number] => {
  const rad = (deg * Math.PI) / 180;
  return [Math.round(5 * Math.cos(rad) * 10) / 10, Math.round((3.5 + 5 * Math.sin(rad)) * 10) / 10];
};
const MAT = prop('mat', null, 0, 165);

/** Cat-cow moves with the breath: the relaxed pattern's breath in, then its breath out. */
const RELAXED = BREATHING_PATTERNS.find((p) => p.id === 'relaxed')?.phases ?? [];
const breathSec = (phase: 'in' | 'out'): number => RELAXED.find((p) => p.phase === phase)?.sec ?? 5;

const LYING_BACK = pose(STAND, {
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

export const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  'chin-tuck': illustration({
    view: 'side',
    props: [SEAT],
    keys: [key(SIT, 2, 1.5), key(pose(SIT, { neck: -32, head: 32 }), 2.5, 3)],
    arrow: { joint: 'nose', dx: 14, dy: 4 },
    highlight: ['neck'],
    alt: 'Sitting tall, chin drawn straight back while the head stays level.',
  }),
  'neck-side-bend': illustration({
    view: 'back',
    props: [SEAT],
    keys: [key(SIT_BACK, 2, 1), key(pose(SIT_BACK, { neck: -30, head: -12, shoulderShift: [0, -1] }), 3, 6)],
    arrow: { joint: 'head', dx: 0, dy: -16 },
    highlight: ['neck'],
    alt: 'Seen from behind, sitting: one ear eased toward the shoulder below it, the other shoulder low.',
  }),
  'look-left-right': illustration({
    view: 'front',
    keys: [key(STAND_FRONT, 1.5, 1), key(pose(STAND_FRONT, { turn: -1 }), 3, 2), key(pose(STAND_FRONT, { turn: 1 }), 5, 2)],
    arrow: { joint: 'nose', dx: 0, dy: -20 },
    highlight: ['neck'],
    alt: 'Standing, facing you: the head turns slowly to look over one shoulder, then the other.',
  }),
  'shoulder-rolls': illustration({
    view: 'side',
    props: [SEAT],
    // Six points round a circle: forward and up toward the ears, back, then down.
    keys: [0, 60, 120, 180, 240, 300].map((deg) => key(pose(SIT, { shoulderShift: roll(deg) }), 1, 0)),
    stillKey: 0,
    arrow: { joint: 'shoulder-a', dx: -20, dy: -2 },
    highlight: ['shoulders'],
    alt: 'Sitting, side view: the shoulders circle up toward the ears, back, and down.',
  }),
  'cross-body-arm': illustration({
    view: 'front',
    keys: [key(STAND_FRONT, 2, 1), key(pose(STAND_FRONT, { armA: [78, 0], armB: [35, -143] }), 3, 6)],
    arrow: { joint: 'hand-a', dx: 0, dy: -10 },
    highlight: ['arm-a'],
    alt: 'Standing, facing you: one arm held straight across the chest, the other hand easing it in above the elbow.',
  }),
  'shoulder-blade-squeeze': illustration({
    view: 'back',
    props: [SEAT],
    keys: [key(SIT_BACK, 2, 1), key(pose(SIT_BACK, { blades: 1, shoulderShift: [0, -1.5], armA: [2, 4], armB: [-2, -4] }), 2, 3)],
    highlight: ['upper-back'],
    alt: 'Seen from behind, sitting: the shoulder blades drawn back and together, arms loose.',
  }),
  'doorway-opener': illustration({
    view: 'side',
    props: [prop('doorframe', null, -30, 0)],
    keys: [
      key(pose(STAND, { x: -4, armA: [90, 90], armB: [88, 92] }), 2, 1),
      key(pose(STAND, { x: 4, spine: 5, chest: -6, armA: [108, 76], armB: [106, 78], legA: [-22, 8], legB: [8, 4] }), 3, 5),
    ],
    arrow: { joint: 'chest', dx: 12, dy: -8 },
    highlight: ['chest'],
    alt: 'Side view in a doorway: forearms on the frame at shoulder height, one foot stepped forward, chest opening.',
  }),
  'thread-the-needle': illustration({
    view: 'side',
    props: [MAT],
    // Drawn facing left so the near arm, the one that threads through, is the left arm.
    keys: [
      key(mirrorPose(pose(FOURS, { x: -8 })), 2, 1),
      key(
        mirrorPose(
          pose(FOURS, {
            x: -8,
            spine: 110,
            chest: 8,
            neck: 0,
            head: 20,
            armA: [-66, 38],
            armB: [162, 5],
            legA: [-110, 90],
            legB: [-108, 90],
          }),
        ),
        4,
        6,
      ),
    ],
    arrow: { joint: 'head', dx: 0, dy: -14 },
    highlight: ['upper-back', 'shoulders'],
    alt: 'On hands and knees: one arm slid under the body, palm up, that shoulder and the side of the head lowered.',
  }),
  'cat-cow': illustration({
    view: 'side',
    props: [MAT],
    keys: [
      key(pose(FOURS, { spine: 80, chest: -22, neck: 0, head: -4, armA: [-58, 0], armB: [-56, 0], legA: [-80, 90], legB: [-78, 90] }), breathSec('in'), 0),
      key(pose(FOURS, { spine: 58, chest: 26, neck: 55, head: 12, armA: [-84, 0], armB: [-82, 0], legA: [-58, 90], legB: [-56, 90] }), breathSec('out'), 0),
    ],
    arrow: { joint: 'upper-back', dx: 0, dy: -12 },
    highlight: ['upper-back'],
    alt: 'On hands and knees: breathing out, the back rounds up and the head hangs; breathing in, the chest sinks and the gaze lifts.',
  }),
  'childs-pose': illustration({
    view: 'side',
    props: [MAT],
    keys: [
      key(pose(STAND, { x: -20, y: 150, armA: [-10, -20], armB: [-8, -20], legA: [-80, 170], legB: [-78, 168] }), 2, 1.5),
      key(pose(STAND, { x: -20, y: 150, spine: 70, chest: 11, neck: 59, head: 20, armA: [-147, 0], armB: [-145, 0], legA: [-150, 170], legB: [-148, 168] }), 4, 8),
    ],
    arrow: { joint: 'head', dx: 0, dy: -14 },
    highlight: ['upper-back'],
    alt: 'Kneeling, sitting back toward the heels, folded forward with the arms reaching ahead and the forehead resting.',
  }),
  'seated-rounding': illustration({
    view: 'side',
    props: [SEAT],
    keys: [
      key(pose(SIT, { armA: [-30, 140], armB: [-26, 136] }), 2, 1),
      key(pose(SIT, { chest: 34, neck: 26, head: 10, armA: [-30, 140], armB: [-26, 136] }), 3, 5),
    ],
    arrow: { joint: 'head', dx: 0, dy: -14 },
    highlight: ['upper-back'],
    alt: 'Sitting, hugging the shoulders: the chin drops and the upper back rounds forward.',
  }),
  'heat-or-cold': illustration({
    view: 'side',
    props: [SEAT, prop('pack', 'upper-back')],
    keys: [key(SIT, 4, 0), key(pose(SIT, { chest: -3, head: 3, shoulderShift: [0, 1] }), 6, 0)],
    stillKey: 0,
    highlight: ['upper-back'],
    alt: 'Sitting, side view: a pack wrapped in a cloth resting across the upper back.',
  }),
  'sleep-posture': illustration({
    view: 'side',
    props: [prop('bed', null, 0, 157), prop('pillow', 'neck', -7, 11, 6), prop('bolster', 'knee-a', -3, 16)],
    keys: [key(LYING_BACK, 5, 0), key(pose(LYING_BACK, { chest: -2 }), 5, 0)],
    stillKey: 0,
    highlight: [],
    alt: 'Lying on the back, a pillow under the knees and a gently curved pillow under the neck.',
    avoid: {
      view: 'side',
      pose: pose(LYING_BACK, { facing: -1, spine: -90, neck: 0, head: 0, armA: [0, 0], armB: [0, 0], legA: [0, 0], legB: [0, 0] }),
      props: [prop('bed', null, 0, 157)],
      alt: 'Crossed out: lying face down.',
    },
  }),
};
