import { describe, expect, it } from 'vitest';
import { checkpoints } from '../../../bench/chromium/routine-heap';

describe('the routine heap figure’s checkpoints', () => {
  // Three steps: 0–60 s, 60–90 s, 90–150 s.
  const lengths = [60_000, 30_000, 60_000];

  it('stops at every step boundary inside the window and at each reading, with the step due there', () => {
    expect(checkpoints(lengths, 1_000, [75_000, 120_000])).toEqual([
      { atMs: 60_000, reading: false, step: 1 },
      { atMs: 75_000, reading: true, step: 1 },
      { atMs: 90_000, reading: false, step: 2 },
      { atMs: 120_000, reading: true, step: 2 },
    ]);
  });

  it('leaves out boundaries before the window and after the last reading', () => {
    expect(checkpoints(lengths, 61_000, [80_000])).toEqual([{ atMs: 80_000, reading: true, step: 1 }]);
  });

  it('stops once at a reading that falls on a boundary, with the new step due', () => {
    expect(checkpoints(lengths, 0, [90_000, 100_000])).toEqual([
      { atMs: 60_000, reading: false, step: 1 },
      { atMs: 90_000, reading: true, step: 2 },
      { atMs: 100_000, reading: true, step: 2 },
    ]);
  });

  it('expects the step screen gone once the routine is over', () => {
    expect(checkpoints(lengths, 100_000, [200_000]).map((c) => c.step)).toEqual(['done', 'done']);
  });

  it('refuses readings that do not rise after the start, and steps of no length', () => {
    expect(() => checkpoints(lengths, 10_000, [])).toThrow(RangeError);
    expect(() => checkpoints(lengths, 10_000, [10_000])).toThrow(RangeError);
    expect(() => checkpoints(lengths, 0, [50_000, 40_000])).toThrow(RangeError);
    expect(() => checkpoints([60_000, 0], 0, [30_000])).toThrow(RangeError);
  });
});
