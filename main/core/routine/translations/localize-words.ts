/**
 * The few words a window shows first, in its language (load.ts's loadRoutineWords, or a whole
 * translation, which includes them): light on imports, so the routine view's first chunk can use
 * them without the rest of the content. `null` is English, the source.
 */
import { DISCLAIMER } from '../disclaimer';
import { MOMENT_WORDS, type MomentWordsByMoment } from '../moments';
import { OWN_STEP_LABEL } from '../own-step';
import { SOURCE_WORDS, type SourceWords } from '../sources';
import { BREATHING_PATTERN_LABELS, type BreathingPatternId } from '../types';
import type { RoutineWords } from './routine-texts';

export function localizeMoments(words: RoutineWords | null): MomentWordsByMoment {
  return words?.moments ?? MOMENT_WORDS;
}

/** For describeSource(source, words). */
export function localizeSourceWords(words: RoutineWords | null): SourceWords {
  return words?.sources ?? SOURCE_WORDS;
}

export function localizeDisclaimer(words: RoutineWords | null): string {
  return words?.disclaimer ?? DISCLAIMER.text;
}

export function localizeBreathingPatternLabels(
  words: RoutineWords | null,
): Readonly<Record<BreathingPatternId, string>> {
  return words?.breathingPatterns ?? BREATHING_PATTERN_LABELS;
}

export function localizeOwnStepLabel(words: RoutineWords | null): string {
  return words?.ownStepLabel ?? OWN_STEP_LABEL;
}
