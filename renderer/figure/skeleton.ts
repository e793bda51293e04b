/**
 * Forward kinematics: a pose's joint angles become joint positions in the picture (FIGURE_BOX).
 * Pure arithmetic (no DOM), so the unit tests and the contact sheet use exactly what the page draws.
 */
import {
  FIGURE_BOX,
  type FigureJoint,
  type FigureView,
  type LimbAngles,
  type Pose,
} from '$core/routine/figure';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Segment lengths and thicknesses, in picture units: the one place the figure's build lives. */
export const BUILD = {
  lowerBack: 22,
  upperBack: 26,
  neck: 8,
  headR: 11,
  upperArm: 26,
  forearm: 23,
  handR: 5.5,
  thigh: 34,
  shin: 32,
  foot: 10,
  /** Half the shoulder and hip spread in the front and back views. */
  shoulderHalf: 15,
  hipHalf: 7,
  limb: 11,
  torsoSide: 22,
  torsoFront: 28,
} as const;

export type Joints = Readonly<Record<FigureJoint, Point>> & {
  /** Toe tips, for the feet. */
  readonly 'toe-a': Point;
  readonly 'toe-b': Point;
  /** Absolute angle of the upper back, for things lying along it. */
  readonly chestAngle: number;
  readonly headAngle: number;
  /** 90 or -90: added to an angle, it turns toward where the figure faces. */
  readonly ahead: number;
};

const RAD = Math.PI / 180;

/** The unit vector of an absolute angle: 0 up, 90 toward +x. */
export function direction(deg: number): Point {
  return { x: Math.sin(deg * RAD), y: -Math.cos(deg * RAD) };
}

export function along(from: Point, deg: number, length: number): Point {
  const d = direction(deg);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
}

function limb(
  root: Point,
  parentDeg: number,
  angles: LimbAngles,
  upper: number,
  lower: number,
): [Point, Point, number] {
  const upperDeg = parentDeg + 180 + angles[0];
  const mid = along(root, upperDeg, upper);
  const lowerDeg = upperDeg + angles[1];
  return [mid, along(mid, lowerDeg, lower), lowerDeg];
}

export function solve(pose: Pose, view: FigureView): Joints {
  // A quarter turn toward where the figure faces (its front in a profile, side a from the front).
  const ahead = 90 * pose.facing;
  const pelvis = { x: FIGURE_BOX.width / 2 + pose.x, y: pose.y };
  const waist = along(pelvis, pose.spine, BUILD.lowerBack);
  const chestAngle = pose.spine + pose.chest;
  const chest = along(waist, chestAngle, BUILD.upperBack);
  const neckAngle = chestAngle + pose.neck;
  const neck = along(chest, neckAngle, BUILD.neck);
  const headAngle = neckAngle + pose.head;
  const head = along(neck, headAngle, BUILD.headR * 0.9);
  const side = view === 'side';
  // In a profile both shoulders (and hips) sit on the spine; seen from front or back they spread.
  const spread = side ? 0 : BUILD.shoulderHalf;
  const [forward, up] = pose.shoulderShift;
  const shoulderBase = along(
    along(chest, chestAngle, up - (side ? 3 : 2)),
    chestAngle + ahead,
    side ? forward : 0,
  );
  const shoulderA = along(shoulderBase, chestAngle + ahead, spread);
  const shoulderB = along(shoulderBase, chestAngle + ahead, -spread);
  const hipSpread = side ? 0 : BUILD.hipHalf;
  const hipA = along(pelvis, pose.spine + ahead, hipSpread);
  const hipB = along(pelvis, pose.spine + ahead, -hipSpread);
  const [elbowA, handA] = limb(shoulderA, chestAngle, pose.armA, BUILD.upperArm, BUILD.forearm);
  const [elbowB, handB] = limb(shoulderB, chestAngle, pose.armB, BUILD.upperArm, BUILD.forearm);
  const [kneeA, footA, shinA] = limb(hipA, pose.spine, pose.legA, BUILD.thigh, BUILD.shin);
  const [kneeB, footB, shinB] = limb(hipB, pose.spine, pose.legB, BUILD.thigh, BUILD.shin);
  // Feet point the way the figure faces in a profile, or back along the shin when kneeling; from
  // the front they are short stubs turned out.
  const toe = (foot: Point, shin: number, out: number): Point => {
    if (!side) return along(foot, shin + out * pose.facing, BUILD.foot * 0.45);
    const kneeling = Math.sin(shin * RAD) * pose.facing < -0.6;
    return along(foot, kneeling ? shin : shin - ahead, BUILD.foot);
  };
  const upperBack = along(
    along(waist, chestAngle, BUILD.upperBack * 0.55),
    chestAngle - ahead,
    BUILD.torsoSide / 2,
  );
  const nose =
    view === 'side'
      ? along(head, headAngle + ahead, BUILD.headR - 0.5)
      : along(
          along(head, headAngle + ahead, view === 'front' ? pose.turn * BUILD.headR * 0.72 : 0),
          headAngle,
          -1.5,
        );
  return {
    pelvis,
    nose,
    waist,
    chest,
    neck,
    head,
    'upper-back': side ? upperBack : along(waist, chestAngle, BUILD.upperBack * 0.55),
    'shoulder-a': shoulderA,
    'elbow-a': elbowA,
    'hand-a': handA,
    'shoulder-b': shoulderB,
    'elbow-b': elbowB,
    'hand-b': handB,
    'hip-a': hipA,
    'knee-a': kneeA,
    'foot-a': footA,
    'hip-b': hipB,
    'knee-b': kneeB,
    'foot-b': footB,
    'toe-a': toe(footA, shinA, -20),
    'toe-b': toe(footB, shinB, 20),
    chestAngle,
    headAngle,
    ahead,
  };
}
