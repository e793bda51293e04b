/**
 * The morning check-in's quick factors: the few things the article names as worth watching
 * (sleeping posture, the pillow, muscle fatigue from lifting or sport, stress). Each is optional
 * and answered with one tap. This file owns their keys, their choices and every word about them:
 * the form, the records and "What seems to help" all read it.
 */
export const FACTORS = {
  sleptOn: {
    question: 'How you slept',
    choices: { back: 'On your back', side: 'On your side', front: 'Face down', mixed: "Mixed or don't know" },
    /** "Mornings after …": the values "What seems to help" compares (not knowing is not a habit). */
    after: { back: 'sleeping on your back', side: 'sleeping on your side', front: 'sleeping face down' },
  },
  pillow: {
    question: 'Pillow',
    choices: { usual: 'Usual', different: 'Different' },
    after: { different: 'a different pillow' },
  },
  lifting: {
    question: 'Heavy lifting or sport yesterday',
    choices: { yes: 'Yes', no: 'No' },
    after: { yes: 'a day with heavy lifting or sport' },
  },
  stress: {
    question: 'Stress yesterday',
    choices: { low: 'Low', some: 'Some', high: 'High' },
    after: { high: 'a day of high stress', some: 'a day of some stress', low: 'a day of low stress' },
  },
} as const satisfies Record<
  string,
  { question: string; choices: Record<string, string>; after: Record<string, string> }
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
