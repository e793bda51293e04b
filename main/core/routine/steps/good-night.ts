import { EN_TERMS } from '../translations/glossary';
import type { CatalogStep } from '../types';
import { SORENESS_SCALE } from './shared';

export const INFO_STEPS = [
  {
    id: 'good-night',
    kind: 'info',
    title: 'Good night',
    bodyArea: 'whole-body',
    boundsSec: { min: 15, max: 120, default: 30 },
    twoSided: false,
    halfTimeCue: null,
    // Bedtime is when people think about tomorrow, so the daytime habits (P1) go here.
    cues: [
      'Lights off. Let your body grow heavy.',
      'Tomorrow, short stretch breaks through the day keep your upper back loose.',
      'Warm up before a workout, and lift with your legs, close to your body.',
    ],
    cautions: [
      {
        text: `If the soreness keeps coming back or gets worse, see ${EN_TERMS.professional}.`,
        source: { article: 'S5' },
      },
    ],
    rating: { moment: 'after', question: 'How does it feel now?', ...SORENESS_SCALE },
    source: { article: 'P1' },
  },
] as const satisfies readonly CatalogStep[];
