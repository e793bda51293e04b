import type { CatalogStep } from '../types';

export const POSTURE_STEPS = [
  {
    id: 'sleep-posture',
    kind: 'posture',
    title: 'Set up your sleep posture',
    bodyArea: 'whole-body',
    // Time to fetch a pillow for under the knees and settle into bed.
    boundsSec: { min: 30, max: 300, default: 90 },
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Lie on your back.',
      'Tuck a pillow or a rolled blanket under your knees.',
      'Pick a pillow with a gentle curve that fills the space under your neck.',
      'Let your head, neck and back rest in one easy line.',
    ],
    cautions: [
      {
        text: 'Try not to sleep face down: it twists your neck and loads your upper back.',
        source: { article: 'S1' },
      },
    ],
    rating: null,
    source: { article: 'S1' },
  },
] as const satisfies readonly CatalogStep[];
