/**
 * Ratios measured side by side: the two sides of a comparison run alternately (A B, B A, A B…)
 * in the same run, and the ratio is taken run by run, so whatever the machine is doing at a
 * moment weighs on both sides alike. Pure apart from calling the measurements it is given.
 */
import { summarize, type Summary } from './stats';

/** One side of a ratio, in its own unit, as measured in the same run. */
export interface Side extends Summary {
  readonly label: string;
  readonly unit: string;
}

export interface Paired {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/**
 * `runs` measurements of each side, alternating which goes first (A B, B A, …) so neither side
 * always gets the warmer or the colder machine. Sequential: the two never compete for a core.
 */
export async function alternate(
  runs: number,
  measureA: () => Promise<number> | number,
  measureB: () => Promise<number> | number,
): Promise<Paired> {
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`runs must be a whole number ≥ 1, got ${runs}`);
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      a.push(await measureA());
      b.push(await measureB());
    } else {
      b.push(await measureB());
      a.push(await measureA());
    }
  }
  return { a, b };
}

/** a[i] / b[i] for each run; both sides must have the same number of runs and b must be positive. */
export function pairedRatios(paired: Paired): number[] {
  const { a, b } = paired;
  if (a.length !== b.length) throw new RangeError(`unpaired samples: ${a.length} against ${b.length}`);
  if (a.length === 0) throw new RangeError('no samples');
  return a.map((x, i) => {
    const y = b[i] ?? Number.NaN;
    if (!(y > 0)) throw new RangeError(`run ${i + 1}: the denominator is ${y}, not a positive number`);
    return x / y;
  });
}

/**
 * For rates (higher is better) a speed ratio is a/b of rates; for durations the same question
 * ("how many times slower") is a/b of times. Both are the plain per-run quotient; this names the
 * side summaries so the report can show the absolutes beside the ratio.
 */
export function describeSides(
  paired: Paired,
  a: { label: string; unit: string },
  b: { label: string; unit: string },
): [Side, Side] {
  return [
    { ...a, ...summarize(paired.a) },
    { ...b, ...summarize(paired.b) },
  ];
}
