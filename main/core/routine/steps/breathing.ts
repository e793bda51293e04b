import { BREATHING_SEC_RANGE } from '../../settings/vocabulary';
import { BREATHING_SAFETY } from '../safety';
import type { CatalogStep } from '../types';

export const BREATHING_STEPS = [
  {
    id: 'paced-breathing',
    kind: 'breathing',
    title: 'Slow breathing',
    bodyArea: 'whole-body',
    // The breathing-length setting offers exactly this range.
    boundsSec: { ...BREATHING_SEC_RANGE, default: 180 },
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Lie down or lean back, and close your eyes if you like.',
      'Follow the guide: in through your nose, out softly through your mouth.',
      'Let every breath out be long and unhurried.',
    ],
    cautions: BREATHING_SAFETY,
    rating: null,
    // The article suggests deep breathing against stress-driven tension (S3); the pacing is general.
    source: { article: 'S3', general: 'breathing' },
  },
] as const satisfies readonly CatalogStep[];
