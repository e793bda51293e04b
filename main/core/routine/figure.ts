/**
 * The vocabulary of the illustrated routine: one figure, posed by joint angles. An illustration is
 * a few key poses plus a view and props; the renderer (renderer/figure) turns them into SVG by
 * forward kinematics. Plain data, no DOM: figure-schema.ts checks the same shapes at run time.
 *
 * Angles are degrees, clockwise on screen. For a figure facing right (+x), 0 points up and +90
 * points the way it faces. Limbs hang from their parent: 0 = straight down along the body,
 * negative swings them forward (so a seated thigh is -90 and its shin bends back down at +90).
 */

/** Front and back spread shoulders and hips sideways; side shows a profile (near limbs solid). */
export const FIGURE_VIEWS = ['front', 'back', 'side'] as const;
export type FigureView = (typeof FIGURE_VIEWS)[number];

/** Points of the posed figure that props, arrows and highlights can hang from. */
export const FIGURE_JOINTS = [
  'pelvis',
  'waist',
  'chest',
  'neck',
  'head',
  /** The face's centre: shows where the head looks (its turn, from the front). */
  'nose',
  'upper-back',
  'shoulder-a',
  'elbow-a',
  'hand-a',
  'shoulder-b',
  'elbow-b',
  'hand-b',
  'hip-a',
  'knee-a',
  'foot-a',
  'hip-b',
  'knee-b',
  'foot-b',
] as const;
export type FigureJoint = (typeof FIGURE_JOINTS)[number];

/** What is being stretched, drawn softly highlighted. */
export const BODY_PARTS = ['neck', 'shoulders', 'upper-back', 'chest', 'arm-a', 'arm-b'] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/**
 * Things around the figure. Props with a joint move with it (a pack on the upper back); the rest
 * stand at their offset from the middle of the top of the picture (FIGURE_BOX).
 */
export const PROP_KINDS = ['pillow', 'bolster', 'doorframe', 'pack', 'bed-edge', 'bed', 'mat'] as const;
export type PropKind = (typeof PROP_KINDS)[number];

export interface Prop {
  readonly kind: PropKind;
  readonly at: FigureJoint | null;
  readonly dx: number;
  readonly dy: number;
  /** Degrees; pillows and packs lie along the body. */
  readonly angle: number;
}

/** [upper segment, lower segment] of one arm or leg. */
export type LimbAngles = readonly [number, number];

export interface Pose {
  /**
   * 1: the figure faces right in a profile (its side a toward the viewer's right from the front);
   * -1: the mirror image. Every angle is read with it, so mirroring flips it and negates angles.
   */
  readonly facing: 1 | -1;
  /** Where the pelvis sits: x from the middle of the picture (so mirroring is exact), y from the top. */
  readonly x: number;
  readonly y: number;
  /** Lower back, absolute: 0 upright, 90 lying face down (facing right), -90 on the back. */
  readonly spine: number;
  /** Upper back relative to the lower: positive rounds forward. */
  readonly chest: number;
  readonly neck: number;
  readonly head: number;
  /** Head turned toward side a (1) or side b (-1); seen in the front view. */
  readonly turn: number;
  /** Shoulders moved forward and up, in picture units (shoulder rolls, squeezes). */
  readonly shoulderShift: readonly [number, number];
  /** Shoulder blades drawn together, 0-1 (seen in the back view). */
  readonly blades: number;
  /** Side a: drawn on the right in front and back views, nearest the viewer in a profile. */
  readonly armA: LimbAngles;
  readonly armB: LimbAngles;
  readonly legA: LimbAngles;
  readonly legB: LimbAngles;
}

/** One key pose and the time the figure takes to ease into it and then rest in it. */
export interface KeyPose {
  readonly pose: Pose;
  readonly moveSec: number;
  readonly holdSec: number;
}

/** The same figure drawn small and crossed out: a way not to do it. */
export interface AvoidPicture {
  readonly view: FigureView;
  readonly pose: Pose;
  readonly props: readonly Prop[];
  readonly alt: string;
}

export interface Illustration {
  readonly view: FigureView;
  readonly props: readonly Prop[];
  /** Played in a loop; one key pose is a still picture. Two-sided steps draw the left side. */
  readonly keys: readonly KeyPose[];
  /** The key pose shown still (reduced motion, thumbnails). */
  readonly stillKey: number;
  /**
   * With reduced motion, an arrow traces this joint from the first key pose to the still one
   * (round the whole loop when the still pose is the first), drawn shifted by dx, dy.
   */
  readonly arrow: { readonly joint: FigureJoint; readonly dx: number; readonly dy: number } | null;
  readonly highlight: readonly BodyPart[];
  /** The text alternative, in the catalog's voice: what the body is doing. */
  readonly alt: string;
  readonly avoid: AvoidPicture | null;
}

/** The picture every pose is drawn into, in figure units. */
export const FIGURE_BOX = { width: 200, height: 172 } as const;

/** Two-sided illustrations draw the left side first; the mirror image is the right side. */
export const SIDE_WORDS = { first: 'Left side', second: 'Right side' } as const;

const flipLimb = (limb: LimbAngles): LimbAngles => [-limb[0], -limb[1]];

/**
 * The same pose seen in a mirror: left becomes right. Angles and facing flip; the head's turn and
 * shoulder shifts are read relative to facing, so they stay. Mirroring twice gives the pose back.
 */
export function mirrorPose(pose: Pose): Pose {
  return {
    ...pose,
    facing: pose.facing === 1 ? -1 : 1,
    x: -pose.x,
    spine: -pose.spine,
    chest: -pose.chest,
    neck: -pose.neck,
    head: -pose.head,
    armA: flipLimb(pose.armA),
    armB: flipLimb(pose.armB),
    legA: flipLimb(pose.legA),
    legB: flipLimb(pose.legB),
  };
}

export function mirrorProp(prop: Prop): Prop {
  return { ...prop, dx: -prop.dx, angle: -prop.angle };
}

export function mirrorIllustration(ill: Illustration): Illustration {
  return {
    ...ill,
    props: ill.props.map(mirrorProp),
    keys: ill.keys.map((key) => ({ ...key, pose: mirrorPose(key.pose) })),
    arrow: ill.arrow && { ...ill.arrow, dx: -ill.arrow.dx },
    avoid: ill.avoid && {
      ...ill.avoid,
      pose: mirrorPose(ill.avoid.pose),
      props: ill.avoid.props.map(mirrorProp),
    },
  };
}
