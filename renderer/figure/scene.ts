/**
 * A posed figure as a list of simple shapes in drawing order (props behind, far limbs, body, near
 * limbs, highlight, props in front, arrow). Figure.svelte only maps shapes to SVG elements and
 * roles to theme colours, so everything here is checked in Node.
 */
import {
  FIGURE_BOX,
  type BodyPart,
  type FigureView,
  type Illustration,
  type KeyPose,
  type Pose,
  type Prop,
} from '$core/routine/figure';
import { mixPose } from './motion';
import { along, BUILD, solve, type Joints, type Point } from './skeleton';

/** Colour roles; the component gives each a theme colour. */
export type Role = 'far' | 'body' | 'glow' | 'tint' | 'detail' | 'prop' | 'cloth' | 'pack' | 'arrow';

export type Shape =
  | { readonly kind: 'line'; readonly role: Role; readonly points: readonly Point[]; readonly width: number }
  | { readonly kind: 'dot'; readonly role: Role; readonly at: Point; readonly r: number }
  | {
      readonly kind: 'box';
      readonly role: Role;
      /** Centre. */
      readonly at: Point;
      readonly w: number;
      readonly h: number;
      readonly r: number;
      readonly angle: number;
    };

/** Where the floor is, for props that stand on it. */
export const FLOOR_Y = 164;

const line = (role: Role, width: number, ...points: Point[]): Shape => ({
  kind: 'line',
  role,
  points,
  width,
});
const box = (role: Role, at: Point, w: number, h: number, r: number, angle = 0): Shape => ({
  kind: 'box',
  role,
  at,
  w,
  h,
  r,
  angle,
});

function propShapes(prop: Prop, joints: Joints, view: FigureView): Shape[] {
  const base = prop.at === null ? { x: FIGURE_BOX.width / 2, y: 0 } : joints[prop.at];
  const at = { x: base.x + prop.dx, y: base.y + prop.dy };
  switch (prop.kind) {
    case 'pillow':
      return [box('cloth', at, 36, 11, 5.5, prop.angle)];
    case 'bolster':
      return [box('cloth', at, view === 'side' ? 17 : 60, 17, 8.5, prop.angle)];
    case 'doorframe':
      return [box('prop', { x: at.x, y: (12 + FLOOR_Y) / 2 }, 9, FLOOR_Y - 12, 2)];
    case 'pack': {
      // Flat against the back in a profile (along the upper back), face-on from behind.
      const angle = view === 'side' ? joints.chestAngle - joints.ahead + prop.angle : prop.angle;
      const centre = view === 'side' ? along(at, joints.chestAngle - joints.ahead, 3) : at;
      const [w, h] = view === 'side' ? [30, 6] : [34, 22];
      return [box('cloth', centre, w + 6, h + 4, 4, angle), box('pack', centre, w - 4, h - 2, 3, angle)];
    }
    case 'bed-edge': {
      // The seat's top sits just under the pelvis; it runs back behind the figure in a profile.
      const top = at.y + BUILD.limb / 2;
      const [left, right] = view === 'side' ? [at.x - 52, at.x + 10] : [at.x - 46, at.x + 46];
      return [box('prop', { x: (left + right) / 2, y: (top + FLOOR_Y) / 2 }, right - left, FLOOR_Y - top, 4)];
    }
    case 'bed':
      return [box('prop', at, 184, 16, 6, prop.angle)];
    case 'mat':
      return [box('prop', at, 184, 5, 2.5, prop.angle)];
  }
}

/** Props the body rests on or against are drawn behind it; a pack lies on top of it. */
const IN_FRONT: ReadonlySet<Prop['kind']> = new Set(['pack']);

function partLines(part: BodyPart, j: Joints, view: FigureView): { width: number; points: Point[] } {
  const side = view === 'side';
  const upper = (shift: number): Point[] => [
    along(along(j.waist, j.chestAngle, 5), j.chestAngle + j.ahead, shift),
    along(j.chest, j.chestAngle + j.ahead, shift),
  ];
  switch (part) {
    case 'neck':
      return { width: 9, points: [j.chest, j.neck] };
    case 'shoulders':
      return side
        ? { width: 13, points: [j['shoulder-a'], along(j['shoulder-a'], j.chestAngle + 180, 2)] }
        : { width: 12, points: [j['shoulder-a'], j['shoulder-b']] };
    case 'upper-back':
      return side
        ? { width: BUILD.torsoSide / 2, points: upper(-BUILD.torsoSide / 4) }
        : { width: 16, points: upper(0) };
    case 'chest':
      return side
        ? { width: BUILD.torsoSide / 2, points: upper(BUILD.torsoSide / 4) }
        : { width: 20, points: upper(0) };
    case 'arm-a':
      return { width: BUILD.limb, points: [j['shoulder-a'], j['elbow-a']] };
    case 'arm-b':
      return { width: BUILD.limb, points: [j['shoulder-b'], j['elbow-b']] };
  }
}

