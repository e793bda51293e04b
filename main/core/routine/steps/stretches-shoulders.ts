import type { CatalogStep } from '../types';
import { ONE_SIDED_BOUNDS, STRETCH_SOURCE, TWO_SIDED_BOUNDS } from './shared';

export const SHOULDER_STRETCHES = [
  {
    id: 'shoulder-rolls',
    kind: 'stretch',
    title: 'Shoulder rolls',
    bodyArea: 'shoulders',
    boundsSec: ONE_SIDED_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Lift your shoulders toward your ears, then roll them back and down.',
      'Make the circles slow and wide.',
      'After a few rounds, reverse the direction.',
    ],
    cautions: [{ text: 'Keep the circles smooth rather than fast.', source: { general: 'stretching' } }],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'cross-body-arm',
    kind: 'stretch',
    title: 'Cross-body arm stretch',
    bodyArea: 'shoulders',
    boundsSec: TWO_SIDED_BOUNDS,
    twoSided: true,
    halfTimeCue: 'Switch sides: release slowly and bring the other arm across.',
    cues: [
      'Bring one arm across your chest at shoulder height.',
      'With the other hand, ease it closer from just above the elbow.',
      'Keep that shoulder low, away from your ear.',
    ],
    cautions: [
      { text: 'Press on the upper arm, never on the elbow joint.', source: { general: 'stretching' } },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'shoulder-blade-squeeze',
    kind: 'stretch',
    title: 'Shoulder-blade squeeze',
    bodyArea: 'shoulders',
    boundsSec: ONE_SIDED_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Sit tall with your arms loose by your sides.',
      'Draw your shoulder blades back and together, as if pinching a pencil between them.',
      'Hold for a breath or two, then let go completely.',
    ],
    cautions: [
      {
        text: 'Keep your shoulders down and your lower back from arching.',
        source: { general: 'stretching' },
      },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
] as const satisfies readonly CatalogStep[];
