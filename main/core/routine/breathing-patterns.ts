/** The paced-breathing patterns the breathing step can follow. */
import { BREATHING_PATTERN_LABELS as LABELS, type BreathingPattern } from './types';

const PACED = { article: 'S3', general: 'breathing' } as const;

export const BREATHING_PATTERNS: readonly BreathingPattern[] = [
  {
    id: 'relaxed',
    label: LABELS.relaxed,
    // 10 s a breath is 6 breaths a minute, the slow pace general guidance suggests.
    phases: [
      { phase: 'in', sec: 4 },
      { phase: 'out', sec: 6 },
    ],
    source: PACED,
  },
  {
    id: '4-7-8',
    label: LABELS['4-7-8'],
    phases: [
      { phase: 'in', sec: 4 },
      { phase: 'hold', sec: 7 },
      { phase: 'out', sec: 8 },
    ],
    source: PACED,
  },
  {
    id: 'box',
    label: LABELS.box,
    phases: [
      { phase: 'in', sec: 4 },
      { phase: 'hold', sec: 4 },
      { phase: 'out', sec: 4 },
      { phase: 'hold-out', sec: 4 },
    ],
    source: PACED,
  },
];