function details(j: Joints, pose: Pose, view: FigureView): Shape[] {
  // A nose shows which way the head faces: in profile, and from the front as the head turns.
  if (view === 'side') return [{ kind: 'dot', role: 'body', at: j.nose, r: 2.6 }];
  if (view === 'front') {
    const edge = along(j.head, j.headAngle + j.ahead, Math.sign(pose.turn) * (BUILD.headR - 0.5));
    const bump: Shape[] = Math.abs(pose.turn) > 0.55 ? [{ kind: 'dot', role: 'body', at: edge, r: 2.6 }] : [];
    return [...bump, { kind: 'dot', role: 'detail', at: j.nose, r: 1.8 }];
  }
  // From behind: the spine and the two shoulder blades, which close up as they squeeze.
  const gap = 8 - 4.5 * pose.blades;
  const blade = (sign: number): Shape =>
    line(
      'detail',
      3,
      ...[9, 19].map((d) => along(along(j.chest, j.chestAngle + 180, d), j.chestAngle + j.ahead, sign * gap)),
    );
  return [
    line('detail', 1.6, along(j.waist, j.chestAngle + 180, 6), along(j.chest, j.chestAngle + 180, 5)),
    blade(1),
    blade(-1),
  ];
}

export interface Drawing {
  readonly view: FigureView;
  readonly pose: Pose;
  readonly props: readonly Prop[];
  readonly highlight: readonly BodyPart[];
}

/** Every shape of one posed figure. */
export function drawFigure({ view, pose, props, highlight }: Drawing): Shape[] {
  const j = solve(pose, view);
  const side = view === 'side';
  const armA = line('body', BUILD.limb, j['shoulder-a'], j['elbow-a'], j['hand-a']);
  const armB = line(side ? 'far' : 'body', BUILD.limb, j['shoulder-b'], j['elbow-b'], j['hand-b']);
  const legA = line('body', BUILD.limb + 1, j['hip-a'], j['knee-a'], j['foot-a'], j['toe-a']);
  const legB = line(side ? 'far' : 'body', BUILD.limb + 1, j['hip-b'], j['knee-b'], j['foot-b'], j['toe-b']);
  const hand = (at: Point, role: Role): Shape => ({ kind: 'dot', role, at, r: BUILD.handR });
  const parts = highlight.map((part) => partLines(part, j, view));
  const propsBehind = props.filter((p) => !IN_FRONT.has(p.kind)).flatMap((p) => propShapes(p, j, view));
  const propsFront = props.filter((p) => IN_FRONT.has(p.kind)).flatMap((p) => propShapes(p, j, view));
  // The torso's rounded top stops just above the shoulders, so the neck shows.
  const torsoWidth = side ? BUILD.torsoSide : BUILD.torsoFront;
  const torso = line('body', torsoWidth, j.pelvis, j.waist, along(j.chest, j.chestAngle, 4 - torsoWidth / 2));
  const shoulders = side ? [] : [line('body', BUILD.limb + 2, j['shoulder-a'], j['shoulder-b'])];
  // Seen from behind, a seated figure's legs are hidden by the seat: draw them before it.
  const legs = [legB, legA];
  const behindSeat = view === 'back';
  return [
    ...(behindSeat ? legs : []),
    ...propsBehind,
    ...parts.map((p) => line('glow', p.width + 12, ...p.points)),
    // In a profile the far arm is behind the body; from front or back both arms are in front of it.
    ...(side ? [armB, hand(j['hand-b'], 'far')] : []),
    ...(behindSeat ? [] : legs),
    torso,
    ...shoulders,
    ...(side ? [] : [armB, hand(j['hand-b'], 'body')]),
    line('body', 9, j.chest, j.neck),
    { kind: 'dot', role: 'body', at: j.head, r: BUILD.headR },
    ...details(j, pose, view),
    ...parts.map((p) => line('tint', p.width, ...p.points)),
    armA,
    hand(j['hand-a'], 'body'),
    ...propsFront,
  ];
}

