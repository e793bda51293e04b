/**
 * Where the figure is at an instant: a pure function of the step's elapsed time, so the player's
 * one clock drives it and a hidden window (no frames) simply shows the right pose on return.
 */
import {
  mirrorIllustration,
  type Illustration,
  type KeyPose,
  type Pose,
  type Prop,
} from '$core/routine/figure';

/** Slow at both ends, as a body moves when it is not in a hurry. */
export function ease(u: number): number {
  const t = Math.min(1, Math.max(0, u));
  return (1 - Math.cos(Math.PI * t)) / 2;
}

const mix = (a: number, b: number, u: number): number => a + (b - a) * u;
const mixPair = (a: readonly [number, number], b: readonly [number, number], u: number): [number, number] => [
  mix(a[0], b[0], u),
  mix(a[1], b[1], u),
];

export function mixPose(a: Pose, b: Pose, u: number): Pose {
  return {
    facing: b.facing,
    x: mix(a.x, b.x, u),
    y: mix(a.y, b.y, u),
    spine: mix(a.spine, b.spine, u),
    chest: mix(a.chest, b.chest, u),
    neck: mix(a.neck, b.neck, u),
    head: mix(a.head, b.head, u),
    turn: mix(a.turn, b.turn, u),
    shoulderShift: mixPair(a.shoulderShift, b.shoulderShift, u),
    blades: mix(a.blades, b.blades, u),
    armA: mixPair(a.armA, b.armA, u),
    armB: mixPair(a.armB, b.armB, u),
    legA: mixPair(a.legA, b.legA, u),
    legB: mixPair(a.legB, b.legB, u),
  };
}

export function cycleMs(keys: readonly KeyPose[]): number {
  return keys.reduce((sum, key) => sum + (key.moveSec + key.holdSec) * 1000, 0);
}

/** The pose `ms` into the loop of key poses: ease from the previous key into each, then rest. */
export function loopPose(keys: readonly KeyPose[], ms: number): Pose {
  const first = keys[0];
  if (first === undefined) throw new Error('An illustration needs at least one key pose');
  const length = cycleMs(keys);
  if (keys.length === 1 || length <= 0) return first.pose;
  let within = (((Number.isFinite(ms) ? ms : 0) % length) + length) % length;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? first;
    const before = keys[(i + keys.length - 1) % keys.length] ?? first;
    const move = key.moveSec * 1000;
    if (within < move) return mixPose(before.pose, key.pose, ease(within / move));
    within -= move;
    const hold = key.holdSec * 1000;
    if (within < hold) return key.pose;
    within -= hold;
  }
  return first.pose;
}

/** The instant, within one loop, at which key `index` has just been reached. */
export function keyReachedMs(keys: readonly KeyPose[], index: number): number {
  return keys
    .slice(0, index + 1)
    .reduce((sum, key, i) => sum + key.moveSec * 1000 + (i < index ? key.holdSec * 1000 : 0), 0);
}

export interface FigureMoment {
  readonly pose: Pose;
  readonly props: readonly Prop[];
  /** Two-sided steps: which side the picture shows; null otherwise. */
  readonly side: 'first' | 'second' | null;
}

/**
 * The picture at `elapsedMs` into a step of `durationMs`. A two-sided step starts its loop again
 * at half time, mirrored: the same instant the player says "switch sides".
 */
export function momentAt(
  ill: Illustration,
  elapsedMs: number,
  durationMs: number,
  twoSided: boolean,
): FigureMoment {
  const half = durationMs / 2;
  const second = twoSided && elapsedMs >= half;
  const shown = second ? mirrorIllustration(ill) : ill;
  return {
    pose: loopPose(shown.keys, second ? elapsedMs - half : elapsedMs),
    props: shown.props,
    side: twoSided ? (second ? 'second' : 'first') : null,
  };
}
