/** What a benchmark figure is, and the two things measuring one can produce. */
import { describeSides, pairedRatios, type Paired, type Side } from './ratio';
import { summarize } from './stats';

export interface Budget {
  /** The figure passes when its value is at most this. */
  readonly max?: number;
  /** The figure passes when its value is at least this. */
  readonly min?: number;
}

export interface Measured {
  readonly kind: 'measured';
  /** The headline number the budget is checked against (the median unless the note says otherwise). */
  readonly value: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly note: string;
  /** For a ratio: both sides' absolute values from the same run (numerator first). */
  readonly sides?: readonly Side[];
}

/** The feature behind the figure has not landed: reported as such, never as a number. */
export interface NotMeasured {
  readonly kind: 'not-measured';
  /** What the table shows instead of a value. */
  readonly status: 'not measured yet' | 'not present';
  readonly note: string;
}

export type Outcome = Measured | NotMeasured;

export interface BenchOptions {
  /** Also run `npm test` (slow: minutes) instead of reading its last recorded wall time. */
  readonly withTests: boolean;
}

export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly budget?: Budget;
  measure(options: BenchOptions): Promise<Outcome>;
}

/** A measured outcome whose value is the median of the samples. */
export function fromSamples(samples: readonly number[], note: string): Measured {
  const s = summarize(samples);
  return { kind: 'measured', value: s.median, ...s, note };
}

/**
 * A ratio figure: the median of the per-run ratios a/b of two sides measured alternately in the
 * same run, with both sides' absolutes kept beside it.
 */
export function fromPaired(
  paired: Paired,
  a: { label: string; unit: string },
  b: { label: string; unit: string },
  note: string,
): Measured {
  return { ...fromSamples(pairedRatios(paired), note), sides: describeSides(paired, a, b) };
}

/** A measurement that ended in a known way that fails its figure (the report shows the message, no stack). */
export class FigureFailed extends Error {
  override readonly name = 'FigureFailed';
}

export function notMeasuredYet(reason: string): NotMeasured {
  return { kind: 'not-measured', status: 'not measured yet', note: `not measured yet: ${reason}` };
}

/** The thing the figure weighs does not exist in this build yet (it passes: there is nothing to weigh). */
export function notPresent(reason: string): NotMeasured {
  return { kind: 'not-measured', status: 'not present', note: `not present: ${reason}` };
}

/**
 * Several figures computed by one measurement (both sides of a comparison, p50 and p99 of one
 * sample set) share it through this: the first figure asked runs it, the others reuse the result.
 */
export function sharedMeasurement<T>(run: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= run());
}
