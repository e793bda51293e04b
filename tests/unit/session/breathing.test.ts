import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../main/core/routine/catalog';
import type { BreathingPatternId } from '../../../main/core/routine/types';
import { breathingPhase } from '../../../renderer/lib/breathing';

const pattern = (id: BreathingPatternId) => {
  const found = CATALOG.breathingPatterns.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('breathingPhase', () => {
  it.each<[BreathingPatternId, number, string, number, number]>([
    ['relaxed', 0, 'in', 4000, 0],
    ['relaxed', 3999, 'in', 1, 0],
    ['relaxed', 4000, 'out', 6000, 0],
    ['relaxed', 9999, 'out', 1, 0],
    ['relaxed', 10_000, 'in', 4000, 1],
    ['relaxed', 185_000, 'out', 5000, 18],
    ['4-7-8', 4000, 'hold', 7000, 0],
    ['4-7-8', 11_000, 'out', 8000, 0],
    ['4-7-8', 19_000, 'in', 4000, 1],
    ['box', 8000, 'out', 4000, 0],
    ['box', 12_000, 'hold-out', 4000, 0],
    ['box', 16_000, 'in', 4000, 1],
  ])('%s at %i ms: %s, %i ms left, cycle %i', (id, elapsed, phase, remaining, cycle) => {
    const result = breathingPhase(pattern(id), elapsed);
    expect(result).toMatchObject({ phase, phaseRemainingMs: remaining, cycle });
  });

  it('reports progress through the phase', () => {
    expect(breathingPhase(pattern('relaxed'), 1000).phaseProgress).toBe(0.25);
    expect(breathingPhase(pattern('relaxed'), 7000).phaseProgress).toBe(0.5);
  });

  it.each([-5000, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY])(
    'treats nonsense time (%s) as the very start',
    (elapsed) => {
      expect(breathingPhase(pattern('box'), elapsed)).toEqual({
        phase: 'in',
        phaseRemainingMs: 4000,
        phaseProgress: 0,
        cycle: 0,
      });
    },
  );

  it('at any instant, the phase, progress and cycle reconstruct the elapsed time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATALOG.breathingPatterns),
        fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.double({ min: 0, max: 1e8, noNaN: true })),
        (p, elapsed) => {
          const r = breathingPhase(p, elapsed);
          const cycleMs = p.phases.reduce((sum, x) => sum + x.sec * 1000, 0);
          expect(r.cycle).toBe(Math.floor(elapsed / cycleMs));
          // Which phase: the one whose window in the cycle contains the instant.
          const within = elapsed - r.cycle * cycleMs;
          let start = 0;
          const index = p.phases.findIndex((x) => {
            const inside = within < start + x.sec * 1000;
            if (!inside) start += x.sec * 1000;
            return inside;
          });
          const current = p.phases[index];
          expect(current?.phase).toBe(r.phase);
          const length = (current?.sec ?? 0) * 1000;
          expect(r.phaseProgress).toBeGreaterThanOrEqual(0);
          expect(r.phaseProgress).toBeLessThan(1);
          expect(r.phaseRemainingMs).toBeGreaterThan(0);
          expect(r.phaseRemainingMs).toBeLessThanOrEqual(length);
          expect(r.cycle * cycleMs + start + r.phaseProgress * length).toBeCloseTo(elapsed, 3);
          expect(r.phaseRemainingMs + r.phaseProgress * length).toBeCloseTo(length, 3);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the phase changes exactly when phaseRemainingMs runs out, and not a millisecond before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATALOG.breathingPatterns),
        fc.integer({ min: 0, max: 10_000_000 }),
        (p, t) => {
          const now = breathingPhase(p, t);
          const boundary = t + now.phaseRemainingMs;
          const before = breathingPhase(p, boundary - 1);
          const after = breathingPhase(p, boundary);
          expect([before.phase, before.cycle]).toEqual([now.phase, now.cycle]);
          expect([after.phase, after.cycle]).not.toEqual([now.phase, now.cycle]);
          expect(after.phaseProgress).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
