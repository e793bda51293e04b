/**
 * The illustrated routine: for each catalog step of kind stretch, posture or heat-or-cold, the
 * figure's key poses, view and props (see figure.ts for the angle conventions). Adding an
 * exercise means adding poses here, not drawing. figure-schema.ts validates this data in tests.
 */
import { mirrorPose, type Illustration } from './figure';
import {
  breathSec,
  FOURS,
  illustration,
  key,
  LYING_BACK,
  MAT,
  pose,
  prop,
  roll,
  SEAT,
  SIT,
  SIT_BACK,
  STAND,
  STAND_FRONT,
} from './pose-kit';

const DRAWN = {
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
    keys: [
      key(STAND_FRONT, 1.5, 1),
      key(pose(STAND_FRONT, { turn: -1 }), 3, 2),
      key(pose(STAND_FRONT, { turn: 1 }), 5, 2),
    ],
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
    keys: [
      key(SIT_BACK, 2, 1),
      key(pose(SIT_BACK, { blades: 1, shoulderShift: [0, -1.5], armA: [2, 4], armB: [-2, -4] }), 2, 3),
    ],
    highlight: ['upper-back'],
    alt: 'Seen from behind, sitting: the shoulder blades drawn back and together, arms loose.',
  }),
  'doorway-opener': illustration({
    view: 'side',
    props: [prop('doorframe', null, -30, 0)],
    keys: [
      key(pose(STAND, { x: -4, armA: [90, 90], armB: [88, 92] }), 2, 1),
      key(
        pose(STAND, {
          x: 4,
          spine: 5,
          chest: -6,
          armA: [108, 76],
          armB: [106, 78],
          legA: [-22, 8],
          legB: [8, 4],
        }),
        3,
        5,
      ),
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
      key(
        pose(FOURS, {
          spine: 80,
          chest: -22,
          neck: 0,
          head: -4,
          armA: [-58, 0],
          armB: [-56, 0],
          legA: [-80, 90],
          legB: [-78, 90],
        }),
        breathSec('in'),
        0,
      ),
      key(
        pose(FOURS, {
          spine: 58,
          chest: 26,
          neck: 55,
          head: 12,
          armA: [-84, 0],
          armB: [-82, 0],
          legA: [-58, 90],
          legB: [-56, 90],
        }),
        breathSec('out'),
        0,
      ),
    ],
    arrow: { joint: 'upper-back', dx: 0, dy: -12 },
    highlight: ['upper-back'],
    alt: 'On hands and knees: breathing out, the back rounds up and the head hangs; breathing in, the chest sinks and the gaze lifts.',
  }),
  'childs-pose': illustration({
    view: 'side',
    props: [MAT],
    keys: [
      key(
        pose(STAND, {
          x: -20,
          y: 150,
          armA: [-10, -20],
          armB: [-8, -20],
          legA: [-80, 170],
          legB: [-78, 168],
        }),
        2,
        1.5,
      ),
      key(
        pose(STAND, {
          x: -20,
          y: 150,
          spine: 70,
          chest: 11,
          neck: 59,
          head: 20,
          armA: [-147, 0],
          armB: [-145, 0],
          legA: [-150, 170],
          legB: [-148, 168],
        }),
        4,
        8,
      ),
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
      pose: pose(LYING_BACK, {
        facing: -1,
        spine: -90,
        neck: 0,
        head: 0,
        armA: [0, 0],
        armB: [0, 0],
        legA: [0, 0],
        legB: [0, 0],
      }),
      props: [prop('bed', null, 0, 157)],
      alt: 'Crossed out: lying face down.',
    },
  }),
} satisfies Readonly<Record<string, Illustration>>;

/** The steps that have a picture: each needs a text description in every language. */
export type PoseId = keyof typeof DRAWN;

export const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = DRAWN;