/** Poses from the first key to the still one (round the loop when that is the first), finely. */
function pathPoses(keys: readonly KeyPose[], still: number): Pose[] {
  const stops = still === 0 ? [...keys, ...keys.slice(0, 1)] : keys.slice(0, still + 1);
  const poses: Pose[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a === undefined || b === undefined) continue;
    for (let s = i === 1 ? 0 : 1; s <= 10; s += 1) poses.push(mixPose(a.pose, b.pose, s / 10));
  }
  return poses;
}

/** Small movements (a chin tuck, a shoulder roll) get an arrow big enough to read: 16 units across. */
const MIN_ARROW = 16;
function exaggerate(points: readonly Point[]): readonly Point[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  if (!(extent > 0.5) || extent >= MIN_ARROW) return points;
  const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const cy = ys.reduce((a, b) => a + b, 0) / ys.length;
  const k = MIN_ARROW / extent;
  return points.map((p) => ({ x: cx + (p.x - cx) * k, y: cy + (p.y - cy) * k }));
}

/** The drawn arrow of the movement, for a still picture; empty when nothing moves visibly. */
export function movementArrow(ill: Illustration): Shape[] {
  if (ill.arrow === null) return [];
  const { joint, dx, dy } = ill.arrow;
  const traced = pathPoses(ill.keys, ill.stillKey).map((pose) => {
    const at = solve(pose, ill.view)[joint];
    return { x: at.x + dx, y: at.y + dy };
  });
  const points = exaggerate(traced);
  const end = points.at(-1);
  const before = points.at(-3);
  if (end === undefined || before === undefined) return [];
  const length = points
    .slice(1)
    .reduce((sum, p, i) => sum + Math.hypot(p.x - (points[i]?.x ?? p.x), p.y - (points[i]?.y ?? p.y)), 0);
  if (length < 12) return [];
  const heading = (Math.atan2(end.x - before.x, before.y - end.y) * 180) / Math.PI;
  const head = line('arrow', 3, along(end, heading + 150, 7), end, along(end, heading - 150, 7));
  return [line('arrow', 3, ...points), head];
}

export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Everything a shape covers, stroke width included. */
export function extentOf(shape: Shape): Box {
  if (shape.kind === 'dot') {
    const { at, r } = shape;
    return { minX: at.x - r, maxX: at.x + r, minY: at.y - r, maxY: at.y + r };
  }
  if (shape.kind === 'line') {
    const half = shape.width / 2;
    const xs = shape.points.map((p) => p.x);
    const ys = shape.points.map((p) => p.y);
    return {
      minX: Math.min(...xs) - half,
      maxX: Math.max(...xs) + half,
      minY: Math.min(...ys) - half,
      maxY: Math.max(...ys) + half,
    };
  }
  const a = (shape.angle * Math.PI) / 180;
  const hw = Math.abs((shape.w / 2) * Math.cos(a)) + Math.abs((shape.h / 2) * Math.sin(a));
  const hh = Math.abs((shape.w / 2) * Math.sin(a)) + Math.abs((shape.h / 2) * Math.cos(a));
  return { minX: shape.at.x - hw, maxX: shape.at.x + hw, minY: shape.at.y - hh, maxY: shape.at.y + hh };
}

/** Where the small crossed-out picture sits, and how small it is. */
export const INSET = { x: 124, y: 6, scale: 0.36, box: { minX: 4, minY: 60, maxX: 196, maxY: 158 } } as const;

/**
 * The part of the picture a step's drawings use, with a margin, so a small figure fills its
 * frame. Taken over every key pose on both sides, so the frame holds still while the body moves.
 */
export function frameOf(ill: Illustration, mirrored: Illustration): Box {
  const shapes = [ill, mirrored].flatMap((shown) => [
    ...shown.keys.flatMap((k) =>
      drawFigure({ view: shown.view, pose: k.pose, props: shown.props, highlight: [] }),
    ),
    ...movementArrow(shown),
  ]);
  const boxes = shapes.map(extentOf);
  if (ill.avoid) {
    const { x, y, scale, box } = INSET;
    boxes.push({
      minX: x + box.minX * scale,
      minY: y + box.minY * scale,
      maxX: x + box.maxX * scale,
      maxY: y + box.maxY * scale,
    });
  }
  const margin = 4;
  return {
    minX: Math.max(0, Math.min(...boxes.map((b) => b.minX)) - margin),
    minY: Math.max(0, Math.min(...boxes.map((b) => b.minY)) - margin),
    maxX: Math.min(FIGURE_BOX.width, Math.max(...boxes.map((b) => b.maxX)) + margin),
    maxY: Math.min(FIGURE_BOX.height, Math.max(...boxes.map((b) => b.maxY)) + margin),
  };
}
