/** Summary statistics for benchmark samples. Pure functions; inputs are never mutated. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new RangeError('no samples');
  if (samples.some((x) => !Number.isFinite(x))) throw new RangeError('samples must be finite numbers');
  return [...samples].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100), interpolating linearly between the two nearest ranks (the
 * "type 7" definition spreadsheets use), so p50 of an even count is the mean of the middle two.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, got ${p}`);
  const xs = sorted(samples);
  const rank = (p / 100) * (xs.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = xs[lower] ?? 0;
  const high = xs[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function summarize(samples: readonly number[]): Summary {
  const xs = sorted(samples);
  return { median: median(xs), min: xs[0] ?? 0, max: xs[xs.length - 1] ?? 0, runs: xs.length };
}
