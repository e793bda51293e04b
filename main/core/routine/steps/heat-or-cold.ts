import { HEAT_COLD_SAFETY } from '../safety';
import type { CatalogStep } from '../types';

export const HEAT_COLD_STEPS = [
  {
    id: 'heat-or-cold',
    kind: 'heat-or-cold',
    title: 'Heat or cold on your upper back',
    bodyArea: 'upper-back',
    // 20 minutes is the general safety ceiling for one session; 15 leaves room below it.
    boundsSec: { min: 300, max: 1200, default: 900 },
    twoSided: false,
    halfTimeCue: 'Halfway: lift the pack for a moment and check your skin.',
    cues: [
      'Wrap the pack in a thin towel before it touches you.',
      'Lie or sit so the pack rests across your upper back.',
      'Let your breathing slow down while it works.',
      'Not sure which helps? Use heat one night and cold another, then keep the winner.',
    ],
    // Shown before the timer starts (the session waits for the user to confirm).
    cautions: HEAT_COLD_SAFETY,
    rating: null,
    source: { article: 'S4', general: 'heat-cold' },
    methods: {
      heat: 'Warm, never hot: a heat pack, a hot-water bottle or a warm damp towel.',
      cold: 'A cold pack or a bag of frozen peas, wrapped in cloth.',
    },
  },
] as const satisfies readonly CatalogStep[];
