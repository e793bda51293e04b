import { EN_TERMS } from '../translations/glossary';
import type { CatalogStep } from '../types';
import { SORENESS_SCALE } from './shared';

export const SETTLE_STEPS = [
  {
    id: 'settle-in',
    kind: 'settle',
    title: 'Settle in',
    bodyArea: 'whole-body',
    // Long enough to sit down and answer the rating; short enough not to feel like waiting.
    boundsSec: { min: 30, max: 180, default: 60 },
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Sit on the edge of the bed, both feet flat on the floor.',
      'Let your shoulders drop away from your ears.',
      'Notice where your upper back feels tight. Just notice it.',
    ],
    cautions: [
      {
        text: `Pain together with chest pressure, breathlessness or numb arms is not for a routine: open "${EN_TERMS.whenToGetHelp}" now.`,
        source: { general: 'urgent-care' },
      },
    ],
    rating: { moment: 'before', question: 'How sore is your upper back right now?', ...SORENESS_SCALE },
    // Winding down first lowers the day's tension before any stretching (S3).
    source: { article: 'S3' },
  },
] as const satisfies readonly CatalogStep[];
