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
  },
  pillow: {
    question: 'Pillow',
    choices: { usual: 'Usual', different: 'Different' },
  },
  lifting: {
    question: 'Heavy lifting or sport yesterday',
    choices: { yes: 'Yes', no: 'No' },
  },
  stress: {
    question: 'Stress yesterday',
    choices: { low: 'Low', some: 'Some', high: 'High' },
  },
} as const;

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
