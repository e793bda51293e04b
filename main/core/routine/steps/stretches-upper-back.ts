import type { CatalogStep } from '../types';
import { ONE_SIDED_BOUNDS, STRETCH_SOURCE, TWO_SIDED_BOUNDS } from './shared';

/** Floor stretches get a longer minimum: getting onto hands and knees takes a moment. */
const FLOOR_BOUNDS = { min: 30, max: 180, default: 60 };

export const UPPER_BACK_STRETCHES = [
  {
    id: 'cat-cow',
    kind: 'stretch',
    title: 'Cat-cow',
    bodyArea: 'upper-back',
    boundsSec: FLOOR_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Start on hands and knees, wrists under shoulders.',
      'Breathing out, round your back up toward the ceiling and let your head hang.',
      'Breathing in, let your chest sink a little and gaze slightly ahead.',
      'Move slowly, in time with your breath.',
    ],
    cautions: [
      {
        text: 'Put a pillow under your knees if kneeling is uncomfortable.',
        source: { general: 'stretching' },
      },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'thread-the-needle',
    kind: 'stretch',
    title: 'Thread the needle',
    bodyArea: 'upper-back',
    boundsSec: TWO_SIDED_BOUNDS,
    twoSided: true,
    halfTimeCue: 'Switch sides: come back to hands and knees, then thread the other arm through.',
    cues: [
      'From hands and knees, slide one arm under your body, palm up.',
      'Lower that shoulder and the side of your head toward the floor.',
      'Keep your hips over your knees and breathe into your upper back.',
    ],
    cautions: [
      {
        text: 'Rest your head on a cushion if it does not reach the floor comfortably.',
        source: { general: 'stretching' },
      },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'childs-pose',
    kind: 'stretch',
    title: "Child's pose",
    bodyArea: 'upper-back',
    boundsSec: FLOOR_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Kneel, sit back toward your heels and fold forward.',
      'Walk your hands ahead of you and let your forehead rest.',
      'Feel each breath widen the back of your ribs.',
    ],
    cautions: [
      {
        text: 'Widen your knees, or tuck a pillow under your hips, if your knees object.',
        source: { general: 'stretching' },
      },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'seated-rounding',
    kind: 'stretch',
    title: 'Seated upper-back rounding',
    bodyArea: 'upper-back',
    boundsSec: ONE_SIDED_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Sit tall and hug yourself, hands reaching for your shoulder blades.',
      'Drop your chin and round your upper back forward.',
      'Breathe into the space between your shoulder blades.',
    ],
    cautions: [{ text: 'Round only as far as stays comfortable.', source: { general: 'stretching' } }],
    rating: null,
    source: STRETCH_SOURCE,
  },
  {
    id: 'doorway-opener',
    kind: 'stretch',
    title: 'Doorway chest opener',
    bodyArea: 'upper-back',
    boundsSec: ONE_SIDED_BOUNDS,
    twoSided: false,
    halfTimeCue: null,
    cues: [
      'Stand in a doorway, forearms on the frame, elbows at shoulder height.',
      'Step one foot forward until the front of your chest opens gently.',
      'Keep your neck long and your ribs soft.',
    ],
    cautions: [
      { text: 'Ease off if you feel tingling running down your arms.', source: { general: 'stretching' } },
    ],
    rating: null,
    source: STRETCH_SOURCE,
  },
] as const satisfies readonly CatalogStep[];
