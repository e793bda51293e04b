/**
 * The morning check-in's quick factors: the few things the article names as worth watching
 * (sleeping posture, the pillow, muscle fatigue from lifting or sport, stress). Each is optional
 * and answered with one tap. This file owns their keys and their choices, each naming its words in
 * the catalogs: the form, the records and "What seems to help" all read it.
 */
import type enHistory from '../locale/en/history';
import type { InsightWords } from '../locale/main-messages';

/** The history catalog's words for a question or a choice (the check-in form's, in the renderer). */
export type FactorWord = keyof typeof enHistory & `factor${string}`;
/** The insights catalog's "Mornings after …" words (main's). */
export type AfterWord = keyof InsightWords & `after${string}`;

export const FACTORS = {
  sleptOn: {
    question: 'factorSleptOn',
    choices: { back: 'factorBack', side: 'factorSide', front: 'factorFront', mixed: 'factorMixed' },
    /**
     * "Mornings after …": the values "What seems to help" compares (not knowing is not a habit),
     * each with its words' key in the insights catalog.
     */
    after: { back: 'afterSleptOnBack', side: 'afterSleptOnSide', front: 'afterSleptOnFront' },
  },
  pillow: {
    question: 'factorPillow',
    choices: { usual: 'factorUsual', different: 'factorDifferent' },
    after: { different: 'afterPillowDifferent' },
  },
  lifting: {
    question: 'factorLifting',
    choices: { yes: 'factorYes', no: 'factorNo' },
    after: { yes: 'afterLiftingYes' },
  },
  stress: {
    question: 'factorStress',
    choices: { low: 'factorLow', some: 'factorSome', high: 'factorHigh' },
    after: { high: 'afterStressHigh', some: 'afterStressSome', low: 'afterStressLow' },
  },
} as const satisfies Record<
  string,
  { question: FactorWord; choices: Record<string, FactorWord>; after: Record<string, AfterWord> }
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
