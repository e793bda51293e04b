/**
 * The morning check-in's quick factors: the few things the article names as worth watching
 * (sleeping posture, the pillow, muscle fatigue from lifting or sport, stress). Each is optional
 * and answered with one tap. This file owns their keys, their choices and every word about them:
 * the form, the records and "What seems to help" all read it.
 */
import type { InsightWords } from '../locale/main-messages';

/** The insights catalog's "Mornings after …" words. */
export type AfterWord = keyof InsightWords & `after${string}`;

export const FACTORS = {
  sleptOn: {
    question: 'How you slept',
    choices: { back: 'On your back', side: 'On your side', front: 'Face down', mixed: "Mixed or don't know" },
    /**
     * "Mornings after …": the values "What seems to help" compares (not knowing is not a habit),
     * each with its words' key in the insights catalog.
     */
    after: { back: 'afterSleptOnBack', side: 'afterSleptOnSide', front: 'afterSleptOnFront' },
  },
  pillow: {
    question: 'Pillow',
    choices: { usual: 'Usual', different: 'Different' },
    after: { different: 'afterPillowDifferent' },
  },
  lifting: {
    question: 'Heavy lifting or sport yesterday',
    choices: { yes: 'Yes', no: 'No' },
    after: { yes: 'afterLiftingYes' },
  },
  stress: {
    question: 'Stress yesterday',
    choices: { low: 'Low', some: 'Some', high: 'High' },
    after: { high: 'afterStressHigh', some: 'afterStressSome', low: 'afterStressLow' },
  },
} as const satisfies Record<
  string,
  { question: string; choices: Record<string, string>; after: Record<string, AfterWord> }
>;

export type FactorKey = keyof typeof FACTORS;
export type FactorValue<K extends FactorKey> = keyof (typeof FACTORS)[K]['choices'] & string;
export type Factors = { [K in FactorKey]?: FactorValue<K> };

export const FACTOR_KEYS = Object.keys(FACTORS) as FactorKey[];

export function factorValues<K extends FactorKey>(key: K): Array<FactorValue<K>> {
  return Object.keys(FACTORS[key].choices) as Array<FactorValue<K>>;
}

export function isFactorValue<K extends FactorKey>(key: K, value: unknown): value is FactorValue<K> {
  return typeof value === 'string' && Object.hasOwn(FACTORS[key].choices, value);
}

/** The message for a value outside a factor's choices, shared by the schema and the fast reader. */
export function factorMessage(key: FactorKey): string {
  return `Expected one of: ${factorValues(key).join(', ')}`;
}

/** Only the answered factors, in the fixed order, from any object that may carry them. */
export function pickFactors(source: Partial<Record<FactorKey, unknown>>): Factors {
  const factors: Record<string, string> = {};
  for (const key of FACTOR_KEYS) {
    const value = source[key];
    if (isFactorValue(key, value)) factors[key] = value;
  }
  return factors as Factors;
}
