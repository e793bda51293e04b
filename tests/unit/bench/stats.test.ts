import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../../bench/stats';

describe('bench stats', () => {
  it('takes the middle sample of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles between ranks and hits the extremes at 0 and 100', () => {
    const xs = [10, 20, 30, 40, 50];
    expect(percentile(xs, 0)).toBe(10);
    expect(percentile(xs, 100)).toBe(50);
    expect(percentile(xs, 25)).toBe(20);
    expect(percentile(xs, 99)).toBeCloseTo(49.6);
  });

  it('summarizes without reordering the caller’s array', () => {
    const xs = [3, 1, 2];
    expect(summarize(xs)).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(xs).toEqual([3, 1, 2]);
  });

  it('refuses empty input, non-finite samples and out-of-range percentiles', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});
