import type { CatalogStep } from '../types';
import { ONE_SIDED_BOUNDS, STRETCH_SOURCE, TWO_SIDED_BOUNDS } from './shared';

export const NECK_STRETCHES = [
  {
    id: 'chin-tuck',
    kind: 'stretch',
    title: 'Chin tuck',
    bodyArea: 'neck',
    boundsSec: ONE_SIDED_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Sit tall and look straight ahead.',
      'Glide your chin straight back, as if making a double chin.',
      'Hold for a few breaths, then let go and repeat.',
    ],
    cautions: [
      { text: 'Keep the movement small; your head stays level.', source: { general: 'stretching' } },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'neck-side-bend',
    kind: 'stretch',
    title: 'Neck side bend',
    bodyArea: 'neck',
    boundsSec: TWO_SIDED_BOUNDS,
    twoSided: true,
    halfTimeCue: 'Switch sides: lift your head slowly, then tilt it the other way.',
    cues: [
      'Let one ear drift toward the shoulder below it.',
      'Keep the other shoulder heavy and low.',
      'Soften a little more each time you breathe out.',
    ],
    cautions: [
      { text: 'Let gravity do the work; do not pull your head.', source: { general: 'stretching' } },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'look-left-right',
    kind: 'stretch',
    title: 'Slow look left and right',
    bodyArea: 'neck',
    boundsSec: ONE_SIDED_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Turn your head slowly to look over one shoulder.',
      'Pause at the first gentle pull, then turn to the other side.',
      'Keep your chin level all the way round.',
    ],
    cautions: [
      { text: 'Turn only as far as feels easy; stop if you get dizzy.', source: { general: 'stretching' } },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
] as const satisfies readonly CatalogStep[];
