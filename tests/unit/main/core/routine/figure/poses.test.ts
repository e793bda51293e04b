import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../../../main/core/routine/catalog';
import {
  FIGURE_BOX,
  mirrorIllustration,
  mirrorPose,
  type Pose,
} from '../../../../../../main/core/routine/figure';
import {
  IllustrationSchema,
  IllustrationsSchema,
  PoseSchema,
} from '../../../../../../main/core/routine/figure-schema';
import { ILLUSTRATIONS } from '../../../../../../main/core/routine/poses';
import { FIGURE_JOINTS } from '../../../../../../main/core/routine/figure';
import { solve } from '../../../../../../renderer/figure/skeleton';

const ILLUSTRATED_KINDS: readonly string[] = ['stretch', 'posture', 'heat-or-cold'];

const angle = fc.double({ min: -180, max: 180, noNaN: true });
const limb = fc.tuple(angle, angle);
const arbitraryPose: fc.Arbitrary<Pose> = fc.record({
  facing: fc.constantFrom(1 as const, -1 as const),
  x: fc.double({ min: -FIGURE_BOX.width / 2, max: FIGURE_BOX.width / 2, noNaN: true }),
  y: fc.double({ min: 0, max: FIGURE_BOX.height, noNaN: true }),
  spine: angle,
  chest: angle,
  neck: angle,
  head: angle,
  turn: fc.double({ min: -1, max: 1, noNaN: true }),
  shoulderShift: fc.tuple(
    fc.double({ min: -12, max: 12, noNaN: true }),
    fc.double({ min: -12, max: 12, noNaN: true }),
  ),
  blades: fc.double({ min: 0, max: 1, noNaN: true }),
  armA: limb,
  armB: limb,
  legA: limb,
  legB: limb,
});

describe('the illustrated routine: pose data', () => {
  it('illustrates every catalog step of kind stretch, posture or heat-or-cold', () => {
    const needed = CATALOG.steps.filter((s) => ILLUSTRATED_KINDS.includes(s.kind)).map((s) => s.id);
    expect(needed.length).toBeGreaterThanOrEqual(13);
    expect(needed.filter((id) => ILLUSTRATIONS[id] === undefined)).toEqual([]);
  });

  it('illustrates only steps the catalog has', () => {
    const ids = new Set(CATALOG.steps.map((s) => s.id));
    expect(Object.keys(ILLUSTRATIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('passes its schema', () => {
    const result = v.safeParse(IllustrationsSchema, ILLUSTRATIONS);
    expect(result.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? []).toEqual([]);
  });

  it('the schema refuses broken poses: unknown fields, wrong types, out of the picture, bad still key', () => {
    const chin = ILLUSTRATIONS['chin-tuck'];
    if (!chin) throw new Error('no chin tuck');
    const first = chin.keys[0]?.pose;
    expect(v.is(PoseSchema, { ...first, extra: 1 })).toBe(false);
    expect(v.is(PoseSchema, { ...first, spine: '10' })).toBe(false);
    expect(v.is(PoseSchema, { ...first, x: FIGURE_BOX.width + 1 })).toBe(false);
    expect(v.is(PoseSchema, { ...first, neck: Number.NaN })).toBe(false);
    expect(v.is(PoseSchema, { ...first, facing: 0 })).toBe(false);
    expect(v.is(IllustrationSchema, { ...chin, stillKey: chin.keys.length })).toBe(false);
    expect(v.is(IllustrationSchema, { ...chin, keys: [] })).toBe(false);
    expect(v.is(IllustrationSchema, { ...chin, alt: 'x'.repeat(500) })).toBe(false);
    expect(v.is(IllustrationSchema, { ...chin, keys: chin.keys.map((k) => ({ ...k, holdSec: 29 })) })).toBe(
      false,
    );
    expect(v.is(IllustrationSchema, chin)).toBe(true);
  });

  it('has a text alternative for every illustration, each different', () => {
    const alts = Object.values(ILLUSTRATIONS).map((ill) => ill.alt);
    expect(new Set(alts).size).toBe(alts.length);
  });
});

describe('mirroring', () => {
  it('is an involution on every illustration: mirrored twice is the original', () => {
    for (const ill of Object.values(ILLUSTRATIONS)) {
      expect(mirrorIllustration(mirrorIllustration(ill))).toEqual(ill);
      expect(mirrorIllustration(ill)).not.toEqual(ill);
    }
  });

  it('is an involution on any pose', () => {
    fc.assert(
      fc.property(arbitraryPose, (pose) => {
        expect(mirrorPose(mirrorPose(pose))).toEqual(pose);
      }),
    );
  });

  it('draws every joint at its mirror image across the middle of the picture', () => {
    fc.assert(
      fc.property(
        arbitraryPose,
        fc.constantFrom('front' as const, 'back' as const, 'side' as const),
        (pose, view) => {
          const plain = solve(pose, view);
          const mirrored = solve(mirrorPose(pose), view);
          for (const joint of FIGURE_JOINTS) {
            expect(mirrored[joint].x).toBeCloseTo(FIGURE_BOX.width - plain[joint].x, 6);
            expect(mirrored[joint].y).toBeCloseTo(plain[joint].y, 6);
          }
        },
      ),
    );
  });
});
