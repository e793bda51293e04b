import { describe, expect, it } from 'vitest';
import { alternate, describeSides, pairedRatios } from '../../../bench/ratio';

describe('side-by-side ratios', () => {
  it('alternates which side runs first, run by run, and keeps each side’s samples in run order', async () => {
    const calls: string[] = [];
    let n = 0;
    const paired = await alternate(
      4,
      () => (calls.push('a'), (n += 1)),
      async () => (calls.push('b'), (n += 1) * 10),
    );
    expect(calls).toEqual(['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    expect(paired).toEqual({ a: [1, 4, 5, 8], b: [20, 30, 60, 70] });
  });

  it('refuses a run count that is not a whole number of at least one', async () => {
    await expect(
      alternate(
        0,
        () => 1,
        () => 1,
      ),
    ).rejects.toThrow(RangeError);
    await expect(
      alternate(
        1.5,
        () => 1,
        () => 1,
      ),
    ).rejects.toThrow(RangeError);
  });

  it('divides run by run, not median by median', () => {
    // Medians 10 and 10 would say 1×; every run says the first side took twice as long.
    expect(pairedRatios({ a: [2, 10, 40], b: [1, 5, 20] })).toEqual([2, 2, 2]);
  });

  it('refuses unpaired, empty or non-positive denominators rather than printing a meaningless ratio', () => {
    expect(() => pairedRatios({ a: [1, 2], b: [1] })).toThrow(RangeError);
    expect(() => pairedRatios({ a: [], b: [] })).toThrow(RangeError);
    expect(() => pairedRatios({ a: [1], b: [0] })).toThrow(RangeError);
    expect(() => pairedRatios({ a: [1], b: [Number.NaN] })).toThrow(RangeError);
  });

  it('summarizes both sides with their labels and units, numerator first', () => {
    const [a, b] = describeSides(
      { a: [3, 1, 2], b: [30, 10, 20] },
      { label: 'app', unit: 'ms' },
      { label: 'baseline', unit: 'ms' },
    );
    expect(a).toEqual({ label: 'app', unit: 'ms', median: 2, min: 1, max: 3, runs: 3 });
    expect(b).toMatchObject({ label: 'baseline', median: 20 });
  });
});
