import { BREATHING_SEC_RANGE } from '../../settings/vocabulary';
import { BREATHING_SAFETY } from '../safety';
import type { BreathingPattern, CatalogStep } from '../types';

export const BREATHING_STEPS: readonly CatalogStep[] = [
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
];

const PACED = { article: 'S3', general: 'breathing' } as const;

export const BREATHING_PATTERNS: readonly BreathingPattern[] = [
  {
    id: 'relaxed',
    label: 'Relaxed: in 4, out 6',
    // 10 s a breath is 6 breaths a minute, the slow pace general guidance suggests.
    phases: [
      { phase: 'in', sec: 4 },
      { phase: 'out', sec: 6 },
    ],
    source: PACED,
  },
  {
    id: '4-7-8',
    label: '4-7-8: in 4, hold 7, out 8',
    phases: [
      { phase: 'in', sec: 4 },
      { phase: 'hold', sec: 7 },
      { phase: 'out', sec: 8 },
    ],
    source: PACED,
  },
  {
    id: 'box',
    label: 'Box: in 4, hold 4, out 4, hold 4',
    phases: [
      { phase: 'in', sec: 4 },
      { phase: 'hold', sec: 4 },
      { phase: 'out', sec: 4 },
      { phase: 'hold-out', sec: 4 },
    ],
    source: PACED,
  },
];
