/**
 * Run-time schema of the illustrated routine (figure.ts), typed against the hand-written types so
 * the two cannot drift. The catalog's illustrations are checked with it in tests; anything that
 * loads poses from elsewhere (a pack of one's own exercises) checks them with it too.
 */
import * as v from 'valibot';
import {
  BODY_PARTS,
  FIGURE_BOX,
  FIGURE_JOINTS,
  FIGURE_VIEWS,
  PROP_KINDS,
  type AvoidPicture,
  type Illustration,
  type KeyPose,
  type Pose,
  type Prop,
} from './figure';
import { stepIdSchema } from '../settings/schema';

/** A text alternative is read in one breath. */
export const MAX_ALT_CHARS = 140;
/** Bedtime pace: one loop of key poses is a few slow seconds, never a long wait to see it. */
export const MAX_CYCLE_SEC = 30;
const MAX_KEYS = 6;
const MAX_PROPS = 6;

const num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const angle = num(-360, 360);
const limb = v.tuple([angle, angle]);
const alt = v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(MAX_ALT_CHARS));

export const PoseSchema: v.GenericSchema<unknown, Pose> = v.strictObject({
  facing: v.union([v.literal(1), v.literal(-1)]),
  x: num(-FIGURE_BOX.width / 2, FIGURE_BOX.width / 2),
  y: num(0, FIGURE_BOX.height),
  spine: angle,
  chest: angle,
  neck: angle,
  head: angle,
  turn: num(-1, 1),
  shoulderShift: v.tuple([num(-12, 12), num(-12, 12)]),
  blades: num(0, 1),
  armA: limb,
  armB: limb,
  legA: limb,
  legB: limb,
});

export const PropSchema: v.GenericSchema<unknown, Prop> = v.strictObject({
  kind: v.picklist(PROP_KINDS),
  at: v.nullable(v.picklist(FIGURE_JOINTS)),
  dx: num(-FIGURE_BOX.width, FIGURE_BOX.width),
  dy: num(-FIGURE_BOX.height, FIGURE_BOX.height),
  angle,
});

export const KeyPoseSchema: v.GenericSchema<unknown, KeyPose> = v.strictObject({
  pose: PoseSchema,
  moveSec: num(0, MAX_CYCLE_SEC),
  holdSec: num(0, MAX_CYCLE_SEC),
});

const AvoidSchema: v.GenericSchema<unknown, AvoidPicture> = v.strictObject({
  view: v.picklist(FIGURE_VIEWS),
  pose: PoseSchema,
  props: v.pipe(v.array(PropSchema), v.maxLength(MAX_PROPS)),
  alt,
});

export const IllustrationSchema: v.GenericSchema<unknown, Illustration> = v.pipe(
  v.strictObject({
    view: v.picklist(FIGURE_VIEWS),
    props: v.pipe(v.array(PropSchema), v.maxLength(MAX_PROPS)),
    keys: v.pipe(v.array(KeyPoseSchema), v.minLength(1), v.maxLength(MAX_KEYS)),
    stillKey: v.pipe(v.number(), v.integer(), v.minValue(0)),
    arrow: v.nullable(
      v.strictObject({ joint: v.picklist(FIGURE_JOINTS), dx: num(-40, 40), dy: num(-40, 40) }),
    ),
    highlight: v.pipe(v.array(v.picklist(BODY_PARTS)), v.maxLength(BODY_PARTS.length)),
    alt,
    avoid: v.nullable(AvoidSchema),
  }),
  v.check((ill) => ill.stillKey < ill.keys.length, 'The still key pose must be one of the key poses'),
  v.check(
    (ill) =>
      ill.keys.length === 1 || ill.keys.reduce((s, k) => s + k.moveSec + k.holdSec, 0) <= MAX_CYCLE_SEC,
    `One loop of key poses must last at most ${MAX_CYCLE_SEC} seconds`,
  ),
);

export const IllustrationsSchema = v.record(stepIdSchema, IllustrationSchema);
