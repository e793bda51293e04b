import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../../../main/core/routine/catalog';
import {
  FIGURE_BOX,
  mirrorIllustration,
  mirrorPose,
  type Illustration,
} from '../../../../../../main/core/routine/figure';
import { ILLUSTRATIONS } from '../../../../../../main/core/routine/poses';
import { cycleMs, keyReachedMs, loopPose, momentAt } from '../../../../../../renderer/figure/motion';
import { drawFigure, extentOf, movementArrow, type Shape } from '../../../../../../renderer/figure/scene';
import { BUILD } from '../../../../../../renderer/figure/skeleton';

const entries = Object.entries(ILLUSTRATIONS);
const stepOf = (id: string) => {
  const step = CATALOG.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

function numbers(shape: Shape): number[] {
  if (shape.kind === 'dot') return [shape.at.x, shape.at.y, shape.r];
  if (shape.kind === 'line') return [...shape.points.flatMap((p) => [p.x, p.y]), shape.width];
  return [shape.at.x, shape.at.y, shape.w, shape.h, shape.r, shape.angle];
}

/** Problems with one drawing: anything not finite, outside the picture, or a limb of no length. */
function problems(shapes: readonly Shape[], where: string): string[] {
  const found: string[] = [];
  // The glow may spill a little past the edge; the body and props may not.
  for (const shape of shapes.filter((s) => s.role !== 'glow')) {
    if (!numbers(shape).every(Number.isFinite))
      found.push(`${where}: ${shape.role} ${shape.kind} not finite`);
    const e = extentOf(shape);
    if (e.minX < 0 || e.minY < 0 || e.maxX > FIGURE_BOX.width || e.maxY > FIGURE_BOX.height) {
      found.push(
        `${where}: ${shape.role} ${shape.kind} outside the picture (${[e.minX, e.minY, e.maxX, e.maxY].map((n) => n.toFixed(1)).join(', ')})`,
      );
    }
    if (shape.kind === 'line' && (shape.role === 'body' || shape.role === 'far')) {
      shape.points.slice(1).forEach((p, i) => {
        const q = shape.points[i];
        if (q && Math.hypot(p.x - q.x, p.y - q.y) < 1)
          found.push(`${where}: a ${shape.role} limb segment of length zero`);
      });
    }
  }
  return found;
}

function drawAt(ill: Illustration, ms: number, durationMs: number, twoSided: boolean): Shape[] {
  const moment = momentAt(ill, ms, durationMs, twoSided);
  const shown = moment.side === 'second' ? mirrorIllustration(ill) : ill;
  return drawFigure({ view: shown.view, pose: moment.pose, props: moment.props, highlight: shown.highlight });
}

describe('the rig draws every pose of every step', () => {
  it.each(entries)(
    '%s: every instant of the step, finite, inside the picture, no limb of length zero',
    (id, ill) => {
      const step = stepOf(id);
      const durationMs = step.boundsSec.max * 1000;
      const found: string[] = [];
      for (let ms = 0; ms <= durationMs; ms += 250)
        found.push(...problems(drawAt(ill, ms, durationMs, step.twoSided), `${ms} ms`));
      for (const shown of [ill, mirrorIllustration(ill)]) {
        shown.keys.forEach((k, i) => {
          const drawing = drawFigure({
            view: shown.view,
            pose: k.pose,
            props: shown.props,
            highlight: shown.highlight,
          });
          found.push(...problems(drawing, `key ${i}`));
        });
        found.push(...problems(movementArrow(shown), 'arrow'));
        if (shown.avoid)
          found.push(...problems(drawFigure({ ...shown.avoid, highlight: [] }), 'crossed-out picture'));
      }
      expect(found).toEqual([]);
    },
  );

  it('draws the whole figure: head, torso, two arms, two legs, two hands', () => {
    for (const [, ill] of entries) {
      const shapes = drawFigure({ view: ill.view, pose: loopPose(ill.keys, 0), props: [], highlight: [] });
      const limbs = shapes.filter((s) => s.kind === 'line' && (s.role === 'body' || s.role === 'far'));
      expect(limbs.length).toBeGreaterThanOrEqual(6);
      expect(shapes.some((s) => s.kind === 'dot' && s.r === BUILD.headR)).toBe(true);
      expect(shapes.filter((s) => s.kind === 'dot' && s.r === BUILD.handR)).toHaveLength(2);
    }
  });

  it('highlights the part being stretched', () => {
    for (const [id, ill] of entries) {
      const shapes = drawFigure({
        view: ill.view,
        pose: loopPose(ill.keys, 0),
        props: [],
        highlight: ill.highlight,
      });
      expect(
        shapes.filter((s) => s.role === 'tint'),
        id,
      ).toHaveLength(ill.highlight.length);
    }
  });

  it('draws an arrow of the movement for the still picture of each step that moves', () => {
    const still = ['heat-or-cold', 'sleep-posture', 'shoulder-blade-squeeze'];
    for (const [id, ill] of entries) expect(movementArrow(ill).length > 0, id).toBe(!still.includes(id));
  });
});

describe('the pose follows the step clock', () => {
  const neck = ILLUSTRATIONS['neck-side-bend'];
  if (!neck) throw new Error('no neck side bend');

  it('is a pure function of elapsed time, and reaches each key pose on time', () => {
    expect(momentAt(neck, 1234, 60_000, true)).toEqual(momentAt(neck, 1234, 60_000, true));
    neck.keys.forEach((k, i) => expect(loopPose(neck.keys, keyReachedMs(neck.keys, i))).toEqual(k.pose));
    expect(loopPose(neck.keys, cycleMs(neck.keys) + 10)).toEqual(loopPose(neck.keys, 10));
  });

  it('mirrors a two-sided step exactly at half time and says which side', () => {
    expect(momentAt(neck, 29_999, 60_000, true).side).toBe('first');
    const second = momentAt(neck, 30_000, 60_000, true);
    expect(second.side).toBe('second');
    // Through JSON: mixing can turn -0 into 0, which is the same place.
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    expect(plain(second.pose)).toEqual(plain(mirrorPose(momentAt(neck, 0, 60_000, true).pose)));
    expect(momentAt(neck, 45_000, 60_000, false).side).toBeNull();
  });

  it('moves slowly: each loop lasts several seconds, and a cat-cow breath matches the relaxed pattern', () => {
    for (const [id, ill] of entries) {
      if (ill.keys.length > 1) expect(cycleMs(ill.keys), id).toBeGreaterThanOrEqual(5_000);
    }
    const relaxed = CATALOG.breathingPatterns.find((p) => p.id === 'relaxed');
    const catCow = ILLUSTRATIONS['cat-cow'];
    expect(catCow && cycleMs(catCow.keys)).toBe(relaxed?.phases.reduce((sum, p) => sum + p.sec * 1000, 0));
  });
});
