/**
 * The ready-made routines: three for bedtime and the morning loosen-up. Each preset's step
 * durations add up exactly to its stated length (tested), so "about 12 minutes" on the button is
 * what the user gets.
 */
import { deepFreeze } from '../freeze';
import { MORNING_PRESET_ID, type BedtimePresetId, type Preset } from './types';

export const DEFAULT_PRESET_ID: BedtimePresetId = 'standard';

export const PRESETS: readonly Preset[] = deepFreeze<readonly Preset[]>([
  {
    id: 'quick',
    title: 'Quick',
    description: 'About 5 minutes: five stretches, then slow breathing.',
    statedSec: 300,
    steps: [
      { stepId: 'chin-tuck', durationSec: 30 },
      { stepId: 'neck-side-bend', durationSec: 60 },
      { stepId: 'shoulder-rolls', durationSec: 30 },
      { stepId: 'cross-body-arm', durationSec: 60 },
      { stepId: 'seated-rounding', durationSec: 30 },
      { stepId: 'paced-breathing', durationSec: 90 },
    ],
    heatCold: 'ask',
    breathingPattern: 'relaxed',
  },
  {
    id: 'standard',
    title: 'Standard',
    description: 'About 12 minutes: settle in, six stretches, slow breathing, then set up for sleep.',
    statedSec: 720,
    steps: [
      { stepId: 'settle-in', durationSec: 60 },
      { stepId: 'chin-tuck', durationSec: 45 },
      { stepId: 'neck-side-bend', durationSec: 60 },
      { stepId: 'shoulder-rolls', durationSec: 45 },
      { stepId: 'cross-body-arm', durationSec: 60 },
      { stepId: 'thread-the-needle', durationSec: 60 },
      { stepId: 'childs-pose', durationSec: 60 },
      { stepId: 'paced-breathing', durationSec: 180 },
      { stepId: 'sleep-posture', durationSec: 120 },
      { stepId: 'good-night', durationSec: 30 },
    ],
    heatCold: 'ask',
    breathingPattern: 'relaxed',
  },
  {
    id: 'full',
    title: 'Full',
    description: 'About 25 minutes: the standard routine with 15 minutes of heat or cold.',
    statedSec: 1500,
    steps: [
      { stepId: 'settle-in', durationSec: 60 },
      { stepId: 'chin-tuck', durationSec: 30 },
      { stepId: 'neck-side-bend', durationSec: 60 },
      { stepId: 'shoulder-rolls', durationSec: 30 },
      { stepId: 'cross-body-arm', durationSec: 60 },
      { stepId: 'cat-cow', durationSec: 60 },
      { stepId: 'thread-the-needle', durationSec: 60 },
      { stepId: 'heat-or-cold', durationSec: 900 },
      // Shorter than Standard's 3 minutes so the whole routine stays near 25 minutes.
      { stepId: 'paced-breathing', durationSec: 120 },
      { stepId: 'sleep-posture', durationSec: 90 },
      { stepId: 'good-night', durationSec: 30 },
    ],
    heatCold: 'ask',
    breathingPattern: 'relaxed',
  },
  {
    // Offered after a check-in of RULES.soreAt or more; never part of a night (stats.countsAsRoutine).
    id: MORNING_PRESET_ID,
    title: 'Morning',
    description: 'About 3 minutes: gentle neck and shoulder stretches to loosen up.',
    statedSec: 180,
    steps: [
      { stepId: 'chin-tuck', durationSec: 30 },
      { stepId: 'neck-side-bend', durationSec: 60 },
      { stepId: 'shoulder-rolls', durationSec: 30 },
      { stepId: 'cross-body-arm', durationSec: 60 },
    ],
    heatCold: 'skip',
    breathingPattern: 'relaxed',
  },
]);

/** Whether a preset is offered for bedtime (every one but the morning loosen-up). */
export const isBedtimePreset = (preset: { readonly id: string }): boolean => preset.id !== MORNING_PRESET_ID;

/** The presets offered for bedtime, in the order Settings shows them. */
export const BEDTIME_PRESETS: readonly Preset[] = PRESETS.filter(isBedtimePreset);
